import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Badge, Button, Card, Input, Select, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { BellOutlined, CheckOutlined, RollbackOutlined, UserSwitchOutlined, SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTaskName } from '@/lib/task-names';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { Light } from '@/components/light';
import { useTasks, type TaskView } from '../api/get-tasks';
import { useTaskCounts, type FacetCount } from '../api/get-task-counts';
import { useDoneTasks, type DoneTaskView } from '../api/get-done-tasks';
import {
  hasFilters, parseInboxParams, toSearch, type InboxParams, type InboxSort, type InboxTab, type ListFilter,
} from '../api/inbox-params';
import { SavedViews } from './SavedViews';
import { StageLabel } from './StageLabel';
import { useMe } from '@/lib/auth';
import { useClaimTask } from '../api/claim-task';
import { markCopyRead, useBulkKinds, useCopies } from '../api/task-actions';
import type { Schemas } from '@/lib/api-client';
import { ApiError } from '@/lib/api-client';
import { BulkApproveDialog } from './BulkApproveDialog';
import { UrgeDialog, WithdrawDialog } from './TaskActionDialogs';
import { COORDINATOR_ROLES } from './TaskActionBar';
import { conflictMessage } from './conflict-message';
import { ShortcutHelp, useShortcuts, type Shortcut } from './Shortcuts';

type CopyView = Schemas['CopyView'];

/** The server counts completions up to this many (InboxSearch.DONE_COUNT_LIMIT): the badge then reads 9999+, the pager "at least". */
const DONE_COUNT_LIMIT = 10_000;

/** What the task page hands back after a step: what was done, for the success message. */
export interface DoneState {
  done?: { name: string; about?: string; text?: string };
}

/**
 * The approver's inbox: to do, claimed by me, done by me; filters with a count per value, search,
 * sort and real paging; saved views. The URL carries the whole view.
 */
export function TaskListPage() {
  const { t, locale } = useI18n();
  const taskName = useTaskName();
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseInboxParams(search), [search]);
  const tasks = useTasks(params);
  const done = useDoneTasks(params);
  const counts = useTaskCounts(params.tab === 'CLAIMED' ? 'CLAIMED' : 'TODO');
  const justDone = (location.state as DoneState | null)?.done;
  const first = tasks.data?.content[0];

  const update = (change: Partial<InboxParams>, resetPage = true) =>
    setSearch(toSearch({ ...params, ...change, ...(resetPage ? { page: 0 } : {}) }), { replace: false });
  const open = (id: string) => navigate(`/tasks/${id}`, { state: { from: location.search } });

  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe();
  const claim = useClaimTask();
  const bulkKinds = useBulkKinds();
  const copies = useCopies(params.tab === 'COPIED' ? params.page : 0, params.tab === 'COPIED' ? params.size : 1, true);
  const coordinator = me.data?.roles.some((r) => COORDINATOR_ROLES.includes(r)) ?? false;
  const rows = tasks.data?.content ?? [];
  const [selected, setSelected] = useState<string[]>([]);
  const [cursor, setCursor] = useState(0);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [urgeOpen, setUrgeOpen] = useState(false);
  const [withdrawing, setWithdrawing] = useState<DoneTaskView>();
  const pageKey = search.toString();
  // A new page, filter or tab starts with nothing selected and the cursor on the first row.
  useEffect(() => {
    setSelected([]);
    setCursor(0);
  }, [pageKey]);
  const selectedRows = rows.filter((row) => selected.includes(row.id));
  const kinds = new Set(selectedRows.map((row) => row.taskKey));
  const bulkable = selectedRows.length > 0 && kinds.size === 1 && (bulkKinds.data ?? []).includes(selectedRows[0].taskKey)
    && selectedRows.every((row) => !row.readOnly);
  const bulkWhyNot = selectedRows.length === 0 ? t('bulk.selectFirst')
    : kinds.size > 1 ? t('bulk.oneKind')
    : !(bulkKinds.data ?? []).includes(selectedRows[0].taskKey) ? t('bulk.notThisKind')
    : selectedRows.some((row) => row.readOnly) ? t('bulk.someoneElse') : undefined;
  const atCursor = rows[Math.min(cursor, rows.length - 1)];
  const listTab = params.tab === 'TODO' || params.tab === 'CLAIMED';

  const shortcuts: Shortcut[] = [
    { key: 'j', label: 'keys.down', enabled: listTab, run: () => setCursor((c) => Math.min(rows.length - 1, c + 1)) },
    { key: 'k', label: 'keys.up', enabled: listTab, run: () => setCursor((c) => Math.max(0, c - 1)) },
    { key: 'Enter', label: 'keys.open', enabled: listTab && !!atCursor, run: () => atCursor && open(atCursor.id) },
    { key: 'x', label: 'keys.select', enabled: listTab && !!atCursor, run: () => atCursor && setSelected((s) => (s.includes(atCursor.id) ? s.filter((id) => id !== atCursor.id) : [...s, atCursor.id])) },
    { key: 'c', label: 'keys.claim', enabled: listTab && !!atCursor && !atCursor.assignee, run: () => atCursor && claim.mutate({ taskId: atCursor.id, claim: true }, {
      onSuccess: () => message.success(t('tasks.claimed', { task: atCursor.name })),
      onError: (err) => message.error(err instanceof ApiError && err.status === 409 ? conflictMessage(err, t) : err.message),
    }) },
    { key: 'a', label: 'keys.bulkApprove', enabled: listTab && bulkable, run: () => setBulkOpen(true) },
    { key: 'n', label: 'keys.next', enabled: !!first, run: () => first && open(first.id) },
  ];
  const keys = useShortcuts(shortcuts);

  const facet = (name: string): FacetCount[] => counts.data?.facets[name] ?? [];
  const options = (name: ListFilter | 'due', label: (value: string, facetLabel?: string) => string) =>
    facet(name).map((v) => ({ value: name === 'fiscalYear' ? Number(v.value) : v.value, label: `${label(v.value, v.label)} (${v.count})` }));

  const filterSelect = (name: ListFilter, placeholder: string, label: (value: string, facetLabel?: string) => string, width = 170) => (
    <Select
      key={name}
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      aria-label={placeholder}
      data-testid={`filter-${name}`}
      placeholder={placeholder}
      style={{ minWidth: width }}
      value={params[name] as (string | number)[]}
      options={options(name, label)}
      onChange={(value) => update({ [name]: value } as Partial<InboxParams>)}
    />
  );

  const tabLabel = (tab: InboxTab, n?: number) => (
    <span data-testid={`tab-${tab}`}>{t(`tasks.tab.${tab}`)} <Badge count={n ?? 0} showZero overflowCount={tab === 'DONE' ? DONE_COUNT_LIMIT - 1 : 99999} color={tab === 'DONE' ? 'gray' : 'blue'} /></span>
  );

  const columns = [
    {
      title: t('tasks.task'), dataIndex: 'name', key: 'name', width: 190,
      render: (name: string, task: TaskView) => (
        <Link to={`/tasks/${task.id}`} state={{ from: location.search }}>{taskName(name)}</Link>
      ),
    },
    {
      title: t('tasks.item'), key: 'item',
      render: (_: unknown, task: TaskView) => {
        const text = task.itemCode ? `${task.itemCode} ${task.itemName ?? ''}` : task.subject ?? '';
        return (
          <Tooltip title={text} placement="topLeft">
            <span className="cell-wrap">{task.itemCode && <Typography.Text code>{task.itemCode}</Typography.Text>} {task.itemCode ? task.itemName : task.subject}</span>
          </Tooltip>
        );
      },
    },
    { title: t('tasks.stage'), dataIndex: 'stage', key: 'stage', width: 120, render: (stage: TaskView['stage']) => <StageLabel stage={stage} /> },
    { title: t('items.department'), dataIndex: 'departmentName', key: 'department', width: 150, render: (name?: string) => <span className="cell-wrap">{name}</span> },
    {
      title: t('items.amount'), dataIndex: 'amount', key: 'amount', width: 130, align: 'right' as const,
      render: (amount?: number) => formatAmount(amount, locale),
    },
    {
      title: t('tasks.signals'), key: 'signals', width: 110,
      render: (_: unknown, task: TaskView) => (
        <Space size={4}>
          {task.warningLight && <Light light={task.warningLight as 'RED' | 'YELLOW' | 'GREEN'} />}
          {task.grade && <Tag>{t(`enum.grade.${task.grade as 'EXCELLENT'}`)}</Tag>}
        </Space>
      ),
    },
    { title: t('tasks.created'), dataIndex: 'created', key: 'created', width: 140, render: (v: string) => formatTime(v) },
    {
      title: t('tasks.due'), dataIndex: 'due', key: 'due', width: 140,
      render: (v: string | undefined, task: TaskView) =>
        v ? <Typography.Text type={task.overdue ? 'danger' : undefined} data-overdue={task.overdue}>{formatTime(v)}{task.overdue ? ` ${t('tasks.overdue')}` : ''}</Typography.Text> : null,
    },
    {
      title: t('tasks.assignee'), key: 'holder', width: 150,
      render: (_: unknown, task: TaskView) =>
        task.assignee ? <Tag color={task.readOnly ? 'default' : 'blue'}>{task.assigneeName}</Tag> : <Tooltip title={task.holder}><Tag>{t('tasks.unassigned')}</Tag></Tooltip>,
    },
  ];

  const doneColumns = [
    { title: t('tasks.task'), dataIndex: 'name', key: 'name', width: 190, render: (name: string) => taskName(name) },
    {
      title: t('tasks.item'), key: 'item',
      render: (_: unknown, task: DoneTaskView) =>
        task.itemCode ? <Link to={`/items/${task.itemCode}`}><Typography.Text code>{task.itemCode}</Typography.Text> {task.itemName}</Link> : task.subject,
    },
    { title: t('tasks.stage'), dataIndex: 'stage', key: 'stage', width: 120, render: (stage: DoneTaskView['stage']) => <StageLabel stage={stage} /> },
    { title: t('tasks.decision'), dataIndex: 'decision', key: 'decision', width: 120 },
    { title: t('tasks.opinion'), dataIndex: 'opinion', key: 'opinion', ellipsis: true },
    { title: t('tasks.completed'), dataIndex: 'completed', key: 'completed', width: 150, render: (v: string) => formatTime(v) },
    {
      title: '', key: 'withdraw', width: 90,
      render: (_: unknown, task: DoneTaskView) => (
        <Tooltip title={t('actions.withdraw.hint')}>
          <Button size="small" icon={<RollbackOutlined />} onClick={() => setWithdrawing(task)} data-testid={`withdraw-${task.id}`}>{t('actions.withdraw.button')}</Button>
        </Tooltip>
      ),
    },
  ];

  const copyColumns = [
    {
      title: t('tasks.task'), dataIndex: 'taskName', key: 'taskName', width: 190,
      render: (name: string, copy: CopyView) => (
        <Space>{!copy.readAt && <Badge status="processing" />}<span>{taskName(name)}</span></Space>
      ),
    },
    {
      title: t('tasks.item'), key: 'item',
      render: (_: unknown, copy: CopyView) => copy.itemCode
        ? <Link to={`/items/${copy.itemCode}`} onClick={() => void markCopyRead(copy.taskId).then(() => queryClient.invalidateQueries({ queryKey: ['tasks', 'copies'] }))}><Typography.Text code>{copy.itemCode}</Typography.Text></Link>
        : copy.subject,
    },
    { title: t('copies.by'), dataIndex: 'copiedByName', key: 'by', width: 130 },
    { title: t('actions.note'), dataIndex: 'note', key: 'note', ellipsis: true },
    { title: t('copies.at'), dataIndex: 'createdAt', key: 'at', width: 150, render: (v: string) => formatTime(v) },
  ];

  /** atLeast: the total is counted up to DONE_COUNT_LIMIT (the done tab), so at the limit it is a lower bound. */
  const pagination = (total?: number, atLeast = false) => ({
    current: params.page + 1,
    pageSize: params.size,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n: number) => (atLeast && n >= DONE_COUNT_LIMIT
      ? t('tasks.countAtLeast', { count: DONE_COUNT_LIMIT })
      : t('tasks.count', { count: n })),
    onChange: (page: number, size: number) => update({ page: page - 1, size }, false),
  });

  const sorts: InboxSort[] = ['CREATED', 'DUE', 'AMOUNT', 'PRIORITY'];

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('tasks.title')}</Typography.Title>}
      extra={(
        <Space wrap>
          <Link to="/me/substitutes" data-testid="nav-substitutes"><UserSwitchOutlined /> {t('substitutes.menu')}</Link>
          <SavedViews current={toSearch({ ...params, page: 0 }).toString()} onApply={(query) => setSearch(new URLSearchParams(query))} />
        </Space>
      )}
    >
      {justDone && (
        <Alert
          type="success"
          showIcon
          role="status"
          data-testid="step-done"
          style={{ marginBottom: 12 }}
          message={justDone.text ?? t('tasks.doneMessage', { task: justDone.name, about: justDone.about ?? '' })}
          action={first ? <Button size="small" type="primary" onClick={() => open(first.id)}>{t('tasks.openNext')}</Button> : undefined}
          closable
          onClose={() => navigate(location.pathname + location.search, { replace: true, state: null })}
        />
      )}
      <Tabs
        activeKey={params.tab}
        onChange={(tab) => update({ tab: tab as InboxTab })}
        items={[
          { key: 'TODO', label: tabLabel('TODO', counts.data?.todo) },
          { key: 'CLAIMED', label: tabLabel('CLAIMED', counts.data?.claimed) },
          { key: 'DONE', label: tabLabel('DONE', counts.data?.done) },
          { key: 'COPIED', label: tabLabel('COPIED', copies.data?.totalElements) },
        ]}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('tasks.search')}
          data-testid="inbox-search"
          placeholder={t('tasks.search')}
          defaultValue={params.q}
          key={params.q ?? ''}
          style={{ width: 240 }}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
        {params.tab !== 'COPIED' && filterSelect('stage', t('tasks.stage'), (v) => t(`enum.taskStage.${v as 'ASSESSMENT'}`))}
        {params.tab !== 'COPIED' && filterSelect('taskKey', t('tasks.kind'), (v, label) => label ?? v, 200)}
        {listTab && (
          <>
            <Select
              allowClear
              aria-label={t('tasks.dueFilter')}
              data-testid="filter-due"
              placeholder={t('tasks.dueFilter')}
              style={{ minWidth: 140 }}
              value={params.due}
              options={(['OVERDUE', 'SOON', 'NONE'] as const).map((value) => ({
                value,
                label: `${t(`tasks.dueBucket.${value}`)} (${facet('due').find((f) => f.value === value)?.count ?? 0})`,
              }))}
              onChange={(due) => update({ due })}
            />
            {filterSelect('itemKind', t('items.kind'), (v) => t(`enum.kind.${v as 'PROJECT'}`), 140)}
            {filterSelect('department', t('items.department'), (v, label) => label ?? v, 170)}
            {filterSelect('division', t('tasks.division'), (v, label) => label ?? v, 140)}
            {filterSelect('fiscalYear', t('items.fiscalYear'), (v) => v, 120)}
            {filterSelect('budgetType', t('items.budgetType'), (v) => t(`enum.budgetType.${v as 'GENERAL_PUBLIC'}`), 160)}
            {filterSelect('light', t('tasks.light'), (v) => t(`enum.light.${v as 'RED'}`), 120)}
            {filterSelect('grade', t('tasks.grade'), (v) => t(`enum.grade.${v as 'EXCELLENT'}`), 110)}
            <Select<InboxSort>
              aria-label={t('tasks.sort')}
              data-testid="inbox-sort"
              style={{ width: 150 }}
              value={params.sort}
              options={sorts.map((value) => ({ value, label: t(`tasks.sortBy.${value}`) }))}
              onChange={(sort) => update({ sort, direction: undefined })}
            />
            <Tooltip title={t('tasks.direction')}>
              <Button
                aria-label={t('tasks.direction')}
                icon={params.direction === 'DESC' ? <SortDescendingOutlined /> : <SortAscendingOutlined />}
                onClick={() => update({ direction: params.direction === 'DESC' ? 'ASC' : 'DESC' })}
              />
            </Tooltip>
          </>
        )}
        {hasFilters(params) && (
          <Button onClick={() => setSearch(toSearch({ ...parseInboxParams(new URLSearchParams()), tab: params.tab, sort: params.sort, direction: params.direction }))}>
            {t('tasks.clearFilters')}
          </Button>
        )}
      </Space>
      {listTab && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="selection-bar">
          <Typography.Text type="secondary" data-testid="selected-count">{t('bulk.selected', { n: selected.length })}</Typography.Text>
          <Tooltip title={bulkWhyNot}>
            <Button type="primary" icon={<CheckOutlined />} disabled={!bulkable} onClick={() => setBulkOpen(true)} data-testid="bulk-approve">
              {t('bulk.button', { n: selected.length })}
            </Button>
          </Tooltip>
          {coordinator && (
            <Button icon={<BellOutlined />} disabled={selected.length === 0} onClick={() => setUrgeOpen(true)} data-testid="bulk-urge">
              {t('actions.urge.selected', { n: selected.length })}
            </Button>
          )}
          {selected.length > 0 && <Button type="link" onClick={() => setSelected([])}>{t('bulk.clear')}</Button>}
        </Space>
      )}
      {params.tab === 'COPIED' ? (
        <Table<CopyView>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={copies.isFetching}
          dataSource={copies.data?.content}
          columns={copyColumns}
          pagination={pagination(copies.data?.totalElements)}
          locale={{ emptyText: copies.isError ? t('common.error') : t('copies.none') }}
        />
      ) : params.tab === 'DONE' ? (
        <Table<DoneTaskView>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={done.isFetching}
          dataSource={done.data?.content}
          columns={doneColumns}
          pagination={pagination(done.data?.totalElements, true)}
          locale={{ emptyText: done.isError ? t('common.error') : t('tasks.noneDone') }}
        />
      ) : (
        <Table<TaskView>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={tasks.isFetching}
          dataSource={tasks.data?.content}
          columns={columns}
          pagination={pagination(tasks.data?.totalElements)}
          locale={{ emptyText: tasks.isError ? t('common.error') : hasFilters(params) ? t('tasks.noneMatch') : t('tasks.empty') }}
          rowSelection={{
            selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), preserveSelectedRowKeys: false,
            getCheckboxProps: (task) => ({ disabled: false, 'aria-label': t('tasks.selectRow', { what: task.itemCode ?? task.subject ?? task.id }) }),
          }}
          rowClassName={(task) => (task.id === atCursor?.id ? 'row-cursor' : '')}
          onRow={(task, index) => ({ onDoubleClick: () => open(task.id), onClick: () => setCursor(index ?? 0), 'data-task-id': task.id } as object)}
        />
      )}
      <Typography.Text type="secondary">{t('tasks.keyHint')} <Button type="link" size="small" onClick={keys.openHelp}>{t('keys.help')}</Button></Typography.Text>
      <ShortcutHelp shortcuts={shortcuts} open={keys.help} onClose={keys.closeHelp} />
      {bulkOpen && (
        <BulkApproveDialog taskIds={selected} open onClose={(finished) => { setBulkOpen(false); if (finished) setSelected([]); }} />
      )}
      <UrgeDialog taskIds={selected} open={urgeOpen} onClose={() => setUrgeOpen(false)} onDone={() => { setUrgeOpen(false); setSelected([]); }} />
      {withdrawing && (
        <WithdrawDialog taskId={withdrawing.id} name={withdrawing.name} open onClose={() => setWithdrawing(undefined)}
          onDone={(text) => { setWithdrawing(undefined); message.success(text); }} />
      )}
    </Card>
  );
}


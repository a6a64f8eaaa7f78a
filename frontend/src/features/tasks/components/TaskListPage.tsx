import { useEffect, useMemo } from 'react';
import { Alert, Badge, Button, Card, Input, Select, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { Light } from '@/features/monitoring/components/Light';
import { useTasks, type TaskView } from '../api/get-tasks';
import { useTaskCounts, type FacetCount } from '../api/get-task-counts';
import { useDoneTasks, type DoneTaskView } from '../api/get-done-tasks';
import {
  hasFilters, parseInboxParams, toSearch, type InboxParams, type InboxSort, type InboxTab, type ListFilter,
} from '../api/inbox-params';
import { SavedViews } from './SavedViews';
import { StageLabel } from './StageLabel';

/** What the task page hands back after a step: what was done, for the success message. */
export interface DoneState {
  done?: { name: string; about?: string };
}

/**
 * The approver's inbox: to do, claimed by me, done by me; filters with a count per value, search,
 * sort and real paging; saved views. The URL carries the whole view.
 */
export function TaskListPage() {
  const { t, locale } = useI18n();
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

  // One key opens the next task (the first of the list as it is sorted and filtered).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
        return;
      }
      if (event.key === 'n' && first) {
        open(first.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

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
    <span data-testid={`tab-${tab}`}>{t(`tasks.tab.${tab}`)} <Badge count={n ?? 0} showZero overflowCount={99999} color={tab === 'DONE' ? 'gray' : 'blue'} /></span>
  );

  const columns = [
    {
      title: t('tasks.task'), dataIndex: 'name', key: 'name', width: 190,
      render: (name: string, task: TaskView) => (
        <Link to={`/tasks/${task.id}`} state={{ from: location.search }}>{name}</Link>
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
    { title: t('tasks.task'), dataIndex: 'name', key: 'name', width: 190 },
    {
      title: t('tasks.item'), key: 'item',
      render: (_: unknown, task: DoneTaskView) =>
        task.itemCode ? <Link to={`/items/${task.itemCode}`}><Typography.Text code>{task.itemCode}</Typography.Text> {task.itemName}</Link> : task.subject,
    },
    { title: t('tasks.stage'), dataIndex: 'stage', key: 'stage', width: 120, render: (stage: DoneTaskView['stage']) => <StageLabel stage={stage} /> },
    { title: t('tasks.decision'), dataIndex: 'decision', key: 'decision', width: 120 },
    { title: t('tasks.opinion'), dataIndex: 'opinion', key: 'opinion', ellipsis: true },
    { title: t('tasks.completed'), dataIndex: 'completed', key: 'completed', width: 150, render: (v: string) => formatTime(v) },
  ];

  const pagination = (total?: number) => ({
    current: params.page + 1,
    pageSize: params.size,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n: number) => t('tasks.count', { count: n }),
    onChange: (page: number, size: number) => update({ page: page - 1, size }, false),
  });

  const sorts: InboxSort[] = ['CREATED', 'DUE', 'AMOUNT', 'PRIORITY'];

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('tasks.title')}</Typography.Title>}
      extra={<SavedViews current={toSearch({ ...params, page: 0 }).toString()} onApply={(query) => setSearch(new URLSearchParams(query))} />}
    >
      {justDone && (
        <Alert
          type="success"
          showIcon
          role="status"
          data-testid="step-done"
          style={{ marginBottom: 12 }}
          message={t('tasks.doneMessage', { task: justDone.name, about: justDone.about ?? '' })}
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
        {filterSelect('stage', t('tasks.stage'), (v) => t(`enum.taskStage.${v as 'ASSESSMENT'}`))}
        {filterSelect('taskKey', t('tasks.kind'), (v, label) => label ?? v, 200)}
        {params.tab !== 'DONE' && (
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
      {params.tab === 'DONE' ? (
        <Table<DoneTaskView>
          rowKey="id"
          size="middle"
          loading={done.isFetching}
          dataSource={done.data?.content}
          columns={doneColumns}
          pagination={pagination(done.data?.totalElements)}
          locale={{ emptyText: done.isError ? t('common.error') : t('tasks.noneDone') }}
        />
      ) : (
        <Table<TaskView>
          rowKey="id"
          size="middle"
          loading={tasks.isFetching}
          dataSource={tasks.data?.content}
          columns={columns}
          pagination={pagination(tasks.data?.totalElements)}
          locale={{ emptyText: tasks.isError ? t('common.error') : hasFilters(params) ? t('tasks.noneMatch') : t('tasks.empty') }}
          onRow={(task) => ({ onDoubleClick: () => open(task.id) })}
        />
      )}
      <Typography.Text type="secondary">{t('tasks.keyHint')}</Typography.Text>
    </Card>
  );
}


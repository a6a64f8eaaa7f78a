import { useMemo, useState } from 'react';
import { App as AntApp, Button, Card, Checkbox, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { BellOutlined, DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { hasRole, useMe } from '@/lib/auth';
import { useOrgs } from '@/lib/orgs';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { boardExportHref, useBoard, type BoardCell, type BoardQuery, type BoardRow } from '../api/get-board';
import { useUrgeTasks } from '../api/urge-tasks';

const COLUMNS = ['ASSESSMENT', 'TARGET_COMPILATION', 'MONITORING', 'EVALUATION', 'RESULT_APPLICATION'] as const;
const STATES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STOPPED'] as const;
type Column = (typeof COLUMNS)[number];
type State = (typeof STATES)[number];
const STATE_COLORS: Record<State, string> = { NOT_STARTED: 'default', IN_PROGRESS: 'processing', DONE: 'success', STOPPED: 'error' };
const COUNT_KEYS: Record<State, 'notStarted' | 'inProgress' | 'done' | 'stopped'> = {
  NOT_STARTED: 'notStarted', IN_PROGRESS: 'inProgress', DONE: 'done', STOPPED: 'stopped',
};

/** 督办看板: where every item of a fiscal year stands in each stage, what is late and who holds it. */
export function BoardPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const me = useMe();
  const orgs = useOrgs();
  const coordinator = ['finance-performance', 'finance-budget', 'camunda-admin'].some((r) => hasRole(me.data, r));
  // The year may come with the link (?fiscalYear=2046), as from a dashboard or a bookmark.
  const linkedYear = Number(new URLSearchParams(window.location.search).get('fiscalYear'));
  const [query, setQuery] = useState<BoardQuery>({
    fiscalYear: linkedYear >= 2000 && linkedYear <= 2100 ? linkedYear : new Date().getFullYear(),
    page: 0, size: 20, sort: 'CODE', direction: 'asc',
  });
  const [selected, setSelected] = useState<BoardRow[]>([]);
  const [urging, setUrging] = useState(false);
  const [note, setNote] = useState('');
  const board = useBoard(query);
  const urge = useUrgeTasks();
  const set = (patch: Partial<BoardQuery>) => setQuery((q) => ({ ...q, page: 0, ...patch }));
  const departments = (orgs.data ?? []).filter((o) => o.kind === 'DEPARTMENT');
  const units = (orgs.data ?? []).filter((o) => o.kind === 'UNIT' && (!query.departmentCode || o.parentCode === query.departmentCode));
  const label = (key: string) => t(key as MessageKey);

  const outcome = (cell: BoardCell) => {
    if (!cell.outcome) return null;
    const o = cell.outcome;
    const text = cell.column === 'ASSESSMENT' ? label(`board.outcome.${o}`)
      : cell.column === 'MONITORING' ? label(`enum.light.${o}`)
      : cell.column === 'RESULT_APPLICATION' ? label(`enum.linkage.${o}`)
      : label(`enum.grade.${o}`);
    return cell.score !== undefined && cell.score !== null ? `${text} ${t('board.score', { score: cell.score })}` : text;
  };

  const renderCell = (cell: BoardCell | undefined) => {
    if (!cell) return null;
    const state = cell.state as State;
    return (
      <div data-cell={`${cell.column}-${state}`} style={{ lineHeight: 1.4 }}>
        <Space size={4} wrap>
          <Tag color={STATE_COLORS[state]}>{t(`board.state.${state}`)}</Tag>
          {cell.overdue && <Tag color="red">{t('board.overdue')}</Tag>}
          {outcome(cell) && <span>{outcome(cell)}</span>}
        </Space>
        {cell.steps.map((s) => (
          <div key={s.taskId} style={{ fontSize: 12 }}>
            <Typography.Text ellipsis={{ tooltip: `${s.name} · ${s.holder}` }} style={{ maxWidth: 200 }}>
              {s.name} · {s.holder}
            </Typography.Text>
            <div style={{ color: s.overdue ? '#cf1322' : 'rgba(0, 0, 0, 0.6)' }}>
              {t('board.since', { at: formatTime(s.since) })}{s.due ? ` · ${t('board.due', { at: formatTime(s.due) })}` : ''}
            </div>
          </div>
        ))}
        {cell.reason && (
          <Typography.Text type="danger" ellipsis={{ tooltip: cell.reason }} style={{ maxWidth: 200, fontSize: 12 }}>
            {cell.reason}
          </Typography.Text>
        )}
      </div>
    );
  };

  const columns: TableProps<BoardRow>['columns'] = useMemo(() => [
    {
      title: t('items.code'), dataIndex: 'code', key: 'CODE', width: 150, fixed: 'left', sorter: true,
      render: (code: string) => <Link to={`/items/${code}`}>{code}</Link>,
    },
    {
      title: t('items.name'), dataIndex: 'name', key: 'NAME', width: 260, sorter: true,
      render: (name: string) => <Typography.Text ellipsis={{ tooltip: name }} style={{ width: 240 }}>{name}</Typography.Text>,
    },
    {
      title: t('board.department'), key: 'DEPARTMENT', width: 180, sorter: true,
      render: (_: unknown, r: BoardRow) => {
        const text = r.unitName ? `${r.departmentName ?? r.departmentCode} / ${r.unitName}` : (r.departmentName ?? r.departmentCode);
        return <Typography.Text ellipsis={{ tooltip: text }} style={{ width: 160 }}>{text}</Typography.Text>;
      },
    },
    {
      title: t('board.amount'), dataIndex: 'amount', key: 'AMOUNT', width: 140, align: 'right', sorter: true,
      render: (v: number) => formatAmount(v, locale),
    },
    ...COLUMNS.map((column, index) => ({
      title: t(`board.column.${column}`), key: column, width: 230,
      render: (_: unknown, r: BoardRow) => renderCell(r.cells[index]),
    })),
  // eslint-disable-next-line react-hooks/exhaustive-deps
  ], [locale]);

  const counts = board.data?.counts;
  const pickCell = (column: Column, state: State) =>
    set(query.column === column && query.state === state ? { column: undefined, state: undefined } : { column, state });

  const sendUrge = async () => {
    const taskIds = selected.flatMap((r) => r.openTaskIds);
    const results = await urge.mutateAsync({ taskIds, note: note.trim() || undefined });
    const n = (o: string) => results.filter((r) => r.outcome === o).length;
    message.success(t('board.urged', { urged: n('URGED'), already: n('ALREADY_URGED'), gone: n('GONE') }));
    setUrging(false);
    setNote('');
    setSelected([]);
  };

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('board.title')}</Typography.Title>}
      extra={
        <Space>
          {coordinator && (
            <Button icon={<BellOutlined />} disabled={selected.length === 0} onClick={() => setUrging(true)} data-testid="board-urge">
              {t('board.urge', { n: selected.length })}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} href={boardExportHref(query)}>{t('board.export')}</Button>
          <Button icon={<DownloadOutlined />} href={`/api/funds/export?fiscalYear=${query.fiscalYear}`}>{t('board.exportFunds')}</Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('items.fiscalYear')} <InputNumber aria-label={t('items.fiscalYear')} data-testid="board-year" value={query.fiscalYear} min={2000} max={2100} onChange={(v) => v && set({ fiscalYear: v })} /></span>
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('board.department')} aria-label={t('board.department')} style={{ width: 200 }} value={query.departmentCode}
          onChange={(v) => set({ departmentCode: v, unitCode: undefined })} options={departments.map((o) => ({ value: o.code, label: o.name }))} />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('board.unit')} aria-label={t('board.unit')} style={{ width: 180 }} value={query.unitCode}
          onChange={(v) => set({ unitCode: v })} options={units.map((o) => ({ value: o.code, label: o.name }))} />
        <Select allowClear placeholder={t('board.kind')} aria-label={t('board.kind')} style={{ width: 120 }} value={query.kind} onChange={(v) => set({ kind: v })}
          options={(['PROJECT', 'POLICY', 'DEPARTMENT_OVERALL', 'TRANSFER_PAYMENT'] as const).map((k) => ({ value: k, label: t(`enum.kind.${k}`) }))} />
        <Select allowClear placeholder={t('board.budgetType')} aria-label={t('board.budgetType')} style={{ width: 160 }} value={query.budgetType} onChange={(v) => set({ budgetType: v })}
          options={(['GENERAL_PUBLIC', 'GOVERNMENT_FUND', 'STATE_CAPITAL', 'SOCIAL_INSURANCE'] as const).map((k) => ({ value: k, label: t(`enum.budgetType.${k}`) }))} />
        <Select allowClear placeholder={t('board.stage')} aria-label={t('board.stage')} style={{ width: 140 }} value={query.stage} onChange={(v) => set({ stage: v })} data-testid="board-stage"
          options={([...COLUMNS, 'CLOSED'] as const).map((k) => ({ value: k, label: t(`enum.stage.${k}`) }))} />
        <Select allowClear placeholder={t('board.light')} aria-label={t('board.light')} style={{ width: 100 }} value={query.light} onChange={(v) => set({ light: v })}
          options={(['RED', 'YELLOW', 'GREEN', 'NO_BUDGET'] as const).map((k) => ({ value: k, label: t(`enum.light.${k}`) }))} />
        <Select allowClear placeholder={t('board.grade')} aria-label={t('board.grade')} style={{ width: 90 }} value={query.grade} onChange={(v) => set({ grade: v })}
          options={(['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const).map((k) => ({ value: k, label: t(`enum.grade.${k}`) }))} />
        <Input allowClear placeholder={t('board.holder')} aria-label={t('board.holder')} style={{ width: 190 }} defaultValue={query.holder}
          onPressEnter={(e) => set({ holder: (e.target as HTMLInputElement).value || undefined })}
          onChange={(e) => !e.target.value && set({ holder: undefined })} />
        <Input.Search allowClear placeholder={t('board.search')} aria-label={t('board.search')} style={{ width: 200 }} data-testid="board-search" onSearch={(v) => set({ q: v || undefined })} />
        <Checkbox checked={!!query.overdue} onChange={(e) => set({ overdue: e.target.checked ? true : undefined })}>{t('board.overdueOnly')}</Checkbox>
      </Space>

      <Space wrap align="start" style={{ marginBottom: 12 }} data-testid="board-counts">
        {COLUMNS.map((column) => {
          const c = counts?.columns.find((x) => x.column === column);
          return (
            <Card key={column} size="small" title={t(`board.column.${column}`)} style={{ minWidth: 190 }}
              extra={c && c.overdue > 0 ? <Tag color="red">{t('board.overdue')} {c.overdue}</Tag> : null}>
              {STATES.map((state) => {
                const n = c ? c[COUNT_KEYS[state]] : 0;
                const active = query.column === column && query.state === state;
                return (
                  <div key={state}>
                    <Button type={active ? 'primary' : 'link'} size="small" disabled={n === 0 && !active}
                      data-count={`${column}-${state}`} onClick={() => pickCell(column, state)}>
                      {t(`board.state.${state}`)}：{n}
                    </Button>
                  </div>
                );
              })}
            </Card>
          );
        })}
      </Space>
      {query.column && query.state && (
        <div style={{ marginBottom: 8 }}>
          <Tag closable color="blue" onClose={() => set({ column: undefined, state: undefined })}>
            {t('board.clearCell', { column: t(`board.column.${query.column}`), state: t(`board.state.${query.state}`) })}
          </Tag>
        </div>
      )}

      <Table<BoardRow>
        rowKey="code"
        size="small"
        data-testid="board-table"
        loading={board.isFetching}
        dataSource={board.data?.content}
        columns={columns}
        scroll={{ x: 150 + 260 + 180 + 140 + 5 * 230 }}
        locale={{ emptyText: t('board.empty') }}
        rowSelection={coordinator ? {
          selectedRowKeys: selected.map((r) => r.code),
          getCheckboxProps: (r) => ({ disabled: r.openTaskIds.length === 0, 'aria-label': t('board.selectRow', { code: r.code }) }),
          onChange: (_, rows) => setSelected(rows),
          preserveSelectedRowKeys: true,
        } : undefined}
        pagination={{
          current: (query.page ?? 0) + 1,
          pageSize: query.size ?? 20,
          total: board.data?.totalElements ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => t('board.total', { n }),
        }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.order ? (s.columnKey as BoardQuery['sort']) : 'CODE';
          setQuery((q) => ({
            ...q,
            page: (pagination.current ?? 1) - 1,
            size: pagination.pageSize ?? 20,
            sort: key,
            direction: s?.order === 'descend' ? 'desc' : 'asc',
          }));
        }}
      />

      <Modal open={urging} title={t('board.urgeTitle')} onCancel={() => setUrging(false)} onOk={sendUrge}
        confirmLoading={urge.isPending} okText={t('common.submit')} cancelText={t('common.cancel')}>
        <Typography.Paragraph>{selected.map((r) => r.code).join('、')}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={500} placeholder={t('board.urgeNote')} aria-label={t('board.urgeNote')} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </Card>
  );
}

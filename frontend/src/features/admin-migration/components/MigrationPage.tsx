import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Popconfirm, Progress, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { api, ApiError, unwrap, type Schemas } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import { PersonName } from '@/components/person-name';

type MigratableProcess = Schemas['MigratableProcess'];
type InstancePreview = Schemas['InstancePreview'];
type MigrationRunView = Schemas['MigrationRunView'];
type MigrationItemResult = Schemas['MigrationItemResult'];
type MigrationRunSummary = Schemas['MigrationRunSummary'];

const KEY = ['admin', 'migrations'] as const;

const OUTCOME_COLOURS: Record<MigrationItemResult['outcome'], string> = {
  MIGRATED: 'green', PENDING: 'blue', FAILED: 'red', SKIPPED: 'orange', ENDED: 'default',
};

/**
 * 版本迁移: processes with items on older versions; for one old version, the plan against the latest
 * (steps that map, steps that do not and why) and its items, of which the administrator migrates a
 * selection as a batch; then the batch's progress and each item's outcome. The URL carries the
 * version (?source=) and the run (?run=), so a view can be bookmarked and survives a reload.
 */
export function MigrationPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const source = params.get('source') ?? undefined;
  const run = params.get('run') ?? undefined;
  const show = (next: { source?: string; run?: string }) => {
    const query = new URLSearchParams();
    if (next.source) query.set('source', next.source);
    if (next.run) query.set('run', next.run);
    setParams(query);
  };
  const processes = useQuery({ queryKey: [...KEY, 'processes'], queryFn: () => unwrap(api.GET('/api/admin/migrations/processes')) });
  const runs = useQuery({ queryKey: [...KEY, 'runs'], queryFn: () => unwrap(api.GET('/api/admin/migrations/runs')) });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('migration.title')}</Typography.Title>
      <Alert type="info" showIcon message={t('migration.hint')} />
      <Card title={t('migration.processes')} loading={processes.isLoading}>
        {processes.error && <Alert type="error" message={processes.error.message} />}
        {processes.data && processes.data.length === 0
          ? <Empty description={t('migration.none')} />
          : <ProcessTable processes={processes.data ?? []} selected={source} onSelect={(id) => show({ source: id })} />}
      </Card>
      {source && <PreviewCard source={source} onStarted={(id) => show({ source, run: id })} />}
      {run && <RunCard batchId={run} onClose={() => show({ source })} />}
      <Card title={t('migration.runs')} loading={runs.isLoading}>
        <RunsTable runs={runs.data ?? []} onOpen={(id) => show({ source, run: id })} />
      </Card>
    </Space>
  );
}

function ProcessTable({ processes, selected, onSelect }: { processes: MigratableProcess[]; selected?: string; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <Table<MigratableProcess> rowKey="processKey" size="small" pagination={false} dataSource={processes} scroll={{ x: 'max-content' }}
      columns={[
        { title: t('migration.process'), key: 'process', render: (_, p) => <span>{p.name ?? p.processKey} <Typography.Text type="secondary">{p.processKey}</Typography.Text></span> },
        { title: t('migration.latest'), key: 'latest', render: (_, p) => t('migration.versionInstances', { version: p.latest.version, count: p.latest.instances }) },
        {
          title: t('migration.older'), key: 'older',
          render: (_, p) => (
            <Space wrap>
              {p.older.map((v) => (
                <Button key={v.definitionId} size="small" type={v.definitionId === selected ? 'primary' : 'default'}
                  data-testid={`migration-source-${v.definitionId}`} onClick={() => onSelect(v.definitionId)}>
                  {t('migration.versionInstances', { version: v.version, count: v.instances })}
                </Button>
              ))}
            </Space>
          ),
        },
      ]} />
  );
}

function PreviewCard({ source, onStarted }: { source: string; onStarted: (batchId: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [selection, setSelection] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const preview = useQuery({
    queryKey: [...KEY, 'preview', source],
    queryFn: () => unwrap(api.GET('/api/admin/migrations/preview', { params: { query: { source } } })),
  });
  const start = useMutation({
    mutationFn: (ids: string[]) => unwrap(api.POST('/api/admin/migrations/runs', { body: { sourceDefinitionId: source, processInstanceIds: ids } })),
    onSuccess: (view) => {
      message.success(t('migration.started', { queued: view.queued, skipped: view.skipped }));
      setSelection([]);
      void queryClient.invalidateQueries({ queryKey: KEY });
      onStarted(view.batchId);
    },
  });
  if (preview.isLoading) return <Card loading />;
  if (preview.error || !preview.data) return <Alert type="error" showIcon message={preview.error?.message} />;
  const p = preview.data;
  const movable = p.instances.filter((i) => i.migratable).map((i) => i.processInstanceId);
  const chosen = selection.length > 0 ? selection : movable;
  const needle = search.trim().toLowerCase();
  const shown = needle === '' ? p.instances
    : p.instances.filter((i) => [i.itemCode, i.itemName, i.processInstanceId].some((v) => v?.toLowerCase().includes(needle)));
  return (
    <Card data-testid="migration-preview"
      title={t('migration.preview', { process: p.processName ?? p.processKey, from: p.source.version, to: p.target.version })}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={5}>{t('migration.unmapped')}</Typography.Title>
        {p.unmapped.length === 0
          ? <Typography.Text type="secondary">{t('migration.unmappedNone')}</Typography.Text>
          : (
            <ul data-testid="migration-unmapped">
              {p.unmapped.map((u) => <li key={u.activityId}><Typography.Text type="warning">{u.reason}</Typography.Text></li>)}
            </ul>
          )}
        <Typography.Title level={5}>{t('migration.mapped')}</Typography.Title>
        <Table rowKey="sourceActivityId" size="small" pagination={false} dataSource={p.mapped} scroll={{ x: 'max-content', y: 240 }}
          columns={[
            { title: t('migration.source'), key: 's', render: (_, m) => `${m.sourceName ?? ''} (${m.sourceActivityId})` },
            { title: t('migration.target'), key: 't', render: (_, m) => `${m.targetName ?? ''} (${m.targetActivityId})` },
          ]} />
        <Typography.Title level={5}>{t('migration.instances', { total: p.total, movable: p.migratable })}</Typography.Title>
        <Input.Search allowClear placeholder={t('migration.search')} aria-label={t('migration.search')} style={{ maxWidth: 360 }}
          data-testid="migration-search" onChange={(e) => setSearch(e.target.value)} />
        <Table<InstancePreview> rowKey="processInstanceId" size="small" dataSource={shown} scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          rowSelection={{
            selectedRowKeys: selection,
            preserveSelectedRowKeys: true,
            onChange: (keys) => setSelection(keys.map(String)),
            getCheckboxProps: (i) => ({ disabled: !i.migratable, 'aria-label': i.itemCode ?? i.processInstanceId }),
          }}
          columns={[
            { title: t('migration.item'), key: 'item', render: (_, i) => (i.itemCode ? <span><Link to={`/items/${i.itemCode}`}>{i.itemCode}</Link> {i.itemName}</span> : i.processInstanceId) },
            { title: t('migration.steps'), key: 'steps', render: (_, i) => i.steps.join('、') },
            { title: t('migration.movable'), key: 'movable', render: (_, i) => (i.migratable ? <Tag color="green">{t('migration.movable')}</Tag> : <Tag color="orange">{t('migration.blocked')}</Tag>) },
            { title: t('migration.reason'), dataIndex: 'reason', key: 'reason' },
          ]} />
        {start.error && <Alert type="error" showIcon message={start.error instanceof ApiError ? start.error.message : String(start.error)} />}
        <Popconfirm title={t('migration.confirm', { count: chosen.length, to: p.target.version })} onConfirm={() => start.mutate(chosen)}
          disabled={chosen.length === 0}>
          <Button type="primary" disabled={chosen.length === 0} loading={start.isPending} data-testid="migration-start">
            {selection.length > 0 ? t('migration.start', { count: selection.length }) : t('migration.startAll', { count: movable.length })}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

function RunCard({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const run = useQuery({
    queryKey: [...KEY, 'run', batchId],
    queryFn: () => unwrap(api.GET('/api/admin/migrations/runs/{batchId}', { params: { path: { batchId } } })),
    // The batch moves on on the job executor; ask again until it is done.
    refetchInterval: (query) => (query.state.data?.finished ? false : 2000),
  });
  const finished = run.data?.finished === true;
  useEffect(() => {
    // Once the batch is done the versions and the plan's items have changed: show them as they are now.
    if (finished) {
      void queryClient.invalidateQueries({ queryKey: [...KEY, 'processes'] });
      void queryClient.invalidateQueries({ queryKey: [...KEY, 'preview'] });
      void queryClient.invalidateQueries({ queryKey: [...KEY, 'runs'] });
    }
  }, [finished, queryClient]);
  if (run.isLoading) return <Card loading />;
  if (run.error || !run.data) return <Alert type="error" showIcon message={run.error?.message} />;
  const r: MigrationRunView = run.data;
  const percent = r.finished ? 100 : r.totalJobs > 0 ? Math.round((r.completedJobs / r.totalJobs) * 100) : 0;
  return (
    <Card data-testid="migration-run" title={t('migration.run', { id: r.batchId })}
      extra={<Button size="small" onClick={onClose}>{t('migration.close')}</Button>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={r.finished ? 'green' : 'blue'} data-testid="migration-run-state">{r.finished ? t('migration.finished') : t('migration.running')}</Tag>
          <span>{r.processKey} · {t('migration.version', { version: r.sourceVersion })} → {t('migration.version', { version: r.targetVersion })}</span>
          <span><PersonName id={r.startedBy} /> · {formatTime(r.startedAt)}</span>
        </Space>
        <Progress percent={percent} status={r.failed > 0 ? 'exception' : r.finished ? 'success' : 'active'} aria-label={t('migration.progress')} />
        <Typography.Text data-testid="migration-run-summary">{t('migration.summary', { migrated: r.migrated, failed: r.failed, skipped: r.skipped })}</Typography.Text>
        <Table<MigrationItemResult> rowKey="processInstanceId" size="small" dataSource={r.items} scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('migration.item'), key: 'item', render: (_, i) => (i.itemCode ? <Link to={`/items/${i.itemCode}`}>{i.itemCode}</Link> : i.processInstanceId) },
            { title: t('migration.outcome'), key: 'outcome', render: (_, i) => <Tag color={OUTCOME_COLOURS[i.outcome]}>{t(`migration.outcome.${i.outcome}`)}</Tag> },
            { title: t('migration.reason'), dataIndex: 'reason', key: 'reason' },
          ]} />
      </Space>
    </Card>
  );
}

function RunsTable({ runs, onOpen }: { runs: MigrationRunSummary[]; onOpen: (batchId: string) => void }) {
  const { t } = useI18n();
  return (
    <Table<MigrationRunSummary> rowKey="batchId" size="small" dataSource={runs} pagination={false} scroll={{ x: 'max-content' }}
      columns={[
        { title: t('migration.process'), key: 'p', render: (_, r) => `${r.processKey} · ${t('migration.version', { version: r.sourceVersion })} → ${t('migration.version', { version: r.targetVersion })}` },
        { title: t('migration.startedBy'), key: 'by', render: (_, r) => <PersonName id={r.startedBy} /> },
        { title: t('migration.startedAt'), key: 'at', render: (_, r) => formatTime(r.startedAt) },
        { title: t('migration.queuedSkipped'), key: 'n', render: (_, r) => `${r.queued} / ${r.skipped}` },
        { title: '', key: 'open', render: (_, r) => <Button size="small" onClick={() => onOpen(r.batchId)}>{t('migration.open')}</Button> },
      ]} />
  );
}

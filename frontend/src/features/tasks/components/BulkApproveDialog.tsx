import { useState } from 'react';
import { Alert, Form, Input, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTaskName } from '@/lib/task-names';
import { useI18n } from '@/lib/i18n';
import { refreshAfterStep } from '@/lib/refresh-after-step';
import { bulkApprove, bulkPreview, type BulkItem } from '../api/task-actions';
import { useActionError } from './TaskActionDialogs';

/** Tasks per request: each is still approved in its own transaction on the server; this sets the progress steps. */
const CHUNK = 5;

/**
 * 批量审批: the server's preview says, per task, what will happen or why it cannot; one opinion
 * approves those that can, a few at a time with a progress bar; the result lists every task,
 * done or not and why. Nothing is half-done: each task succeeds or fails on its own.
 */
export function BulkApproveDialog({ taskIds, open, onClose }: { taskIds: string[]; open: boolean; onClose: (finished: boolean) => void }) {
  const { t } = useI18n();
  const taskName = useTaskName();
  const errorOf = useActionError();
  const queryClient = useQueryClient();
  const [opinion, setOpinion] = useState('');
  const [results, setResults] = useState<BulkItem[]>();
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState(0);
  const [error, setError] = useState<string>();
  const preview = useQuery({
    queryKey: ['tasks', 'bulk-preview', taskIds],
    queryFn: () => bulkPreview(taskIds),
    enabled: open,
    staleTime: 0,
    gcTime: 0,
  });
  const approvable = (preview.data ?? []).filter((item) => item.ok).map((item) => item.taskId);
  const refused = (preview.data ?? []).filter((item) => !item.ok);

  const run = async () => {
    setRunning(true);
    setError(undefined);
    setDone(0);
    const collected: BulkItem[] = [...refused];
    try {
      for (let i = 0; i < approvable.length; i += CHUNK) {
        const answer = await bulkApprove(approvable.slice(i, i + CHUNK), opinion.trim());
        // A task finished elsewhere meanwhile comes back without its item: keep the preview's words for it.
        collected.push(...answer.map((item) => {
          const before = preview.data?.find((p) => p.taskId === item.taskId);
          return { ...item, about: item.about ?? before?.about, taskName: item.taskName ?? before?.taskName };
        }));
        setDone(Math.min(approvable.length, i + CHUNK));
      }
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setRunning(false);
      setResults(collected);
      refreshAfterStep(queryClient);
    }
  };

  const rows = results ?? preview.data ?? [];
  const succeeded = results?.filter((r) => r.ok).length ?? 0;
  const close = () => {
    const finished = !!results;
    setResults(undefined);
    setOpinion('');
    setDone(0);
    onClose(finished);
  };

  return (
    <Modal
      title={t('bulk.title', { n: taskIds.length })}
      open={open}
      width={820}
      onCancel={running ? undefined : close}
      closable={!running}
      maskClosable={false}
      okText={results ? t('actions.close') : t('bulk.confirm', { n: approvable.length })}
      okButtonProps={{
        disabled: !results && (approvable.length === 0 || !opinion.trim()),
        loading: running,
        'data-testid': 'bulk-confirm',
      } as never}
      cancelButtonProps={{ disabled: running, style: results ? { display: 'none' } : undefined }}
      onOk={() => (results ? close() : void run())}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {preview.isError && <Alert type="error" showIcon message={errorOf(preview.error)} />}
        {results ? (
          <Alert
            type={succeeded === taskIds.length ? 'success' : 'warning'}
            showIcon
            data-testid="bulk-summary"
            message={t('bulk.summary', { ok: succeeded, failed: taskIds.length - succeeded })}
          />
        ) : preview.data && (
          <Typography.Text data-testid="bulk-plan">{t('bulk.plan', { ok: approvable.length, refused: refused.length })}</Typography.Text>
        )}
        {(running || results) && approvable.length > 0 && (
          <Progress percent={Math.round((done / approvable.length) * 100)} status={running ? 'active' : error ? 'exception' : 'normal'} data-testid="bulk-progress" />
        )}
        <Table<BulkItem>
          size="small"
          rowKey="taskId"
          loading={preview.isLoading}
          dataSource={rows}
          pagination={rows.length > 10 ? { pageSize: 10 } : false}
          data-testid="bulk-items"
          columns={[
            { title: t('tasks.item'), dataIndex: 'about', key: 'about', ellipsis: true, render: (about?: string) => about?.replace(/^（|）$/g, '') },
            { title: t('tasks.task'), dataIndex: 'taskName', key: 'taskName', width: 170, render: (name?: string) => taskName(name) },
            {
              title: results ? t('bulk.result') : t('bulk.willDo'), key: 'what', width: 300,
              render: (_: unknown, item: BulkItem) => item.ok
                ? <Tag color="green" data-ok="true">{item.outcome ?? t('bulk.approve')}</Tag>
                : <Space><Tag color="red" data-ok="false">{results ? t('bulk.failed') : t('bulk.cannot')}</Tag><Typography.Text type="danger">{item.reason}</Typography.Text></Space>,
            },
          ]}
        />
        {!results && (
          <Form.Item label={t('tasks.opinion')} required style={{ marginBottom: 0 }}>
            <Input.TextArea rows={3} maxLength={2000} value={opinion} disabled={running} aria-label={t('tasks.opinion')} data-testid="bulk-opinion" onChange={(e) => setOpinion(e.target.value)} />
          </Form.Item>
        )}
        {error && <Alert type="error" showIcon role="alert" message={error} />}
      </Space>
    </Modal>
  );
}

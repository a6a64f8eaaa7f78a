import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, List, Space, Tabs, Tag, Timeline, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { ActionLine } from '@/components/action-line';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { attachToTask, commentOnTask, useTaskNote, type TaskActivity } from '../api/task-actions';
import { useActionError } from './TaskActionDialogs';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The task's own record beside its form: comments (also on the item's timeline), attachments
 * (downloads only) and what was done to it (transfers, delegations, returns, urges).
 */
export function TaskActivityPanel({ taskId, activity, canWrite }: { taskId: string; activity?: TaskActivity; canWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorOf = useActionError();
  const [body, setBody] = useState('');
  const comment = useTaskNote(commentOnTask);
  const attach = useTaskNote(attachToTask);
  const comments = activity?.comments ?? [];
  const attachments = activity?.attachments ?? [];
  const actions = activity?.actions ?? [];

  return (
    <Card title={t('activity.title')} data-testid="task-activity">
      <Tabs
        items={[
          {
            key: 'comments',
            label: `${t('activity.comments')} (${comments.length})`,
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <List
                  size="small"
                  locale={{ emptyText: t('activity.noComments') }}
                  dataSource={comments}
                  renderItem={(c) => (
                    <List.Item>
                      <List.Item.Meta
                        title={<span>{c.authorName}{c.onBehalfOf && <Tag style={{ marginLeft: 6 }}>{t('actions.onBehalfOf', { who: c.onBehalfOf })}</Tag>} <Typography.Text type="secondary">{formatTime(c.at)}</Typography.Text></span>}
                        description={<Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.body}</Typography.Paragraph>}
                      />
                    </List.Item>
                  )}
                />
                {canWrite && (
                  <Space.Compact style={{ width: '100%' }}>
                    <Input.TextArea
                      rows={2}
                      maxLength={4000}
                      value={body}
                      aria-label={t('activity.addComment')}
                      placeholder={t('activity.addComment')}
                      data-testid="comment-body"
                      onChange={(e) => setBody(e.target.value)}
                    />
                    <Button
                      type="primary"
                      disabled={!body.trim()}
                      loading={comment.isPending}
                      data-testid="comment-send"
                      onClick={() => comment.mutate({ taskId, body: { body: body.trim() } }, {
                        onSuccess: () => setBody(''),
                        onError: (e) => message.error(errorOf(e)),
                      })}
                    >
                      {t('activity.send')}
                    </Button>
                  </Space.Compact>
                )}
              </Space>
            ),
          },
          {
            key: 'attachments',
            label: `${t('activity.attachments')} (${attachments.length})`,
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <List
                  size="small"
                  locale={{ emptyText: t('activity.noAttachments') }}
                  dataSource={attachments}
                  renderItem={(a) => (
                    <List.Item actions={[<Typography.Text key="sha" type="secondary" copyable={{ text: a.sha256 }}>SHA-256 {a.sha256.substring(0, 12)}…</Typography.Text>]}>
                      <Space>
                        <PaperClipOutlined />
                        <a href={`/api/task-attachments/${a.id}`} download={a.fileName}>{a.fileName}</a>
                        <Typography.Text type="secondary">{size(a.size)} · {a.uploadedByName} · {formatTime(a.uploadedAt)}</Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
                {canWrite && (
                  <Upload
                    showUploadList={false}
                    customRequest={({ file, onSuccess, onError }) => {
                      attach.mutate({ taskId, body: file as File }, {
                        onSuccess: () => { onSuccess?.(null); message.success(t('activity.uploaded', { name: (file as File).name })); },
                        onError: (e) => { onError?.(e as Error); message.error(errorOf(e)); },
                      });
                    }}
                  >
                    <Button icon={<UploadOutlined />} loading={attach.isPending} data-testid="attach">{t('activity.upload')}</Button>
                  </Upload>
                )}
                <Typography.Text type="secondary">{t('activity.uploadHint')}</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'history',
            label: `${t('activity.history')} (${actions.length})`,
            children: actions.length === 0 && (activity?.urges.length ?? 0) === 0 ? <Empty description={t('activity.noActions')} /> : (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Timeline items={actions.map((a, i) => ({ key: i, children: <ActionLine action={a} /> }))} />
                {(activity?.urges ?? []).map((u, i) => (
                  <Alert key={i} type="warning" showIcon message={t('activity.urged', { by: u.urgedByName, at: formatTime(u.at) })} description={u.note || undefined} />
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

import { Empty, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useTaskName } from '@/lib/task-names';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { ActionLine } from './TaskActivityPanel';

/** The item's timeline of task actions (transfers, returns, withdrawals, urges…) and comments, oldest first. */
export function ItemTaskTimeline({ code }: { code: string }) {
  const { t } = useI18n();
  const taskName = useTaskName();
  const activity = useQuery({
    queryKey: ['items', code, 'task-activity'],
    queryFn: () => unwrap(api.GET('/api/items/{code}/task-activity', { params: { path: { code } } })),
  });
  const entries = [
    ...(activity.data?.actions ?? []).map((a) => ({ at: a.at, node: <ActionLine action={a} />, color: a.action === 'RETURN' ? 'red' : 'blue' })),
    ...(activity.data?.comments ?? []).map((c) => ({
      at: c.at,
      color: 'gray',
      node: (
        <span>
          <Typography.Text strong>{c.authorName}</Typography.Text> <Tag>{t('activity.comments')}</Tag>
          <Typography.Text type="secondary"> · {taskName(c.taskName)} · {formatTime(c.at)}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.body}</Typography.Paragraph>
        </span>
      ),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (!activity.isLoading && entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activity.noActions')} />;
  }
  return <Timeline data-testid="item-task-timeline" items={entries.map((e, i) => ({ key: i, color: e.color, children: e.node }))} />;
}

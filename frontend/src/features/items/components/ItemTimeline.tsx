import { Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { ActionLine } from '@/components/action-line';
import { useItemTimeline, type TimelineTask } from '../api/get-item-timeline';

const STATE_COLOR: Record<TimelineTask['state'], string> = { OPEN: 'blue', COMPLETED: 'green', CANCELLED: 'gray' };

/** A decision in words where the application names it (予以支持, 优, 通过…), else as recorded. */
function useDecisionLabel() {
  const { t } = useI18n();
  return (decision: string) => {
    for (const family of ['decision', 'grade', 'departmentDecision', 'budgetDecision', 'recheck', 'paymentAction', 'keyApproval', 'bodyDecision', 'appraisalDecision']) {
      const key = `enum.${family}.${decision}` as MessageKey;
      const label = t(key);
      if (label !== key) {
        return label;
      }
    }
    return decision;
  };
}

function TaskEntry({ task }: { task: TimelineTask }) {
  const { t } = useI18n();
  const decisionLabel = useDecisionLabel();
  const overdue = task.state === 'OPEN' && !!task.dueAt && new Date(task.dueAt) < new Date();
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }} data-testid="timeline-task">
      <span>
        <Typography.Text strong>{task.taskName}</Typography.Text>{' '}
        <Tag>{t(`enum.taskStage.${task.stage}`)}</Tag>
        <Tag color={STATE_COLOR[task.state]}>{t(`items.timeline.state.${task.state}`)}</Tag>
        {task.decision && <Tag color="purple">{decisionLabel(task.decision)}</Tag>}
      </span>
      {task.state === 'OPEN' ? (
        <Typography.Text type="secondary">
          {t('items.timeline.heldBy', { who: task.holder ?? '—', at: formatTime(task.createdAt) })}
          {task.dueAt && (
            <Typography.Text type={overdue ? 'danger' : 'secondary'}> · {t(overdue ? 'items.timeline.overdue' : 'items.timeline.due', { at: formatTime(task.dueAt) })}</Typography.Text>
          )}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">
          {task.actorName ? <Typography.Text>{task.actorName}</Typography.Text> : t('items.timeline.bySystem')}
          {task.onBehalfOf && <Tag style={{ marginLeft: 6 }}>{t('actions.onBehalfOf', { who: task.onBehalfOfName ?? task.onBehalfOf })}</Tag>}
          {' · '}{formatTime(task.endedAt)}
          {' · '}{t('items.timeline.opened', { at: formatTime(task.createdAt) })}
        </Typography.Text>
      )}
      {task.opinion && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{task.opinion}</Typography.Paragraph>}
      {task.actions.filter((a) => a.action !== 'URGE').map((a, i) => (
        <div key={`a${i}`} className="timeline-sub"><ActionLine action={a} /></div>
      ))}
      {task.comments.map((c) => (
        <div key={`c${c.id}`} className="timeline-sub">
          <Typography.Text strong>{c.authorName}</Typography.Text> <Tag>{t('activity.comments')}</Tag>
          <Typography.Text type="secondary">{formatTime(c.at)}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.body}</Typography.Paragraph>
        </div>
      ))}
      {task.attachments.map((f) => (
        <div key={`f${f.id}`} className="timeline-sub">
          <PaperClipOutlined /> <a href={`/api/task-attachments/${f.id}`}>{f.fileName}</a>
          <Typography.Text type="secondary"> · {f.uploadedByName} · {formatTime(f.uploadedAt)}</Typography.Text>
        </div>
      ))}
      {task.urges.map((u, i) => (
        <div key={`u${i}`} className="timeline-sub">
          <Tag color="orange">{t('actions.kind.URGE')}</Tag>
          <Typography.Text type="secondary">{t('activity.urged', { by: u.urgedByName, at: formatTime(u.at) })}</Typography.Text>
          {u.note && <Typography.Text> {u.note}</Typography.Text>}
        </div>
      ))}
    </Space>
  );
}

/**
 * One timeline across all stages: every task of every process of the item, oldest first, with who
 * did it (and on whose behalf), when, the decision and opinion, and the transfers, returns,
 * comments, attachments and urges on it; open tasks name their holder.
 */
export function ItemTimeline({ code }: { code: string }) {
  const { t } = useI18n();
  const timeline = useItemTimeline(code);
  if (timeline.isLoading) {
    return <Skeleton active />;
  }
  const tasks = timeline.data?.tasks ?? [];
  if (tasks.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('items.timeline.empty')} />;
  }
  return (
    <Timeline
      data-testid="item-timeline"
      items={tasks.map((task) => ({ key: task.taskId, color: STATE_COLOR[task.state], children: <TaskEntry task={task} /> }))}
    />
  );
}

import { Space, Tag, Typography } from 'antd';
import { useTaskName } from '@/lib/task-names';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import type { Schemas } from '@/lib/api-client';

type ActionView = Schemas['ActionView'];

/** One recorded action, in words: "王绩效 转办给 马绩效：…", with "on behalf of" where a substitute acted. */
export function ActionLine({ action }: { action: ActionView }) {
  const { t } = useI18n();
  const taskName = useTaskName();
  return (
    <Space direction="vertical" size={0}>
      <span>
        <Typography.Text strong>{action.actorName}</Typography.Text>
        {action.onBehalfOf && <Tag style={{ marginLeft: 6 }}>{t('actions.onBehalfOf', { who: action.onBehalfOfName ?? action.onBehalfOf })}</Tag>}
        {' '}{t(`actions.kind.${action.action}`)}
        {action.targetUserName ? ` → ${action.targetUserName}` : ''}
        {action.targetGroupName ? ` → ${action.targetGroupName}` : ''}
        <Typography.Text type="secondary"> · {taskName(action.taskName)} · {formatTime(action.at)}</Typography.Text>
      </span>
      {action.opinion && <Typography.Text type="secondary">{action.opinion}</Typography.Text>}
    </Space>
  );
}

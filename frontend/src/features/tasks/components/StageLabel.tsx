import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { TaskStage } from '../api/inbox-params';

const COLORS: Record<TaskStage, string> = {
  ASSESSMENT: 'purple',
  TARGET_COMPILATION: 'blue',
  MONITORING: 'cyan',
  EVALUATION: 'geekblue',
  RESULT_APPLICATION: 'green',
  BODY_EVALUATION: 'gold',
  APPRAISAL: 'orange',
  AUDIT: 'red',
  OTHER: 'default',
};

/** The link of the chain (or the oversight work) a task belongs to. */
export function StageLabel({ stage }: { stage: TaskStage }) {
  const { t } = useI18n();
  return <Tag color={COLORS[stage]}>{t(`enum.taskStage.${stage}`)}</Tag>;
}

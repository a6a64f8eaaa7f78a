import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { Schemas } from '@/lib/api-client';

type ItemSummary = Schemas['ItemSummary'];

type Decision = Schemas['AssessmentReviewView']['decision'];

const STATUS_COLOR: Record<ItemSummary['status'], string> = {
  ACTIVE: 'processing',
  NOT_ELIGIBLE: 'error',
  NOT_FUNDED: 'warning',
  COMPLETED: 'success',
};

/** The stage an item is in, or why it ended. */
export function StageTag({ item }: { item: Pick<ItemSummary, 'stage' | 'status'> }) {
  const { t } = useI18n();
  if (item.status !== 'ACTIVE') {
    return <Tag color={STATUS_COLOR[item.status]}>{t(`enum.status.${item.status}`)}</Tag>;
  }
  return <Tag color="blue">{t(`enum.stage.${item.stage}`)}</Tag>;
}

const DECISION_COLOR: Record<Decision, string> = {
  SUPPORTED: 'green',
  ADJUST: 'gold',
  NOT_SUPPORTED: 'red',
  COMMISSION_THIRD_PARTY: 'purple',
};

export function DecisionTag({ decision }: { decision?: Decision }) {
  const { t } = useI18n();
  if (!decision) {
    return null;
  }
  const color = DECISION_COLOR[decision];
  return <Tag color={color}>{t(`enum.decision.${decision}`)}</Tag>;
}

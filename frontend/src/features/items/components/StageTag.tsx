import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { ItemSummary } from '../api/get-items';

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

export function DecisionTag({ decision }: { decision?: 'SUPPORTED' | 'ADJUST' | 'NOT_SUPPORTED' }) {
  const { t } = useI18n();
  if (!decision) {
    return null;
  }
  const color = decision === 'SUPPORTED' ? 'green' : decision === 'ADJUST' ? 'gold' : 'red';
  return <Tag color={color}>{t(`enum.decision.${decision}`)}</Tag>;
}

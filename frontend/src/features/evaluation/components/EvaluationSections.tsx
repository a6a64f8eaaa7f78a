import { Empty, Skeleton } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { ItemDetail } from '@/lib/item';
import { useItemApplication, useItemEvaluation } from '../api/evaluation';
import { ApplicationSummary, EvaluationSummary } from './EvaluationSummary';

export function EvaluationSection({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  const evaluation = useItemEvaluation(item.code);
  if (evaluation.isLoading) {
    return <Skeleton active />;
  }
  const e = evaluation.data?.[0];
  return e ? <EvaluationSummary evaluation={e} /> : <Empty description={t('evaluation.none')} />;
}

export function ApplicationSection({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  const application = useItemApplication(item.code);
  if (application.isLoading) {
    return <Skeleton active />;
  }
  const a = application.data?.[0];
  return a ? <ApplicationSummary application={a} /> : <Empty description={t('application.none')} />;
}

import { Tag, Timeline, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import type { SheetView } from '../api/target-sheets';
import { PersonName } from '@/components/person-name';

type Review = SheetView['reviews'][number];

function decisionLabel(review: Review, t: ReturnType<typeof useI18n>['t']) {
  switch (review.step) {
    case 'DEPARTMENT':
      return t(`enum.departmentDecision.${review.decision as 'PASS' | 'RETURN'}`);
    case 'FINANCE':
      return review.grade ? t(`enum.grade.${review.grade}`) : review.decision;
    case 'BUDGET':
      return t(`enum.budgetDecision.${review.decision as 'APPROVE' | 'REJECT'}`);
  }
}

/** The decisions taken on one target-sheet version, with their opinions. */
export function ReviewTimeline({ reviews }: { reviews: Review[] }) {
  const { t, locale } = useI18n();
  return (
    <Timeline
      items={reviews.map((review) => ({
        children: (
          <div>
            <Tag>{t(`enum.step.${review.step}`)}</Tag>
            <Typography.Text strong>{decisionLabel(review, t)}</Typography.Text>
            {review.approvedAmount !== undefined && <Typography.Text> · {formatAmount(review.approvedAmount, locale)} {t('common.yuan')}</Typography.Text>}
            <div>{review.opinion}</div>
            <Typography.Text type="secondary"><PersonName id={review.reviewedBy} /> · {formatTime(review.reviewedAt)}</Typography.Text>
          </div>
        ),
      }))}
    />
  );
}

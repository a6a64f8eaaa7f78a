import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';

const GRADE_COLOR = { EXCELLENT: 'green', GOOD: 'blue', FAIR: 'orange', POOR: 'red' } as const;

/** An evaluation grade (优/良/中/差) as a coloured tag. */
export function GradeTag({ grade }: { grade?: keyof typeof GRADE_COLOR }) {
  const { t } = useI18n();
  return grade ? <Tag color={GRADE_COLOR[grade]} data-testid="grade">{t(`enum.grade.${grade}`)}</Tag> : null;
}

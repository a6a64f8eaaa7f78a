import { Badge } from 'antd';
import { useI18n } from '@/lib/i18n';

const COLORS = { RED: '#cf1322', YELLOW: '#faad14', GREEN: '#52c41a', NO_BUDGET: '#bfbfbf' } as const;

export type WarningLight = keyof typeof COLORS;
const COMPLETION = { ACHIEVED: 'GREEN', PARTLY: 'YELLOW', NOT: 'RED' } as const;

/** The execution warning light. */
export function Light({ light, text }: { light?: WarningLight; text?: string }) {
  const { t } = useI18n();
  if (!light) {
    return null;
  }
  return <Badge color={COLORS[light]} text={text ?? t(`enum.light.${light}`)} data-light={light} />;
}

/** The qualitative light of one indicator's expected completion. */
export function CompletionLight({ completion }: { completion?: 'ACHIEVED' | 'PARTLY' | 'NOT' }) {
  const { t } = useI18n();
  if (!completion) {
    return null;
  }
  return <Light light={COMPLETION[completion]} text={t(`enum.completion.${completion}`)} />;
}

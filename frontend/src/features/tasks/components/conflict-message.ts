import type { ApiError } from '@/lib/api-client';
import type { MessageKey } from '@/lib/i18n';
import { formatTime } from '@/lib/format';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What became of a task someone else got to first, in the user's language (409 problem+json). */
export function conflictMessage(error: ApiError, t: Translate): string {
  const { taskState, byName, by, at } = error.problem;
  const who = byName ?? by ?? '';
  const when = at ? formatTime(at) : '';
  switch (taskState) {
    case 'COMPLETED':
      return t('tasks.conflict.completed', { who, when });
    case 'CLAIMED':
      return t('tasks.conflict.claimed', { who, when });
    case 'ENDED':
      return t('tasks.conflict.ended', { when });
    default:
      return t('tasks.conflict.changed');
  }
}

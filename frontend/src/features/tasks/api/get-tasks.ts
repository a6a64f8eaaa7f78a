import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import type { InboxParams } from './inbox-params';

export type TaskView = Schemas['TaskView'];

export const tasksQueryKey = (params: Partial<InboxParams>) => ['tasks', 'list', params] as const;

export function getTasks(params: InboxParams) {
  const { tab, page, size, ...filters } = params;
  return unwrap(api.GET('/api/tasks', {
    params: { query: { ...filters, tab: tab === 'CLAIMED' ? 'CLAIMED' : 'TODO', page, size } },
  }));
}

/** The inbox page. New work shows up within half a minute, and at once when the window regains focus. */
export function useTasks(params: InboxParams) {
  return useQuery({
    queryKey: tasksQueryKey(params),
    queryFn: () => getTasks(params),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
    enabled: params.tab === 'TODO' || params.tab === 'CLAIMED',
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type InboxCounts = Schemas['InboxCounts'];
export type FacetCount = Schemas['FacetCount'];

export function useTaskCounts(tab: 'TODO' | 'CLAIMED') {
  return useQuery({
    queryKey: ['tasks', 'counts', tab],
    queryFn: () => unwrap(api.GET('/api/tasks/counts', { params: { query: { tab } } })),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

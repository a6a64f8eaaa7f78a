import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type TimelineTask = Schemas['TimelineTask'];

/** Every task of every process of the item, with what was recorded on it, oldest first. */
export function itemTimelineOptions(code: string) {
  return queryOptions({
    queryKey: ['items', code, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/items/{code}/timeline', { params: { path: { code } } })),
  });
}

export function useItemTimeline(code: string) {
  return useQuery(itemTimelineOptions(code));
}

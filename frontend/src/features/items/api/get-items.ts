import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import type { paths } from '@generated/api-schema';

export type ItemSummary = Schemas['ItemSummary'];
export type ItemFilter = NonNullable<paths['/api/items']['get']['parameters']['query']>;

export function getItems(filter: ItemFilter) {
  return unwrap(api.GET('/api/items', { params: { query: filter } }));
}

export function useItems(filter: ItemFilter) {
  return useQuery({
    queryKey: ['items', 'list', filter],
    queryFn: () => getItems(filter),
    placeholderData: keepPreviousData,
  });
}

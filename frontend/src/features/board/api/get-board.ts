import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import type { paths } from '@generated/api-schema';

export type BoardPage = Schemas['BoardPage'];
export type BoardRow = Schemas['BoardRow'];
export type BoardCell = Schemas['BoardCell'];
export type BoardQuery = NonNullable<paths['/api/tracking/board']['get']['parameters']['query']>;

export function boardQueryOptions(query: BoardQuery) {
  return queryOptions({
    queryKey: ['board', query],
    queryFn: () => unwrap(api.GET('/api/tracking/board', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useBoard(query: BoardQuery) {
  return useQuery(boardQueryOptions(query));
}

/** The export link of the board with the same filters (a plain GET with the session cookie). */
export function boardExportHref(query: BoardQuery): string {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '' && key !== 'page' && key !== 'size') {
      params.set(key, String(value));
    }
  });
  return `/api/tracking/board/export?${params.toString()}`;
}

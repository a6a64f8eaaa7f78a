import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';

/** Ids asked for within one tick are fetched together: a page of decisions costs one request. */
const BATCH_MS = 10;
const MAX_IDS = 100;

let pending = new Map<string, ((name: string) => void)[]>();
let timer: ReturnType<typeof setTimeout> | undefined;

async function flush(): Promise<void> {
  const batch = pending;
  pending = new Map();
  timer = undefined;
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += MAX_IDS) {
    const chunk = ids.slice(i, i + MAX_IDS);
    let names: Record<string, string> = {};
    try {
      names = await unwrap(api.GET('/api/names', { params: { query: { ids: chunk } } }));
    } catch {
      // The id stands in for its name when the names cannot be read.
    }
    for (const id of chunk) {
      batch.get(id)?.forEach((resolve) => resolve(names[id] ?? id));
    }
  }
}

/** The display name of a user, group or organisation id. */
export function nameOf(id: string): Promise<string> {
  return new Promise((resolve) => {
    pending.set(id, [...(pending.get(id) ?? []), resolve]);
    timer ??= setTimeout(() => void flush(), BATCH_MS);
  });
}

/** One id's name as a query: names rarely change, so they are kept for the session. */
function nameQuery(id: string) {
  return { queryKey: ['name', id], queryFn: () => nameOf(id), staleTime: Infinity, gcTime: 30 * 60 * 1000 };
}

/** The display name of an id, the id itself while it loads. */
export function useName(id: string | null | undefined): string | undefined {
  const query = useQuery({ ...nameQuery(id ?? ''), enabled: !!id });
  return id ? (query.data ?? id) : undefined;
}

/** Display names of several ids at once, for texts that take a name: `name(id)` is the id while it loads. */
export function useNames(ids: (string | null | undefined)[]): (id: string | null | undefined) => string {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const results = useQueries({ queries: unique.map(nameQuery) });
  const names = new Map(unique.map((id, i) => [id, results[i]?.data ?? id]));
  return (id) => (id ? (names.get(id) ?? id) : '—');
}

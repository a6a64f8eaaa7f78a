import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type TaskView = Schemas['TaskView'];

export const tasksQueryKey = (mineOnly: boolean) => ['tasks', 'list', { mineOnly }] as const;

export function getTasks(mineOnly: boolean) {
  return unwrap(api.GET('/api/tasks', { params: { query: { mineOnly, size: 200 } } }));
}

export function useTasks(mineOnly = false) {
  return useQuery({
    queryKey: tasksQueryKey(mineOnly),
    queryFn: () => getTasks(mineOnly),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

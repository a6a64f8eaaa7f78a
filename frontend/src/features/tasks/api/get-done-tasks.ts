import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import type { InboxParams } from './inbox-params';

export type DoneTaskView = Schemas['DoneTaskView'];

export function useDoneTasks(params: InboxParams) {
  const query = { stage: params.stage, taskKey: params.taskKey, q: params.q, page: params.page, size: params.size };
  return useQuery({
    queryKey: ['tasks', 'done', query],
    queryFn: () => unwrap(api.GET('/api/tasks/done', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled: params.tab === 'DONE',
  });
}

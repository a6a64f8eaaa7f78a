import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** 催办: the inbox's urge of many tasks at once (POST /api/tasks/urges); one outcome per task. */
export function useUrgeTasks() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { taskIds: string[]; note?: string }) => unwrap(api.POST('/api/tasks/urges', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['board'] }),
  });
}

import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function getTask(taskId: string) {
  return unwrap(api.GET('/api/tasks/{taskId}', { params: { path: { taskId } } }));
}

export function useTask(taskId: string | undefined) {
  return useQuery({ queryKey: ['tasks', 'detail', taskId], queryFn: () => getTask(taskId!), enabled: !!taskId, retry: false });
}

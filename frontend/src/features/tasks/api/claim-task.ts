import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function claimTask(taskId: string) {
  return unwrap(api.POST('/api/tasks/{taskId}/claim', { params: { path: { taskId } } }));
}

export function releaseTask(taskId: string) {
  return unwrap(api.POST('/api/tasks/{taskId}/release', { params: { path: { taskId } } }));
}

export function useClaimTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, claim }: { taskId: string; claim: boolean }) => (claim ? claimTask(taskId) : releaseTask(taskId)),
    onSuccess: (task) => {
      queryClient.setQueryData(['tasks', 'detail', task.id], task);
      void queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['tasks', 'counts'] });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@generated/api-schema';
import { api, unwrap } from '@/lib/api-client';
import { refreshAfterStep } from '@/lib/refresh-after-step';

/** An endpoint that does one task's step: POST /api/tasks/{taskId}/…, completing the task. */
type TaskStepPath = {
  [P in keyof paths]: P extends `/api/tasks/{taskId}/${string}` ? (paths[P]['post'] extends object ? P : never) : never;
}[keyof paths];

/**
 * One POST per task step. On success every query but the finished task's own reloads. The
 * body type is checked by each form against the generated schema it passes in.
 */
export function useTaskStep<B>(path: TaskStepPath, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      unwrap(api.POST(path, { params: { path: { taskId } }, body: body as never } as never) as Promise<{ data?: unknown; error?: unknown; response: Response }>),
    // Not awaited: the form hears of its success at once and the page moves on.
    onSuccess: () => refreshAfterStep(queryClient, taskId),
  });
}

import type { QueryClient } from '@tanstack/react-query';

/**
 * After a task step everything about its item may have changed: mark every query stale (active ones
 * refetch in the background) except those of the task itself, which is gone now — refetching them
 * would only answer 409 and take the page away before it can say what was done.
 */
export function refreshAfterStep(queryClient: QueryClient, taskId?: string): void {
  void queryClient.invalidateQueries({
    predicate: (query) => !taskId || !JSON.stringify(query.queryKey).includes(taskId),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { refreshAfterStep } from '@/lib/refresh-after-step';

export type AssessmentForm = Schemas['AssessmentForm'];
export type ReviewForm = Schemas['ReviewForm'];

export function submitAssessment(taskId: string, body: AssessmentForm) {
  return unwrap(api.POST('/api/tasks/{taskId}/assessment', { params: { path: { taskId } }, body }));
}

export function reviewAssessment(taskId: string, body: ReviewForm) {
  return unwrap(api.POST('/api/tasks/{taskId}/assessment-review', { params: { path: { taskId } }, body }));
}

/** After a task is completed everything about it may have changed (but the finished task itself). */
function useInvalidateAfterCompletion(taskId: string) {
  const queryClient = useQueryClient();
  return () => refreshAfterStep(queryClient, taskId);
}

export function useSubmitAssessment(taskId: string) {
  const invalidate = useInvalidateAfterCompletion(taskId);
  return useMutation({ mutationFn: (body: AssessmentForm) => submitAssessment(taskId, body), onSuccess: invalidate });
}

export function useReviewAssessment(taskId: string) {
  const invalidate = useInvalidateAfterCompletion(taskId);
  return useMutation({ mutationFn: (body: ReviewForm) => reviewAssessment(taskId, body), onSuccess: invalidate });
}

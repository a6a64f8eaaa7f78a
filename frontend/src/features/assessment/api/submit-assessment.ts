import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type AssessmentForm = Schemas['AssessmentForm'];
export type ReviewForm = Schemas['ReviewForm'];

export function submitAssessment(taskId: string, body: AssessmentForm) {
  return unwrap(api.POST('/api/tasks/{taskId}/assessment', { params: { path: { taskId } }, body }));
}

export function reviewAssessment(taskId: string, body: ReviewForm) {
  return unwrap(api.POST('/api/tasks/{taskId}/assessment-review', { params: { path: { taskId } }, body }));
}

/** After a task is completed everything about it may have changed: tasks, items, assessments. */
function useInvalidateAfterCompletion() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(['tasks', 'items', 'assessments'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}

export function useSubmitAssessment(taskId: string) {
  const invalidate = useInvalidateAfterCompletion();
  return useMutation({ mutationFn: (body: AssessmentForm) => submitAssessment(taskId, body), onSuccess: invalidate });
}

export function useReviewAssessment(taskId: string) {
  const invalidate = useInvalidateAfterCompletion();
  return useMutation({ mutationFn: (body: ReviewForm) => reviewAssessment(taskId, body), onSuccess: invalidate });
}

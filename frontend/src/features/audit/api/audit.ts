import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { refreshAfterStep } from '@/lib/refresh-after-step';

export type AuditReviewView = Schemas['AuditReviewView'];
export type AuditFinding = Schemas['AuditFindingView'];
export type FindingCategory = AuditFinding['category'];

export const CATEGORIES: FindingCategory[] = ['TARGET', 'MONITORING', 'EVALUATION', 'FUNDS', 'APPLICATION', 'OTHER'];

export function useItemAuditReviews(code: string) {
  return useQuery({
    queryKey: ['audit', 'item', code],
    queryFn: () => unwrap(api.GET('/api/items/{code}/audit-reviews', { params: { path: { code } } })),
  });
}

export function useAuditReviews() {
  return useQuery({ queryKey: ['audit', 'all'], queryFn: () => unwrap(api.GET('/api/audit-reviews')) });
}

export function useTaskAuditReview(taskId: string) {
  return useQuery({
    queryKey: ['audit', 'task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/audit-review', { params: { path: { taskId } } })),
  });
}

/** A change on a review; {@code finishedTaskId} when it completes the review's task. */
function useAuditMutation<B>(run: (body: B) => Promise<unknown>, finishedTaskId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => refreshAfterStep(queryClient, finishedTaskId),
  });
}

export function useOpenAuditReview(code: string) {
  return useAuditMutation((body: Schemas['AuditReviewOpen']) =>
    unwrap(api.POST('/api/items/{code}/audit-reviews', { params: { path: { code } }, body })));
}

export function useAddFinding(taskId: string) {
  return useAuditMutation((body: Schemas['AuditFindingInput']) =>
    unwrap(api.POST('/api/tasks/{taskId}/audit-findings', { params: { path: { taskId } }, body })));
}

export function useRefer(taskId: string) {
  return useAuditMutation(({ findingId, ...body }: Schemas['AuditReferral'] & { findingId: number }) =>
    unwrap(api.POST('/api/tasks/{taskId}/audit-findings/{findingId}/referral', { params: { path: { taskId, findingId } }, body })));
}

export function useCloseReview(taskId: string) {
  return useAuditMutation((body: Schemas['AuditReviewClose']) =>
    unwrap(api.POST('/api/tasks/{taskId}/audit-review-close', { params: { path: { taskId } }, body })), taskId);
}

import { refreshAfterStep } from '@/lib/refresh-after-step';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type SheetView = Schemas['TargetSheetView'];
export type TargetSheetForm = Schemas['TargetSheetForm'];
export type IndicatorInput = Schemas['TargetIndicatorInput'];
export type TemplateView = Schemas['WeightTemplateView'];

export function useTaskSheet(taskId: string) {
  return useQuery({
    queryKey: ['target-sheets', 'task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/target-sheet', { params: { path: { taskId } } })),
  });
}

export function useItemSheets(code: string | undefined) {
  return useQuery({
    queryKey: ['target-sheets', 'item', code],
    queryFn: () => unwrap(api.GET('/api/items/{code}/target-sheets', { params: { path: { code: code! } } })),
    enabled: !!code,
  });
}

export function useWeightTemplate() {
  return useQuery({
    queryKey: ['weight-template'],
    queryFn: () => unwrap(api.GET('/api/weight-template')),
    staleTime: 30 * 60_000,
  });
}

export function useSaveDraft(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TargetSheetForm) =>
      unwrap(api.PUT('/api/tasks/{taskId}/target-sheet', { params: { path: { taskId } }, body })),
    onSuccess: (sheet) => queryClient.setQueryData(['target-sheets', 'task', taskId], sheet),
  });
}

/** After a task is completed everything about it may have changed. */
/** After a step on a task: every query but the (now finished) task's own becomes stale. */
export function useInvalidateAll(taskId?: string) {
  const queryClient = useQueryClient();
  return () => refreshAfterStep(queryClient, taskId);
}

export function useSubmitSheet(taskId: string) {
  const invalidate = useInvalidateAll(taskId);
  return useMutation({
    mutationFn: (body: TargetSheetForm) =>
      unwrap(api.POST('/api/tasks/{taskId}/target-sheet', { params: { path: { taskId } }, body })),
    onSuccess: invalidate,
  });
}

export function useDepartmentReview(taskId: string) {
  const invalidate = useInvalidateAll(taskId);
  return useMutation({
    mutationFn: (body: Schemas['DepartmentReview']) =>
      unwrap(api.POST('/api/tasks/{taskId}/target-department-review', { params: { path: { taskId } }, body })),
    onSuccess: invalidate,
  });
}

export function useFinanceReview(taskId: string) {
  const invalidate = useInvalidateAll(taskId);
  return useMutation({
    mutationFn: (body: Schemas['FinanceReview']) =>
      unwrap(api.POST('/api/tasks/{taskId}/target-finance-review', { params: { path: { taskId } }, body })),
    onSuccess: invalidate,
  });
}

export function useBudgetApproval(taskId: string) {
  const invalidate = useInvalidateAll(taskId);
  return useMutation({
    mutationFn: (body: Schemas['BudgetApproval']) =>
      unwrap(api.POST('/api/tasks/{taskId}/budget-approval', { params: { path: { taskId } }, body })),
    onSuccess: invalidate,
  });
}

export function useRequestAdjustment(code: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: Schemas['AdjustmentRequest']) =>
      unwrap(api.POST('/api/items/{code}/target-adjustments', { params: { path: { code } }, body })),
    onSuccess: invalidate,
  });
}

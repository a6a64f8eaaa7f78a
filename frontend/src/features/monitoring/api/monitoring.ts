import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { useTaskStep } from '@/lib/task-step';
import { useDebounced } from '@/lib/use-debounced';

export type ReportView = Schemas['ReportView'];
export type FundsView = Schemas['FundsView'];
export type PeriodView = Schemas['PeriodView'];

export function useTaskReport(taskId: string, enabled = true) {
  return useQuery({
    queryKey: ['monitoring', 'task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/monitoring-report', { params: { path: { taskId } } })),
    enabled,
  });
}

export function useItemReports(code: string | undefined) {
  return useQuery({
    queryKey: ['monitoring', 'item', code],
    queryFn: () => unwrap(api.GET('/api/items/{code}/monitoring-reports', { params: { path: { code: code! } } })),
    enabled: !!code,
  });
}

export function useFunds(code: string | undefined) {
  return useQuery({
    queryKey: ['funds', code],
    queryFn: () => unwrap(api.GET('/api/items/{code}/funds', { params: { path: { code: code! } } })),
    enabled: !!code,
  });
}

/**
 * The execution value and warning light of an amount spent, as it is typed: the server decides them
 * with the ExecutionWarning table, as for the filed report, so no threshold is repeated here. Asked
 * once the typing pauses; the last answer stays on screen while the next one is asked. Without a
 * budget (or an elapsed month) the answer is NO_BUDGET whatever is typed.
 */
export function useWarningLight(spent: number | undefined, budget: number | undefined, months: number | undefined) {
  const typed = useDebounced(spent, 300);
  const measurable = budget! > 0 && months! > 0;
  const amount = typeof typed === 'number' && Number.isFinite(typed) && typed >= 0 ? typed : measurable ? undefined : 0;
  return useQuery({
    queryKey: ['monitoring', 'warning-light', amount, budget, months],
    queryFn: () => unwrap(api.GET('/api/monitoring/warning-light', {
      params: { query: { spent: amount!, budget: budget!, months: months! } },
    })),
    enabled: amount !== undefined && budget !== undefined && months !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** One POST per monitoring task; each completes the task. */
type TaskPath =
  | '/api/tasks/{taskId}/monitoring-report'
  | '/api/tasks/{taskId}/monitoring-department-review'
  | '/api/tasks/{taskId}/monitoring-key-review'
  | '/api/tasks/{taskId}/payment-decision'
  | '/api/tasks/{taskId}/rectification'
  | '/api/tasks/{taskId}/rectification-verification'
  | '/api/tasks/{taskId}/recovery-confirmation'
  | '/api/tasks/{taskId}/overdue-chase'
  | '/api/tasks/{taskId}/pass-down';

export function useMonitoringStep<B>(path: TaskPath, taskId: string) {
  return useTaskStep<B>(path, taskId);
}

export function useKeyMonitoring(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) =>
      unwrap(api.PUT('/api/items/{code}/key-monitoring', { params: { path: { code } }, body: { enabled } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['items'] }),
  });
}

export function usePeriods(fiscalYear: number, divisionCode?: string) {
  return useQuery({
    queryKey: ['monitoring-periods', fiscalYear, divisionCode],
    queryFn: () => unwrap(api.GET('/api/monitoring-periods', { params: { query: { fiscalYear, divisionCode } } })),
  });
}

export function useSavePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: Schemas['Period'] }) =>
      id === undefined
        ? unwrap(api.POST('/api/monitoring-periods', { body }))
        : unwrap(api.PUT('/api/monitoring-periods/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['monitoring-periods'] }),
  });
}

export type OverviewRow = Schemas['OverviewRow'];

export function useOverview(query: { fiscalYear?: number; overdue?: boolean; light?: 'RED' | 'YELLOW' | 'GREEN' | 'NO_BUDGET'; page?: number; size?: number }) {
  return useQuery({
    placeholderData: keepPreviousData,
    queryKey: ['monitoring', 'overview', query],
    queryFn: () => unwrap(api.GET('/api/monitoring-reports', { params: { query } })),
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { useTaskStep } from '@/lib/task-step';

export type EvaluationView = Schemas['EvaluationView'];
export type ApplicationView = Schemas['ApplicationView'];
export type FillForm = Schemas['Fill'];
export type ScorePreview = Schemas['ScorePreview'];
export type Coverage = Schemas['Coverage'];

export function useTaskEvaluation(taskId: string) {
  return useQuery({
    queryKey: ['evaluation', 'task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/self-evaluation', { params: { path: { taskId } } })),
  });
}

export function useItemEvaluation(code: string | undefined) {
  return useQuery({
    queryKey: ['evaluation', 'item', code],
    queryFn: () => unwrap(api.GET('/api/items/{code}/self-evaluation', { params: { path: { code: code! } } })),
    enabled: !!code,
  });
}

export function useTaskApplication(taskId: string, enabled = true) {
  return useQuery({
    queryKey: ['application', 'task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/result-application', { params: { path: { taskId } } })),
    enabled,
  });
}

export function useItemApplication(code: string | undefined) {
  return useQuery({
    queryKey: ['application', 'item', code],
    queryFn: () => unwrap(api.GET('/api/items/{code}/result-application', { params: { path: { code: code! } } })),
    enabled: !!code,
  });
}

export function previewScores(taskId: string, body: FillForm) {
  return unwrap(api.POST('/api/tasks/{taskId}/self-evaluation/preview', { params: { path: { taskId } }, body }));
}

export function useCoverage(fiscalYear: number, page = 0, size = 50, missingOnly = false) {
  return useQuery({
    queryKey: ['coverage', fiscalYear, page, size, missingOnly],
    queryFn: () => unwrap(api.GET('/api/evaluations/coverage', { params: { query: { fiscalYear, page, size, missingOnly } } })),
    placeholderData: keepPreviousData,
  });
}

type StepPath =
  | '/api/tasks/{taskId}/self-evaluation'
  | '/api/tasks/{taskId}/self-evaluation-department-review'
  | '/api/tasks/{taskId}/self-evaluation-recheck'
  | '/api/tasks/{taskId}/self-evaluation-chase'
  | '/api/tasks/{taskId}/result-feedback'
  | '/api/tasks/{taskId}/rectification-plan'
  | '/api/tasks/{taskId}/rectification-closure'
  | '/api/tasks/{taskId}/closure-verification'
  | '/api/tasks/{taskId}/budget-linkage';

/** One POST per evaluation or application task; each completes the task. */
export function useEvaluationStep<B>(path: StepPath, taskId: string) {
  return useTaskStep<B>(path, taskId);
}

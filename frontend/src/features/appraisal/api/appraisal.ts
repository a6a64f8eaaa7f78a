import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '@/lib/api-client';
import { useTaskStep } from '@/lib/task-step';

export type AppraisalView = Schemas['AppraisalView'];
export type AppraisalEntry = Schemas['AppraisalEntryView'];
export type Grade = NonNullable<AppraisalEntry['grade']>;

/** The round of a fiscal year; null (not an error) when there is none the user may see. */
export function useAppraisal(fiscalYear: number) {
  return useQuery({
    queryKey: ['appraisal', 'year', fiscalYear],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/appraisals/{fiscalYear}', { params: { path: { fiscalYear } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          return null;
        }
        throw e;
      }
    },
  });
}

export function useTaskAppraisal(taskId: string) {
  return useQuery({
    queryKey: ['appraisal', 'task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/appraisal', { params: { path: { taskId } } })),
  });
}

export function useStartAppraisal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fiscalYear: number) => unwrap(api.POST('/api/appraisals', { body: { fiscalYear } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['appraisal'] });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

/** The grades of the grade table for scores being typed (stores nothing). */
export function useGradePreview(scores: (number | null | undefined)[]) {
  const valid = scores.map((s) => (typeof s === 'number' && s >= 0 && s <= 100 ? s : null));
  return useQuery({
    queryKey: ['appraisal', 'grades', valid],
    queryFn: async () => {
      const known = valid.filter((s): s is number => s !== null);
      const { grades } = await unwrap(api.POST('/api/appraisals/grade-preview', { body: { scores: known } }));
      let i = 0;
      return valid.map((s) => (s === null ? undefined : grades[i++]));
    },
    enabled: valid.some((s) => s !== null),
    placeholderData: (previous) => previous,
    staleTime: Infinity,
  });
}

type StepPath =
  | '/api/tasks/{taskId}/appraisal-scores'
  | '/api/tasks/{taskId}/appraisal-circulation'
  | '/api/tasks/{taskId}/appraisal-interview'
  | '/api/tasks/{taskId}/appraisal-rectification'
  | '/api/tasks/{taskId}/appraisal-verification';

/** One POST per appraisal task; each completes the task. */
export function useAppraisalStep<B>(path: StepPath, taskId: string) {
  return useTaskStep<B>(path, taskId);
}

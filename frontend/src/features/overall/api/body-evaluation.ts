import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { useTaskStep } from '@/lib/task-step';

export type BodyEvaluationView = Schemas['BodyEvaluationView'];
export type BodyRow = Schemas['BodyRowView'];
export type BodyKind = BodyEvaluationView['kind'];

export function useBodyEvaluations(fiscalYear: number) {
  return useQuery({
    queryKey: ['body-evaluation', 'year', fiscalYear],
    queryFn: () => unwrap(api.GET('/api/body-evaluations', { params: { query: { fiscalYear } } })),
  });
}

export function useTaskBodyEvaluation(taskId: string) {
  return useQuery({
    queryKey: ['body-evaluation', 'task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/body-evaluation', { params: { path: { taskId } } })),
  });
}

export function useStartBodyEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['BodyEvaluationStart']) => unwrap(api.POST('/api/body-evaluations', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['body-evaluation'] });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

type StepPath =
  | '/api/tasks/{taskId}/body-evaluation-self-report'
  | '/api/tasks/{taskId}/body-evaluation-finance-score'
  | '/api/tasks/{taskId}/body-evaluation-linkage'
  | '/api/tasks/{taskId}/body-evaluation-chase';

/** One POST per body-evaluation task; each completes the task. */
export function useBodyStep<B>(path: StepPath, taskId: string) {
  return useTaskStep<B>(path, taskId);
}

/** Sum of the numbers given, rounded to two decimals as the backend rounds. */
export function total(values: (number | null | undefined)[]): number {
  return Math.round(values.reduce<number>((sum, v) => sum + (Number(v) || 0), 0) * 100) / 100;
}

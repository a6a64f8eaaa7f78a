import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, CSRF_COOKIE, CSRF_HEADER, readCookie, unwrap, type Problem, type Schemas } from '@/lib/api-client';
import { useTaskStep } from '@/lib/task-step';

export type KeyEvaluationView = Schemas['KeyEvaluationView'];
export type KeySelectionView = Schemas['KeySelectionView'];
export type KeyLevels = Schemas['KeyLevelsView'];
export type KeyAttachment = Schemas['KeyAttachmentView'];

/** The four level-1 indicators of a key evaluation, in order. */
export const LEVELS = ['decision', 'process', 'output', 'effect'] as const;
export type Level = (typeof LEVELS)[number];

export function useTaskKeyEvaluation(taskId: string) {
  return useQuery({
    queryKey: ['key-evaluation', 'task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/key-evaluation', { params: { path: { taskId } } })),
  });
}

export function useItemKeyEvaluation(code: string | undefined) {
  return useQuery({
    queryKey: ['key-evaluation', 'item', code],
    queryFn: () => unwrap(api.GET('/api/items/{code}/key-evaluation', { params: { path: { code: code! } } })),
    enabled: !!code,
  });
}

export function useKeySettings() {
  return useQuery({
    queryKey: ['key-evaluation', 'settings'],
    queryFn: () => unwrap(api.GET('/api/key-evaluations/settings')),
    staleTime: 5 * 60_000,
  });
}

export function useExperts(enabled: boolean) {
  return useQuery({
    queryKey: ['experts'],
    queryFn: () => unwrap(api.GET('/api/experts')),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The draw of a fiscal year; undefined (not an error) when none has been made. */
export function useSelection(fiscalYear: number) {
  return useQuery({
    queryKey: ['key-evaluation', 'selection', fiscalYear],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/key-evaluations/selections/{fiscalYear}', { params: { path: { fiscalYear } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          return null;
        }
        throw e;
      }
    },
  });
}

export function useDraw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['KeyDraw']) => unwrap(api.POST('/api/key-evaluations/selections', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['key-evaluation'] });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

type StepPath =
  | '/api/tasks/{taskId}/key-evaluation-plan'
  | '/api/tasks/{taskId}/key-evaluation-report'
  | '/api/tasks/{taskId}/key-evaluation-expert-score'
  | '/api/tasks/{taskId}/key-evaluation-approval';

/** One POST per key-evaluation task; each completes the task. */
export function useKeyStep<B>(path: StepPath, taskId: string) {
  return useTaskStep<B>(path, taskId);
}

/** Uploads one file to the report task (multipart; the typed client speaks JSON only). */
export async function uploadAttachment(taskId: string, file: File): Promise<KeyAttachment> {
  const body = new FormData();
  body.append('file', file);
  const headers: Record<string, string> = {};
  const token = readCookie(CSRF_COOKIE);
  if (token) {
    headers[CSRF_HEADER] = decodeURIComponent(token);
  }
  const response = await fetch(`/api/tasks/${encodeURIComponent(taskId)}/key-evaluation/attachments`, {
    method: 'POST',
    body,
    headers,
    credentials: 'same-origin',
  });
  const json = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    throw new ApiError(response.status, (json as Problem | undefined) ?? { type: 'about:blank', title: response.statusText, status: response.status });
  }
  return json as KeyAttachment;
}

export function useDetach(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: number) =>
      unwrap(api.DELETE('/api/tasks/{taskId}/key-evaluation/attachments/{attachmentId}', { params: { path: { taskId, attachmentId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['key-evaluation'] }),
  });
}

export function attachmentUrl(itemCode: string, attachmentId: number): string {
  return `/api/items/${encodeURIComponent(itemCode)}/key-evaluation/attachments/${attachmentId}`;
}

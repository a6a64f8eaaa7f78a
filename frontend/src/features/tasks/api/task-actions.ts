import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { refreshAfterStep } from '@/lib/refresh-after-step';

export type TaskActivity = Schemas['TaskActivity'];
export type ActionView = Schemas['ActionView'];
export type ReturnTarget = Schemas['ReturnTarget'];
export type ReturnPreview = Schemas['ReturnPreview'];
export type BulkItem = Schemas['BulkItem'];
export type Member = Schemas['Member'];
export type UrgeResult = Schemas['UrgeResult'];

export const activityKey = (taskId: string) => ['tasks', 'activity', taskId] as const;

/** What happened on an open task: actions (transfer, return…), comments, attachments, urges. */
export function useTaskActivity(taskId: string | undefined) {
  return useQuery({
    queryKey: activityKey(taskId ?? ''),
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/activity', { params: { path: { taskId: taskId! } } })),
    enabled: !!taskId,
  });
}

/** The steps the task may go back to, computed by the server from the instance's history. */
export function useReturnTargets(taskId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['tasks', 'return-targets', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/return-targets', { params: { path: { taskId } } })),
    enabled,
  });
}

export function useReturnPreview(taskId: string, target: string | undefined) {
  return useQuery({
    queryKey: ['tasks', 'return-preview', taskId, target],
    queryFn: () => unwrap(api.POST('/api/tasks/{taskId}/return-preview', { params: { path: { taskId } }, body: { target: target! } })),
    enabled: !!target,
    staleTime: 0,
  });
}

/** People the task may be handed to (transfer: who may do it; delegation: also my colleagues). */
export function useColleagues(taskId: string, delegation: boolean, enabled: boolean) {
  return useQuery({
    queryKey: ['tasks', 'colleagues', taskId, delegation],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}/colleagues', { params: { path: { taskId }, query: { delegation } } })),
    enabled,
  });
}

/** The address book: people and groups by name. */
export function useDirectory(q: string, enabled = true) {
  return useQuery({
    queryKey: ['directory', q],
    queryFn: () => unwrap(api.GET('/api/directory', { params: { query: { q } } })),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * One action on a task that moves it on (transfer, delegate, resolve, return, withdraw). The task
 * leaves this user's hands, so every list reloads except the task's own queries.
 */
export function useMoveTask<B, R>(call: (taskId: string, body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: string; body: B }) => call(taskId, body),
    onSuccess: (_result, { taskId }) => refreshAfterStep(queryClient, taskId),
  });
}

export const transferTask = (taskId: string, body: { userId: string; opinion: string }) =>
  unwrap(api.POST('/api/tasks/{taskId}/transfer', { params: { path: { taskId } }, body }));
export const delegateTask = (taskId: string, body: { userId: string; opinion: string }) =>
  unwrap(api.POST('/api/tasks/{taskId}/delegate', { params: { path: { taskId } }, body }));
export const resolveTask = (taskId: string, body: { opinion: string }) =>
  unwrap(api.POST('/api/tasks/{taskId}/resolve', { params: { path: { taskId } }, body }));
export const returnTask = (taskId: string, body: { target: string; opinion: string }) =>
  unwrap(api.POST('/api/tasks/{taskId}/return', { params: { path: { taskId } }, body }));
export const withdrawTask = (taskId: string, body: { opinion: string }) =>
  unwrap(api.POST('/api/tasks/{taskId}/withdraw', { params: { path: { taskId } }, body }));

/** Actions that leave the task where it is: copy, comment, attach. Only its activity reloads. */
export function useTaskNote<B>(call: (taskId: string, body: B) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: string; body: B }) => call(taskId, body),
    onSuccess: (_result, { taskId }) => queryClient.invalidateQueries({ queryKey: activityKey(taskId) }),
  });
}

export const copyTask = (taskId: string, body: { users: string[]; groups: string[]; note?: string }) =>
  unwrap(api.POST('/api/tasks/{taskId}/copies', { params: { path: { taskId } }, body }));
export const commentOnTask = (taskId: string, body: { body: string }) =>
  unwrap(api.POST('/api/tasks/{taskId}/comments', { params: { path: { taskId } }, body }));
export const attachToTask = (taskId: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return unwrap(api.POST('/api/tasks/{taskId}/attachments', {
    params: { path: { taskId } },
    body: form as never,
    bodySerializer: (body: unknown) => body as FormData,
  }));
};

/** 催办: finance coordinators urge the holders of tasks; the answer says, per task, what became of it. */
export function useUrge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { taskIds: string[]; note?: string }) => unwrap(api.POST('/api/tasks/urges', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

export function useBulkKinds() {
  return useQuery({
    queryKey: ['tasks', 'bulk-kinds'],
    queryFn: () => unwrap(api.GET('/api/tasks/bulk-kinds')),
    staleTime: Infinity,
  });
}

export const bulkPreview = (taskIds: string[]) =>
  unwrap(api.POST('/api/tasks/bulk-preview', { body: { taskIds } }));
export const bulkApprove = (taskIds: string[], opinion: string) =>
  unwrap(api.POST('/api/tasks/bulk-approve', { body: { taskIds, opinion } }));

export function useCopies(page: number, size: number, enabled: boolean) {
  return useQuery({
    queryKey: ['tasks', 'copies', page, size],
    queryFn: () => unwrap(api.GET('/api/tasks/copies', { params: { query: { page, size } } })),
    enabled,
  });
}

export function markCopyRead(taskId: string) {
  return unwrap(api.POST('/api/tasks/{taskId}/copy-read', { params: { path: { taskId } } }));
}

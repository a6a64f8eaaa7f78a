import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type SavedFilterView = Schemas['SavedFilterView'];

const key = ['inbox-filters'] as const;

export function useSavedFilters() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/inbox-filters')) });
}

export function useSaveFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { id?: number; name: string; query: string }) =>
      body.id === undefined
        ? unwrap(api.POST('/api/inbox-filters', { body: { name: body.name, query: body.query } }))
        : unwrap(api.PUT('/api/inbox-filters/{id}', { params: { path: { id: body.id } }, body: { name: body.name, query: body.query } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/inbox-filters/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useReorderFilters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) => unwrap(api.PUT('/api/inbox-filters/order', { body: { ids } })),
    onSuccess: (filters) => queryClient.setQueryData(key, filters),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import type { paths } from '@generated/api-schema';

export type Category = Schemas['CategoryView'];
export type Industry = Schemas['IndustryView'];
export type LibraryIndicator = Schemas['IndicatorView'];
export type IndicatorForm = Schemas['IndicatorForm'];
export type IndicatorQuery = NonNullable<paths['/api/indicators']['get']['parameters']['query']>;

export function useCategories() {
  return useQuery({
    queryKey: ['indicator-categories'],
    queryFn: () => unwrap(api.GET('/api/indicator-categories')),
    staleTime: 60 * 60_000,
  });
}

export function useIndustries() {
  return useQuery({ queryKey: ['industries'], queryFn: () => unwrap(api.GET('/api/industries')), staleTime: 60 * 60_000 });
}

export function useIndicators(query: IndicatorQuery) {
  return useQuery({
    queryKey: ['indicators', query],
    queryFn: () => unwrap(api.GET('/api/indicators', { params: { query } })),
  });
}

export function useSaveIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: IndicatorForm }) =>
      id === undefined
        ? unwrap(api.POST('/api/indicators', { body }))
        : unwrap(api.PUT('/api/indicators/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }),
  });
}

export function useChangeIndicatorStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: 'approve' | 'retire' }) =>
      action === 'approve'
        ? unwrap(api.POST('/api/indicators/{id}/approve', { params: { path: { id } } }))
        : unwrap(api.POST('/api/indicators/{id}/retire', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }),
  });
}

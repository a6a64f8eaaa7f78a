import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type ItemDetail = Schemas['ItemDetail'];

export function getItem(code: string) {
  return unwrap(api.GET('/api/items/{code}', { params: { path: { code } } }));
}

export function useItem(code: string | undefined) {
  return useQuery({ queryKey: ['items', 'detail', code], queryFn: () => getItem(code!), enabled: !!code });
}

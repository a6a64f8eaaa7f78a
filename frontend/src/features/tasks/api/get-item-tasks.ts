import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function getItemTasks(code: string) {
  return unwrap(api.GET('/api/items/{code}/tasks', { params: { path: { code } } }));
}

export function useItemTasks(code: string | undefined) {
  return useQuery({ queryKey: ['tasks', 'item', code], queryFn: () => getItemTasks(code!), enabled: !!code });
}

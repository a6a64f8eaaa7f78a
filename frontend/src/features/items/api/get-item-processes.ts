import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type ItemProcessTrail = Schemas['ItemProcessTrail'];

/** The item's process instances with the BPMN elements each passed and waits at. */
export function itemProcessesOptions(code: string) {
  return queryOptions({
    queryKey: ['items', code, 'processes'],
    queryFn: () => unwrap(api.GET('/api/items/{code}/processes', { params: { path: { code } } })),
  });
}

export function useItemProcesses(code: string) {
  return useQuery(itemProcessesOptions(code));
}

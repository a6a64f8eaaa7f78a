import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The BPMN XML of one of the item's process instances (definitions never change: cached for good). */
export function processModelOptions(code: string, processInstanceId: string) {
  return queryOptions({
    queryKey: ['items', code, 'processes', processInstanceId, 'model'],
    queryFn: () =>
      unwrap(api.GET('/api/items/{code}/processes/{processInstanceId}/model', { params: { path: { code, processInstanceId } } })),
    staleTime: Infinity,
  });
}

export function useProcessModel(code: string, processInstanceId: string) {
  return useQuery(processModelOptions(code, processInstanceId));
}

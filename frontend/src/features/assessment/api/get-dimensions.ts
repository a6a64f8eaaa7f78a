import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type Dimension = Schemas['DimensionView'];
type Kind = Schemas['ItemDetail']['kind'];

export function getDimensions(kind: Kind) {
  return unwrap(api.GET('/api/assessment-dimensions', { params: { query: { kind } } }));
}

export function useDimensions(kind: Kind | undefined) {
  return useQuery({ queryKey: ['assessment-dimensions', kind], queryFn: () => getDimensions(kind!), enabled: !!kind, staleTime: 30 * 60_000 });
}

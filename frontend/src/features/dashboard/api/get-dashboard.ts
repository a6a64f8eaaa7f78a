import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type DashboardView = Schemas['DashboardView'];

/** A fiscal year's figures, within what the user may see. */
export function dashboardOptions(fiscalYear: number) {
  return queryOptions({
    queryKey: ['dashboard', fiscalYear],
    queryFn: () => unwrap(api.GET('/api/tracking/dashboard', { params: { query: { fiscalYear } } })),
  });
}

export function useDashboard(fiscalYear: number) {
  return useQuery(dashboardOptions(fiscalYear));
}

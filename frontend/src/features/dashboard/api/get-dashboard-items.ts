import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type DashboardItem = Schemas['DashboardItem'];
export type DashboardChart = 'STAGE' | 'OVERDUE' | 'LIGHT' | 'GRADE' | 'FUNDS' | 'COVERAGE' | 'DAYS';

export interface DashboardSelection {
  chart: DashboardChart;
  key: string;
  label: string;
}

/** The items behind one bar or slice, a page at a time. */
export function dashboardItemsOptions(fiscalYear: number, chart: DashboardChart, key: string, page: number, size: number) {
  return queryOptions({
    queryKey: ['dashboard', fiscalYear, 'items', chart, key, page, size],
    queryFn: () =>
      unwrap(api.GET('/api/tracking/dashboard/items', { params: { query: { fiscalYear, chart, key, page, size } } })),
    placeholderData: keepPreviousData,
  });
}

export function useDashboardItems(fiscalYear: number, selection: DashboardSelection | undefined, page: number, size: number) {
  return useQuery({
    ...dashboardItemsOptions(fiscalYear, selection?.chart ?? 'STAGE', selection?.key ?? '', page, size),
    enabled: !!selection,
  });
}

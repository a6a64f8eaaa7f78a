import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type AdminAuditEntry = Schemas['AdminAuditEntryView'];

export interface AuditLogFilter {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
  text?: string;
}

export function useAuditLog(filter: AuditLogFilter, page: number, size: number) {
  return useQuery({
    queryKey: ['admin', 'audit-log', filter, page, size],
    queryFn: () => unwrap(api.GET('/api/admin/audit-log', { params: { query: { ...filter, page, size } } })),
    placeholderData: keepPreviousData,
  });
}

/** The export link for the same filter (the browser downloads the workbook). */
export function auditLogExportHref(filter: AuditLogFilter): string {
  const query = new URLSearchParams();
  Object.entries(filter).forEach(([key, value]) => {
    if (value) {
      query.set(key, value);
    }
  });
  const text = query.toString();
  return `/api/admin/audit-log/export${text ? `?${text}` : ''}`;
}

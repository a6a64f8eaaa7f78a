import { describe, expect, it } from 'vitest';
import { auditLogExportHref } from './admin-log';

describe('auditLogExportHref', () => {
  it('carries the filter the table shows, without empty parts', () => {
    expect(auditLogExportHref({ actor: 'admin', action: 'user.', text: '', from: '2026-01-01', to: undefined }))
      .toBe('/api/admin/audit-log/export?actor=admin&action=user.&from=2026-01-01');
  });

  it('is the plain export without a filter', () => {
    expect(auditLogExportHref({})).toBe('/api/admin/audit-log/export');
  });
});

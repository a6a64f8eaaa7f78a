import { useState } from 'react';
import { Button, Card, DatePicker, Input, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { useDebounced } from '@/lib/use-debounced';
import { PersonName } from '@/components/person-name';
import { auditLogExportHref, useAuditLog, type AdminAuditEntry, type AuditLogFilter } from '../api/admin-log';

/** /admin/audit-log: who did what to what, when and from where; filters, server paging, export. */
export function AuditLogPage() {
  const { t } = useI18n();
  const [typed, setTyped] = useState<AuditLogFilter>({});
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(50);
  const debounced = useDebounced(typed, 300);
  const filter: AuditLogFilter = {
    ...Object.fromEntries(Object.entries(debounced).filter(([, v]) => v)),
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const log = useAuditLog(filter, page, size);
  const type = (key: keyof AuditLogFilter) => (e: { target: { value: string } }) => {
    setTyped((f) => ({ ...f, [key]: e.target.value.trim() || undefined }));
    setPage(0);
  };

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('adminLog.title')}</Typography.Title>}
      extra={<Button icon={<DownloadOutlined />} href={auditLogExportHref(filter)} data-testid="admin-log-export">{t('adminLog.export')}</Button>}>
      <Typography.Paragraph type="secondary">{t('adminLog.retention')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input allowClear placeholder={t('adminLog.actor')} style={{ width: 140 }} onChange={type('actor')} />
        <Input allowClear placeholder={t('adminLog.action')} style={{ width: 200 }} onChange={type('action')} />
        <Input allowClear placeholder={t('adminLog.target')} style={{ width: 180 }} onChange={type('target')} />
        <Input allowClear placeholder={t('adminLog.text')} style={{ width: 200 }} onChange={type('text')} data-testid="admin-log-text" />
        <DatePicker.RangePicker value={range} onChange={(v) => { setRange(v); setPage(0); }} aria-label={t('adminLog.range')} />
      </Space>
      <Table<AdminAuditEntry>
        rowKey="id"
        size="small"
        loading={log.isFetching}
        dataSource={log.data?.content}
        data-testid="admin-log-table"
        pagination={{
          current: page + 1, pageSize: size, total: log.data?.totalElements ?? 0, showSizeChanger: true,
          showTotal: (count) => t('adminLog.total', { count }),
          onChange: (p, s) => { setPage(s === size ? p - 1 : 0); setSize(s); },
        }}
        expandable={{
          rowExpandable: (e) => Boolean(e.details),
          expandedRowRender: (e) => <Typography.Text code style={{ whiteSpace: 'pre-wrap' }}>{e.details}</Typography.Text>,
        }}
        columns={[
          { title: t('adminLog.time'), dataIndex: 'occurredAt', render: (v: string) => formatTime(v), width: 150 },
          { title: t('adminLog.actor'), dataIndex: 'actor', render: (id: string) => (id === 'system' ? id : <PersonName id={id} />) },
          { title: t('adminLog.address'), dataIndex: 'remoteAddress' },
          { title: t('adminLog.actionColumn'), dataIndex: 'action' },
          { title: t('adminLog.target'), dataIndex: 'target' },
          { title: t('adminLog.summary'), dataIndex: 'summary' },
        ]}
      />
    </Card>
  );
}

import { useState } from 'react';
import { Card, Checkbox, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { useOverview, type OverviewRow } from '../api/monitoring';
import { Light } from '@/components/light';

/** Where every monitored item stands: lights, overdue reports, deviations — for finance, or a department's own. */
export function MonitoringOverviewPage() {
  const { t } = useI18n();
  const [fiscalYear, setFiscalYear] = useState<number | undefined>();
  const [overdue, setOverdue] = useState<boolean | undefined>();
  const [light, setLight] = useState<'RED' | 'YELLOW' | 'GREEN' | 'NO_BUDGET' | undefined>();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(50);
  const rows = useOverview({ fiscalYear, overdue, light, page, size });

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('monitoring.reports')}</Typography.Title>}>
      <Space wrap style={{ marginBottom: 16 }}>
        {t('items.fiscalYear')} <InputNumber min={2000} max={2100} value={fiscalYear} onChange={(v) => { setFiscalYear(v ?? undefined); setPage(0); }} />
        <Select allowClear placeholder={t('monitoring.light')} style={{ width: 120 }} value={light} onChange={(v) => { setLight(v); setPage(0); }}
          options={(['RED', 'YELLOW', 'GREEN', 'NO_BUDGET'] as const).map((l) => ({ value: l, label: t(`enum.light.${l}`) }))} />
        <Checkbox checked={!!overdue} onChange={(e) => { setOverdue(e.target.checked ? true : undefined); setPage(0); }}>{t('monitoring.overdue')}</Checkbox>
      </Space>
      <Table<OverviewRow>
        rowKey={(r) => `${r.itemCode}-${r.periodName}`}
        size="small"
        loading={rows.isFetching}
        dataSource={rows.data?.content}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: rows.data?.totalElements ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => t('board.total', { n }),
          onChange: (p, s) => { setPage(p - 1); setSize(s); },
        }}
        locale={{ emptyText: t('monitoring.noReports') }}
        columns={[
          { title: t('items.code'), dataIndex: 'itemCode', width: 130, render: (code: string) => <Link to={`/items/${code}`}>{code}</Link> },
          { title: t('items.name'), dataIndex: 'itemName', ellipsis: true },
          { title: t('items.department'), dataIndex: 'departmentName', width: 160 },
          { title: t('monitoring.period'), dataIndex: 'periodName', width: 170 },
          { title: t('monitoring.due'), dataIndex: 'dueDate', width: 110 },
          {
            title: t('items.status'),
            key: 'status',
            width: 150,
            render: (_, r) => (
              <Space size={4}>
                <Tag>{t(`enum.reportStatus.${r.status}`)}</Tag>
                {r.overdue && <Tag color="red">{t('monitoring.overdue')}</Tag>}
              </Space>
            ),
          },
          { title: t('monitoring.executionValue'), dataIndex: 'executionValue', width: 90, render: (v?: number) => v?.toFixed(1) },
          { title: t('monitoring.light'), dataIndex: 'light', width: 90, render: (l?: OverviewRow['light']) => <Light light={l} /> },
          { title: t('monitoring.deviation'), dataIndex: 'deviationClass', render: (d?: OverviewRow['deviationClass']) => (d ? t(`enum.deviation.${d}`) : '') },
        ]}
      />
    </Card>
  );
}

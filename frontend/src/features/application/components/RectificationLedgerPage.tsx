import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import { GradeTag } from '@/components/grade-tag';

type Row = Schemas['LedgerRow'];

/** 整改台账: every rectification item of a year's results, tracked to closure; overdue ones stand out. */
export function RectificationLedgerPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const ledger = useQuery({
    queryKey: ['rectifications', year],
    queryFn: () => unwrap(api.GET('/api/rectifications', { params: { query: { fiscalYear: year } } })),
  });
  const rows = ledger.data ?? [];
  const shown = overdueOnly ? rows.filter((r) => r.overdue) : rows;
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('ledger.pageTitle')}</Typography.Title>}
      extra={(
        <Space>
          <span>{t('items.fiscalYear')} <InputNumber aria-label={t('items.fiscalYear')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} /></span>
          <Button icon={<DownloadOutlined />} href={`/api/rectifications/export?fiscalYear=${year}`}>{t('board.export.rectifications')}</Button>
        </Space>
      )}>
      <Space size="large" wrap style={{ marginBottom: 16 }}>
        <Statistic title={t('ledger.total')} value={rows.length} />
        <Statistic title={t('ledger.closed')} value={rows.filter((r) => r.status === 'CLOSED').length} />
        <Statistic title={t('ledger.open')} value={rows.filter((r) => r.status !== 'CLOSED').length} />
        <Statistic title={t('ledger.overdue')} value={rows.filter((r) => r.overdue).length} valueStyle={{ color: rows.some((r) => r.overdue) ? '#cf1322' : undefined }} />
        <span><Switch checked={overdueOnly} onChange={setOverdueOnly} aria-label={t('ledger.overdueOnly')} /> {t('ledger.overdueOnly')}</span>
      </Space>
      <Table<Row>
        rowKey="id" size="small" loading={ledger.isLoading} dataSource={shown} pagination={{ pageSize: 50 }}
        columns={[
          { title: t('items.code'), dataIndex: 'itemCode', width: 140, render: (c: string) => <Link to={`/items/${c}`}>{c}</Link> },
          { title: t('items.name'), dataIndex: 'itemName', ellipsis: true },
          { title: t('items.department'), dataIndex: 'departmentName', width: 160 },
          { title: t('target.grade'), dataIndex: 'grade', width: 70, render: (g: string) => <GradeTag grade={g as 'GOOD'} /> },
          { title: t('ledger.issue'), dataIndex: 'issue' },
          { title: t('ledger.measure'), dataIndex: 'measure' },
          { title: t('ledger.deadline'), dataIndex: 'deadline', width: 110 },
          {
            title: t('items.status'), key: 'status', width: 170,
            render: (_, r) => (
              <>
                <Tag color={r.status === 'CLOSED' ? 'green' : 'orange'}>{t(r.status === 'CLOSED' ? 'ledger.closed' : 'ledger.open')}</Tag>
                {r.overdue && <Tag color="red">{t('ledger.overdue')}</Tag>}
                {r.applicationClosed && <Tag color="green">{t('ledger.verified')}</Tag>}
              </>
            ),
          },
          { title: t('ledger.evidence'), key: 'evidence', width: 200, render: (_, r) => (r.evidence ? <>{r.evidence} <Typography.Text type="secondary">{formatTime(r.closedAt)}</Typography.Text></> : '—') },
        ]} />
    </Card>
  );
}

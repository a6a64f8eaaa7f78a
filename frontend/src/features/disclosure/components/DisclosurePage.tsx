import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { formatAmount } from '@/lib/format';
import { hasRole, useMe } from '@/lib/auth';
import { useOrgs } from '@/lib/orgs';
import { GradeTag } from '@/components/grade-tag';
import { SheetTable } from '@/components/sheet-table';

type PublishedTarget = Schemas['PublishedTarget'];
type PublishedResult = Schemas['PublishedResult'];

/** 信息公开: targets published with the budget and results with the final accounts, per department. */
export function DisclosurePage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const orgs = useOrgs();
  const [year, setYear] = useState(new Date().getFullYear());
  const [department, setDepartment] = useState<string>();
  const query = { fiscalYear: year, departmentCode: department };
  const targets = useQuery({
    queryKey: ['disclosure', 'targets', query],
    queryFn: () => unwrap(api.GET('/api/disclosures/targets', { params: { query } })),
  });
  const results = useQuery({
    queryKey: ['disclosure', 'results', query],
    queryFn: () => unwrap(api.GET('/api/disclosures/results', { params: { query } })),
  });
  const prepares = ['finance-performance', 'finance-budget', 'camunda-admin'].some((r) => hasRole(me.data, r));
  const departments = (orgs.data ?? []).filter((o) => o.kind === 'DEPARTMENT' && !o.parentCode);
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('disclosure.pageTitle')}</Typography.Title>}
      extra={(
        <Space wrap>
          <span>{t('items.fiscalYear')} <InputNumber aria-label={t('items.fiscalYear')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} /></span>
          <Select allowClear placeholder={t('disclosure.allDepartments')} style={{ width: 200 }} value={department} onChange={setDepartment}
            aria-label={t('items.department')} options={departments.map((o) => ({ value: o.code, label: o.name }))} />
          <Button icon={<DownloadOutlined />} href={`/api/disclosures/targets/export?fiscalYear=${year}${department ? `&departmentCode=${department}` : ''}`}>{t('board.export.targets')}</Button>
          <Button icon={<DownloadOutlined />} href={`/api/disclosures/results/export?fiscalYear=${year}${department ? `&departmentCode=${department}` : ''}`}>{t('board.export.results')}</Button>
          {prepares && (
            <Button icon={<DownloadOutlined />} href={`/api/disclosures/congress-package?fiscalYear=${year}`}>{t('coverage.congressPackage')}</Button>
          )}
        </Space>
      )}>
      <Tabs items={[
        {
          key: 'targets',
          label: `${t('disclosure.targets')}（${targets.data?.length ?? 0}）`,
          children: (
            <>
              <Typography.Paragraph type="secondary">{t('disclosure.targetsHint')}</Typography.Paragraph>
              <Table<PublishedTarget>
                rowKey="itemCode" size="small" loading={targets.isLoading} dataSource={targets.data ?? []} pagination={{ pageSize: 50 }}
                expandable={{ expandedRowRender: (p) => <SheetTable sheet={p} /> }}
                columns={[
                  { title: t('items.code'), dataIndex: 'itemCode', width: 140, render: (c: string) => <Link to={`/items/${c}`}>{c}</Link> },
                  { title: t('items.name'), dataIndex: 'itemName', ellipsis: true },
                  { title: t('items.department'), dataIndex: 'departmentName', width: 180 },
                  { title: t('key.approvedAmount'), dataIndex: 'approvedAmount', width: 150, align: 'right', render: (v?: number) => formatAmount(v, locale) },
                  { title: t('disclosure.version'), dataIndex: 'version', width: 90, render: (v: number) => `v${v}` },
                  { title: t('disclosure.indicatorCount'), key: 'n', width: 90, render: (_, p) => p.indicators.length },
                ]} />
            </>
          ),
        },
        {
          key: 'results',
          label: `${t('disclosure.results')}（${results.data?.length ?? 0}）`,
          children: (
            <>
              <Typography.Paragraph type="secondary">{t('disclosure.resultsHint')}</Typography.Paragraph>
              <Table<PublishedResult>
                rowKey="itemCode" size="small" loading={results.isLoading} dataSource={results.data ?? []} pagination={{ pageSize: 50 }}
                columns={[
                  { title: t('items.code'), dataIndex: 'itemCode', width: 140, render: (c: string) => <Link to={`/items/${c}`}>{c}</Link> },
                  { title: t('items.name'), dataIndex: 'itemName', ellipsis: true },
                  { title: t('items.department'), dataIndex: 'departmentName', width: 180 },
                  { title: t('disclosure.source'), dataIndex: 'resultSource', width: 100, render: (s: string) => <Tag color={s === 'KEY' ? 'volcano' : 'blue'}>{t(s === 'KEY' ? 'disclosure.sourceKey' : 'disclosure.sourceSelf')}</Tag> },
                  { title: t('evaluation.total'), dataIndex: 'totalScore', width: 80, align: 'right' },
                  { title: t('target.grade'), dataIndex: 'grade', width: 70, render: (g: string) => <GradeTag grade={g as 'GOOD'} /> },
                  { title: t('disclosure.linkage'), dataIndex: 'linkageAction', width: 120, render: (a?: string) => (a ? t(`enum.linkage.${a as 'NORMAL'}`) : '—') },
                  {
                    title: t('disclosure.nextYear'), key: 'next', width: 170, align: 'right',
                    render: (_, r) => (r.nextYearAmount === undefined ? '—' : <>{formatAmount(r.nextYearAmount, locale)}{!r.linkageConfirmed && <Typography.Text type="secondary"> {t('disclosure.proposed')}</Typography.Text>}</>),
                  },
                ]} />
            </>
          ),
        },
      ]} />
    </Card>
  );
}

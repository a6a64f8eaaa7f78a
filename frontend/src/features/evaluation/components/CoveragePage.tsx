import { useState } from 'react';
import { Button, Card, Checkbox, InputNumber, Space, Statistic, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { hasRole, useMe } from '@/lib/auth';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { useCoverage, type Coverage } from '../api/evaluation';
import { GradeTag } from '@/components/grade-tag';

type Row = Coverage['items'][number];

/** Self-evaluation coverage of a fiscal year: every funded item submitted, or missing with its owner. */
export function CoveragePage() {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(50);
  const [missingOnly, setMissingOnly] = useState(false);
  const coverage = useCoverage(year, page, size, missingOnly);
  const me = useMe();
  const finance = ['finance-performance', 'finance-budget', 'camunda-admin'].some((r) => hasRole(me.data, r));
  const download = (
    <Space>
      {/* Plain GETs carrying the session cookie; the server names the file. */}
      <Button icon={<DownloadOutlined />} href={`/api/evaluations/coverage/export?fiscalYear=${year}&missingOnly=${missingOnly}`}>
        {t('board.export.coverage')}
      </Button>
      {finance && (
        <Button icon={<DownloadOutlined />} href={`/api/disclosures/congress-package?fiscalYear=${year}`}>
          {t('coverage.congressPackage')}
        </Button>
      )}
    </Space>
  );
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('coverage.title')}</Typography.Title>} extra={download}>
      <Space size="large" wrap style={{ marginBottom: 16 }}>
        <span>{t('items.fiscalYear')} <InputNumber value={year} min={2000} max={2100} onChange={(v) => { if (v) { setYear(v); setPage(0); } }} /></span>
        <Checkbox checked={missingOnly} onChange={(e) => { setMissingOnly(e.target.checked); setPage(0); }}>{t('board.missingOnly')}</Checkbox>
        <Statistic title={t('coverage.funded')} value={coverage.data?.funded ?? 0} />
        <Statistic title={t('coverage.submitted')} value={coverage.data?.submitted ?? 0} />
        <Statistic title={t('coverage.missing')} value={coverage.data?.missing ?? 0} valueStyle={{ color: (coverage.data?.missing ?? 0) > 0 ? '#cf1322' : undefined }} />
      </Space>
      <Table<Row>
        rowKey="itemCode"
        size="small"
        loading={coverage.isFetching}
        dataSource={coverage.data?.items}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: coverage.data?.totalElements ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => t('board.total', { n }),
          onChange: (p, s) => { setPage(p - 1); setSize(s); },
        }}
        columns={[
          { title: t('items.code'), dataIndex: 'itemCode', width: 130, render: (c: string) => <Link to={`/items/${c}`}>{c}</Link> },
          { title: t('items.name'), dataIndex: 'itemName', ellipsis: true },
          { title: t('items.department'), dataIndex: 'departmentName', width: 160 },
          { title: t('coverage.owner'), dataIndex: 'ownerName', width: 160 },
          { title: t('monitoring.due'), dataIndex: 'dueOn', width: 110 },
          {
            title: t('items.status'),
            key: 'status',
            width: 160,
            render: (_, r) => (
              <Space size={4}>
                {r.status ? <Tag>{t(`enum.evaluationStatus.${r.status}`)}</Tag> : <Tag>—</Tag>}
                {r.missing && <Tag color="red">{t('coverage.missing')}</Tag>}
              </Space>
            ),
          },
          { title: t('evaluation.total'), dataIndex: 'totalScore', width: 80 },
          { title: t('target.grade'), dataIndex: 'grade', width: 80, render: (g?: Row['grade']) => <GradeTag grade={g} /> },
        ]}
      />
    </Card>
  );
}

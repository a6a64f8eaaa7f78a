import { Descriptions, Table, Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatAmount } from '@/lib/format';
import type { ReportView } from '../api/monitoring';
import { CompletionLight, Light } from '@/components/light';

type Row = ReportView['indicators'][number];

/** A monitoring report, read-only: spending with its light and every indicator's progress. */
export function ReportTable({ report }: { report: ReportView }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('monitoring.period')}>
          {report.periodName} {report.overdue && <Tag color="red">{t('monitoring.overdue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.cutoff')}>{report.cutoffDate}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.due')}>{report.dueDate}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.budget')}>{formatAmount(report.budgetAmount, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.spent')}>{report.spentAmount !== undefined ? formatAmount(report.spentAmount, locale) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.executionValue')}>
          {report.executionValue !== undefined && <>{report.executionValue.toFixed(1)} <Light light={report.light} /></>}
        </Descriptions.Item>
        {report.declaredCause && <Descriptions.Item label={t('monitoring.declaredCause')}>{t(`enum.cause.${report.declaredCause}`)}</Descriptions.Item>}
        {report.deviationClass && <Descriptions.Item label={t('monitoring.deviation')}>{t(`enum.deviation.${report.deviationClass}`)}</Descriptions.Item>}
        {report.summary && <Descriptions.Item label={t('monitoring.summary')}>{report.summary}</Descriptions.Item>}
      </Descriptions>
      <Table<Row>
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={report.indicators}
        columns={[
          { title: t('target.name'), dataIndex: 'name' },
          { title: t('monitoring.annualTarget'), dataIndex: 'annualTarget', width: 140 },
          { title: t('monitoring.actual'), dataIndex: 'actualToDate', width: 140 },
          { title: t('monitoring.expected'), dataIndex: 'expectedCompletion', width: 140, render: (c: Row['expectedCompletion']) => <CompletionLight completion={c} /> },
          { title: t('monitoring.deviationReason'), dataIndex: 'deviationReason' },
          { title: t('monitoring.corrective'), dataIndex: 'correctiveMeasure' },
        ]}
      />
    </>
  );
}

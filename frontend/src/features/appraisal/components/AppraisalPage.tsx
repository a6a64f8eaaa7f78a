import { useState } from 'react';
import { Alert, Button, Card, Descriptions, InputNumber, Space, Statistic, Tag, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { hasRole, useMe } from '@/lib/auth';
import { ApiError } from '@/lib/api-client';
import { useAppraisal, useStartAppraisal, type Grade } from '../api/appraisal';
import { AppraisalSummary } from './AppraisalSummary';
import { PersonName } from '@/components/person-name';

/** The appraisal (考核) of a year: finance opens and runs it; everyone reads the circular once released. */
export function AppraisalPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const me = useMe();
  const appraisal = useAppraisal(year);
  const start = useStartAppraisal();
  const a = appraisal.data;
  const count = (g: Grade) => a?.entries.filter((e) => e.grade === g).length ?? 0;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('appraisal.pageTitle')}</Typography.Title>}
        extra={<span>{t('items.fiscalYear')} <InputNumber aria-label={t('items.fiscalYear')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} /></span>}>
        <Typography.Paragraph type="secondary">{t('appraisal.rule')}</Typography.Paragraph>
        {a === null && hasRole(me.data, 'finance-performance') && (
          <Button type="primary" loading={start.isPending} onClick={() => start.mutate(year)}>{t('appraisal.start', { year: String(year) })}</Button>
        )}
        {a === null && !hasRole(me.data, 'finance-performance') && <Typography.Text type="secondary">{t('appraisal.notCirculated')}</Typography.Text>}
        {start.error && (
          <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }}
            message={start.error instanceof ApiError ? (start.error.problem.detail ?? start.error.problem.title) : String(start.error)} />
        )}
        {a && (
          <>
            <Space size="large" wrap style={{ marginBottom: 12 }}>
              <Statistic title={t('appraisal.bodies')} value={a.entries.length} />
              {(['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const).map((g) => <Statistic key={g} title={t(`enum.grade.${g}`)} value={count(g)} />)}
            </Space>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('items.status')}><Tag color={a.status === 'CLOSED' ? 'green' : 'blue'}>{t(`enum.appraisalStatus.${a.status}`)}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('appraisal.startedBy')}><PersonName id={a.startedBy} /> · {formatTime(a.startedAt)}</Descriptions.Item>
              {a.closedAt && <Descriptions.Item label={t('appraisal.closedAt')}>{formatTime(a.closedAt)}</Descriptions.Item>}
            </Descriptions>
            {a.skippedCounties.length > 0 && (
              <Alert type="warning" showIcon style={{ marginTop: 12 }} data-testid="appraisal-skipped-counties"
                message={t('appraisal.skippedCounties', { counties: a.skippedCounties.map((c) => c.name).join('、') })} />
            )}
          </>
        )}
      </Card>
      {a && <Card><AppraisalSummary appraisal={a} /></Card>}
    </Space>
  );
}

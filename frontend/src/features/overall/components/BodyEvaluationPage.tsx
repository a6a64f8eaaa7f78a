import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useRangeRules } from '@/components/number-input';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '@/lib/i18n';
import { api, unwrap } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/form-errors';
import { formatAmount } from '@/lib/format';
import { hasRole, useMe } from '@/lib/auth';
import { enabledOrgs, useOrgs } from '@/lib/orgs';
import { GradeTag } from '@/components/grade-tag';
import { useBodyEvaluations, useStartBodyEvaluation, type BodyEvaluationView, type BodyKind } from '../api/body-evaluation';
import { BodyEvaluationSummary, BodyStatusTag } from './BodyEvaluationSummary';

interface StartValues {
  kind: BodyKind;
  subjectCode?: string;
  selfReportDue?: Dayjs;
  baseAmount?: number;
}

/** Finance starts a department-overall or county fiscal-operation evaluation. */
function StartForm({ year }: { year: number }) {
  const { t } = useI18n();
  const range = useRangeRules();
  const [form] = Form.useForm<StartValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const start = useStartBodyEvaluation();
  const orgs = useOrgs();
  const divisions = useQuery({ queryKey: ['divisions'], queryFn: () => unwrap(api.GET('/api/divisions')), staleTime: 3_600_000 });
  const kind = Form.useWatch('kind', form) ?? 'DEPARTMENT';
  const subjects = kind === 'DEPARTMENT'
    ? enabledOrgs(orgs.data).filter((o) => o.kind === 'DEPARTMENT' && !o.parentCode).map((o) => ({ value: o.code, label: o.name }))
    : (divisions.data ?? []).filter((d) => d.level === 'COUNTY').map((d) => ({ value: d.code, label: d.name }));
  return (
    <Form form={form} layout="inline" aria-label={t('overall.start')} initialValues={{ kind: 'DEPARTMENT', selfReportDue: dayjs().add(30, 'day') }}
      onValuesChange={(changed: Partial<StartValues>) => changed.kind && form.setFieldValue('subjectCode', undefined)}
      onFinish={(v) => {
        setGeneral([]);
        start.mutate({
          kind: v.kind,
          fiscalYear: year,
          subjectCode: v.subjectCode ?? '',
          selfReportDue: v.selfReportDue?.format('YYYY-MM-DD') ?? '',
          baseAmount: v.baseAmount ?? undefined,
        }, {
          onSuccess: () => form.resetFields(['subjectCode', 'baseAmount']),
          onError: (e) => setGeneral(applyFieldErrors(form, e, ['kind', 'subjectCode', 'selfReportDue', 'baseAmount', 'fiscalYear'])),
        });
      }}>
      <Form.Item name="kind" label={t('overall.kind')}>
        <Select style={{ width: 180 }} options={(['DEPARTMENT', 'COUNTY'] as const).map((k) => ({ value: k, label: t(`enum.bodyKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="subjectCode" label={t('overall.subject')} rules={[{ required: true, message: t('common.required') }]}>
        <Select style={{ width: 220 }} showSearch optionFilterProp="label" options={subjects} aria-label={t('overall.subject')} />
      </Form.Item>
      <Form.Item name="selfReportDue" label={t('overall.selfReportDue')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="baseAmount" label={t('overall.baseAmount')}
        tooltip={kind === 'COUNTY' ? t('overall.baseAmountCounty') : t('overall.baseAmountDepartment')}
        rules={range({ min: 0, required: kind === 'COUNTY' })}>
        <InputNumber precision={2} style={{ width: 180 }} aria-label={t('overall.baseAmount')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={start.isPending}>{t('overall.start')}</Button>
      {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginTop: 12, width: '100%' }} />}
    </Form>
  );
}

/** 部门整体 and 旗县财政运行 evaluations of a fiscal year: where each stands, its grade and linked amount. */
export function BodyEvaluationPage() {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const me = useMe();
  const evaluations = useBodyEvaluations(year);
  const starts = hasRole(me.data, 'finance-performance');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('overall.pageTitle')}</Typography.Title>}
        extra={<span>{t('items.fiscalYear')} <InputNumber aria-label={t('items.fiscalYear')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} /></span>}>
        <Typography.Paragraph type="secondary">{t('overall.rule')}</Typography.Paragraph>
        {starts && <StartForm year={year} />}
      </Card>
      <Card>
        <Table<BodyEvaluationView>
          rowKey="id"
          size="small"
          loading={evaluations.isLoading}
          dataSource={evaluations.data ?? []}
          pagination={{ pageSize: 50 }}
          expandable={{ expandedRowRender: (e) => <BodyEvaluationSummary evaluation={e} /> }}
          columns={[
            { title: t('overall.kind'), dataIndex: 'kind', width: 150, render: (k: BodyKind) => t(`enum.bodyKind.${k}`) },
            { title: t('overall.subject'), dataIndex: 'subjectName' },
            { title: t('items.status'), key: 'status', width: 160, render: (_, e) => <BodyStatusTag evaluation={e} /> },
            { title: t('overall.selfReportDue'), dataIndex: 'selfReportDue', width: 120 },
            { title: t('evaluation.total'), dataIndex: 'totalScore', width: 80 },
            { title: t('target.grade'), dataIndex: 'grade', width: 70, render: (g?: BodyEvaluationView['grade']) => <GradeTag grade={g} /> },
            { title: t('overall.baseAmount'), dataIndex: 'baseAmount', width: 150, align: 'right', render: (v: number) => formatAmount(v, locale) },
            {
              title: t('overall.linkedAmount'), key: 'linked', width: 160, align: 'right',
              render: (_, e) => formatAmount(e.confirmedAmount ?? e.proposedAmount, locale),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

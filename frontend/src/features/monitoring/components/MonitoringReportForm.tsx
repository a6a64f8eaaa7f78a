import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { useI18n } from '@/lib/i18n';
import { formatAmount } from '@/lib/format';
import { applyFieldErrors } from '@/lib/form-errors';
import type { Schemas } from '@/lib/api-client';
import type { TaskFormProps } from '@/lib/task-form';
import { useMonitoringStep, useTaskReport, useWarningLight } from '../api/monitoring';
import { Light } from '@/components/light';

type ReportForm = Schemas['Report'];
const COMPLETIONS = ['ACHIEVED', 'PARTLY', 'NOT'] as const;
const CAUSES = ['NONE', 'OBJECTIVE_CAUSE', 'SERIOUS_PROBLEM'] as const;


/** The dual monitoring report: spending to date (live execution value) and every indicator's progress. */
export function MonitoringReportForm({ task, onCompleted }: TaskFormProps) {
  const { t, locale } = useI18n();
  const range = useRangeRules();
  const [form] = Form.useForm<ReportForm>();
  const [general, setGeneral] = useState<string[]>([]);
  const report = useTaskReport(task.id);
  const submit = useMonitoringStep<ReportForm>('/api/tasks/{taskId}/monitoring-report', task.id);
  const spent = Form.useWatch('spentAmount', form);
  const rows = Form.useWatch('indicators', form) ?? [];
  const preview = useWarningLight(spent, report.data?.budgetAmount, report.data?.elapsedMonths);

  if (report.isLoading || !report.data) {
    return <Skeleton active />;
  }
  const r = report.data;
  // Shown only while an amount is typed (or when there is no budget): a cleared field shows no old answer.
  const shown = typeof spent === 'number' || !(r.budgetAmount > 0 && r.elapsedMonths > 0) ? preview.data : undefined;
  const value = shown?.executionValue ?? undefined;
  const light = shown?.light;

  return (
    <Form<ReportForm>
      form={form}
      layout="vertical"
      aria-label={t('monitoring.reportTitle')}
      initialValues={{
        declaredCause: r.declaredCause ?? 'NONE',
        spentAmount: r.spentAmount,
        summary: r.summary,
        indicators: r.indicators.map((i) => ({
          actualToDate: i.actualToDate ?? '',
          expectedCompletion: i.expectedCompletion ?? 'ACHIEVED',
          deviationReason: i.deviationReason,
          correctiveMeasure: i.correctiveMeasure,
        })),
      }}
      onFinish={(values) => {
        setGeneral([]);
        submit.mutate(values, {
          onSuccess: onCompleted,
          onError: (e) => setGeneral(applyFieldErrors(form, e, ['spentAmount', 'declaredCause', 'summary', 'indicators[]'])),
        });
      }}
    >
      {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">
        {t('monitoring.period')}：{r.periodName}（{t('monitoring.cutoff')} {r.cutoffDate}，{t('monitoring.due')} {r.dueDate}）
      </Typography.Paragraph>
      <Space size="large" align="start" wrap>
        <Statistic title={t('monitoring.budget')} value={formatAmount(r.budgetAmount, locale)} />
        <Form.Item name="spentAmount" label={t('monitoring.spent')} rules={range({ min: 0, required: true })}>
          <InputNumber<number> precision={2} style={{ width: 220 }} aria-label={t('monitoring.spent')} />
        </Form.Item>
        <div data-testid="execution-preview">
          <Statistic title={t('monitoring.executionValue')} value={value ?? '—'} precision={value === undefined ? undefined : 1} />
          {light && <Light light={light} />}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('monitoring.formula', { month: r.elapsedMonths })}
          </Typography.Text>
        </div>
      </Space>
      <Form.List name="indicators">
        {(fields) => (
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            scroll={{ x: 1000 }}
            columns={[
              { title: t('target.name'), key: 'name', width: 180, render: (_, f) => r.indicators[f.name]?.name },
              { title: t('monitoring.annualTarget'), key: 'target', width: 120, render: (_, f) => r.indicators[f.name]?.annualTarget },
              {
                title: t('monitoring.actual'),
                key: 'actual',
                width: 150,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'actualToDate']} style={{ margin: 0 }}>
                    <Input aria-label={`${t('monitoring.actual')} ${f.name + 1}`} maxLength={200} />
                  </Form.Item>
                ),
              },
              {
                title: t('monitoring.expected'),
                key: 'expected',
                width: 150,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'expectedCompletion']} style={{ margin: 0 }}>
                    <Select aria-label={`${t('monitoring.expected')} ${f.name + 1}`}
                      options={COMPLETIONS.map((c) => ({ value: c, label: t(`enum.completion.${c}`) }))} />
                  </Form.Item>
                ),
              },
              {
                title: t('monitoring.deviationReason'),
                key: 'reason',
                render: (_, f) => (
                  <Form.Item name={[f.name, 'deviationReason']} style={{ margin: 0 }}>
                    <Input aria-label={`${t('monitoring.deviationReason')} ${f.name + 1}`} maxLength={1000}
                      disabled={rows[f.name]?.expectedCompletion === 'ACHIEVED'} />
                  </Form.Item>
                ),
              },
              {
                title: t('monitoring.corrective'),
                key: 'measure',
                render: (_, f) => (
                  <Form.Item name={[f.name, 'correctiveMeasure']} style={{ margin: 0 }}>
                    <Input aria-label={`${t('monitoring.corrective')} ${f.name + 1}`} maxLength={1000}
                      disabled={rows[f.name]?.expectedCompletion === 'ACHIEVED'} />
                  </Form.Item>
                ),
              },
            ]}
          />
        )}
      </Form.List>
      <Form.Item name="declaredCause" label={t('monitoring.declaredCause')} style={{ marginTop: 16 }}>
        <Radio.Group role="radiogroup" options={CAUSES.map((c) => ({ value: c, label: t(`enum.cause.${c}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('monitoring.summary')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.isPending}>{t('common.submit')}</Button>
    </Form>
  );
}

import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Skeleton } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { useI18n } from '@/lib/i18n';
import { formatAmount } from '@/lib/format';
import { applyFieldErrors } from '@/lib/form-errors';
import type { MessageKey } from '@/lib/i18n';
import type { TaskFormProps } from '@/lib/task-form';
import { useMonitoringStep, useTaskReport } from '../api/monitoring';
import { ReportTable } from './ReportTable';

type Path = Parameters<typeof useMonitoringStep>[0];

interface Choice {
  /** the form field holding the choice */
  field: string;
  label: MessageKey;
  options: { value: string; label: MessageKey }[];
}

interface Spec {
  path: Path;
  title: MessageKey;
  choice?: Choice;
  /** the text field and its label */
  text: { field: string; label: MessageKey };
  /** an amount asked when the choice has this value */
  amountWhen?: string;
  /** show the report the task is about */
  showReport?: boolean;
}

/** A monitoring decision: optionally a choice and an amount, always a written opinion. */
function DecisionForm({ spec, task, onCompleted }: { spec: Spec } & TaskFormProps) {
  const { t, locale } = useI18n();
  const range = useRangeRules();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [general, setGeneral] = useState<string[]>([]);
  const report = useTaskReport(task.id, spec.showReport !== false);
  const step = useMonitoringStep<Record<string, unknown>>(spec.path, task.id);
  const choice = Form.useWatch(spec.choice?.field ?? '__none', form);

  if (spec.showReport !== false && report.isLoading) {
    return <Skeleton active />;
  }
  const fields = [spec.text.field, 'amount', ...(spec.choice ? [spec.choice.field] : [])];
  return (
    <>
      {spec.showReport !== false && report.data && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <ReportTable report={report.data} />
          {report.data.proposedRecovery !== undefined && (
            <Alert type="info" showIcon style={{ marginTop: 12 }}
              message={`${t('monitoring.proposed')}：${formatAmount(report.data.proposedRecovery, locale)}`} />
          )}
        </Card>
      )}
      <Form form={form} layout="vertical" aria-label={t(spec.title)}
        initialValues={{ amount: report.data?.proposedRecovery }}
        onFinish={(values) => {
          setGeneral([]);
          const body = { ...values };
          if (spec.amountWhen && values[spec.choice!.field] !== spec.amountWhen) {
            delete body.amount;
          }
          step.mutate(body, { onSuccess: onCompleted, onError: (e) => setGeneral(applyFieldErrors(form, e, fields)) });
        }}>
        {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 16 }} />}
        {spec.choice && (
          <Form.Item name={spec.choice.field} label={t(spec.choice.label)} rules={[{ required: true, message: t('common.required') }]}>
            <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
              options={spec.choice.options.map((o) => ({ value: o.value, label: t(o.label) }))} />
          </Form.Item>
        )}
        {spec.amountWhen && choice === spec.amountWhen && (
          <Form.Item name="amount" label={t('monitoring.amount')} rules={range({ min: 0.01, required: true })}>
            <InputNumber<number> precision={2} style={{ width: 240 }} />
          </Form.Item>
        )}
        <Form.Item name={spec.text.field} label={t(spec.text.label)} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>{t('common.submit')}</Button>
      </Form>
    </>
  );
}

const opinion = { field: 'opinion', label: 'target.opinion' as MessageKey };

export const MONITORING_SPECS: Record<string, Spec> = {
  'app:monitoring/department-review': {
    path: '/api/tasks/{taskId}/monitoring-department-review',
    title: 'monitoring.departmentReviewTitle',
    choice: { field: 'decision', label: 'target.decision', options: [
      { value: 'PASS', label: 'enum.departmentDecision.PASS' }, { value: 'RETURN', label: 'enum.departmentDecision.RETURN' }] },
    text: opinion,
  },
  'app:monitoring/key-review': {
    path: '/api/tasks/{taskId}/monitoring-key-review',
    title: 'monitoring.keyReviewTitle',
    choice: { field: 'deviationClass', label: 'monitoring.deviation', options: (['NONE', 'OBJECTIVE_CAUSE', 'SERIOUS_PROBLEM', 'SLOW_EXECUTION'] as const)
      .map((d) => ({ value: d, label: `enum.deviation.${d}` as MessageKey })) },
    text: opinion,
  },
  'app:monitoring/payment-action': {
    path: '/api/tasks/{taskId}/payment-decision',
    title: 'monitoring.paymentTitle',
    choice: { field: 'action', label: 'target.decision', options: [
      { value: 'SUSPEND', label: 'enum.paymentAction.SUSPEND' }, { value: 'STOP', label: 'enum.paymentAction.STOP' }] },
    text: opinion,
  },
  'app:monitoring/rectification': {
    path: '/api/tasks/{taskId}/rectification',
    title: 'monitoring.rectifyTitle',
    text: { field: 'measures', label: 'monitoring.measures' },
  },
  'app:monitoring/verify': {
    path: '/api/tasks/{taskId}/rectification-verification',
    title: 'monitoring.verifyTitle',
    choice: { field: 'verdict', label: 'target.decision', options: [
      { value: 'PASSED', label: 'enum.verdict.PASSED' }, { value: 'FAILED', label: 'enum.verdict.FAILED' }] },
    text: opinion,
  },
  'app:monitoring/confirm-recovery': {
    path: '/api/tasks/{taskId}/recovery-confirmation',
    title: 'monitoring.recoveryTitle',
    choice: { field: 'decision', label: 'target.decision', options: [
      { value: 'CONFIRM', label: 'enum.recoveryDecision.CONFIRM' }, { value: 'DECLINE', label: 'enum.recoveryDecision.DECLINE' }] },
    amountWhen: 'CONFIRM',
    text: opinion,
  },
  'app:monitoring/overdue': {
    path: '/api/tasks/{taskId}/overdue-chase',
    title: 'monitoring.chaseTitle',
    text: { field: 'note', label: 'monitoring.note' },
  },
  'app:monitoring/pass-down': {
    path: '/api/tasks/{taskId}/pass-down',
    title: 'monitoring.passDownTitle',
    text: { field: 'note', label: 'monitoring.note' },
    showReport: false,
  },
};

/** A task form component for one of the specs above. */
export function monitoringForm(formKey: string) {
  const spec = MONITORING_SPECS[formKey];
  return function MonitoringDecisionForm(props: TaskFormProps) {
    return <DecisionForm spec={spec} {...props} />;
  };
}

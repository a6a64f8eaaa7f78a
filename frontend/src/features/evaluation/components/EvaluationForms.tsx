import type { ReactNode } from 'react';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Skeleton, Space } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { TaskFormProps } from '@/lib/task-form';
import { StepForm as SharedStepForm, type StepValues } from '@/components/step-form';
import { useEvaluationStep, useTaskApplication, useTaskEvaluation } from '../api/evaluation';
import { ApplicationSummary, EvaluationSummary } from './EvaluationSummary';
import { RequiredText } from '@/components/required-text';

type Path = Parameters<typeof useEvaluationStep>[0];

/** A task form over the self-evaluation or the result application it is about, then the fields, then submit. */
function StepForm({ path, title, about, task, onCompleted, fields, initialValues, toBody }: TaskFormProps & {
  path: Path;
  title: MessageKey;
  about: 'evaluation' | 'application';
  fields: (value: StepValues) => ReactNode;
  initialValues?: StepValues;
  toBody?: (values: StepValues) => StepValues;
}) {
  const evaluation = useTaskEvaluation(task.id);
  const application = useTaskApplication(task.id, about === 'application');
  const step = useEvaluationStep<StepValues>(path, task.id);
  // The record shown above the form, once loaded; the form waits for it.
  const context = about === 'evaluation'
    ? evaluation.data && <EvaluationSummary evaluation={evaluation.data} />
    : application.data && <ApplicationSummary application={application.data} />;
  return (
    <SharedStepForm title={title} data={context || undefined} step={step} onCompleted={onCompleted}
      knownFields={['decision', 'opinion', 'reason', 'note', 'feedback', 'verdict', 'confirmedAmount', 'scores[]', 'items[]']}
      fields={(v) => fields(v)} initialValues={() => initialValues ?? {}} toBody={toBody ? (v) => toBody(v) : undefined}
      summary={(rendered) => rendered} />
  );
}

function Choice({ name, label, options }: { name: string; label: MessageKey; options: [string, MessageKey][] }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={t(label)} rules={[{ required: true, message: t('common.required') }]}>
      <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid" options={options.map(([value, l]) => ({ value, label: t(l) }))} />
    </Form.Item>
  );
}


export function EvaluationDepartmentReviewForm(props: TaskFormProps) {
  return (
    <StepForm {...props} path="/api/tasks/{taskId}/self-evaluation-department-review" title="evaluation.departmentReviewTitle" about="evaluation"
      fields={() => (<><Choice name="decision" label="target.decision" options={[['PASS', 'enum.departmentDecision.PASS'], ['RETURN', 'enum.departmentDecision.RETURN']]} /><RequiredText name="opinion" label="target.opinion" /></>)} />
  );
}

export function RecheckForm(props: TaskFormProps) {
  const range = useRangeRules();
  const evaluation = useTaskEvaluation(props.task.id);
  const rows = evaluation.data?.rows ?? [];
  return (
    <StepForm {...props} path="/api/tasks/{taskId}/self-evaluation-recheck" title="evaluation.recheckTitle" about="evaluation"
      initialValues={{ decision: 'ACCEPT' }}
      toBody={(v) => (v.decision === 'CHANGE' ? v : { decision: v.decision, reason: v.reason })}
      fields={(v) => (
        <>
          <Choice name="decision" label="target.decision" options={[['ACCEPT', 'enum.recheck.ACCEPT'], ['CHANGE', 'enum.recheck.CHANGE']]} />
          {v.decision === 'CHANGE' && (
            <Space wrap style={{ marginBottom: 12 }}>
              {rows.map((r, i) => (
                <Form.Item key={i} name={['scores', i]} label={`${r.name}（${r.weight}）`} initialValue={r.score}
                  rules={range({ min: 0, max: r.weight, required: true })}>
                  <InputNumber precision={2} />
                </Form.Item>
              ))}
            </Space>
          )}
          <RequiredText name="reason" label="evaluation.recheckReason" />
        </>
      )} />
  );
}

export function EvaluationChaseForm(props: TaskFormProps) {
  return <StepForm {...props} path="/api/tasks/{taskId}/self-evaluation-chase" title="evaluation.chaseTitle" about="evaluation" fields={() => <RequiredText name="note" label="monitoring.note" />} />;
}

export function FeedbackForm(props: TaskFormProps) {
  return <StepForm {...props} path="/api/tasks/{taskId}/result-feedback" title="application.feedbackTitle" about="application" fields={() => <RequiredText name="feedback" label="application.feedback" />} />;
}

export function PlanForm(props: TaskFormProps) {
  const { t } = useI18n();
  return (
    <StepForm {...props} path="/api/tasks/{taskId}/rectification-plan" title="application.planTitle" about="application"
      initialValues={{ items: [{}] }}
      toBody={(v) => ({ items: (v.items as { issue: string; measure: string; deadline?: Dayjs }[]).map((i) => ({ ...i, deadline: i.deadline?.format('YYYY-MM-DD') })) })}
      fields={() => (
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'issue']} label={t('application.issue')} rules={[{ required: true, message: t('common.required') }]}><Input style={{ width: 260 }} /></Form.Item>
                  <Form.Item name={[f.name, 'measure']} label={t('application.measure')} rules={[{ required: true, message: t('common.required') }]}><Input style={{ width: 320 }} /></Form.Item>
                  <Form.Item name={[f.name, 'deadline']} label={t('application.deadline')} rules={[{ required: true, message: t('common.required') }]}><DatePicker /></Form.Item>
                  <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>{t('application.addItem')}</Button>
            </>
          )}
        </Form.List>
      )} />
  );
}

export function ClosureForm(props: TaskFormProps) {
  const { t } = useI18n();
  const application = useTaskApplication(props.task.id);
  const items = application.data?.rectifications ?? [];
  return (
    <StepForm {...props} path="/api/tasks/{taskId}/rectification-closure" title="application.closeTitle" about="application"
      toBody={(v) => ({ items: items.map((_, i) => ({ closed: !!(v.items as { closed?: boolean }[] | undefined)?.[i]?.closed, evidence: (v.items as { evidence?: string }[] | undefined)?.[i]?.evidence })) })}
      fields={() => (
        <>
          {items.map((item, i) => (
            <Space key={item.id} align="start" wrap>
              <Form.Item name={['items', i, 'closed']} valuePropName="checked" initialValue={item.status === 'CLOSED'} label={item.issue}>
                <Checkbox>{t('application.closed')}</Checkbox>
              </Form.Item>
              <Form.Item name={['items', i, 'evidence']} initialValue={item.evidence} label={t('application.evidence')}>
                <Input style={{ width: 360 }} />
              </Form.Item>
            </Space>
          ))}
        </>
      )} />
  );
}

export function ClosureVerificationForm(props: TaskFormProps) {
  return (
    <StepForm {...props} path="/api/tasks/{taskId}/closure-verification" title="application.verifyTitle" about="application"
      fields={() => (<><Choice name="verdict" label="target.decision" options={[['CLOSED', 'enum.closure.CLOSED'], ['REOPEN', 'enum.closure.REOPEN']]} /><RequiredText name="opinion" label="target.opinion" /></>)} />
  );
}

export function LinkageForm(props: TaskFormProps) {
  const { t } = useI18n();
  const range = useRangeRules();
  const application = useTaskApplication(props.task.id);
  if (!application.data) {
    return <Skeleton active />;
  }
  return (
    <StepForm {...props} path="/api/tasks/{taskId}/budget-linkage" title="application.linkageTitle" about="application"
      initialValues={{ confirmedAmount: application.data.proposedAmount }}
      fields={() => (
        <>
          <Form.Item name="confirmedAmount" label={t('application.confirmed')} rules={range({ min: 0, required: true })}>
            <InputNumber<number> precision={2} style={{ width: 240 }} />
          </Form.Item>
          <RequiredText name="opinion" label="target.opinion" />
        </>
      )} />
  );
}

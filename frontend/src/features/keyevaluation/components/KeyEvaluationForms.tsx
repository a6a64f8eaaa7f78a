import { useState, type ReactNode } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, List, Radio, Select, Space, Typography, Upload } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { TaskFormProps } from '@/lib/task-form';
import { StepForm, type StepValues } from '@/components/step-form';
import { enabledOrgs, useOrgs } from '@/lib/orgs';
import {
  LEVELS, uploadAttachment, useDetach, useExperts, useKeySettings, useKeyStep, useTaskKeyEvaluation,
  type KeyEvaluationView,
} from '../api/key-evaluation';
import { KeyEvaluationSummary } from './KeyEvaluationSummary';
import { RequiredText } from '@/components/required-text';

type Path = Parameters<typeof useKeyStep>[0];
type Values = StepValues;

const KNOWN_FIELDS = ['decision', 'opinion', 'planNote', 'reportDue', 'thirdPartyCode', 'experts', 'experts[]', 'weights[]', 'scores[]', 'findings', 'report'];

/** A key-evaluation task form: the evaluation so far, then the fields, then submit. */
function KeyStepForm({ path, title, task, onCompleted, fields, initialValues, toBody, showSummary = true }: TaskFormProps & {
  path: Path;
  title: MessageKey;
  fields: (values: Values, evaluation: KeyEvaluationView) => ReactNode;
  initialValues?: (evaluation: KeyEvaluationView) => Values;
  toBody?: (values: Values) => Values;
  showSummary?: boolean;
}) {
  const evaluation = useTaskKeyEvaluation(task.id);
  const step = useKeyStep<Values>(path, task.id);
  return (
    <StepForm title={title} data={evaluation.data} step={step} onCompleted={onCompleted} knownFields={KNOWN_FIELDS}
      fields={fields} initialValues={initialValues} toBody={toBody ? (v) => toBody(v) : undefined}
      summary={showSummary ? (e) => <KeyEvaluationSummary evaluation={e} /> : undefined} />
  );
}

/** One number per level-1 indicator under `name`, each at most `max` of that level, with the running total. */
function LevelInputs({ name, max, values, label }: { name: 'weights' | 'scores'; max?: KeyEvaluationView['weights']; values: Values; label: MessageKey }) {
  const { t } = useI18n();
  const range = useRangeRules();
  const current = (values[name] ?? {}) as Record<string, number | null | undefined>;
  const total = LEVELS.reduce((sum, level) => sum + (Number(current[level]) || 0), 0);
  const off = name === 'weights' && Math.abs(total - 100) > 0.001;
  return (
    <Form.Item label={t(label)} required>
      <Space wrap align="start">
        {LEVELS.map((level) => (
          <Form.Item key={level} name={[name, level]} label={`${t(`enum.keyLevel.${level}`)}${max ? `（≤ ${max[level]}）` : ''}`}
            rules={range({ min: 0, max: max?.[level] ?? 100, required: true })} style={{ marginBottom: 0 }}>
            <InputNumber precision={2} aria-label={`${name}.${level}`} />
          </Form.Item>
        ))}
        <div style={{ paddingTop: 30 }}>
          {t('evaluation.total')}：<strong data-testid={`${name}-total`} style={{ color: off ? '#cf1322' : undefined }}>{total.toFixed(2)}</strong>
          {off && <Typography.Text type="danger"> {t('key.weightsMustBe100')}</Typography.Text>}
        </div>
      </Space>
    </Form.Item>
  );
}


export function PlanKeyEvaluationForm(props: TaskFormProps) {
  const { t } = useI18n();
  const settings = useKeySettings();
  const orgs = useOrgs();
  const experts = useExperts(true);
  const thirdParties = enabledOrgs(orgs.data).filter((o) => o.kind === 'THIRD_PARTY');
  return (
    <KeyStepForm {...props} path="/api/tasks/{taskId}/key-evaluation-plan" title="key.planTitle"
      initialValues={(e) => ({ weights: settings.data?.defaultWeights ?? e.weights, experts: [], reportDue: dayjs().add(60, 'day') })}
      toBody={(v) => ({ ...v, thirdPartyCode: v.thirdPartyCode || undefined, reportDue: (v.reportDue as Dayjs | undefined)?.format('YYYY-MM-DD') })}
      fields={(v) => (
        <>
          <LevelInputs name="weights" values={v} label="key.weights" />
          <Form.Item name="thirdPartyCode" label={t('key.thirdParty')} extra={t('key.thirdPartyHint')}>
            <Select allowClear placeholder={t('key.financeItself')} options={thirdParties.map((o) => ({ value: o.code, label: o.name }))} />
          </Form.Item>
          <Form.Item name="experts" label={t('key.experts')}>
            <Select mode="multiple" allowClear options={(experts.data ?? []).map((x) => ({ value: x.id, label: `${x.name}（${x.id}）` }))} />
          </Form.Item>
          <Form.Item name="reportDue" label={t('key.reportDue')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker />
          </Form.Item>
          <RequiredText name="planNote" label="key.planNote" />
        </>
      )} />
  );
}

function Attachments({ taskId, evaluation }: { taskId: string; evaluation: KeyEvaluationView }) {
  const { t } = useI18n();
  const detach = useDetach(taskId);
  const [error, setError] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const query = useTaskKeyEvaluation(taskId);
  return (
    <Form.Item label={t('key.attachments')}>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 8 }} />}
      <List size="small" dataSource={evaluation.attachments} locale={{ emptyText: t('key.noAttachments') }}
        renderItem={(a) => (
          <List.Item actions={[<Button key="rm" size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('key.remove')}
            onClick={() => detach.mutate(a.id)} />]}>
            {a.fileName} <Typography.Text type="secondary">{Math.ceil(a.sizeBytes / 1024)} KB</Typography.Text>
          </List.Item>
        )} />
      <Upload showUploadList={false} multiple
        customRequest={async ({ file, onSuccess, onError }) => {
          setError(undefined);
          setUploading(true);
          try {
            onSuccess?.(await uploadAttachment(taskId, file as File));
            await query.refetch();
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
            onError?.(e as Error);
          } finally {
            setUploading(false);
          }
        }}>
        <Button icon={<UploadOutlined />} loading={uploading} style={{ marginTop: 8 }}>{t('key.upload')}</Button>
      </Upload>
    </Form.Item>
  );
}

export function ReportKeyEvaluationForm(props: TaskFormProps) {
  const { t } = useI18n();
  return (
    <KeyStepForm {...props} path="/api/tasks/{taskId}/key-evaluation-report" title="key.reportTitle"
      initialValues={(e) => {
        const previous = e.scores.find((s) => s.scorerRole === 'EVALUATOR');
        return { scores: previous?.scores, findings: e.findings, report: e.report };
      }}
      fields={(v, e) => (
        <>
          <LevelInputs name="scores" max={e.weights} values={v} label="key.scores" />
          <Form.Item name="findings" label={t('key.findings')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea rows={3} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item name="report" label={t('key.report')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea rows={10} maxLength={20000} showCount />
          </Form.Item>
          <Attachments taskId={props.task.id} evaluation={e} />
        </>
      )} />
  );
}

export function ExpertScoreForm(props: TaskFormProps) {
  return (
    <KeyStepForm {...props} path="/api/tasks/{taskId}/key-evaluation-expert-score" title="key.expertTitle"
      fields={(v, e) => (
        <>
          <LevelInputs name="scores" max={e.weights} values={v} label="key.scores" />
          <RequiredText name="opinion" label="key.expertOpinion" />
        </>
      )} />
  );
}

export function ApproveKeyEvaluationForm(props: TaskFormProps) {
  const { t } = useI18n();
  return (
    <KeyStepForm {...props} path="/api/tasks/{taskId}/key-evaluation-approval" title="key.approveTitle"
      initialValues={() => ({ decision: 'APPROVE' })}
      fields={() => (
        <>
          <Form.Item name="decision" label={t('target.decision')} rules={[{ required: true, message: t('common.required') }]}>
            <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
              options={[{ value: 'APPROVE', label: t('enum.keyApproval.APPROVE') }, { value: 'RETURN', label: t('enum.keyApproval.RETURN') }]} />
          </Form.Item>
          <RequiredText name="opinion" label="target.opinion" />
        </>
      )} />
  );
}

import type { ReactNode } from 'react';
import { Alert, Form, Input, InputNumber, Radio, Table, Typography } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { SubjectTaskFormProps } from '@/lib/task-form';
import { StepForm, type StepValues } from '@/components/step-form';
import { total, useBodyStep, useTaskBodyEvaluation, type BodyEvaluationView, type BodyRow } from '../api/body-evaluation';
import { BodyEvaluationSummary } from './BodyEvaluationSummary';
import { RequiredText } from '@/components/required-text';

type Path = Parameters<typeof useBodyStep>[0];
type Values = StepValues;

const KNOWN_FIELDS = ['rows', 'rows[]', 'scores', 'scores[]', 'summary', 'decision', 'opinion', 'confirmedAmount', 'note'];

/** A body-evaluation task form: the evaluation so far, then the fields, then submit. */
function BodyStepForm({ path, title, task, onCompleted, fields, initialValues, toBody, showSummary = true }: SubjectTaskFormProps & {
  path: Path;
  title: MessageKey;
  fields: (values: Values, evaluation: BodyEvaluationView) => ReactNode;
  initialValues?: (evaluation: BodyEvaluationView) => Values;
  toBody?: (values: Values, evaluation: BodyEvaluationView) => Values;
  showSummary?: boolean;
}) {
  const evaluation = useTaskBodyEvaluation(task.id);
  const step = useBodyStep<Values>(path, task.id);
  return (
    <StepForm title={title} data={evaluation.data} step={step} onCompleted={onCompleted} knownFields={KNOWN_FIELDS}
      fields={fields} initialValues={initialValues} toBody={toBody}
      summary={showSummary ? (e) => <BodyEvaluationSummary evaluation={e} /> : undefined} />
  );
}

/** The dimension table with one score input per row (at most its weight) and the live total. */
function ScoreTable({ evaluation, name, withNotes, showSelf, values }: {
  evaluation: BodyEvaluationView;
  name: 'rows' | 'scores';
  withNotes?: boolean;
  showSelf?: boolean;
  values: Values;
}) {
  const { t } = useI18n();
  const range = useRangeRules();
  const current = (values[name] ?? []) as (number | { score?: number } | undefined)[];
  const sum = total(current.map((v) => (typeof v === 'object' ? v?.score : v)));
  const scorePath = (i: number) => (name === 'rows' ? [name, i, 'score'] : [name, i]);
  return (
    <Table<BodyRow & { index: number }>
      size="small"
      rowKey="dimension"
      pagination={false}
      style={{ marginBottom: 16 }}
      dataSource={evaluation.rows.map((r, index) => ({ ...r, index }))}
      columns={[
        { title: t('overall.dimension'), key: 'dimension', render: (_, r) => t(`enum.bodyDimension.${r.dimension}`) },
        { title: t('target.weight'), dataIndex: 'weight', align: 'right', width: 80 },
        ...(showSelf ? [
          { title: t('overall.selfScore'), dataIndex: 'selfScore', align: 'right' as const, width: 100 },
          { title: t('overall.selfNote'), dataIndex: 'selfNote', ellipsis: true },
        ] : []),
        {
          title: showSelf ? t('overall.financeScore') : t('overall.selfScore'),
          key: 'score',
          width: 140,
          render: (_, r) => (
            <Form.Item name={scorePath(r.index)} rules={range({ min: 0, max: r.weight, required: true })} style={{ margin: 0 }}>
              <InputNumber precision={2} aria-label={`${name}.${r.dimension}`} />
            </Form.Item>
          ),
        },
        ...(withNotes ? [{
          title: t('overall.selfNote'),
          key: 'note',
          render: (_: unknown, r: BodyRow & { index: number }) => (
            <Form.Item name={[name, r.index, 'note']} style={{ margin: 0 }}>
              <Input maxLength={1000} aria-label={`note.${r.dimension}`} />
            </Form.Item>
          ),
        }] : []),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('evaluation.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">{total(evaluation.rows.map((r) => r.weight))}</Table.Summary.Cell>
          {showSelf && <Table.Summary.Cell index={2} align="right">{total(evaluation.rows.map((r) => r.selfScore))}</Table.Summary.Cell>}
          {showSelf && <Table.Summary.Cell index={3} />}
          <Table.Summary.Cell index={showSelf ? 4 : 2}><strong data-testid={`${name}-total`}>{sum.toFixed(2)}</strong></Table.Summary.Cell>
          {withNotes && <Table.Summary.Cell index={3} />}
        </Table.Summary.Row>
      )}
    />
  );
}


export function BodySelfReportForm(props: SubjectTaskFormProps) {
  return (
    <BodyStepForm {...props} path="/api/tasks/{taskId}/body-evaluation-self-report" title="overall.selfReportTitle"
      showSummary={false}
      initialValues={(e) => ({
        rows: e.rows.map((r) => ({ score: r.selfScore, note: r.selfNote })),
        summary: e.selfSummary,
      })}
      fields={(v, e) => (
        <>
          <ReturnedNotice evaluation={e} />
          <ScoreTable evaluation={e} name="rows" withNotes values={v} />
          <RequiredText name="summary" label="overall.summary" rows={5} max={4000} />
        </>
      )} />
  );
}

/** When finance sent the self-report back, what it said. */
function ReturnedNotice({ evaluation }: { evaluation: BodyEvaluationView }) {
  const { t } = useI18n();
  const last = [...evaluation.decisions].reverse().find((d) => d.step === 'FINANCE_SCORE');
  return last?.decision === 'RETURN'
    ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('overall.returned')} description={last.opinion} />
    : null;
}

export function BodyFinanceScoreForm(props: SubjectTaskFormProps) {
  const { t } = useI18n();
  return (
    <BodyStepForm {...props} path="/api/tasks/{taskId}/body-evaluation-finance-score" title="overall.financeScoreTitle"
      showSummary={false}
      initialValues={(e) => ({ decision: 'SCORE', scores: e.rows.map((r) => r.selfScore) })}
      toBody={(v) => (v.decision === 'RETURN' ? { decision: 'RETURN', opinion: v.opinion } : v)}
      fields={(v, e) => (
        <>
          {e.selfSummary && <Typography.Paragraph><Typography.Text strong>{t('overall.summary')}：</Typography.Text>{e.selfSummary}</Typography.Paragraph>}
          <Form.Item name="decision" label={t('target.decision')} rules={[{ required: true, message: t('common.required') }]}>
            <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
              options={[{ value: 'SCORE', label: t('enum.bodyDecision.SCORE') }, { value: 'RETURN', label: t('enum.bodyDecision.RETURN') }]} />
          </Form.Item>
          {v.decision !== 'RETURN' && <ScoreTable evaluation={e} name="scores" showSelf values={v} />}
          <RequiredText name="opinion" label="target.opinion" max={4000} />
        </>
      )} />
  );
}

export function BodyLinkageForm(props: SubjectTaskFormProps) {
  const { t } = useI18n();
  const range = useRangeRules();
  return (
    <BodyStepForm {...props} path="/api/tasks/{taskId}/body-evaluation-linkage" title="overall.linkageTitle"
      initialValues={(e) => ({ confirmedAmount: e.proposedAmount })}
      fields={() => (
        <>
          <Form.Item name="confirmedAmount" label={t('overall.confirmedAmount')} extra={t('overall.confirmedHint')}
            rules={range({ min: 0, required: true })}>
            <InputNumber precision={2} style={{ width: 240 }} />
          </Form.Item>
          <RequiredText name="opinion" label="target.opinion" max={4000} />
        </>
      )} />
  );
}

export function BodyChaseForm(props: SubjectTaskFormProps) {
  return (
    <BodyStepForm {...props} path="/api/tasks/{taskId}/body-evaluation-chase" title="overall.chaseTitle"
      fields={() => <RequiredText name="note" label="overall.chaseNote" max={4000} />} />
  );
}

import { Alert, DatePicker, Form, Input, InputNumber, Radio, Space, Table, Tag } from 'antd';
import { useRangeRules } from '@/components/number-input';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '@/lib/i18n';
import { useDebounced } from '@/lib/use-debounced';
import type { MessageKey } from '@/lib/i18n';
import type { SubjectTaskFormProps } from '@/lib/task-form';
import { StepForm, type StepValues } from '@/components/step-form';
import { GradeTag } from '@/components/grade-tag';
import { useAppraisalStep, useGradePreview, useTaskAppraisal, type AppraisalEntry, type AppraisalView, type Grade } from '../api/appraisal';
import { AppraisalSummary, EntryDetails } from './AppraisalSummary';
import { RequiredText } from '@/components/required-text';

type Path = Parameters<typeof useAppraisalStep>[0];

const KNOWN_FIELDS = ['entries', 'entries[]', 'decision', 'circular', 'interviewDate', 'attendees', 'problems', 'rectifyDue', 'rectification', 'opinion'];

function AppraisalStepForm({ path, title, task, onCompleted, fields, initialValues, toBody, summary }: SubjectTaskFormProps & {
  path: Path;
  title: MessageKey;
  fields: (values: StepValues, appraisal: AppraisalView) => React.ReactNode;
  initialValues?: (appraisal: AppraisalView) => StepValues;
  toBody?: (values: StepValues, appraisal: AppraisalView) => StepValues;
  summary?: 'all' | 'focus';
}) {
  const appraisal = useTaskAppraisal(task.id);
  const step = useAppraisalStep<StepValues>(path, task.id);
  return (
    <StepForm title={title} data={appraisal.data} step={step} onCompleted={onCompleted} knownFields={KNOWN_FIELDS}
      fields={fields} initialValues={initialValues} toBody={toBody}
      summary={summary ? (a) => <AppraisalSummary appraisal={a} only={summary === 'focus' ? a.focusEntryId : undefined} /> : undefined} />
  );
}


/** The year's record of a body, for finance to weigh: its items' self-evaluations and its overall evaluation. */
export function ReferenceCell({ entry }: { entry: AppraisalEntry }) {
  const { t } = useI18n();
  const r = entry.reference;
  if (!r) {
    return null;
  }
  return (
    <span data-testid={`reference-${entry.subjectCode}`}>
      {t('appraisal.referenceItems', { evaluated: String(r.evaluatedItems), funded: String(r.fundedItems) })}
      {r.averageScore !== undefined && <> · {t('appraisal.referenceAverage', { score: String(r.averageScore) })}</>}
      {r.bodyGrade && <> · {t('appraisal.referenceBody')} <GradeTag grade={r.bodyGrade} /> {r.bodyScore}</>}
    </span>
  );
}

/** The scoring table: a score (0–100) and comment per body, with the grade the grade table gives as it is typed. */
function ScoreTable({ appraisal, values }: { appraisal: AppraisalView; values: StepValues }) {
  const { t } = useI18n();
  const range = useRangeRules();
  const rows = (values.entries ?? []) as { score?: number }[];
  const scores = useDebounced(appraisal.entries.map((_, i) => rows[i]?.score));
  const grades = useGradePreview(scores);
  const counts = (grades.data ?? []).reduce<Partial<Record<Grade, number>>>((c, g) => (g ? { ...c, [g]: (c[g] ?? 0) + 1 } : c), {});
  return (
    <>
      <Table<AppraisalEntry & { index: number }>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={appraisal.entries.map((e, index) => ({ ...e, index }))}
        columns={[
          { title: t('appraisal.subject'), dataIndex: 'subjectName' },
          { title: t('overall.kind'), dataIndex: 'kind', width: 130, render: (k: AppraisalEntry['kind']) => t(`enum.appraisalKind.${k}`) },
          { title: t('appraisal.reference'), key: 'reference', width: 260, render: (_, e) => <ReferenceCell entry={e} /> },
          {
            title: t('appraisal.score'), key: 'score', width: 140,
            render: (_, e) => (
              <>
                <Form.Item name={['entries', e.index, 'entryId']} hidden><InputNumber /></Form.Item>
                <Form.Item name={['entries', e.index, 'score']} rules={range({ min: 0, max: 100, required: true })} style={{ margin: 0 }}>
                  <InputNumber precision={2} aria-label={`score.${e.subjectCode}`} />
                </Form.Item>
              </>
            ),
          },
          {
            title: t('target.grade'), key: 'grade', width: 70,
            render: (_, e) => <span data-testid={`grade-${e.subjectCode}`}><GradeTag grade={grades.data?.[e.index]} /></span>,
          },
          {
            title: t('appraisal.comment'), key: 'comment',
            render: (_, e) => (
              <Form.Item name={['entries', e.index, 'comment']} style={{ margin: 0 }}>
                <Input maxLength={2000} aria-label={`comment.${e.subjectCode}`} />
              </Form.Item>
            ),
          },
        ]}
      />
      <div style={{ margin: '12px 0 16px' }}>
        <Space data-testid="grade-counts">
          {(['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const).map((g) => (
            <Tag key={g}>{t(`enum.grade.${g}`)} {counts[g] ?? 0}</Tag>
          ))}
        </Space>
      </div>
    </>
  );
}

export function AppraisalScoreForm(props: SubjectTaskFormProps) {
  const { t } = useI18n();
  return (
    <AppraisalStepForm {...props} path="/api/tasks/{taskId}/appraisal-scores" title="appraisal.scoreTitle"
      initialValues={(a) => ({ entries: a.entries.map((e) => ({ entryId: e.id, score: e.score, comment: e.comment })) })}
      fields={(v, a) => {
        const revise = [...a.decisions].reverse().find((d) => d.step === 'CIRCULATE');
        return (
          <>
            {revise?.decision === 'REVISE' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('appraisal.revise')} description={revise.opinion} />}
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('appraisal.scoreHint')} />
            <ScoreTable appraisal={a} values={v} />
          </>
        );
      }} />
  );
}

/** A first draft of the circular from the grades, for finance to edit. */
function draftCircular(a: AppraisalView, t: ReturnType<typeof useI18n>['t']): string {
  const names = (g: Grade) => a.entries.filter((e) => e.grade === g).map((e) => e.subjectName).join('、') || t('appraisal.none');
  return t('appraisal.circularDraft', {
    year: String(a.fiscalYear),
    excellent: names('EXCELLENT'),
    good: names('GOOD'),
    fair: names('FAIR'),
    poor: names('POOR'),
  });
}

export function AppraisalCirculateForm(props: SubjectTaskFormProps) {
  const { t } = useI18n();
  return (
    <AppraisalStepForm {...props} path="/api/tasks/{taskId}/appraisal-circulation" title="appraisal.circulateTitle" summary="all"
      initialValues={(a) => ({ decision: 'CIRCULATE', circular: draftCircular(a, t) })}
      fields={(v) => (
        <>
          <Form.Item name="decision" label={t('target.decision')} rules={[{ required: true, message: t('common.required') }]}>
            <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
              options={[{ value: 'CIRCULATE', label: t('enum.appraisalDecision.CIRCULATE') }, { value: 'REVISE', label: t('enum.appraisalDecision.REVISE') }]} />
          </Form.Item>
          <RequiredText name="circular" label={v.decision === 'REVISE' ? 'appraisal.reviseReason' : 'appraisal.circular'} rows={8} max={4000} />
        </>
      )} />
  );
}

export function AppraisalInterviewForm(props: SubjectTaskFormProps) {
  const { t } = useI18n();
  return (
    <AppraisalStepForm {...props} path="/api/tasks/{taskId}/appraisal-interview" title="appraisal.interviewTitle" summary="focus"
      initialValues={() => ({ interviewDate: dayjs(), rectifyDue: dayjs().add(30, 'day') })}
      toBody={(v) => ({
        ...v,
        interviewDate: (v.interviewDate as Dayjs | undefined)?.format('YYYY-MM-DD'),
        rectifyDue: (v.rectifyDue as Dayjs | undefined)?.format('YYYY-MM-DD'),
      })}
      fields={() => (
        <>
          <Space wrap>
            <Form.Item name="interviewDate" label={t('appraisal.interviewDate')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="rectifyDue" label={t('appraisal.rectifyDue')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker />
            </Form.Item>
          </Space>
          <RequiredText name="attendees" label="appraisal.attendees" rows={2} max={1000} />
          <RequiredText name="problems" label="appraisal.problems" rows={5} max={4000} />
        </>
      )} />
  );
}

function FocusDetails({ appraisal }: { appraisal: AppraisalView }) {
  const entry = appraisal.entries.find((e) => e.id === appraisal.focusEntryId);
  return entry ? <div style={{ marginBottom: 16 }}><EntryDetails entry={entry} /></div> : null;
}

export function AppraisalRectifyForm(props: SubjectTaskFormProps) {
  const { t } = useI18n();
  return (
    <AppraisalStepForm {...props} path="/api/tasks/{taskId}/appraisal-rectification" title="appraisal.rectifyTitle"
      initialValues={(a) => ({ rectification: a.entries.find((e) => e.id === a.focusEntryId)?.rectification })}
      fields={(_, a) => {
        const back = [...a.decisions].reverse().find((d) => d.step === 'VERIFY' && d.entryId === a.focusEntryId);
        return (
          <>
            {back?.decision === 'RETURN' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('appraisal.returned')} description={back.opinion} />}
            <FocusDetails appraisal={a} />
            <RequiredText name="rectification" label="appraisal.rectification" rows={6} max={4000} />
          </>
        );
      }} />
  );
}

export function AppraisalVerifyForm(props: SubjectTaskFormProps) {
  const { t } = useI18n();
  return (
    <AppraisalStepForm {...props} path="/api/tasks/{taskId}/appraisal-verification" title="appraisal.verifyTitle"
      initialValues={() => ({ decision: 'ACCEPT' })}
      fields={(_, a) => (
        <>
          <FocusDetails appraisal={a} />
          <Form.Item name="decision" label={t('target.decision')} rules={[{ required: true, message: t('common.required') }]}>
            <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
              options={[{ value: 'ACCEPT', label: t('enum.appraisalDecision.ACCEPT') }, { value: 'RETURN', label: t('enum.appraisalDecision.RETURN') }]} />
          </Form.Item>
          <RequiredText name="opinion" label="target.opinion" />
        </>
      )} />
  );
}

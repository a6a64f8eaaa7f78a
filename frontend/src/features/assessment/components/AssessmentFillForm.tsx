import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Radio, Skeleton, Space, Statistic, Table } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import type { TaskFormProps } from '@/lib/task-form';
import { useDimensions, type Dimension } from '../api/get-dimensions';
import { useAssessments } from '../api/get-assessments';
import { useSubmitAssessment, type AssessmentForm } from '../api/submit-assessment';

const DECISIONS = ['SUPPORTED', 'ADJUST', 'NOT_SUPPORTED'] as const;

interface FormValues {
  scores: { dimension: string; score?: number; remark?: string }[];
  conclusion: AssessmentForm['conclusion'];
  summary: string;
}

/** The assessor scores each dimension (live total) and proposes a conclusion. */
export function AssessmentFillForm({ task, item, onCompleted }: TaskFormProps) {
  const { t, locale } = useI18n();
  const range = useRangeRules();
  const [form] = Form.useForm<FormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const dimensions = useDimensions(item.kind);
  const history = useAssessments(item.code);
  const submit = useSubmitAssessment(task.id);
  const scores = Form.useWatch('scores', form) ?? [];
  const total = scores.reduce((sum, s) => sum + (typeof s?.score === 'number' ? s.score : 0), 0);
  const last = history.data?.at(-1);

  if (dimensions.isLoading || history.isLoading) {
    return <Skeleton active />;
  }
  const dims: Dimension[] = dimensions.data ?? [];
  // A returned assessment starts from the previous round, so only what finance questioned needs changing.
  const previous = new Map(last?.scores.map((s) => [s.dimension, s]) ?? []);
  const initialValues: Partial<FormValues> = {
    scores: dims.map((d) => ({ dimension: d.code, score: previous.get(d.code)?.score, remark: previous.get(d.code)?.remark ?? undefined })),
    conclusion: last?.conclusion,
    summary: last?.summary,
  };

  const onFinish = (values: FormValues) => {
    setGeneral([]);
    submit.mutate(
      {
        scores: values.scores.map((s) => ({ dimension: s.dimension, score: s.score as number, remark: s.remark })),
        conclusion: values.conclusion,
        summary: values.summary,
      },
      { onSuccess: onCompleted, onError: (error) => setGeneral(applyFieldErrors(form, error, ['scores[]', 'conclusion', 'summary'])) },
    );
  };

  return (
    <Form<FormValues> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} aria-label={t('assessment.fillTitle')}>
      {last?.review?.decision === 'ADJUST' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('assessment.returned')} description={last.review.opinion} />
      )}
      {general.length > 0 && <Alert type="error" showIcon message={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form.List name="scores">
        {(fields) => (
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            columns={[
              {
                title: t('assessment.dimension'),
                key: 'dimension',
                render: (_, field) => {
                  const d = dims[field.name];
                  return d ? (locale === 'zh' ? d.name : d.nameEn) : null;
                },
              },
              { title: t('assessment.maxScore'), key: 'max', width: 70, align: 'right', render: (_, field) => dims[field.name]?.maxScore },
              {
                title: t('assessment.score'),
                key: 'score',
                width: 140,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'score']} style={{ margin: 0 }}
                    rules={range({ min: 0, max: dims[field.name]?.maxScore, required: true })}>
                    <InputNumber precision={2} step={1}
                      aria-label={`${t('assessment.score')} ${dims[field.name]?.code}`} data-dimension={dims[field.name]?.code} />
                  </Form.Item>
                ),
              },
              {
                title: t('assessment.remark'),
                key: 'remark',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'remark']} style={{ margin: 0 }}>
                    <Input maxLength={500} aria-label={`${t('assessment.remark')} ${dims[field.name]?.code}`} />
                  </Form.Item>
                ),
              },
            ]}
          />
        )}
      </Form.List>
      <Space style={{ margin: '16px 0' }}>
        <Statistic title={t('assessment.total')} value={total} precision={2} suffix="/ 100" data-testid="assessment-total" />
      </Space>
      <Form.Item name="conclusion" label={t('assessment.conclusion')} rules={[{ required: true, message: t('common.required') }]}>
        <Radio.Group role="radiogroup" options={DECISIONS.map((d) => ({ value: d, label: t(`enum.decision.${d}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('assessment.summary')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.isPending}>{t('common.submit')}</Button>
    </Form>
  );
}

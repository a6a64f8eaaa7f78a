import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Skeleton, Space, Statistic, Table } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { GradeTag } from '@/components/grade-tag';
import { useI18n } from '@/lib/i18n';
import { formatAmount } from '@/lib/format';
import { applyFieldErrors } from '@/lib/form-errors';
import type { TaskFormProps } from '@/lib/task-form';
import { previewScores, useEvaluationStep, useTaskEvaluation, type FillForm, type ScorePreview } from '../api/evaluation';

const ACHIEVEMENTS = ['ACHIEVED', 'PARTLY', 'NOT'] as const;

/**
 * The scoring sheet: actual values (or, for qualitative indicators, the achievement and a score in
 * its band); the score of every row, the total and the grade follow as values are typed, computed by
 * the server with the same rules as the submission.
 */
export function SelfEvaluationForm({ task, onCompleted }: TaskFormProps) {
  const { t, locale } = useI18n();
  const range = useRangeRules();
  const [form] = Form.useForm<FillForm>();
  const [general, setGeneral] = useState<string[]>([]);
  const [preview, setPreview] = useState<ScorePreview>();
  const evaluation = useTaskEvaluation(task.id);
  const submit = useEvaluationStep<FillForm>('/api/tasks/{taskId}/self-evaluation', task.id);
  const values = Form.useWatch([], form);

  useEffect(() => {
    if (!values || values.spentAmount === undefined || values.spentAmount === null) {
      return undefined;
    }
    const timer = setTimeout(() => {
      previewScores(task.id, values).then(setPreview).catch(() => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [values, task.id]);

  if (evaluation.isLoading || !evaluation.data) {
    return <Skeleton active />;
  }
  const e = evaluation.data;

  return (
    <Form<FillForm>
      form={form}
      layout="vertical"
      aria-label={t('evaluation.fillTitle')}
      initialValues={{ spentAmount: e.spentAmount, summary: e.summary, rows: e.rows.map((r) => ({ actualValue: r.actualValue, achievement: r.achievement, score: r.comparator === 'QUALITATIVE' ? r.score : undefined, explanation: r.explanation })) }}
      onFinish={(v) => {
        setGeneral([]);
        submit.mutate(v, { onSuccess: onCompleted, onError: (err) => setGeneral(applyFieldErrors(form, err, ['spentAmount', 'summary', 'rows[]'])) });
      }}
    >
      {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 16 }} />}
      <Space size="large" wrap align="start">
        <Statistic title={t('evaluation.budget')} value={formatAmount(e.budgetAmount, locale)} />
        <Form.Item name="spentAmount" label={t('evaluation.spent')} rules={range({ min: 0, required: true })}>
          <InputNumber<number> precision={2} style={{ width: 220 }} aria-label={t('evaluation.spent')} />
        </Form.Item>
        <Statistic title={`${t('evaluation.execution')}（${e.executionWeight}）`} value={preview?.execution ?? '—'} precision={2} />
        <div data-testid="evaluation-total">
          <Statistic title={t('evaluation.total')} value={preview?.total ?? '—'} precision={2} />
          <GradeTag grade={preview?.grade} />
        </div>
      </Space>
      <Form.List name="rows">
        {(fields) => (
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 1000 }}
            columns={[
              { title: t('target.name'), key: 'name', width: 180, render: (_, f) => e.rows[f.name]?.name },
              {
                title: t('monitoring.annualTarget'),
                key: 'target',
                width: 130,
                render: (_, f) => {
                  const r = e.rows[f.name];
                  return r.comparator === 'QUALITATIVE' ? r.targetText : `${t(`enum.comparator.${r.comparator}`)} ${r.targetValue} ${r.unit ?? ''}`;
                },
              },
              { title: t('target.weight'), key: 'weight', width: 70, render: (_, f) => e.rows[f.name]?.weight },
              {
                title: t('evaluation.actual'),
                key: 'actual',
                width: 260,
                render: (_, f) =>
                  e.rows[f.name].comparator === 'QUALITATIVE' ? (
                    <Space.Compact>
                      <Form.Item name={[f.name, 'achievement']} style={{ margin: 0 }}>
                        <Select style={{ width: 130 }} aria-label={`${t('evaluation.achievement')} ${f.name + 1}`}
                          options={ACHIEVEMENTS.map((a) => ({ value: a, label: t(`enum.achievement.${a}`) }))} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'score']} rules={range({ min: 0, max: e.rows[f.name].weight })} style={{ margin: 0 }}>
                        <InputNumber precision={2} placeholder={t('evaluation.score')}
                          aria-label={`${t('evaluation.score')} ${f.name + 1}`} />
                      </Form.Item>
                    </Space.Compact>
                  ) : (
                    <Form.Item name={[f.name, 'actualValue']} style={{ margin: 0 }}>
                      <InputNumber style={{ width: '100%' }} aria-label={`${t('evaluation.actual')} ${f.name + 1}`} />
                    </Form.Item>
                  ),
              },
              {
                title: t('evaluation.explanation'),
                key: 'explanation',
                render: (_, f) => (
                  <Form.Item name={[f.name, 'explanation']} style={{ margin: 0 }}>
                    <Input maxLength={1000} aria-label={`${t('evaluation.explanation')} ${f.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('evaluation.score'),
                key: 'score',
                width: 80,
                align: 'right',
                render: (_, f) => <span data-testid={`row-score-${f.name + 1}`}>{preview?.rows[f.name] ?? ''}</span>,
              },
            ]}
          />
        )}
      </Form.List>
      {preview && preview.problems.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} message={preview.problems.map((p) => p.message).join('；')} />
      )}
      <Form.Item name="summary" label={t('monitoring.summary')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.isPending}>{t('common.submit')}</Button>
    </Form>
  );
}

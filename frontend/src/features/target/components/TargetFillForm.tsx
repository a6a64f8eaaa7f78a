import { useState } from 'react';
import { Alert, App, Button, Form, Input, Skeleton, Space, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import type { TaskFormProps } from '@/lib/task-form';
import { useCategories } from '@/lib/indicators';
import { useItemSheets, useSaveDraft, useSubmitSheet, useTaskSheet, useWeightTemplate, type IndicatorInput } from '../api/target-sheets';
import { TargetSheetEditor, type SheetFormValues } from './TargetSheetEditor';
import { ReviewTimeline } from './ReviewTimeline';

/** Fill, refine or revise a target sheet: save drafts as often as needed, submit when complete. */
export function TargetFillForm({ task, item, onCompleted }: TaskFormProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SheetFormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const sheet = useTaskSheet(task.id);
  const history = useItemSheets(item.code);
  const categories = useCategories();
  const template = useWeightTemplate();
  const save = useSaveDraft(task.id);
  const submit = useSubmitSheet(task.id);

  if (sheet.isLoading || categories.isLoading || template.isLoading || !sheet.data || !template.data) {
    return <Skeleton active />;
  }
  const reviews = history.data?.find((v) => v.id === sheet.data.id)?.reviews ?? [];
  const values = (): SheetFormValues => form.getFieldsValue(true);
  const body = () => {
    const v = values();
    return {
      overallGoal: v.overallGoal,
      annualGoal: v.annualGoal,
      indicators: (v.indicators ?? []).map((row) => row as IndicatorInput),
    };
  };
  const fields = ['overallGoal', 'annualGoal', 'indicators[]'];
  const onError = (error: unknown) => setGeneral(applyFieldErrors(form, error, fields));

  return (
    <Form<SheetFormValues>
      form={form}
      layout="vertical"
      aria-label={t('target.fillTitle')}
      initialValues={{
        overallGoal: sheet.data.overallGoal,
        annualGoal: sheet.data.annualGoal,
        indicators: sheet.data.indicators.length > 0 ? sheet.data.indicators : [{ level1: 'OUTPUT', comparator: 'GE' }],
      }}
      onFinish={() => {
        setGeneral([]);
        submit.mutate(body(), { onSuccess: onCompleted, onError });
      }}
    >
      {reviews.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('target.previousOpinions')}
          description={<ReviewTimeline reviews={reviews} />} />
      )}
      {sheet.data.adjustmentReason && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }}
          message={`${t('target.adjustReason')}：${t(`enum.adjustReason.${sheet.data.adjustmentReason}`)}`}
          description={sheet.data.adjustmentNote} />
      )}
      {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form.Item name="overallGoal" label={t('target.overallGoal')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="annualGoal" label={t('target.annualGoal')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Typography.Title level={5}>{t('target.indicators')}</Typography.Title>
      <TargetSheetEditor form={form} categories={categories.data ?? []} template={template.data} />
      <Space style={{ marginTop: 16 }}>
        <Button
          loading={save.isPending}
          onClick={() => {
            setGeneral([]);
            save.mutate(body(), { onSuccess: () => message.success(t('target.draftSaved')), onError });
          }}
        >
          {t('target.saveDraft')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>{t('common.submit')}</Button>
      </Space>
    </Form>
  );
}

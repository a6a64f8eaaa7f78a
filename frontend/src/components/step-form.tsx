import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Form, Skeleton } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import type { MessageKey } from '@/lib/i18n';

export type StepValues = Record<string, unknown>;

/**
 * A task form over a record the task is about: the record so far (optional), the fields, submit.
 * Field errors from the server land on their fields; the rest in one alert.
 */
export function StepForm<T>({ title, data, step, onCompleted, knownFields, fields, initialValues, toBody, summary }: {
  title: MessageKey;
  data: T | undefined;
  step: UseMutationResult<unknown, Error, StepValues>;
  onCompleted: () => void;
  knownFields: string[];
  fields: (values: StepValues, data: T) => ReactNode;
  initialValues?: (data: T) => StepValues;
  toBody?: (values: StepValues, data: T) => StepValues;
  summary?: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<StepValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const values = Form.useWatch([], form) ?? {};
  if (!data) {
    return <Skeleton active />;
  }
  return (
    <>
      {summary && <Card size="small" style={{ marginBottom: 16 }}>{summary(data)}</Card>}
      <Form form={form} layout="vertical" aria-label={t(title)} initialValues={initialValues?.(data)}
        onFinish={(v) => {
          setGeneral([]);
          step.mutate(toBody ? toBody(v, data) : v, {
            onSuccess: onCompleted,
            onError: (err) => setGeneral(applyFieldErrors(form, err, knownFields)),
          });
        }}>
        {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 16 }} />}
        {fields(values, data)}
        <Button type="primary" htmlType="submit" loading={step.isPending}>{t('common.submit')}</Button>
      </Form>
    </>
  );
}

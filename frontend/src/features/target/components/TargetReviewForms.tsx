import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Skeleton, Space } from 'antd';
import { AmountInput, useRangeRules } from '@/components/number-input';
import { useI18n } from '@/lib/i18n';
import { formatAmount } from '@/lib/format';
import { applyFieldErrors } from '@/lib/form-errors';
import type { Schemas } from '@/lib/api-client';
import type { TaskFormProps } from '@/lib/task-form';
import { useBudgetApproval, useDepartmentReview, useFinanceReview, useItemSheets, useTaskSheet } from '../api/target-sheets';
import { SheetTable } from '@/components/sheet-table';
import { ReviewTimeline } from './ReviewTimeline';

const GRADES = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const;
const RATINGS = ['MEETS', 'PARTLY', 'FAILS'] as const;
const CRITERIA = ['completeness', 'relevance', 'appropriateness', 'feasibility'] as const;

/** The sheet under review, its earlier decisions, then the decision form. */
function ReviewLayout({ task, item, children }: Omit<TaskFormProps, 'onCompleted'> & { children: ReactNode }) {
  const { t } = useI18n();
  const sheet = useTaskSheet(task.id);
  const history = useItemSheets(item.code);
  if (sheet.isLoading || !sheet.data) {
    return <Skeleton active />;
  }
  const reviews = history.data?.find((v) => v.id === sheet.data.id)?.reviews ?? [];
  return (
    <>
      <Card size="small" title={`${t('target.version', { version: sheet.data.version })}`} style={{ marginBottom: 16 }}>
        <SheetTable sheet={sheet.data} />
        {reviews.length > 0 && (
          <Card size="small" type="inner" title={t('target.reviews')} style={{ marginTop: 12 }}>
            <ReviewTimeline reviews={reviews} />
          </Card>
        )}
      </Card>
      {children}
    </>
  );
}

function useErrors() {
  const [general, setGeneral] = useState<string[]>([]);
  const alert = general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 16 }} />;
  return { setGeneral, alert };
}

export function TargetDepartmentReviewForm(props: TaskFormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<Schemas['DepartmentReview']>();
  const { setGeneral, alert } = useErrors();
  const review = useDepartmentReview(props.task.id);
  return (
    <ReviewLayout {...props}>
      <Form form={form} layout="vertical" aria-label={t('target.departmentReviewTitle')}
        onFinish={(values) => review.mutate(values, {
          onSuccess: props.onCompleted,
          onError: (e) => setGeneral(applyFieldErrors(form, e, ['decision', 'opinion'])),
        })}>
        {alert}
        <Form.Item name="decision" label={t('target.decision')} rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
            options={(['PASS', 'RETURN'] as const).map((d) => ({ value: d, label: t(`enum.departmentDecision.${d}`) }))} />
        </Form.Item>
        <Form.Item name="opinion" label={t('target.opinion')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={review.isPending}>{t('common.submit')}</Button>
      </Form>
    </ReviewLayout>
  );
}

export function TargetFinanceReviewForm(props: TaskFormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<Schemas['FinanceReview']>();
  const { setGeneral, alert } = useErrors();
  const review = useFinanceReview(props.task.id);
  return (
    <ReviewLayout {...props}>
      <Form form={form} layout="vertical" aria-label={t('target.financeReviewTitle')}
        onFinish={(values) => review.mutate(values, {
          onSuccess: props.onCompleted,
          onError: (e) => setGeneral(applyFieldErrors(form, e, [...CRITERIA, 'grade', 'opinion'])),
        })}>
        {alert}
        <Space size="large" wrap>
          {CRITERIA.map((criterion) => (
            <Form.Item key={criterion} name={criterion} label={t(`enum.criterion.${criterion}`)}
              rules={[{ required: true, message: t('common.required') }]}>
              <Radio.Group role="radiogroup" options={RATINGS.map((r) => ({ value: r, label: t(`enum.rating.${r}`) }))} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="grade" label={t('target.grade')} rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
            options={GRADES.map((g) => ({ value: g, label: t(`enum.grade.${g}`) }))} />
        </Form.Item>
        <Form.Item name="opinion" label={t('target.opinion')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={review.isPending}>{t('common.submit')}</Button>
      </Form>
    </ReviewLayout>
  );
}

export function BudgetApprovalForm(props: TaskFormProps) {
  const { t, locale } = useI18n();
  const range = useRangeRules();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Schemas['BudgetApproval']>();
  const { setGeneral, alert } = useErrors();
  const approval = useBudgetApproval(props.task.id);
  const decision = Form.useWatch('decision', form);
  const approved = Form.useWatch('approvedAmount', form);
  const requested = props.item.amount;
  // More than was requested: said at once, a reason is required, and the submission asks to confirm.
  const over = decision !== 'REJECT' && typeof approved === 'number' && requested !== undefined && approved > requested;
  const submit = (values: Schemas['BudgetApproval']) => approval.mutate(
    {
      ...values,
      approvedAmount: values.decision === 'APPROVE' ? values.approvedAmount : undefined,
      overRequestReason: over ? values.overRequestReason : undefined,
    },
    { onSuccess: props.onCompleted, onError: (e) => setGeneral(applyFieldErrors(form, e, ['decision', 'approvedAmount', 'opinion', 'overRequestReason'])) },
  );
  return (
    <ReviewLayout {...props}>
      <Form form={form} layout="vertical" aria-label={t('target.budgetApprovalTitle')}
        initialValues={{ approvedAmount: props.item.amount }}
        onFinish={(values) => {
          if (!over) {
            submit(values);
            return;
          }
          modal.confirm({
            title: t('target.overConfirmTitle'),
            content: t('target.overConfirm', {
              approved: formatAmount(approved, locale),
              requested: formatAmount(requested, locale),
              diff: formatAmount((approved ?? 0) - (requested ?? 0), locale),
            }),
            okText: t('common.submit'),
            onOk: () => submit(values),
          });
        }}>
        {alert}
        <Form.Item label={t('target.requestedAmount')}>{formatAmount(props.item.amount, locale)} {t('common.yuan')}</Form.Item>
        <Form.Item name="decision" label={t('target.decision')} rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
            options={(['APPROVE', 'REJECT'] as const).map((d) => ({ value: d, label: t(`enum.budgetDecision.${d}`) }))} />
        </Form.Item>
        {decision !== 'REJECT' && (
          <Form.Item name="approvedAmount" label={t('target.approvedAmount')} rules={range({ min: 0.01, required: true })}>
            <AmountInput aria-label={t('target.approvedAmount')} />
          </Form.Item>
        )}
        {over && (
          <>
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="over-request"
              message={t('target.overRequested', { approved: formatAmount(approved, locale), requested: formatAmount(requested, locale) })} />
            <Form.Item name="overRequestReason" label={t('target.overReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Form.Item>
          </>
        )}
        <Form.Item name="opinion" label={t('target.opinion')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={approval.isPending}>{t('common.submit')}</Button>
      </Form>
    </ReviewLayout>
  );
}

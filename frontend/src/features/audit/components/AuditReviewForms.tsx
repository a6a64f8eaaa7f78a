import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Divider, Form, Input, InputNumber, Modal, Select, Skeleton, Space } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import type { TaskFormProps } from '@/lib/task-form';
import { CATEGORIES, useAddFinding, useCloseReview, useRefer, useTaskAuditReview, type AuditFinding } from '../api/audit';
import { AuditReviewSummary } from './AuditReviewSummary';

/** A key for one finding, so that sending it twice (a retry, a double click) records it once. */
function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function FindingForm({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const range = useRangeRules();
  const [form] = Form.useForm();
  const [key, setKey] = useState(newKey);
  const [general, setGeneral] = useState<string[]>([]);
  const add = useAddFinding(taskId);
  return (
    <Form form={form} layout="vertical" aria-label={t('audit.addFinding')} initialValues={{ category: 'TARGET', serious: false }}
      onFinish={(v) => {
        setGeneral([]);
        add.mutate({ ...v, clientKey: key, amount: v.amount ?? undefined }, {
          onSuccess: () => {
            form.resetFields();
            setKey(newKey());
          },
          onError: (e) => setGeneral(applyFieldErrors(form, e, ['category', 'serious', 'description', 'amount'])),
        });
      }}>
      {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 12 }} />}
      <Space wrap align="start">
        <Form.Item name="category" label={t('audit.category')} rules={[{ required: true, message: t('common.required') }]}>
          <Select style={{ width: 160 }} options={CATEGORIES.map((c) => ({ value: c, label: t(`enum.auditCategory.${c}`) }))} />
        </Form.Item>
        <Form.Item name="amount" rules={range({ min: 0 })} label={t('audit.amount')}>
          <InputNumber precision={2} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="serious" label=" " valuePropName="checked">
          <Checkbox>{t('audit.serious')}</Checkbox>
        </Form.Item>
      </Space>
      <Form.Item name="description" label={t('audit.finding')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={3} maxLength={4000} showCount />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>{t('audit.addFinding')}</Button>
    </Form>
  );
}

function ReferButton({ taskId, finding }: { taskId: string; finding: AuditFinding }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const [general, setGeneral] = useState<string[]>([]);
  const refer = useRefer(taskId);
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)}>{t('audit.refer')}</Button>
      <Modal open={open} title={t('audit.referTitle')} okText={t('audit.refer')} cancelText={t('common.cancel')} confirmLoading={refer.isPending}
        onCancel={() => setOpen(false)} onOk={() => form.submit()} destroyOnClose>
        <Form form={form} layout="vertical" initialValues={{ referredTo: t('audit.defaultAuthority') }}
          onFinish={(v) => {
            setGeneral([]);
            refer.mutate({ ...v, findingId: finding.id }, {
              onSuccess: () => setOpen(false),
              onError: (e) => setGeneral(applyFieldErrors(form, e, ['referredTo', 'referralNo', 'reason'])),
            });
          }}>
          {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 12 }} />}
          <Form.Item name="referredTo" label={t('audit.referredTo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="referralNo" label={t('audit.referralNo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="reason" label={t('audit.referralReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The audit review task: findings recorded as the auditors go, referrals, and the closing conclusion. */
export function AuditReviewForm({ task, onCompleted }: TaskFormProps) {
  const { t } = useI18n();
  const review = useTaskAuditReview(task.id);
  const close = useCloseReview(task.id);
  const [form] = Form.useForm();
  const [general, setGeneral] = useState<string[]>([]);
  if (!review.data) {
    return <Skeleton active />;
  }
  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <AuditReviewSummary review={review.data} action={(f) => <ReferButton taskId={task.id} finding={f} />} />
      </Card>
      <FindingForm taskId={task.id} />
      <Divider />
      <Form form={form} layout="vertical" aria-label={t('audit.closeTitle')}
        onFinish={(v) => {
          setGeneral([]);
          close.mutate(v, { onSuccess: onCompleted, onError: (e) => setGeneral(applyFieldErrors(form, e, ['conclusion'])) });
        }}>
        {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 12 }} />}
        <Form.Item name="conclusion" label={t('audit.conclusion')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={close.isPending}>{t('audit.close')}</Button>
      </Form>
    </>
  );
}

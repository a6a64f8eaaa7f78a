import { useState } from 'react';
import { Alert, Button, Empty, Form, Input, Skeleton, Space } from 'antd';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import { hasRole, useMe } from '@/lib/auth';
import type { ItemDetail } from '@/lib/item';
import { useItemAuditReviews, useOpenAuditReview } from '../api/audit';
import { AuditReviewSummary } from './AuditReviewSummary';

/** The item's audit reviews; the audit office opens one here. */
export function AuditSection({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  const me = useMe();
  const reviews = useItemAuditReviews(item.code);
  const open = useOpenAuditReview(item.code);
  const [form] = Form.useForm();
  const [general, setGeneral] = useState<string[]>([]);
  const [opening, setOpening] = useState(false);
  const audits = hasRole(me.data, 'audit');
  if (reviews.isLoading) {
    return <Skeleton active />;
  }
  const hasOpen = (reviews.data ?? []).some((r) => r.status === 'OPEN');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {audits && !hasOpen && !opening && <Button onClick={() => setOpening(true)}>{t('audit.open')}</Button>}
      {opening && (
        <Form form={form} layout="vertical" aria-label={t('audit.open')}
          onFinish={(v) => {
            setGeneral([]);
            open.mutate(v, {
              onSuccess: () => { setOpening(false); form.resetFields(); },
              onError: (e) => setGeneral(applyFieldErrors(form, e, ['scope'])),
            });
          }}>
          {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginBottom: 12 }} />}
          <Form.Item name="scope" label={t('audit.scope')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={open.isPending}>{t('audit.open')}</Button>
            <Button onClick={() => setOpening(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
      {(reviews.data ?? []).length === 0
        ? <Empty description={t('audit.none')} />
        : (reviews.data ?? []).map((r) => <div key={r.id} style={{ marginBottom: 16 }}><AuditReviewSummary review={r} /></div>)}
    </Space>
  );
}

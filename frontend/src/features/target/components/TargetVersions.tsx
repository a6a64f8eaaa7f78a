import { useState } from 'react';
import { App, Button, Collapse, Empty, Form, Input, Modal, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { applyFieldErrors } from '@/lib/form-errors';
import type { Schemas } from '@/lib/api-client';
import { hasRole, useMe } from '@/lib/auth';
import type { ItemDetail } from '@/lib/item';
import { useItemSheets, useRequestAdjustment, type SheetView } from '../api/target-sheets';
import { SheetTable } from '@/components/sheet-table';
import { ReviewTimeline } from './ReviewTimeline';

const STATUS_COLOR: Record<SheetView['status'], string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  SUPERSEDED: 'default',
  REJECTED: 'error',
  NOT_FUNDED: 'warning',
};

/** Every version of the item's targets with its reviews; the department may ask to adjust the approved one. */
export function TargetVersions({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const versions = useItemSheets(item.code);
  const [adjusting, setAdjusting] = useState(false);
  const [form] = Form.useForm<Schemas['AdjustmentRequest']>();
  const adjust = useRequestAdjustment(item.code);

  if (versions.isLoading) {
    return <Skeleton active />;
  }
  const list = versions.data ?? [];
  const canAdjust = hasRole(me.data, 'department') && me.data?.orgCode === item.departmentCode && item.status === 'ACTIVE'
    && list.some((v) => v.status === 'APPROVED') && !list.some((v) => v.status === 'DRAFT' || v.status === 'SUBMITTED');

  return (
    <>
      {canAdjust && (
        <Space style={{ marginBottom: 12 }}>
          <Button onClick={() => setAdjusting(true)}>{t('target.adjust')}</Button>
          <Typography.Text type="secondary">{t('target.locked')}</Typography.Text>
        </Space>
      )}
      {list.length === 0 ? (
        <Empty description={t('target.noVersions')} />
      ) : (
        <Collapse
          defaultActiveKey={list.filter((v) => v.status === 'APPROVED' || v.status === 'DRAFT' || v.status === 'SUBMITTED').map((v) => String(v.id))}
          items={[...list].reverse().map((v) => ({
            key: String(v.id),
            label: (
              <Space wrap>
                <strong>{t('target.version', { version: v.version })}</strong>
                <Tag color={STATUS_COLOR[v.status]}>{t(`enum.sheetStatus.${v.status}`)}</Tag>
                {v.grade && <Tag>{t('target.grade')}：{t(`enum.grade.${v.grade}`)}</Tag>}
                {v.adjustmentReason && <Tag color="purple">{t(`enum.adjustReason.${v.adjustmentReason}`)}</Tag>}
                <Typography.Text type="secondary">{formatTime(v.decidedAt ?? v.submittedAt ?? v.createdAt)}</Typography.Text>
              </Space>
            ),
            children: (
              <>
                {v.adjustmentNote && <Typography.Paragraph>{t('target.adjustNote')}：{v.adjustmentNote}</Typography.Paragraph>}
                <SheetTable sheet={v} />
                {v.reviews.length > 0 && (
                  <>
                    <Typography.Title level={5} style={{ marginTop: 16 }}>{t('target.reviews')}</Typography.Title>
                    <ReviewTimeline reviews={v.reviews} />
                  </>
                )}
              </>
            ),
          }))}
        />
      )}
      <Modal title={t('target.adjust')} open={adjusting} onCancel={() => setAdjusting(false)} onOk={() => form.submit()}
        confirmLoading={adjust.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false}
          onFinish={(values) => adjust.mutate(values, {
            onSuccess: (sheet) => {
              setAdjusting(false);
              message.success(t('target.adjustStarted', { version: sheet.version }));
            },
            onError: (e) => {
              const rest = applyFieldErrors(form, e, ['reason', 'note']);
              if (rest.length > 0) {
                message.error(rest.join('；'));
              }
            },
          })}>
          <Form.Item name="reason" label={t('target.adjustReason')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={(['PLAN_CHANGE', 'POLICY_CHANGE', 'KEY_TASK_CHANGE'] as const).map((r) => ({ value: r, label: t(`enum.adjustReason.${r}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('target.adjustNote')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { useRangeRules } from '@/components/number-input';
import type { Dayjs } from 'dayjs';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import type { CurrentUser } from '@/lib/auth';
import { enabledOrgs, useOrgs } from '@/lib/orgs';
import { useProposeItem, type ItemProposal } from '../api/propose-item';
import type { ItemDetail } from '@/lib/item';

const KINDS = ['PROJECT', 'POLICY', 'TRANSFER_PAYMENT', 'DEPARTMENT_OVERALL'] as const;
const BUDGETS = ['GENERAL_PUBLIC', 'GOVERNMENT_FUND', 'STATE_CAPITAL', 'SOCIAL_INSURANCE'] as const;
const FIELDS = ['name', 'kind', 'fiscalYear', 'budgetType', 'departmentCode', 'unitCode', 'amount', 'continuity',
  'capitalConstruction', 'expiring', 'description', 'passDownDue'];

/** A department proposes a budget item; the server starts its ex-ante assessment. */
export function ProposeItemForm({ user, onDone, onCancel }: {
  user: CurrentUser;
  onDone: (item: ItemDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const range = useRangeRules();
  const [form] = Form.useForm<ItemProposal>();
  const [general, setGeneral] = useState<string[]>([]);
  const orgs = useOrgs();
  const propose = useProposeItem();
  const department = orgs.data?.find((org) => org.code === user.orgCode);
  const units = useMemo(
    () => enabledOrgs(orgs.data).filter((org) => org.kind === 'UNIT' && org.parentCode === user.orgCode),
    [orgs.data, user.orgCode],
  );

  const onFinish = (values: ItemProposal & { passDownDueDate?: Dayjs }) => {
    setGeneral([]);
    const { passDownDueDate, ...proposal } = values;
    propose.mutate(
      { ...proposal, passDownDue: passDownDueDate?.format('YYYY-MM-DD'), departmentCode: user.orgCode ?? '', amount: Number(values.amount), expiring: values.continuity === 'CONTINUING' && !!values.expiring },
      {
        onSuccess: onDone,
        onError: (error) => setGeneral(applyFieldErrors(form, error, FIELDS)),
      },
    );
  };

  return (
    <Form<ItemProposal>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{
        kind: 'PROJECT',
        fiscalYear: new Date().getFullYear() + 1,
        budgetType: 'GENERAL_PUBLIC',
        continuity: 'NEW',
        capitalConstruction: false,
        expiring: false,
      }}
      aria-label={t('propose.title')}
    >
      {general.length > 0 && <Alert type="error" showIcon message={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form.Item name="name" label={t('items.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item name="kind" label={t('items.kind')} rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={KINDS.map((k) => ({ value: k, label: t(`enum.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="fiscalYear" label={t('items.fiscalYear')} rules={range({ min: 2000, max: 2100, required: true })}>
          <InputNumber precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="budgetType" label={t('items.budgetType')} rules={[{ required: true }]}>
          <Select style={{ width: 200 }} options={BUDGETS.map((b) => ({ value: b, label: t(`enum.budgetType.${b}`) }))} />
        </Form.Item>
      </Space>
      <Space size="large" wrap>
        <Form.Item label={t('items.department')}>
          <Input value={department?.name ?? user.orgCode ?? ''} disabled style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="unitCode" label={t('items.unit')}>
          <Select
            style={{ width: 220 }}
            allowClear
            placeholder={t('propose.unitNone')}
            options={units.map((u) => ({ value: u.code, label: u.name }))}
          />
        </Form.Item>
      </Space>
      <Space size="large" wrap>
        <Form.Item name="amount" label={t('items.amount')} rules={range({ min: 0, required: true })}>
          <InputNumber<number> precision={2} style={{ width: 220 }}
            formatter={(v) => `${v ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}
            parser={(v) => Number((v ?? '').replace(/,/g, ''))} />
        </Form.Item>
        <Form.Item name="continuity" label={t('items.continuity')} rules={[{ required: true }]}>
          <Radio.Group role="radiogroup" options={(['NEW', 'CONTINUING'] as const).map((c) => ({ value: c, label: t(`enum.continuity.${c}`) }))} />
        </Form.Item>
        <Form.Item name="capitalConstruction" label={t('items.capitalConstruction')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
          {({ getFieldValue }) => getFieldValue('kind') === 'TRANSFER_PAYMENT' && (
            <Form.Item name="passDownDueDate" label={t('items.passDownDue')}>
              <DatePicker />
            </Form.Item>
          )}
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.continuity !== b.continuity}>
          {({ getFieldValue }) => getFieldValue('continuity') === 'CONTINUING' && (
            <Form.Item name="expiring" label={t('items.expiring')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form.Item>
      </Space>
      <Form.Item name="description" label={t('items.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={propose.isPending}>{t('propose.submit')}</Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}

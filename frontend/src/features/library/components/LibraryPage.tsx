import { useState } from 'react';
import { App, Button, Card, Checkbox, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { applyFieldErrors } from '@/lib/form-errors';
import { hasRole, useMe } from '@/lib/auth';
import {
  useCategories, useChangeIndicatorStatus, useIndicators, useIndustries, useSaveIndicator,
  type IndicatorForm, type IndicatorQuery, type LibraryIndicator,
} from '@/lib/indicators';
import { PersonName } from '@/components/person-name';

const COMPARATORS = ['GE', 'LE', 'EQ', 'QUALITATIVE'] as const;
const STATUS_COLOR = { ACTIVE: 'green', PROPOSED: 'gold', RETIRED: 'default' } as const;

/** The indicator library: finance maintains it, departments and units propose indicators. */
export function LibraryPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const maintains = hasRole(me.data, 'finance-performance') || hasRole(me.data, 'camunda-admin');
  const proposes = hasRole(me.data, 'department') || hasRole(me.data, 'unit');
  const [query, setQuery] = useState<IndicatorQuery>({});
  const [editing, setEditing] = useState<LibraryIndicator | 'new' | null>(null);
  const [form] = Form.useForm<IndicatorForm>();
  const categories = useCategories();
  const industries = useIndustries();
  const indicators = useIndicators(query);
  const save = useSaveIndicator();
  const changeStatus = useChangeIndicatorStatus();
  const name = (c?: { name: string; nameEn: string }) => (c ? (locale === 'zh' ? c.name : c.nameEn) : '');
  const level2 = (categories.data ?? []).filter((c) => c.level === 2);
  const comparator = Form.useWatch('comparator', form);

  const open = (indicator: LibraryIndicator | 'new') => {
    setEditing(indicator);
    form.setFieldsValue(indicator === 'new' ? { comparator: 'GE' } : { ...indicator });
  };

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('library.title')}</Typography.Title>}
      extra={(maintains || proposes) && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>{maintains ? t('library.add') : t('library.propose')}</Button>
      )}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select allowClear placeholder={t('library.category')} style={{ width: 200 }}
          options={level2.map((c) => ({ value: c.code, label: name(c) }))}
          onChange={(categoryCode) => setQuery((q) => ({ ...q, categoryCode }))} />
        <Select allowClear placeholder={t('library.industry')} style={{ width: 160 }}
          options={(industries.data ?? []).map((i) => ({ value: i.code, label: name(i) }))}
          onChange={(industryCode) => setQuery((q) => ({ ...q, industryCode }))} />
        <Input.Search allowClear placeholder={t('common.search')} style={{ width: 220 }}
          onSearch={(q) => setQuery((current) => ({ ...current, q: q || undefined }))} />
        {maintains && (
          <Checkbox onChange={(e) => setQuery((q) => ({ ...q, includeRetired: e.target.checked }))}>{t('library.includeRetired')}</Checkbox>
        )}
      </Space>
      <Table<LibraryIndicator>
        rowKey="id"
        size="small"
        loading={indicators.isFetching}
        dataSource={indicators.data}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('library.category'), dataIndex: 'categoryCode', width: 160, render: (code: string) => name(categories.data?.find((c) => c.code === code)) },
          { title: t('target.name'), dataIndex: 'name' },
          { title: t('target.comparator'), dataIndex: 'comparator', width: 80, render: (c: LibraryIndicator['comparator']) => t(`enum.comparator.${c}`) },
          { title: t('target.unit'), dataIndex: 'unit', width: 90 },
          {
            title: t('library.industry'),
            dataIndex: 'industryCode',
            width: 110,
            render: (code?: string) => (code ? name(industries.data?.find((i) => i.code === code)) : <Tag>{t('library.common')}</Tag>),
          },
          { title: t('library.status'), dataIndex: 'status', width: 100, render: (s: LibraryIndicator['status']) => <Tag color={STATUS_COLOR[s]}>{t(`enum.indicatorStatus.${s}`)}</Tag> },
          { title: t('library.proposedBy'), dataIndex: 'proposedBy', width: 100, render: (id: string) => <PersonName id={id} /> },
          { title: t('items.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatTime(v) },
          ...(maintains
            ? [{
              key: 'actions',
              width: 200,
              render: (_: unknown, indicator: LibraryIndicator) => (
                <Space size="small">
                  <Button size="small" type="link" onClick={() => open(indicator)}>{t('library.edit')}</Button>
                  {indicator.status !== 'ACTIVE' && (
                    <Button size="small" type="link" onClick={() => changeStatus.mutate({ id: indicator.id, action: 'approve' })}>{t('library.approve')}</Button>
                  )}
                  {indicator.status !== 'RETIRED' && (
                    <Button size="small" type="link" danger onClick={() => changeStatus.mutate({ id: indicator.id, action: 'retire' })}>{t('library.retire')}</Button>
                  )}
                </Space>
              ),
            }]
            : []),
        ]}
      />
      <Modal
        title={editing === 'new' ? (maintains ? t('library.add') : t('library.propose')) : t('library.edit')}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form<IndicatorForm> form={form} layout="vertical" preserve={false}
          onFinish={(values) => save.mutate(
            { id: editing === 'new' || editing === null ? undefined : editing.id, body: values },
            {
              onSuccess: (saved) => {
                setEditing(null);
                message.success(saved.status === 'PROPOSED' ? t('library.proposed') : t('library.saved'));
              },
              onError: (e) => {
                const rest = applyFieldErrors(form, e, ['categoryCode', 'name', 'industryCode', 'comparator', 'unit', 'description']);
                if (rest.length > 0) {
                  message.error(rest.join('；'));
                }
              },
            },
          )}>
          <Form.Item name="categoryCode" label={t('library.category')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={level2.map((c) => ({ value: c.code, label: name(c) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('target.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="industryCode" label={t('library.industry')}>
            <Select allowClear placeholder={t('library.common')} options={(industries.data ?? []).map((i) => ({ value: i.code, label: name(i) }))} />
          </Form.Item>
          <Space>
            <Form.Item name="comparator" label={t('target.comparator')} rules={[{ required: true }]}>
              <Select style={{ width: 120 }} options={COMPARATORS.map((c) => ({ value: c, label: t(`enum.comparator.${c}`) }))} />
            </Form.Item>
            <Form.Item name="unit" label={t('target.unit')}>
              <Input maxLength={32} disabled={comparator === 'QUALITATIVE'} />
            </Form.Item>
          </Space>
          <Form.Item name="description" label={t('library.description')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

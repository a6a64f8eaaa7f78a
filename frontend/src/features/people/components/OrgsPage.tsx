import { useState } from 'react';
import { Alert, App, Button, Card, Drawer, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import { ApiError } from '@/lib/api-client';
import { ORG_KINDS, useDivisions, useOrgOverview, useOrgState, useSaveOrg, type NewOrg, type OrgEntry, type OrgKind } from '../api/people';

/** /admin/orgs: organisations with kind, parent and division, and the counties that would miss the appraisal. */
export function OrgsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const overview = useOrgOverview();
  const divisions = useDivisions();
  const [editing, setEditing] = useState<OrgEntry | 'new' | null>(null);
  const [form] = Form.useForm<NewOrg>();
  const save = useSaveOrg();
  const state = useOrgState();
  const orgs = overview.data?.orgs ?? [];
  const missing = overview.data?.countiesWithoutFinance ?? [];
  const orgName = (code?: string | null) => (code ? orgs.find((o) => o.code === code)?.name ?? code : '');

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('orgs.title')}</Typography.Title>}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => { setEditing('new'); form.resetFields(); }}>{t('orgs.add')}</Button>}>
      {overview.data && (missing.length > 0
        ? <Alert type="warning" showIcon data-testid="orgs-missing-finance" style={{ marginBottom: 16 }}
          message={t('orgs.missingFinance', { counties: missing.map((c) => c.name).join('、') })} />
        : <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('orgs.allCovered')} />)}
      <Table<OrgEntry>
        rowKey="code"
        size="small"
        loading={overview.isFetching}
        dataSource={orgs}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t('orgs.code'), dataIndex: 'code' },
          { title: t('orgs.name'), dataIndex: 'name', render: (name: string, o: OrgEntry) => <>{name} {o.disabled && <Tag>{t('orgs.disabled')}</Tag>}</> },
          { title: t('orgs.kind'), dataIndex: 'kind', render: (k: OrgKind) => t(`orgs.kind.${k}`) },
          { title: t('orgs.parent'), dataIndex: 'parentCode', render: orgName },
          { title: t('orgs.division'), dataIndex: 'divisionName' },
          {
            key: 'actions', render: (_: unknown, o: OrgEntry) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => { setEditing(o); form.setFieldsValue({ ...o, parentCode: o.parentCode ?? undefined }); }}>{t('people.edit')}</Button>
                {o.disabled
                  ? <Button type="link" size="small" onClick={() => state.mutate({ code: o.code, disable: false })}>{t('people.enable')}</Button>
                  : <Popconfirm title={t('orgs.confirmDisable', { name: o.name })} onConfirm={() => state.mutate({ code: o.code, disable: true }, {
                    onError: (e) => message.error(e instanceof ApiError ? e.problem.detail ?? e.problem.title : String(e)),
                  })}><Button type="link" size="small" danger>{t('people.disable')}</Button></Popconfirm>}
              </Space>
            ),
          },
        ]}
      />
      <Drawer open={editing !== null} onClose={() => setEditing(null)} width={440} destroyOnHidden
        title={editing === 'new' ? t('orgs.add') : t('orgs.editTitle', { code: editing?.code ?? '' })}
        extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()}>{t('people.save')}</Button>}>
        <Form<NewOrg> form={form} layout="vertical" preserve={false} onFinish={(v) => save.mutate(
          { code: editing === 'new' || editing === null ? undefined : editing.code, body: { ...v, parentCode: v.parentCode || undefined } },
          {
            onSuccess: () => { setEditing(null); message.success(t('people.done')); },
            onError: (e) => {
              const rest = applyFieldErrors(form, e, ['code', 'name', 'kind', 'parentCode', 'divisionCode', 'sortOrder']);
              if (rest.length > 0) {
                message.error(rest.join('；'));
              }
            },
          },
        )}>
          <Form.Item name="code" label={t('orgs.code')} rules={[{ required: true, whitespace: true }]}>
            <Input disabled={editing !== 'new'} maxLength={32} />
          </Form.Item>
          <Form.Item name="name" label={t('orgs.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="kind" label={t('orgs.kind')} rules={[{ required: true }]}>
            <Select options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgs.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="parentCode" label={t('orgs.parent')}>
            <Select allowClear showSearch optionFilterProp="label" options={orgs.map((o) => ({ value: o.code, label: o.name }))} />
          </Form.Item>
          <Form.Item name="divisionCode" label={t('orgs.division')} rules={[{ required: true }]}>
            <Select options={(divisions.data ?? []).map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('orgs.sortOrder')}>
            <InputNumber min={0} max={100000} />
          </Form.Item>
        </Form>
      </Drawer>
    </Card>
  );
}

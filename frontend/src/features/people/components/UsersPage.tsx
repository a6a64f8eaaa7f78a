import { useState } from 'react';
import { App, Button, Card, Drawer, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import { ApiError } from '@/lib/api-client';
import { enabledOrgs, useOrgs } from '@/lib/orgs';
import { formatTime } from '@/lib/format';
import { useDebounced } from '@/lib/use-debounced';
import {
  ACCOUNT_STATES, useCreateUser, useGroups, useResetPassword, useUpdateUser, useUserAction, useUsers,
  type AccountState, type UserAction, type UserEntry,
} from '../api/people';

interface UserValues {
  id: string;
  name: string;
  email?: string;
  orgCode?: string;
  groups: string[];
  password?: string;
}

const STATE_COLOR: Record<AccountState, string> = { ACTIVE: 'green', DISABLED: 'default', LOCKED: 'red' };

/** /admin/people: users with search and filters, a drawer to create or edit, and the account actions. */
export function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const [group, setGroup] = useState<string>();
  const [orgCode, setOrgCode] = useState<string>();
  const [state, setState] = useState<AccountState>();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const users = useUsers({ q: q || undefined, group, orgCode, state, page, size });
  const groups = useGroups();
  const orgs = useOrgs();
  const [editing, setEditing] = useState<UserEntry | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserEntry | null>(null);
  const [form] = Form.useForm<UserValues>();
  const [resetForm] = Form.useForm<{ password?: string }>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const act = useUserAction();
  const reset = useResetPassword();
  const roleGroups = (groups.data ?? []).filter((g) => g.kind === 'ROLE' || g.kind === 'DIVISION');
  const orgName = (code?: string | null) => (code ? orgs.data?.find((o) => o.code === code)?.name ?? code : '');
  const groupName = (id: string) => groups.data?.find((g) => g.id === id)?.name ?? id;

  const open = (user: UserEntry | 'new') => {
    setEditing(user);
    form.setFieldsValue(user === 'new' ? { groups: [] } : { ...user, email: user.email ?? undefined, orgCode: user.orgCode ?? undefined });
  };
  const fail = (target: typeof form | typeof resetForm, fields: string[]) => (e: unknown) => {
    const rest = applyFieldErrors(target, e, fields);
    if (rest.length > 0) {
      message.error(rest.join('；'));
    }
  };
  const run = (user: UserEntry, action: UserAction) => act.mutate({ id: user.id, action }, {
    onSuccess: () => message.success(t('people.done')),
    onError: (e) => message.error(e instanceof ApiError ? e.problem.detail ?? e.problem.title : String(e)),
  });
  const save = (v: UserValues) => {
    const onSuccess = () => { setEditing(null); message.success(t('people.saved', { id: v.id })); };
    const body = { name: v.name, email: v.email || undefined, orgCode: v.orgCode || undefined, groups: v.groups ?? [] };
    if (editing === 'new') {
      create.mutate({ ...body, id: v.id, password: v.password ?? '' },
        { onSuccess, onError: fail(form, ['id', 'name', 'email', 'orgCode', 'groups[]', 'password']) });
    }
    else if (editing) {
      update.mutate({ id: editing.id, body }, { onSuccess, onError: fail(form, ['name', 'email', 'orgCode', 'groups[]']) });
    }
  };

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('people.title')}</Typography.Title>}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="people-add">{t('people.add')}</Button>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input allowClear placeholder={t('people.search')} value={text} style={{ width: 240 }} data-testid="people-search"
          onChange={(e) => { setText(e.target.value); setPage(0); }} />
        <Select allowClear placeholder={t('people.group')} style={{ width: 180 }} value={group} showSearch optionFilterProp="label"
          onChange={(v) => { setGroup(v); setPage(0); }} options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} />
        <Select allowClear placeholder={t('people.org')} style={{ width: 200 }} value={orgCode} showSearch optionFilterProp="label"
          onChange={(v) => { setOrgCode(v); setPage(0); }} options={(orgs.data ?? []).map((o) => ({ value: o.code, label: o.name }))} />
        <Select allowClear placeholder={t('people.state')} style={{ width: 120 }} value={state}
          onChange={(v) => { setState(v); setPage(0); }} options={ACCOUNT_STATES.map((s) => ({ value: s, label: t(`people.state.${s}`) }))} />
      </Space>
      <Table<UserEntry>
        rowKey="id"
        size="small"
        loading={users.isFetching}
        dataSource={users.data?.content}
        data-testid="people-table"
        pagination={{
          current: page + 1, pageSize: size, total: users.data?.totalElements ?? 0, showSizeChanger: true,
          showTotal: (count) => t('people.total', { count }),
          onChange: (p, s) => { setPage(s === size ? p - 1 : 0); setSize(s); },
        }}
        columns={[
          { title: t('people.id'), dataIndex: 'id' },
          { title: t('people.name'), dataIndex: 'name' },
          { title: t('people.org'), dataIndex: 'orgCode', render: (code: string | null) => orgName(code) },
          { title: t('people.groups'), dataIndex: 'groups', render: (ids: string[]) => ids.map((id) => <Tag key={id}>{groupName(id)}</Tag>) },
          {
            title: t('people.state'), dataIndex: 'state', render: (s: AccountState, u: UserEntry) => (
              <Tag color={STATE_COLOR[s]} title={u.lockedUntil ? t('people.lockedUntil', { time: formatTime(u.lockedUntil) }) : undefined}>
                {t(`people.state.${s}`)}
              </Tag>
            ),
          },
          {
            title: t('people.actions'), key: 'actions', render: (_: unknown, u: UserEntry) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => open(u)}>{t('people.edit')}</Button>
                {u.state === 'DISABLED'
                  ? <Popconfirm title={t('people.confirmEnable', { id: u.id })} onConfirm={() => run(u, 'enable')}><Button type="link" size="small">{t('people.enable')}</Button></Popconfirm>
                  : <Popconfirm title={t('people.confirmDisable', { id: u.id })} onConfirm={() => run(u, 'disable')}><Button type="link" size="small" danger>{t('people.disable')}</Button></Popconfirm>}
                <Button type="link" size="small" onClick={() => { setResetting(u); resetForm.resetFields(); }}>{t('people.reset')}</Button>
                {u.state === 'LOCKED' && (
                  <Popconfirm title={t('people.confirmUnlock', { id: u.id })} onConfirm={() => run(u, 'unlock')}><Button type="link" size="small">{t('people.unlock')}</Button></Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Drawer open={editing !== null} onClose={() => setEditing(null)} width={440} destroyOnHidden
        title={editing === 'new' ? t('people.add') : t('people.editTitle', { id: editing?.id ?? '' })}
        extra={<Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="people-save">{t('people.save')}</Button>}>
        <Form<UserValues> form={form} layout="vertical" preserve={false} onFinish={save}>
          <Form.Item name="id" label={t('people.id')} rules={[{ required: true, whitespace: true }]}>
            <Input disabled={editing !== 'new'} maxLength={64} data-testid="people-id" />
          </Form.Item>
          <Form.Item name="name" label={t('people.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={64} data-testid="people-name" />
          </Form.Item>
          <Form.Item name="email" label={t('people.email')} rules={[{ type: 'email' }]}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name="orgCode" label={t('people.org')}>
            <Select allowClear showSearch optionFilterProp="label" options={enabledOrgs(orgs.data).map((o) => ({ value: o.code, label: o.name }))} />
          </Form.Item>
          <Form.Item name="groups" label={t('people.groups')}>
            <Select mode="multiple" options={roleGroups.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
          {editing === 'new' && (
            <Form.Item name="password" label={t('people.initialPassword')} extra={t('people.initialPasswordHelp')} rules={[{ required: true }]}>
              <Input.Password maxLength={128} autoComplete="new-password" data-testid="people-password" />
            </Form.Item>
          )}
        </Form>
      </Drawer>
      <Modal open={resetting !== null} title={t('people.resetTitle', { id: resetting?.id ?? '' })} onCancel={() => setResetting(null)}
        onOk={() => resetForm.submit()} confirmLoading={reset.isPending} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('people.resetHelp')}</Typography.Paragraph>
        <Form<{ password?: string }> form={resetForm} layout="vertical" preserve={false}
          onFinish={(v) => resetting && reset.mutate({ id: resetting.id, password: v.password || undefined }, {
            onSuccess: (result) => {
              const id = resetting.id;
              setResetting(null);
              if (result.temporaryPassword) {
                Modal.info({ title: t('people.resetDone', { id }), content: <Typography.Text copyable>{t('people.temporary', { password: result.temporaryPassword })}</Typography.Text> });
              }
              else {
                message.success(t('people.resetDone', { id }));
              }
            },
            onError: fail(resetForm, ['password']),
          })}>
          <Form.Item name="password" label={t('people.newPassword')}>
            <Input.Password maxLength={128} autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Card, Drawer, Form, Input, List, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import { ApiError } from '@/lib/api-client';
import { GROUP_KINDS, useCreateGroup, useGroupMembers, useGroups, useMembership, useRenameGroup, type GroupSummary, type GroupKind } from '../api/people';

interface GroupValues {
  id: string;
  name: string;
  kind: GroupKind;
}

/** /admin/groups: role, division and organisation groups, their names and members. */
export function GroupsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<GroupKind>();
  const groups = useGroups(kind);
  const [editing, setEditing] = useState<GroupSummary | 'new' | null>(null);
  const [showing, setShowing] = useState<GroupSummary | null>(null);
  const [newMember, setNewMember] = useState('');
  const members = useGroupMembers(showing?.id);
  const [form] = Form.useForm<GroupValues>();
  const create = useCreateGroup();
  const rename = useRenameGroup();
  const membership = useMembership();
  const problem = (e: unknown) => message.error(e instanceof ApiError ? e.problem.detail ?? e.problem.title : String(e));
  const fail = (e: unknown) => {
    const rest = applyFieldErrors(form, e, ['id', 'name', 'kind']);
    if (rest.length > 0) {
      message.error(rest.join('；'));
    }
  };

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('groups.title')}</Typography.Title>}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => { setEditing('new'); form.setFieldsValue({ kind: 'ROLE' }); }}>{t('groups.add')}</Button>}>
      <Alert type="info" showIcon message={t('groups.orgHint')} style={{ marginBottom: 16 }} />
      <Space style={{ marginBottom: 16 }}>
        <Select allowClear placeholder={t('groups.kind')} style={{ width: 160 }} value={kind} onChange={setKind}
          options={GROUP_KINDS.map((k) => ({ value: k, label: t(`groups.kind.${k}`) }))} />
      </Space>
      <Table<GroupSummary>
        rowKey="id"
        size="small"
        loading={groups.isFetching}
        dataSource={groups.data}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t('groups.id'), dataIndex: 'id' },
          { title: t('groups.name'), dataIndex: 'name' },
          { title: t('groups.kind'), dataIndex: 'kind', render: (k: GroupKind) => t(`groups.kind.${k}`) },
          { title: t('groups.members'), dataIndex: 'members' },
          {
            key: 'actions', render: (_: unknown, g: GroupSummary) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setShowing(g)}>{t('groups.showMembers')}</Button>
                {g.orgCode == null && (
                  <Button type="link" size="small" onClick={() => { setEditing(g); form.setFieldsValue(g); }}>{t('groups.rename')}</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={editing !== null} title={editing === 'new' ? t('groups.add') : t('groups.rename')} onCancel={() => setEditing(null)}
        onOk={() => form.submit()} confirmLoading={create.isPending || rename.isPending} destroyOnHidden>
        <Form<GroupValues> form={form} layout="vertical" preserve={false} onFinish={(v) => {
          const onSuccess = () => { setEditing(null); message.success(t('people.done')); };
          if (editing === 'new') {
            create.mutate(v, { onSuccess, onError: fail });
          }
          else if (editing) {
            rename.mutate({ id: editing.id, name: v.name }, { onSuccess, onError: fail });
          }
        }}>
          <Form.Item name="id" label={t('groups.id')} rules={[{ required: true, whitespace: true }]}>
            <Input disabled={editing !== 'new'} maxLength={64} />
          </Form.Item>
          <Form.Item name="name" label={t('groups.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="kind" label={t('groups.kind')} rules={[{ required: true }]}>
            <Select disabled={editing !== 'new'} options={(['ROLE', 'DIVISION'] as GroupKind[]).map((k) => ({ value: k, label: t(`groups.kind.${k}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer open={showing !== null} onClose={() => setShowing(null)} width={400} destroyOnHidden
        title={t('groups.membersOf', { name: showing?.name ?? '' })}>
        <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
          <Input placeholder={t('groups.addMember')} value={newMember} onChange={(e) => setNewMember(e.target.value)} />
          <Button type="primary" disabled={!newMember.trim()} loading={membership.isPending}
            onClick={() => showing && membership.mutate({ id: showing.id, userId: newMember.trim(), add: true },
              { onSuccess: () => setNewMember(''), onError: problem })}>
            <PlusOutlined />
          </Button>
        </Space.Compact>
        <List
          loading={members.isFetching}
          dataSource={members.data ?? []}
          renderItem={(m) => (
            <List.Item actions={[
              <Popconfirm key="remove" title={t('groups.confirmRemove', { user: m.name, group: showing?.name ?? '' })}
                onConfirm={() => showing && membership.mutate({ id: showing.id, userId: m.id, add: false }, { onError: problem })}>
                <Button type="link" size="small" danger>{t('groups.remove')}</Button>
              </Popconfirm>,
            ]}>
              {m.name}（{m.id}）
            </List.Item>
          )}
        />
      </Drawer>
    </Card>
  );
}

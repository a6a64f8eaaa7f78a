import { useState } from 'react';
import { App, Button, Dropdown, Form, Input, Modal, Space, Tag } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, SaveOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { useDeleteFilter, useReorderFilters, useSaveFilter, useSavedFilters, type SavedFilterView } from '../api/saved-filters';

/** The user's named inbox views: apply with a click; save, rename, reorder and delete. */
export function SavedViews({ current, onApply }: { current: string; onApply: (query: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const filters = useSavedFilters();
  const save = useSaveFilter();
  const remove = useDeleteFilter();
  const reorder = useReorderFilters();
  const [editing, setEditing] = useState<{ id?: number; name: string; query: string } | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  const views = filters.data ?? [];

  const move = (view: SavedFilterView, by: number) => {
    const ids = views.map((v) => v.id);
    const from = ids.indexOf(view.id);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    reorder.mutate(ids);
  };

  const submit = (name: string) => {
    if (!editing) return;
    save.mutate({ ...editing, name }, {
      onSuccess: () => {
        message.success(t('tasks.viewSaved', { name }));
        setEditing(null);
      },
      onError: (err) => form.setFields([{ name: 'name', errors: [err instanceof ApiError ? (err.fieldErrors[0]?.message ?? err.message) : err.message] }]),
    });
  };

  return (
    <Space wrap size={4} data-testid="saved-views">
      {views.map((view, index) => (
        <Dropdown.Button
          key={view.id}
          size="small"
          type={view.query === current ? 'primary' : 'default'}
          onClick={() => onApply(view.query)}
          menu={{
            items: [
              { key: 'rename', icon: <EditOutlined />, label: t('tasks.viewRename') },
              { key: 'up', icon: <ArrowUpOutlined />, label: t('tasks.viewUp'), disabled: index === 0 },
              { key: 'down', icon: <ArrowDownOutlined />, label: t('tasks.viewDown'), disabled: index === views.length - 1 },
              { key: 'replace', icon: <SaveOutlined />, label: t('tasks.viewReplace') },
              { key: 'delete', icon: <DeleteOutlined />, danger: true, label: t('tasks.viewDelete') },
            ],
            onClick: ({ key }) => {
              if (key === 'rename') {
                form.setFieldsValue({ name: view.name });
                setEditing({ id: view.id, name: view.name, query: view.query });
              }
              else if (key === 'replace') save.mutate({ id: view.id, name: view.name, query: current });
              else if (key === 'up') move(view, -1);
              else if (key === 'down') move(view, 1);
              else if (key === 'delete') remove.mutate(view.id);
            },
          }}
        >
          {view.name}
        </Dropdown.Button>
      ))}
      {views.length === 0 && <Tag bordered={false}>{t('tasks.noViews')}</Tag>}
      <Button size="small" icon={<SaveOutlined />} onClick={() => {
        form.setFieldsValue({ name: '' });
        setEditing({ name: '', query: current });
      }}>
        {t('tasks.saveView')}
      </Button>
      <Modal
        open={!!editing}
        title={editing?.id ? t('tasks.viewRename') : t('tasks.saveView')}
        okText={t('common.save')}
        confirmLoading={save.isPending}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => submit(v.name.trim())}>
          <Form.Item name="name" label={t('tasks.viewName')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
            <Input autoFocus maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import { api, unwrap } from '@/lib/api-client';
import { useQuery } from '@tanstack/react-query';
import { hasRole, useMe } from '@/lib/auth';
import { usePeriods, useSavePeriod, type PeriodView } from '../api/monitoring';
import { PersonName } from '@/components/person-name';

interface Values {
  divisionCode: string;
  fiscalYear: number;
  name: string;
  cutoffDate: Dayjs;
  dueDate: Dayjs;
}

/** The monitoring calendar per division and fiscal year; administrators and finance keep it. */
export function CalendarPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [editing, setEditing] = useState<PeriodView | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const periods = usePeriods(year);
  const save = useSavePeriod();
  const divisions = useQuery({ queryKey: ['divisions'], queryFn: () => unwrap(api.GET('/api/divisions')), staleTime: 3_600_000 });
  const maintains = hasRole(me.data, 'camunda-admin') || hasRole(me.data, 'finance-performance');
  const divisionName = (code: string) => divisions.data?.find((d) => d.code === code)?.name ?? code;

  const open = (period: PeriodView | 'new') => {
    setEditing(period);
    form.setFieldsValue(period === 'new'
      ? { fiscalYear: year, divisionCode: '152500' }
      : { ...period, cutoffDate: dayjs(period.cutoffDate), dueDate: dayjs(period.dueDate) });
  };

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('calendar.title')}</Typography.Title>}
      extra={maintains && <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>{t('calendar.add')}</Button>}
    >
      <Space style={{ marginBottom: 16 }}>
        {t('items.fiscalYear')} <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
      </Space>
      <Table<PeriodView>
        rowKey="id"
        size="small"
        loading={periods.isFetching}
        dataSource={periods.data}
        pagination={false}
        columns={[
          { title: t('calendar.division'), dataIndex: 'divisionCode', render: divisionName },
          { title: t('calendar.name'), dataIndex: 'name' },
          { title: t('monitoring.cutoff'), dataIndex: 'cutoffDate' },
          { title: t('monitoring.due'), dataIndex: 'dueDate' },
          { title: t('library.proposedBy'), dataIndex: 'updatedBy', render: (id: string) => <PersonName id={id} /> },
          ...(maintains ? [{ key: 'edit', render: (_: unknown, p: PeriodView) => <Button type="link" size="small" onClick={() => open(p)}>{t('library.edit')}</Button> }] : []),
        ]}
      />
      <Modal title={t('calendar.add')} open={editing !== null} onCancel={() => setEditing(null)} onOk={() => form.submit()}
        confirmLoading={save.isPending} destroyOnHidden>
        <Form<Values> form={form} layout="vertical" preserve={false}
          onFinish={(v) => save.mutate(
            {
              id: editing === 'new' || editing === null ? undefined : editing.id,
              body: { ...v, cutoffDate: v.cutoffDate.format('YYYY-MM-DD'), dueDate: v.dueDate.format('YYYY-MM-DD') },
            },
            {
              onSuccess: () => { setEditing(null); message.success(t('calendar.saved')); },
              onError: (e) => {
                const rest = applyFieldErrors(form, e, ['divisionCode', 'fiscalYear', 'name', 'cutoffDate', 'dueDate']);
                if (rest.length > 0) {
                  message.error(rest.join('；'));
                }
              },
            },
          )}>
          <Form.Item name="divisionCode" label={t('calendar.division')} rules={[{ required: true }]}>
            <Select disabled={editing !== 'new'} options={(divisions.data ?? []).map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
          <Form.Item name="fiscalYear" label={t('items.fiscalYear')} rules={[{ required: true }]}>
            <InputNumber disabled={editing !== 'new'} min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} placeholder="1-7月绩效运行监控" />
          </Form.Item>
          <Space>
            <Form.Item name="cutoffDate" label={t('monitoring.cutoff')} rules={[{ required: true }]}><DatePicker /></Form.Item>
            <Form.Item name="dueDate" label={t('monitoring.due')} rules={[{ required: true }]}><DatePicker /></Form.Item>
          </Space>
        </Form>
      </Modal>
    </Card>
  );
}

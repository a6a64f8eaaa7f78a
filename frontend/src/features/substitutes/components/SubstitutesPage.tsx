import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Grid, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useI18n } from '@/lib/i18n';
import { api, ApiError, unwrap, type Schemas } from '@/lib/api-client';

type SubstitutionView = Schemas['SubstitutionView'];

const KEY = ['me', 'substitutions'] as const;

/**
 * 代理设置 (leave delegation): name a colleague and a date range; during it the tasks that would
 * reach me reach them, and what they do is recorded as on my behalf. Below, whom I stand in for.
 */
export function SubstitutesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ substitute: string; range: [Dayjs, Dayjs]; note?: string }>();
  const [error, setError] = useState<string>();
  const narrow = Grid.useBreakpoint().md === false;
  const mine = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/me/substitutions')) });
  const candidates = useQuery({ queryKey: ['me', 'substitute-candidates'], queryFn: () => unwrap(api.GET('/api/me/substitute-candidates')) });
  const name = useMutation({
    mutationFn: (body: Schemas['SubstitutionRequest']) => unwrap(api.POST('/api/me/substitutions', { body })),
    onSuccess: (s) => {
      message.success(t('substitutes.named', { who: s.substituteName }));
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: KEY });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (e) => {
      // The server names startsOn and endsOn; the form has one range field for both.
      const fields = e instanceof ApiError ? e.fieldErrors : [];
      const at = (field: string) => (field === 'startsOn' || field === 'endsOn' ? 'range' : field === 'substitute' || field === 'note' ? field : undefined);
      form.setFields(fields.filter((f) => at(f.field)).map((f) => ({ name: at(f.field)!, errors: [f.message] })));
      const rest = fields.filter((f) => !at(f.field));
      setError(fields.length === 0 ? (e instanceof ApiError ? e.message : String(e)) : rest.length > 0 ? rest.map((f) => f.message).join('；') : undefined);
    },
  });
  const cancel = useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/me/substitutions/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      message.success(t('substitutes.cancelled'));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });

  const columns = (own: boolean) => [
    { title: own ? t('substitutes.substitute') : t('substitutes.principal'), key: 'who', render: (_: unknown, s: SubstitutionView) => (own ? s.substituteName : s.principalName) },
    { title: t('substitutes.from'), dataIndex: 'startsOn', key: 'from', width: 130 },
    { title: t('substitutes.to'), dataIndex: 'endsOn', key: 'to', width: 130 },
    { title: t('actions.note'), dataIndex: 'note', key: 'note', ellipsis: true },
    ...(own ? [{
      title: '', key: 'cancel', width: 110,
      render: (_: unknown, s: SubstitutionView) => (
        <Popconfirm title={t('substitutes.cancelConfirm')} onConfirm={() => cancel.mutate(s.id)}>
          <Button size="small" danger data-testid={`cancel-substitution-${s.id}`}>{t('substitutes.cancel')}</Button>
        </Popconfirm>
      ),
    }] : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('substitutes.title')}</Typography.Title>}>
        <Typography.Paragraph type="secondary">{t('substitutes.hint')}</Typography.Paragraph>
        {(candidates.data?.length ?? 1) === 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('substitutes.noCandidates')} />}
        <Form
          form={form}
          layout={narrow ? 'vertical' : 'inline'}
          onFinish={(values) => {
            setError(undefined);
            name.mutate({
              substitute: values.substitute,
              startsOn: values.range[0].format('YYYY-MM-DD'),
              endsOn: values.range[1].format('YYYY-MM-DD'),
              note: values.note?.trim() || undefined,
            });
          }}
          style={{ rowGap: 12 }}
        >
          <Form.Item name="substitute" label={t('substitutes.substitute')} rules={[{ required: true, message: t('common.required') }]}>
            <Select style={{ width: narrow ? '100%' : 180 }} data-testid="substitute" options={(candidates.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item name="range" label={t('substitutes.period')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker.RangePicker data-testid="substitute-range" />
          </Form.Item>
          <Form.Item name="note" label={t('actions.note')}>
            <Input maxLength={500} style={{ width: narrow ? '100%' : 220 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={name.isPending} data-testid="substitute-save">{t('substitutes.save')}</Button>
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} message={error} />}
      </Card>
      <Card title={t('substitutes.mine')}>
        <Table<SubstitutionView> rowKey="id" size="small" pagination={false} loading={mine.isLoading}
          dataSource={mine.data?.mine} columns={columns(true)} locale={{ emptyText: t('substitutes.none') }} />
      </Card>
      <Card title={t('substitutes.forOthers')}>
        <Table<SubstitutionView> rowKey="id" size="small" pagination={false} loading={mine.isLoading}
          dataSource={mine.data?.forOthers} columns={columns(false)} locale={{ emptyText: t('substitutes.noneForOthers') }} />
      </Card>
    </Space>
  );
}

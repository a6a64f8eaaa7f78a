import { useState } from 'react';
import { App, Button, Card, Checkbox, Drawer, Input, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { hasRole, useMe } from '@/lib/auth';
import { useItems, type ItemFilter, type ItemSummary } from '../api/get-items';
import { DecisionTag, StageTag } from '@/components/stage-tag';
import { ProposeItemForm } from './ProposeItemForm';
import { Light, type WarningLight } from '@/components/light';

const STAGES = ['ASSESSMENT', 'TARGET_COMPILATION', 'MONITORING', 'EVALUATION', 'RESULT_APPLICATION', 'CLOSED'] as const;

export function ItemListPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const [filter, setFilter] = useState<ItemFilter>({ page: 0, size: 20 });
  const [proposing, setProposing] = useState(false);
  const items = useItems(filter);
  const canPropose = hasRole(me.data, 'department') && !!me.data?.orgCode;

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('items.title')}</Typography.Title>}
      extra={canPropose && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>{t('items.propose')}</Button>
      )}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('items.search')}
          style={{ width: 260 }}
          onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined, page: 0 }))}
        />
        <Select
          allowClear
          placeholder={t('items.stage')}
          style={{ width: 180 }}
          options={STAGES.map((s) => ({ value: s, label: t(`enum.stage.${s}`) }))}
          onChange={(stage) => setFilter((f) => ({ ...f, stage, page: 0 }))}
        />
        <Checkbox onChange={(e) => setFilter((f) => ({ ...f, inLibrary: e.target.checked ? true : undefined, page: 0 }))}>
          {t('items.onlyLibrary')}
        </Checkbox>
        <Select
          allowClear
          placeholder={t('items.fiscalYear')}
          style={{ width: 120 }}
          options={[2025, 2026, 2027, 2028].map((y) => ({ value: y, label: String(y) }))}
          onChange={(fiscalYear) => setFilter((f) => ({ ...f, fiscalYear, page: 0 }))}
        />
      </Space>
      <Table<ItemSummary>
        rowKey="code"
        loading={items.isFetching}
        dataSource={items.data?.content}
        locale={{ emptyText: items.isError ? t('common.error') : t('items.empty') }}
        onRow={(item) => ({ onDoubleClick: () => navigate(`/items/${item.code}`) })}
        pagination={{
          current: (filter.page ?? 0) + 1,
          pageSize: filter.size,
          total: items.data?.totalElements,
          showSizeChanger: true,
          onChange: (page, size) => setFilter((f) => ({ ...f, page: page - 1, size })),
        }}
        columns={[
          { title: t('items.code'), dataIndex: 'code', width: 130, render: (code: string) => <Link to={`/items/${code}`}>{code}</Link> },
          { title: t('items.name'), dataIndex: 'name', ellipsis: true },
          { title: t('items.kind'), dataIndex: 'kind', width: 90, render: (k: ItemSummary['kind']) => t(`enum.kind.${k}`) },
          { title: t('items.fiscalYear'), dataIndex: 'fiscalYear', width: 70 },
          { title: t('items.department'), dataIndex: 'departmentName', width: 160, ellipsis: true },
          { title: t('items.amount'), dataIndex: 'amount', width: 140, align: 'right', render: (a: number) => formatAmount(a, locale) },
          { title: t('items.approvedAmount'), dataIndex: 'approvedAmount', width: 140, align: 'right', render: (a?: number) => (a === undefined ? '—' : formatAmount(a, locale)) },
          { title: t('items.stage'), key: 'stage', width: 140, render: (_, item) => <StageTag item={item} /> },
          { title: t('monitoring.light'), dataIndex: 'warningLight', width: 90, render: (l?: WarningLight) => <Light light={l} /> },
          { title: t('items.outcome'), dataIndex: 'assessmentOutcome', width: 120, render: (d: ItemSummary['assessmentOutcome']) => <DecisionTag decision={d} /> },
          { title: t('items.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatTime(v) },
        ]}
      />
      <Drawer title={t('propose.title')} width={720} open={proposing} onClose={() => setProposing(false)} destroyOnHidden>
        {me.data && (
          <ProposeItemForm
            user={me.data}
            onCancel={() => setProposing(false)}
            onDone={(item) => {
              setProposing(false);
              message.success(t('items.proposed', { code: item.code }));
              navigate(`/items/${item.code}`);
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}

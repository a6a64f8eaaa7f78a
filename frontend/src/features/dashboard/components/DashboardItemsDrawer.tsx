import { useState } from 'react';
import { Drawer, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatAmount } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { useDashboardItems, type DashboardItem, type DashboardSelection } from '../api/get-dashboard-items';

const LIGHT_COLOR: Record<string, string> = { RED: 'red', YELLOW: 'gold', GREEN: 'green' };
const PAGE_SIZE = 10;

/** The items behind the clicked figure, paged on the server; each opens its item page. */
export function DashboardItemsDrawer({ fiscalYear, selection, onClose }: { fiscalYear: number; selection?: DashboardSelection; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const items = useDashboardItems(fiscalYear, selection, page, PAGE_SIZE);
  const title = selection ? t('dashboard.drawer', { chart: t(`dashboard.chart.${selection.chart}`), key: selection.label }) : '';
  return (
    <Drawer open={!!selection} onClose={onClose} title={title} width={760} destroyOnHidden afterOpenChange={(open) => !open && setPage(0)}>
      <Table<DashboardItem>
        data-testid="dashboard-items"
        rowKey="code"
        size="small"
        loading={items.isFetching}
        dataSource={items.data?.content ?? []}
        locale={{ emptyText: t('dashboard.drawerEmpty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: items.data?.totalElements ?? 0,
          showSizeChanger: false,
          onChange: (p) => setPage(p - 1),
        }}
        columns={[
          { title: t('items.code'), dataIndex: 'code', width: 130, render: (code: string) => <Link to={`/items/${code}`}>{code}</Link> },
          { title: t('items.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/items/${row.code}`}>{name}</Link> },
          { title: t('items.department'), dataIndex: 'departmentName', width: 150 },
          {
            title: t('items.stage'),
            dataIndex: 'stage',
            width: 130,
            render: (_: string, row) => (
              <>
                {t(`enum.stage.${row.stage}`)}
                {row.status !== 'ACTIVE' && <Tag style={{ marginLeft: 4 }}>{t(`enum.status.${row.status}`)}</Tag>}
              </>
            ),
          },
          {
            title: t('dashboard.column.light'),
            dataIndex: 'warningLight',
            width: 90,
            render: (light?: string) => (light ? <Tag color={LIGHT_COLOR[light]}>{t(`enum.light.${light}` as MessageKey)}</Tag> : '—'),
          },
          {
            title: t('items.amount'),
            dataIndex: 'amount',
            width: 130,
            align: 'right',
            render: (_: number, row) => formatAmount(row.approvedAmount ?? row.amount, locale),
          },
        ]}
      />
    </Drawer>
  );
}

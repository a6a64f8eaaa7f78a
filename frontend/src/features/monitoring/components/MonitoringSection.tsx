import { Collapse, Empty, Skeleton, Space, Statistic, Switch, Table, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { hasRole, useMe } from '@/lib/auth';
import type { ItemDetail } from '@/lib/item';
import { useFunds, useItemReports, useKeyMonitoring, type FundsView } from '../api/monitoring';
import { ReportTable } from './ReportTable';
import { Light } from '@/components/light';
import { PersonName } from '@/components/person-name';

/** The item's monitoring reports with their decisions; finance may put the item under key monitoring. */
export function MonitoringSection({ item }: { item: ItemDetail }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const reports = useItemReports(item.code);
  const keyMonitoring = useKeyMonitoring(item.code);
  const canFlag = hasRole(me.data, 'finance-performance') && item.status === 'ACTIVE';

  if (reports.isLoading) {
    return <Skeleton active />;
  }
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('monitoring.keyMonitoring')}</Typography.Text>
        <Switch checked={item.keyMonitoring} disabled={!canFlag} loading={keyMonitoring.isPending}
          onChange={(enabled) => keyMonitoring.mutate(enabled)} aria-label={t('monitoring.keyMonitoring')} />
      </Space>
      {(reports.data ?? []).length === 0 ? (
        <Empty description={t('monitoring.noReports')} />
      ) : (
        <Collapse
          items={(reports.data ?? []).map((r) => ({
            key: String(r.id),
            label: (
              <Space wrap>
                <strong>{r.periodName}</strong>
                <Tag>{t(`enum.reportStatus.${r.status}`)}</Tag>
                {r.executionValue !== undefined && <span>{r.executionValue.toFixed(1)}</span>}
                <Light light={r.light} />
                {r.overdue && <Tag color="red">{t('monitoring.overdue')}</Tag>}
                {r.deviationClass && r.deviationClass !== 'NONE' && <Tag color="orange">{t(`enum.deviation.${r.deviationClass}`)}</Tag>}
              </Space>
            ),
            children: (
              <>
                <ReportTable report={r} />
                {r.decisions.length > 0 && (
                  <>
                    <Typography.Title level={5} style={{ marginTop: 16 }}>{t('monitoring.decisions')}</Typography.Title>
                    <Timeline items={r.decisions.map((d) => ({
                      children: (
                        <div>
                          <Tag>{t(`enum.monitoringStep.${d.step}`)}</Tag> <strong>{d.decision}</strong>
                          {d.amount !== undefined && <> · {formatAmount(d.amount, locale)}</>}
                          <div>{d.opinion}</div>
                          <Typography.Text type="secondary"><PersonName id={d.decidedBy} /> · {formatTime(d.decidedAt)}</Typography.Text>
                        </div>
                      ),
                    }))} />
                  </>
                )}
              </>
            ),
          }))}
        />
      )}
    </>
  );
}

type Entry = FundsView['ledger'][number];

/** The fund ledger and what is available for payment now. */
export function FundsSection({ item }: { item: ItemDetail }) {
  const { t, locale } = useI18n();
  const funds = useFunds(item.code);
  if (funds.isLoading || !funds.data) {
    return <Skeleton active />;
  }
  const f = funds.data;
  return (
    <>
      <Space size="large" wrap style={{ marginBottom: 16 }}>
        <Statistic title={t('funds.approved')} value={formatAmount(f.approved, locale)} />
        <Statistic title={t('funds.recovered')} value={formatAmount(f.recovered, locale)} />
        <Statistic title={t('funds.frozen')} value={formatAmount(f.frozen, locale)} />
        <Statistic title={t('funds.available')} value={formatAmount(f.available, locale)} data-testid="funds-available" />
      </Space>
      <Table<Entry>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={f.ledger}
        locale={{ emptyText: t('funds.empty') }}
        columns={[
          { title: t('items.updatedAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatTime(v) },
          { title: t('funds.action'), dataIndex: 'action', width: 110, render: (a: Entry['action']) => t(`enum.fundAction.${a}`) },
          { title: t('monitoring.amount'), dataIndex: 'amount', width: 140, align: 'right', render: (a: number) => formatAmount(a, locale) },
          { title: t('funds.reason'), dataIndex: 'reason' },
          { title: t('funds.actor'), dataIndex: 'actor', width: 90 },
          { title: t('funds.step'), dataIndex: 'step', width: 180 },
        ]}
      />
    </>
  );
}

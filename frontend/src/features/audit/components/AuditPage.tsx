import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { useAuditReviews, type AuditReviewView } from '../api/audit';
import { AuditReviewSummary } from './AuditReviewSummary';
import { PersonName } from '@/components/person-name';

/** Every audit review with its findings and referrals, newest first. */
export function AuditPage() {
  const { t } = useI18n();
  const reviews = useAuditReviews();
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('audit.pageTitle')}</Typography.Title>}>
      <Table<AuditReviewView>
        rowKey="id"
        size="small"
        loading={reviews.isLoading}
        dataSource={reviews.data ?? []}
        pagination={{ pageSize: 50 }}
        expandable={{ expandedRowRender: (r) => <AuditReviewSummary review={r} /> }}
        columns={[
          { title: t('items.code'), dataIndex: 'itemCode', width: 140, render: (c: string) => <Link to={`/items/${c}`}>{c}</Link> },
          { title: t('items.name'), dataIndex: 'itemName', ellipsis: true },
          { title: t('items.status'), dataIndex: 'status', width: 100, render: (s: AuditReviewView['status']) => <Tag color={s === 'OPEN' ? 'blue' : 'green'}>{t(`enum.auditStatus.${s}`)}</Tag> },
          { title: t('audit.findings'), key: 'findings', width: 90, render: (_, r) => r.findings.length },
          { title: t('audit.serious'), key: 'serious', width: 90, render: (_, r) => r.findings.filter((f) => f.serious).length },
          { title: t('audit.referred'), key: 'referred', width: 90, render: (_, r) => r.findings.filter((f) => f.referred).length },
          { title: t('audit.openedBy'), key: 'opened', width: 200, render: (_, r) => <><PersonName id={r.openedBy} /> · {formatTime(r.openedAt)}</> },
        ]}
      />
    </Card>
  );
}

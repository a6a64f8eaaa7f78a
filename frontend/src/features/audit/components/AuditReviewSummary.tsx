import type { ReactNode } from 'react';
import { Descriptions, Table, Tag, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import type { AuditFinding, AuditReviewView } from '../api/audit';
import { PersonName } from '@/components/person-name';

/** The findings of a review with their referrals; `action` adds a control per finding (e.g. 移送). */
export function FindingTable({ findings, action }: { findings: AuditFinding[]; action?: (f: AuditFinding) => ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <Table<AuditFinding>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={findings}
      locale={{ emptyText: t('audit.noFindings') }}
      columns={[
        { title: t('audit.category'), dataIndex: 'category', width: 110, render: (c: AuditFinding['category']) => t(`enum.auditCategory.${c}`) },
        {
          title: t('audit.finding'), key: 'description',
          render: (_, f) => (
            <>
              {f.serious && <Tag color="red">{t('audit.serious')}</Tag>}{f.description}
              <div><Typography.Text type="secondary"><PersonName id={f.recordedBy} /> · {formatTime(f.recordedAt)}</Typography.Text></div>
            </>
          ),
        },
        { title: t('audit.amount'), dataIndex: 'amount', width: 140, align: 'right', render: (v?: number) => (v === undefined ? '—' : formatAmount(v, locale)) },
        {
          title: t('audit.referral'), key: 'referral', width: 280,
          render: (_, f) => (f.referred ? (
            <div data-testid={`referral-${f.id}`}>
              <Tag color="volcano">{t('audit.referred')}</Tag>{f.referredTo} · {f.referralNo}
              <div>{f.referralReason}</div>
              <Typography.Text type="secondary"><PersonName id={f.referredBy} /> · {formatTime(f.referredAt)}</Typography.Text>
            </div>
          ) : action?.(f) ?? '—'),
        },
      ]}
    />
  );
}

export function AuditReviewSummary({ review, action }: { review: AuditReviewView; action?: (f: AuditFinding) => ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('items.status')}>
          <Tag color={review.status === 'OPEN' ? 'blue' : 'green'}>{t(`enum.auditStatus.${review.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.openedBy')}><PersonName id={review.openedBy} /> · {formatTime(review.openedAt)}</Descriptions.Item>
        {review.closedAt && <Descriptions.Item label={t('audit.closedBy')}><PersonName id={review.closedBy} /> · {formatTime(review.closedAt)}</Descriptions.Item>}
        <Descriptions.Item label={t('audit.scope')} span={3}>{review.scope}</Descriptions.Item>
        {review.conclusion && <Descriptions.Item label={t('audit.conclusion')} span={3}>{review.conclusion}</Descriptions.Item>}
      </Descriptions>
      <FindingTable findings={review.findings} action={action} />
    </>
  );
}

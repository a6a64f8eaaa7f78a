import { Descriptions, Table, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { GradeTag } from '@/components/grade-tag';
import type { BodyEvaluationView, BodyRow } from '../api/body-evaluation';
import { PersonName } from '@/components/person-name';

export function BodyStatusTag({ evaluation }: { evaluation: BodyEvaluationView }) {
  const { t } = useI18n();
  return (
    <>
      <Tag color={evaluation.status === 'CLOSED' ? 'green' : 'blue'}>{t(`enum.bodyStatus.${evaluation.status}`)}</Tag>
      {evaluation.selfReportOverdue && evaluation.status === 'SELF_REPORT' && <Tag color="red">{t('overall.overdue')}</Tag>}
    </>
  );
}

/** A body evaluation, read-only: dimensions with weights and scores, the linkage, the decisions. */
export function BodyEvaluationSummary({ evaluation }: { evaluation: BodyEvaluationView }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('overall.kind')}>{t(`enum.bodyKind.${evaluation.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('overall.subject')}>{evaluation.subjectName}</Descriptions.Item>
        <Descriptions.Item label={t('items.status')}><BodyStatusTag evaluation={evaluation} /></Descriptions.Item>
        <Descriptions.Item label={t('overall.selfReportDue')}>{evaluation.selfReportDue}</Descriptions.Item>
        <Descriptions.Item label={t('overall.baseAmount')}>{formatAmount(evaluation.baseAmount, locale)}</Descriptions.Item>
        {evaluation.totalScore !== undefined && (
          <Descriptions.Item label={t('evaluation.total')}>
            <strong data-testid="body-total">{evaluation.totalScore}</strong> <GradeTag grade={evaluation.grade} />
          </Descriptions.Item>
        )}
        {evaluation.linkageAction && (
          <Descriptions.Item label={t('overall.linkage')}>
            {t(`enum.linkage.${evaluation.linkageAction as 'NORMAL'}`)}（× {evaluation.linkageRate}）→ {formatAmount(evaluation.proposedAmount, locale)}
          </Descriptions.Item>
        )}
        {evaluation.confirmedAmount !== undefined && (
          <Descriptions.Item label={t('overall.confirmedAmount')}>
            <strong data-testid="body-confirmed">{formatAmount(evaluation.confirmedAmount, locale)}</strong>
            {evaluation.confirmedBy && <Typography.Text type="secondary"> · <PersonName id={evaluation.confirmedBy} /></Typography.Text>}
          </Descriptions.Item>
        )}
        {evaluation.selfSummary && <Descriptions.Item label={t('overall.summary')} span={3}>{evaluation.selfSummary}</Descriptions.Item>}
      </Descriptions>
      <Table<BodyRow>
        size="small"
        rowKey="dimension"
        pagination={false}
        dataSource={evaluation.rows}
        columns={[
          { title: t('overall.dimension'), key: 'dimension', render: (_, r) => t(`enum.bodyDimension.${r.dimension}`) },
          { title: t('target.weight'), dataIndex: 'weight', align: 'right', width: 80 },
          { title: t('overall.selfScore'), dataIndex: 'selfScore', align: 'right', width: 100, render: (v?: number) => v ?? '—' },
          { title: t('overall.selfNote'), dataIndex: 'selfNote', ellipsis: true },
          { title: t('overall.financeScore'), dataIndex: 'score', align: 'right', width: 100, render: (v?: number) => (v === undefined ? '—' : <strong>{v}</strong>) },
        ]}
      />
      {evaluation.decisions.length > 0 && (
        <Timeline style={{ marginTop: 16 }} items={evaluation.decisions.map((d) => ({
          children: (
            <div>
              <Tag>{t(`enum.bodyStep.${d.step}`)}</Tag> <strong>{t(`enum.bodyDecision.${d.decision as 'SCORE'}`)}</strong>
              {d.opinion && <div>{d.opinion}</div>}
              <Typography.Text type="secondary"><PersonName id={d.decidedBy} /> · {formatTime(d.decidedAt)}</Typography.Text>
            </div>
          ),
        }))} />
      )}
    </>
  );
}

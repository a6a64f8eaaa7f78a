import { Descriptions, Table, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import type { ApplicationView, EvaluationView } from '../api/evaluation';
import { GradeTag } from '@/components/grade-tag';
import { PersonName } from '@/components/person-name';

type Row = EvaluationView['rows'][number];

/** A self-evaluation, read-only: rows with their scores, the total and grade, and its decisions. */
export function EvaluationSummary({ evaluation }: { evaluation: EvaluationView }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('items.status')}>
          {t(`enum.evaluationStatus.${evaluation.status}`)} {evaluation.overdue && <Tag color="red">{t('monitoring.overdue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.budget')}>{formatAmount(evaluation.budgetAmount, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.spent')}>{evaluation.spentAmount !== undefined ? formatAmount(evaluation.spentAmount, locale) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.execution')}>{evaluation.executionScore ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.total')}>
          <strong data-testid="evaluation-total-fixed">{evaluation.totalScore ?? '—'}</strong> <GradeTag grade={evaluation.grade} />
        </Descriptions.Item>
        {evaluation.recheckReason && <Descriptions.Item label={t('evaluation.recheckReason')}>{evaluation.recheckReason}</Descriptions.Item>}
      </Descriptions>
      <Table<Row>
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={evaluation.rows}
        columns={[
          { title: t('target.name'), dataIndex: 'name' },
          {
            title: t('monitoring.annualTarget'),
            key: 'target',
            render: (_, r) => (r.comparator === 'QUALITATIVE' ? r.targetText : `${t(`enum.comparator.${r.comparator}`)} ${r.targetValue} ${r.unit ?? ''}`),
          },
          {
            title: t('evaluation.actual'),
            key: 'actual',
            render: (_, r) => (r.comparator === 'QUALITATIVE' ? (r.achievement ? t(`enum.achievement.${r.achievement}`) : '') : r.actualValue),
          },
          { title: t('target.weight'), dataIndex: 'weight', width: 70, align: 'right' },
          { title: t('evaluation.score'), dataIndex: 'score', width: 80, align: 'right' },
          { title: t('evaluation.explanation'), dataIndex: 'explanation' },
        ]}
      />
      {evaluation.decisions.length > 0 && (
        <Timeline style={{ marginTop: 16 }} items={evaluation.decisions.map((d) => ({
          children: (
            <div>
              <Tag>{t(`enum.evaluationStep.${d.step}`)}</Tag> <strong>{d.decision}</strong>
              <div>{d.opinion}</div>
              <Typography.Text type="secondary"><PersonName id={d.decidedBy} /> · {formatTime(d.decidedAt)}</Typography.Text>
            </div>
          ),
        }))} />
      )}
    </>
  );
}

type Rectification = ApplicationView['rectifications'][number];

/** The result application: feedback, rectification ledger and budget link. */
export function ApplicationSummary({ application }: { application: ApplicationView }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('evaluation.total')}>{application.totalScore} <GradeTag grade={application.grade as 'EXCELLENT'} /></Descriptions.Item>
        <Descriptions.Item label={t('application.source')}>
          <Tag color={application.resultSource === 'KEY' ? 'volcano' : undefined}>{t(`enum.resultSource.${application.resultSource as 'SELF'}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('application.feedbackDue')}>
          {application.feedbackDue} {application.feedbackOverdue && <Tag color="red">{t('monitoring.overdue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('application.planDue')}>
          {application.planDue ?? '—'} {application.planOverdue && <Tag color="red">{t('monitoring.overdue')}</Tag>}
        </Descriptions.Item>
        {application.feedback && <Descriptions.Item label={t('application.feedback')} span={3}>{application.feedback}</Descriptions.Item>}
        <Descriptions.Item label={t('application.linkage')}>
          {t(`enum.linkage.${application.linkageAction as 'PRIORITY'}`)}（{application.nextYear}）
        </Descriptions.Item>
        <Descriptions.Item label={t('application.proposed')}>{formatAmount(application.proposedAmount, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('application.confirmed')}>
          {application.confirmedAmount !== undefined ? formatAmount(application.confirmedAmount, locale) : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Table<Rectification>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={application.rectifications}
        locale={{ emptyText: t('application.noPlan') }}
        columns={[
          { title: t('application.issue'), dataIndex: 'issue' },
          { title: t('application.measure'), dataIndex: 'measure' },
          { title: t('application.deadline'), dataIndex: 'deadline', width: 110 },
          { title: t('items.status'), dataIndex: 'status', width: 90, render: (s: string) => <Tag color={s === 'CLOSED' ? 'green' : 'orange'}>{t(`enum.rectification.${s as 'OPEN'}`)}</Tag> },
          { title: t('application.evidence'), dataIndex: 'evidence' },
        ]}
      />
    </>
  );
}

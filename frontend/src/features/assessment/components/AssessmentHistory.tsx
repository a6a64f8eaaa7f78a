import { Card, Descriptions, Empty, Table, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { DecisionTag } from '@/components/stage-tag';
import type { AssessmentView } from '../api/get-assessments';
import { useNames } from '@/lib/names';

type Score = AssessmentView['scores'][number];

export function ScoreTable({ assessment }: { assessment: AssessmentView }) {
  const { t, locale } = useI18n();
  return (
    <Table<Score>
      size="small"
      rowKey="dimension"
      pagination={false}
      dataSource={assessment.scores}
      columns={[
        { title: t('assessment.dimension'), key: 'name', render: (_, s) => (locale === 'zh' ? s.name : s.nameEn) },
        { title: t('assessment.maxScore'), dataIndex: 'maxScore', width: 80, align: 'right' },
        { title: t('assessment.score'), dataIndex: 'score', width: 80, align: 'right' },
        { title: t('assessment.remark'), dataIndex: 'remark' },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}><strong>{t('assessment.total')}</strong></Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">100</Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right"><strong>{assessment.totalScore}</strong></Table.Summary.Cell>
          <Table.Summary.Cell index={3} />
        </Table.Summary.Row>
      )}
    />
  );
}

/** Every round of an item's ex-ante assessment with finance's decision and opinion. */
export function AssessmentHistory({ rounds }: { rounds: AssessmentView[] }) {
  const { t } = useI18n();
  const name = useNames(rounds.flatMap((round) => [round.submittedBy, round.review?.reviewedBy]));
  if (rounds.length === 0) {
    return <Empty description={t('assessment.noHistory')} />;
  }
  return (
    <Timeline
      items={rounds.map((round) => ({
        color: !round.review ? 'blue' : round.review.decision === 'SUPPORTED' ? 'green' : round.review.decision === 'NOT_SUPPORTED' ? 'red' : 'gold',
        children: (
          <Card size="small" title={<>{t('assessment.round', { round: round.round })} <Tag>{round.assessorOrgName}</Tag></>}
            extra={round.review ? <DecisionTag decision={round.review.decision} /> : <Tag>{t('assessment.pending')}</Tag>}>
            <Typography.Paragraph type="secondary">
              {t('assessment.submittedBy', { user: name(round.submittedBy), time: formatTime(round.submittedAt) })}
            </Typography.Paragraph>
            <ScoreTable assessment={round} />
            <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
              <Descriptions.Item label={t('assessment.conclusion')}><DecisionTag decision={round.conclusion} /></Descriptions.Item>
              <Descriptions.Item label={t('assessment.summary')}>{round.summary}</Descriptions.Item>
              {round.review?.thirdPartyName && (
                <Descriptions.Item label={t('assessment.thirdParty')}>{round.review.thirdPartyName}</Descriptions.Item>
              )}
              {round.review && (
                <Descriptions.Item label={t('assessment.opinion')}>
                  {round.review.opinion}
                  <Typography.Text type="secondary"> — {t('assessment.reviewedBy', { user: name(round.review.reviewedBy), time: formatTime(round.review.reviewedAt) })}</Typography.Text>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        ),
      }))}
    />
  );
}

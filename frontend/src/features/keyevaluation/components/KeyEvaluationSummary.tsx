import { Descriptions, Empty, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import type { ItemDetail } from '@/lib/item';
import { GradeTag } from '@/components/grade-tag';
import { attachmentUrl, LEVELS, useItemKeyEvaluation, type KeyEvaluationView, type KeyLevels, type Level } from '../api/key-evaluation';
import { PersonName } from '@/components/person-name';

interface LevelRow {
  level: Level;
  weight?: number;
  [scorer: string]: number | string | undefined;
}

/** The level-1 table: weight, the evaluator's and every expert's scores, and the result to approve. */
function LevelTable({ evaluation }: { evaluation: KeyEvaluationView }) {
  const { t } = useI18n();
  const columns = evaluation.scores.map((s, i) => ({
    key: `s${i}`,
    title: s.scorerRole === 'EVALUATOR' ? t('key.evaluatorScore') : `${t('key.expertScore')} ${s.scorerId}`,
    render: (_: unknown, r: LevelRow) => s.scores[r.level] ?? '—',
    align: 'right' as const,
  }));
  const result: KeyLevels | undefined = evaluation.proposedScores;
  const rows: LevelRow[] = LEVELS.map((level) => ({ level, weight: evaluation.weights[level] }));
  return (
    <Table<LevelRow>
      size="small"
      rowKey="level"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('key.level'), key: 'level', render: (_, r) => t(`enum.keyLevel.${r.level}`) },
        { title: t('target.weight'), dataIndex: 'weight', align: 'right' },
        ...columns,
        ...(result ? [{ key: 'result', title: t('key.result'), align: 'right' as const, render: (_: unknown, r: LevelRow) => <strong>{result[r.level]}</strong> }] : []),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('evaluation.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">{evaluation.weights.total}</Table.Summary.Cell>
          {evaluation.scores.map((s, i) => <Table.Summary.Cell key={i} index={2 + i} align="right">{s.totalScore}</Table.Summary.Cell>)}
          {result && <Table.Summary.Cell index={2 + evaluation.scores.length} align="right"><strong data-testid="key-result-total">{result.total}</strong></Table.Summary.Cell>}
        </Table.Summary.Row>
      )}
    />
  );
}

/** A key evaluation, read-only: the plan, the scores, the report with its attachments, the decisions. */
export function KeyEvaluationSummary({ evaluation }: { evaluation: KeyEvaluationView }) {
  const { t } = useI18n();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('key.reason')}><Tag color={evaluation.reason === 'MAJOR' ? 'volcano' : 'blue'}>{t(`enum.keyReason.${evaluation.reason}`)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('items.status')}><Tag>{t(`enum.keyStatus.${evaluation.status}`)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('key.evaluator')}>{evaluation.thirdPartyName ?? (evaluation.planned ? t('key.financeItself') : '—')}</Descriptions.Item>
        {evaluation.experts.length > 0 && <Descriptions.Item label={t('key.experts')}>{evaluation.experts.join('、')}</Descriptions.Item>}
        {evaluation.reportDue && <Descriptions.Item label={t('key.reportDue')}>{evaluation.reportDue}</Descriptions.Item>}
        {evaluation.totalScore !== undefined && (
          <Descriptions.Item label={t('evaluation.total')}>
            <strong data-testid="key-total">{evaluation.totalScore}</strong> <GradeTag grade={evaluation.grade} />
          </Descriptions.Item>
        )}
        {evaluation.planNote && <Descriptions.Item label={t('key.planNote')} span={3}>{evaluation.planNote}</Descriptions.Item>}
        {evaluation.findings && <Descriptions.Item label={t('key.findings')} span={3}>{evaluation.findings}</Descriptions.Item>}
      </Descriptions>
      {evaluation.planned && <LevelTable evaluation={evaluation} />}
      {evaluation.report && (
        <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }} data-testid="key-report">
          <Typography.Text strong>{t('key.report')}：</Typography.Text>{evaluation.report}
        </Typography.Paragraph>
      )}
      {evaluation.attachments.length > 0 && (
        <ul className="attachment-list">
          {evaluation.attachments.map((a) => (
            <li key={a.id}>
              <PaperClipOutlined /> <a href={attachmentUrl(evaluation.itemCode, a.id)}>{a.fileName}</a>{' '}
              <Typography.Text type="secondary">{Math.ceil(a.sizeBytes / 1024)} KB · <PersonName id={a.uploadedBy} /> · {formatTime(a.uploadedAt)}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {evaluation.decisions.length > 0 && (
        <Timeline style={{ marginTop: 16 }} items={evaluation.decisions.map((d) => ({
          children: (
            <div>
              <Tag>{t(`enum.keyStep.${d.step}`)}</Tag> <strong>{t(`enum.keyDecision.${d.decision as 'FINANCE'}`)}</strong>
              {d.opinion && <div>{d.opinion}</div>}
              <Typography.Text type="secondary"><PersonName id={d.decidedBy} /> · {formatTime(d.decidedAt)}</Typography.Text>
            </div>
          ),
        }))} />
      )}
    </>
  );
}

export function KeyEvaluationSection({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  const evaluation = useItemKeyEvaluation(item.code);
  if (evaluation.isLoading) {
    return <Skeleton active />;
  }
  const e = evaluation.data?.[0];
  return e ? <KeyEvaluationSummary evaluation={e} /> : <Empty description={t('key.notDrawn')} />;
}

import { Descriptions, Table, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { GradeTag } from '@/components/grade-tag';
import type { AppraisalEntry, AppraisalView } from '../api/appraisal';
import { PersonName } from '@/components/person-name';

const STATUS_COLOR: Record<AppraisalEntry['status'], string> = {
  PENDING: 'default',
  SCORED: 'green',
  INTERVIEW: 'volcano',
  RECTIFYING: 'orange',
  VERIFYING: 'blue',
  RECTIFIED: 'green',
};

export function EntryStatusTag({ entry }: { entry: AppraisalEntry }) {
  const { t } = useI18n();
  return (
    <>
      <Tag color={STATUS_COLOR[entry.status]}>{t(`enum.appraisalEntry.${entry.status}`)}</Tag>
      {entry.commended && <Tag color="gold">{t('appraisal.commended')}</Tag>}
      {entry.rectifyOverdue && entry.status !== 'RECTIFIED' && <Tag color="red">{t('appraisal.overdue')}</Tag>}
    </>
  );
}

/** What the interview found and how the body rectified, where the user may see it. */
export function EntryDetails({ entry }: { entry: AppraisalEntry }) {
  const { t } = useI18n();
  if (!entry.interviewDate && !entry.comment) {
    return null;
  }
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }}>
      {entry.comment && <Descriptions.Item label={t('appraisal.comment')} span={2}>{entry.comment}</Descriptions.Item>}
      {entry.interviewDate && <Descriptions.Item label={t('appraisal.interviewDate')}>{entry.interviewDate}</Descriptions.Item>}
      {entry.interviewAttendees && <Descriptions.Item label={t('appraisal.attendees')}>{entry.interviewAttendees}</Descriptions.Item>}
      {entry.interviewProblems && <Descriptions.Item label={t('appraisal.problems')} span={2}>{entry.interviewProblems}</Descriptions.Item>}
      {entry.rectifyDue && <Descriptions.Item label={t('appraisal.rectifyDue')}>{entry.rectifyDue}</Descriptions.Item>}
      {entry.rectification && (
        <Descriptions.Item label={t('appraisal.rectification')} span={2}>
          {entry.rectification}
          <Typography.Text type="secondary"> · <PersonName id={entry.rectifiedBy} /> {formatTime(entry.rectifiedAt)}</Typography.Text>
        </Descriptions.Item>
      )}
      {entry.verifiedBy && <Descriptions.Item label={t('appraisal.verifiedBy')}><PersonName id={entry.verifiedBy} /> · {formatTime(entry.verifiedAt)}</Descriptions.Item>}
    </Descriptions>
  );
}

/** A round, read-only: the circular, every body's score, grade and where it stands, the decisions. */
export function AppraisalSummary({ appraisal, only }: { appraisal: AppraisalView; only?: number }) {
  const { t } = useI18n();
  const entries = only === undefined ? appraisal.entries : appraisal.entries.filter((e) => e.id === only);
  return (
    <>
      {appraisal.circular && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="appraisal-circular">
          <Typography.Text strong>{t('appraisal.circular')}：</Typography.Text>{appraisal.circular}
          {appraisal.circulatedBy && <Typography.Text type="secondary"> · <PersonName id={appraisal.circulatedBy} /> {formatTime(appraisal.circulatedAt)}</Typography.Text>}
        </Typography.Paragraph>
      )}
      <Table<AppraisalEntry>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={entries}
        expandable={{
          expandedRowRender: (e) => <EntryDetails entry={e} />,
          rowExpandable: (e) => !!(e.comment || e.interviewDate),
          defaultExpandAllRows: only !== undefined,
        }}
        columns={[
          { title: t('appraisal.subject'), dataIndex: 'subjectName' },
          { title: t('overall.kind'), dataIndex: 'kind', width: 130, render: (k: AppraisalEntry['kind']) => t(`enum.appraisalKind.${k}`) },
          { title: t('appraisal.score'), dataIndex: 'score', width: 90, align: 'right' },
          { title: t('target.grade'), dataIndex: 'grade', width: 70, render: (g?: AppraisalEntry['grade']) => <GradeTag grade={g} /> },
          { title: t('items.status'), key: 'status', width: 200, render: (_, e) => <EntryStatusTag entry={e} /> },
          { title: t('appraisal.rectifyDue'), dataIndex: 'rectifyDue', width: 110 },
        ]}
      />
      {appraisal.decisions.length > 0 && (
        <Timeline style={{ marginTop: 16 }} items={appraisal.decisions
          .filter((d) => only === undefined || d.entryId === undefined || d.entryId === only)
          .map((d) => ({
            children: (
              <div>
                <Tag>{t(`enum.appraisalStep.${d.step}`)}</Tag> <strong>{t(`enum.appraisalDecision.${d.decision as 'SCORED'}`)}</strong>
                {d.opinion && <div style={{ whiteSpace: 'pre-wrap' }}>{d.opinion}</div>}
                <Typography.Text type="secondary"><PersonName id={d.decidedBy} /> · {formatTime(d.decidedAt)}</Typography.Text>
              </div>
            ),
          }))} />
      )}
    </>
  );
}

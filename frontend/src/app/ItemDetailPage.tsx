import { Alert, Card, Descriptions, List, Result, Skeleton, Space, Steps, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { ApiError } from '@/lib/api-client';
import { useItemTasks } from '@/features/tasks/api/get-item-tasks';
import { DecisionChainPanel } from '@/features/chain/components/DecisionChainPanel';
import { useAssessments } from '@/features/assessment/api/get-assessments';
import { AssessmentHistory } from '@/features/assessment/components/AssessmentHistory';
import { TargetVersions } from '@/features/target/components/TargetVersions';
import { FundsSection, MonitoringSection } from '@/features/monitoring/components/MonitoringSection';
import { ApplicationSection, EvaluationSection } from '@/features/evaluation/components/EvaluationSections';
import { KeyEvaluationSection } from '@/features/keyevaluation/components/KeyEvaluationSummary';
import { AuditSection } from '@/features/audit/components/AuditSection';
import { useItem } from '@/lib/item';
import { DecisionTag, StageTag } from '@/components/stage-tag';
import { ItemTimeline } from '@/features/items/components/ItemTimeline';
import { ProcessDiagrams } from '@/features/items/components/ProcessDiagrams';
import { PersonName } from '@/components/person-name';

const CHAIN = ['ASSESSMENT', 'TARGET_COMPILATION', 'MONITORING', 'EVALUATION', 'RESULT_APPLICATION'] as const;

/**
 * One item's whole story, top to bottom: where it stands in the chain, what is open on it and who
 * holds it, the diagram of each process with the steps taken, one timeline of every task across the
 * stages, then each stage's own record in the order of the chain.
 */
export function ItemDetailPage() {
  const { code } = useParams();
  const { t, locale } = useI18n();
  const item = useItem(code);
  const tasks = useItemTasks(code);
  const rounds = useAssessments(code);

  if (item.isLoading) {
    return <Card><Skeleton active /></Card>;
  }
  if (item.isError || !item.data) {
    const status = item.error instanceof ApiError ? item.error.status : 500;
    return <Result status={status === 403 ? '403' : status === 404 ? '404' : 'error'} title={item.error?.message} />;
  }
  const detail = item.data;
  const stageIndex = CHAIN.indexOf(detail.stage as (typeof CHAIN)[number]);
  const ended = detail.status !== 'ACTIVE';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{detail.name} <StageTag item={detail} /></Typography.Title>}>
        {ended && detail.statusReason && <Alert type="error" showIcon message={detail.statusReason} style={{ marginBottom: 16 }} />}
        <Steps
          size="small"
          current={stageIndex === -1 ? 0 : stageIndex}
          status={ended ? 'error' : 'process'}
          items={CHAIN.map((stage) => ({ title: t(`enum.stage.${stage}`) }))}
          style={{ marginBottom: 24 }}
          aria-label={t('items.chain')}
        />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label={t('items.code')}>{detail.code}</Descriptions.Item>
          <Descriptions.Item label={t('items.kind')}>{t(`enum.kind.${detail.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('items.fiscalYear')}>{detail.fiscalYear}</Descriptions.Item>
          <Descriptions.Item label={t('items.division')}>{detail.divisionName}</Descriptions.Item>
          <Descriptions.Item label={t('items.department')}>{detail.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('items.unit')}>{detail.unitName ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('items.budgetType')}>{t(`enum.budgetType.${detail.budgetType}`)}</Descriptions.Item>
          <Descriptions.Item label={t('items.amount')}>{formatAmount(detail.amount, locale)}</Descriptions.Item>
          <Descriptions.Item label={t('items.approvedAmount')}>{detail.approvedAmount !== undefined ? formatAmount(detail.approvedAmount, locale) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('items.inLibrary')}>{detail.libraryEnteredAt ? formatTime(detail.libraryEnteredAt) : t('items.no')}</Descriptions.Item>
          <Descriptions.Item label={t('items.continuity')}>{t(`enum.continuity.${detail.continuity}`)}</Descriptions.Item>
          <Descriptions.Item label={t('items.capitalConstruction')}>{detail.capitalConstruction ? t('items.yes') : t('items.no')}</Descriptions.Item>
          <Descriptions.Item label={t('items.outcome')}><DecisionTag decision={detail.assessmentOutcome} /></Descriptions.Item>
          <Descriptions.Item label={t('items.createdBy')}><PersonName id={detail.createdBy} /> · {formatTime(detail.createdAt)}</Descriptions.Item>
          {detail.description && <Descriptions.Item label={t('items.description')} span={3}>{detail.description}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={t('items.openTasks')}>
        <List
          loading={tasks.isLoading}
          dataSource={tasks.data ?? []}
          locale={{ emptyText: t('items.noOpenTasks') }}
          renderItem={(task) => (
            <List.Item data-testid="open-task">
              <Link to={`/tasks/${task.id}`}>{task.name}</Link>
              <Typography.Text type="secondary">
                {t('items.timeline.heldBy', { who: task.holder, at: formatTime(task.created) })}
                {task.due && <Typography.Text type={task.overdue ? 'danger' : 'secondary'}> · {t(task.overdue ? 'items.timeline.overdue' : 'items.timeline.due', { at: formatTime(task.due) })}</Typography.Text>}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('items.story.diagrams')}>
        <ProcessDiagrams code={detail.code} />
      </Card>
      <Card title={t('items.story.timeline')}>
        <ItemTimeline code={detail.code} />
      </Card>
      <Card title={t('assessment.history')}>
        {rounds.isLoading ? <Skeleton active /> : <AssessmentHistory rounds={rounds.data ?? []} />}
      </Card>
      <Card title={t('target.versions')}>
        <TargetVersions item={detail} />
      </Card>
      {detail.approvedAmount !== undefined && (
        <>
          <Card title={t('monitoring.reports')}>
            <MonitoringSection item={detail} />
          </Card>
          <Card title={t('funds.title')}>
            <FundsSection item={detail} />
          </Card>
          <Card title={t('evaluation.title')}>
            <EvaluationSection item={detail} />
          </Card>
          <Card title={t('key.title')}>
            <KeyEvaluationSection item={detail} />
          </Card>
          <Card title={t('application.title')}>
            <ApplicationSection item={detail} />
          </Card>
        </>
      )}
      <Card title={t('audit.title')}>
        <AuditSection item={detail} />
      </Card>
      <Card title={t('chain.title')}>
        <DecisionChainPanel code={detail.code} />
      </Card>
    </Space>
  );
}

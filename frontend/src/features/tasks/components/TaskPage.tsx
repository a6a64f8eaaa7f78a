import { Alert, App, Button, Card, ConfigProvider, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useIsMutating } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { ApiError } from '@/lib/api-client';
import { useItem } from '@/features/items/api/get-item';
import { StageTag } from '@/features/items/components/StageTag';
import { AssessmentHistory } from '@/features/assessment/components/AssessmentHistory';
import { useAssessments } from '@/features/assessment/api/get-assessments';
import { useTask } from '../api/get-task';
import { useClaimTask } from '../api/claim-task';
import { SUBJECT_TASK_FORMS, TASK_FORMS } from './task-forms';
import { StageLabel } from './StageLabel';
import { conflictMessage } from './conflict-message';
import type { DoneState } from './TaskListPage';

/**
 * One task: what it is about, who holds it, and its form. A task another user of the group holds
 * opens read only, saying who and since when. After the step the inbox opens again with a message
 * naming what was done and the next task one key away.
 */
export function TaskPage() {
  const { taskId } = useParams();
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const task = useTask(taskId);
  const item = useItem(task.data?.itemCode ?? undefined);
  const rounds = useAssessments(task.data?.itemCode ?? undefined);
  const claim = useClaimTask();
  const mutating = useIsMutating();

  if (task.isLoading || item.isLoading) {
    return <Card><Skeleton active /></Card>;
  }
  if (task.isError && !task.data) {
    const error = task.error instanceof ApiError ? task.error : undefined;
    const gone = error && (error.status === 404 || error.status === 409);
    return (
      <Result
        status={gone ? 'info' : 'error'}
        title={error?.status === 409 ? conflictMessage(error, t) : gone ? t('tasks.gone') : task.error.message}
        extra={<Button type="primary" onClick={() => navigate(`/tasks${from}`)}>{t('tasks.backToInbox')}</Button>}
      />
    );
  }
  if (!task.data || (!item.data && !task.data.subject)) {
    return null;
  }
  const current = task.data;
  const form = current.formKey && item.data ? TASK_FORMS[current.formKey] : undefined;
  const subjectForm = current.formKey && !item.data ? SUBJECT_TASK_FORMS[current.formKey] : undefined;
  const title = form?.title ?? subjectForm?.title;
  const readOnly = current.readOnly;
  // Someone else finished or took the task while it was open here (not this page's own submission).
  const changedElsewhere = task.isError && mutating === 0 && task.error instanceof ApiError && task.error.status === 409;

  const onCompleted = () => {
    const about = current.itemCode ? `${current.itemCode} ${current.itemName ?? ''}` : current.subject ?? '';
    message.success(t('tasks.doneMessage', { task: current.name, about }));
    const state: DoneState = { done: { name: current.name, about } };
    navigate(`/tasks${from}`, { state });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>{current.name}</Typography.Title>
            <StageLabel stage={current.stage} />
          </Space>
        }
        extra={
          <Space>
            <Link to={`/tasks${from}`}>{t('tasks.backToInbox')}</Link>
            {current.assignee ? (
              <>
                <Tag color={readOnly ? 'red' : 'blue'} data-testid="task-holder">{t('tasks.claimedBy', { user: current.assigneeName ?? current.assignee })}</Tag>
                {!readOnly && (
                  <Button size="small" loading={claim.isPending} onClick={() => claim.mutate({ taskId: current.id, claim: false })}>{t('tasks.release')}</Button>
                )}
              </>
            ) : (
              <Button size="small" loading={claim.isPending} onClick={() => claim.mutate({ taskId: current.id, claim: true }, {
                onError: (err) => message.error(err instanceof ApiError && err.status === 409 ? conflictMessage(err, t) : err.message),
              })}>{t('tasks.claim')}</Button>
            )}
          </Space>
        }
      >
        {item.data ? (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('items.code')}><Link to={`/items/${item.data.code}`}>{item.data.code}</Link></Descriptions.Item>
            <Descriptions.Item label={t('items.name')}>{item.data.name}</Descriptions.Item>
            <Descriptions.Item label={t('items.stage')}><StageTag item={item.data} /></Descriptions.Item>
            <Descriptions.Item label={t('items.department')}>{item.data.departmentName}</Descriptions.Item>
            <Descriptions.Item label={t('items.unit')}>{item.data.unitName ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('items.amount')}>{formatAmount(item.data.amount, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('items.kind')}>{t(`enum.kind.${item.data.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('items.capitalConstruction')}>{item.data.capitalConstruction ? t('items.yes') : t('items.no')}</Descriptions.Item>
            <Descriptions.Item label={t('tasks.created')}>{formatTime(current.created)}</Descriptions.Item>
            {current.due && <Descriptions.Item label={t('tasks.due')}><Typography.Text type={current.overdue ? 'danger' : undefined}>{formatTime(current.due)}</Typography.Text></Descriptions.Item>}
            <Descriptions.Item label={t('tasks.offeredTo')}>{current.holder}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('tasks.subject')}>{current.subject}</Descriptions.Item>
            <Descriptions.Item label={t('tasks.created')}>{formatTime(current.created)}</Descriptions.Item>
            {current.due && <Descriptions.Item label={t('tasks.due')}>{formatTime(current.due)}</Descriptions.Item>}
            <Descriptions.Item label={t('tasks.offeredTo')}>{current.holder}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card title={title ? t(title) : current.name}>
        {changedElsewhere && (
          <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }}
            message={conflictMessage(task.error as ApiError, t)}
            action={<Button size="small" onClick={() => navigate(`/tasks${from}`)}>{t('tasks.backToInbox')}</Button>} />
        )}
        {readOnly && (
          <Alert type="warning" showIcon data-testid="read-only" style={{ marginBottom: 16 }}
            message={t('tasks.readOnly', { user: current.assigneeName ?? current.assignee ?? '', since: formatTime(current.claimedAt) })} />
        )}
        <ConfigProvider componentDisabled={readOnly || changedElsewhere}>
          {form && item.data ? (
            <form.component task={current} item={item.data} onCompleted={onCompleted} />
          ) : subjectForm ? (
            <subjectForm.component task={current} onCompleted={onCompleted} />
          ) : (
            <Alert type="info" message={t('tasks.unknownForm', { formKey: current.formKey ?? '' })} />
          )}
        </ConfigProvider>
      </Card>
      {current.formKey === 'app:assessment/fill' && (rounds.data?.length ?? 0) > 0 && (
        <Card title={t('assessment.history')}>
          <AssessmentHistory rounds={rounds.data ?? []} />
        </Card>
      )}
    </Space>
  );
}

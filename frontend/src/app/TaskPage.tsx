import { useState } from 'react';
import { Alert, App, Button, Card, ConfigProvider, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useIsMutating } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTaskName } from '@/lib/task-names';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { ApiError } from '@/lib/api-client';
import { useItem } from '@/lib/item';
import { StageTag } from '@/components/stage-tag';
import { AssessmentHistory } from '@/features/assessment/components/AssessmentHistory';
import { useAssessments } from '@/features/assessment/api/get-assessments';
import { useTask } from '@/features/tasks/api/get-task';
import { useClaimTask } from '@/features/tasks/api/claim-task';
import { SUBJECT_TASK_FORMS, TASK_FORMS } from '@/app/task-forms';
import { StageLabel } from '@/features/tasks/components/StageLabel';
import { conflictMessage } from '@/features/tasks/components/conflict-message';
import type { DoneState } from '@/features/tasks/components/TaskListPage';
import { useMe } from '@/lib/auth';
import { useBulkKinds, useTaskActivity } from '@/features/tasks/api/task-actions';
import { TaskActionBar, type TaskDialog } from '@/features/tasks/components/TaskActionBar';
import { TaskActivityPanel } from '@/features/tasks/components/TaskActivityPanel';
import { ShortcutHelp, useShortcuts, type Shortcut } from '@/features/tasks/components/Shortcuts';

/**
 * One task: what it is about, who holds it, and its form. A task another user of the group holds
 * opens read only, saying who and since when. After the step the inbox opens again with a message
 * naming what was done and the next task one key away.
 */
export function TaskPage() {
  const { taskId } = useParams();
  const { t, locale } = useI18n();
  const taskName = useTaskName();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const task = useTask(taskId);
  const item = useItem(task.data?.itemCode ?? undefined);
  const rounds = useAssessments(task.data?.itemCode ?? undefined);
  const claim = useClaimTask();
  const mutating = useIsMutating();
  const me = useMe();
  const activity = useTaskActivity(task.data ? taskId : undefined);
  const bulkKinds = useBulkKinds();
  const [dialog, setDialog] = useState<TaskDialog>();
  const open = task.data && !task.data.readOnly;
  const doClaim = () => task.data && claim.mutate({ taskId: task.data.id, claim: true }, {
    onError: (err) => message.error(err instanceof ApiError && err.status === 409 ? conflictMessage(err, t) : err.message),
  });
  const quickApprove = !!task.data && (bulkKinds.data ?? []).includes(task.data.taskKey);
  const shortcuts: Shortcut[] = [
    { key: 'c', label: 'keys.claim', run: doClaim, enabled: !!open && !task.data?.assignee },
    { key: 'a', label: quickApprove ? 'keys.quickApprove' : 'keys.focusForm', enabled: !!open, run: () => {
      if (quickApprove) {
        setDialog('APPROVE');
      } else {
        document.querySelector<HTMLElement>('[data-testid="task-form"] input, [data-testid="task-form"] textarea, [data-testid="task-form"] button')?.focus();
      }
    } },
    { key: 'r', label: 'keys.return', run: () => setDialog('RETURN'), enabled: !!open && !task.data?.delegated },
    { key: 'u', label: 'keys.back', run: () => navigate(`/tasks${from}`) },
  ];
  const keys = useShortcuts(shortcuts);

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

  const about = current.itemCode ? `${current.itemCode} ${current.itemName ?? ''}` : current.subject ?? '';
  const onCompleted = () => {
    message.success(t('tasks.doneMessage', { task: taskName(current.name), about }));
    const state: DoneState = { done: { name: taskName(current.name), about } };
    navigate(`/tasks${from}`, { state });
  };
  // Returned, transferred, delegated…: the task has left this user's hands.
  const onMoved = (text: string) => {
    message.success(text);
    const state: DoneState = { done: { name: current.name, about, text } };
    navigate(`/tasks${from}`, { state });
  };
  const returned = [...(activity.data?.actions ?? [])].reverse().find((a) => a.taskId === current.id && (a.action === 'RETURN' || a.action === 'WITHDRAW'));
  const urges = activity.data?.urges ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>{taskName(current.name)}</Typography.Title>
            <StageLabel stage={current.stage} />
          </Space>
        }
        extra={
          <Space wrap>
            <Link to={`/tasks${from}`}>{t('tasks.backToInbox')}</Link>
            {current.onBehalfOf && <Tag color="gold" data-testid="on-behalf">{t('tasks.onBehalfOf', { who: current.onBehalfOfName ?? current.onBehalfOf })}</Tag>}
            {current.delegated && <Tag color="purple" data-testid="delegated">{t('tasks.delegatedBy', { who: current.ownerName ?? current.owner ?? '' })}</Tag>}
            {current.assignee ? (
              <>
                <Tag color={readOnly ? 'red' : 'blue'} data-testid="task-holder">{t('tasks.claimedBy', { user: current.assigneeName ?? current.assignee })}</Tag>
                {!readOnly && (
                  <Button size="small" loading={claim.isPending} onClick={() => claim.mutate({ taskId: current.id, claim: false })}>{t('tasks.release')}</Button>
                )}
              </>
            ) : (
              <Button size="small" loading={claim.isPending} onClick={doClaim} data-testid="claim">{t('tasks.claim')}</Button>
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
      {returned && (
        <Alert type="error" showIcon data-testid="returned-banner"
          message={t(returned.action === 'RETURN' ? 'tasks.returnedBy' : 'tasks.withdrawnBy', { who: returned.actorName, at: formatTime(returned.at) })}
          description={returned.opinion} />
      )}
      {urges.length > 0 && (
        <Alert type="warning" showIcon data-testid="urged-banner"
          message={t('tasks.urgedBanner', { n: urges.length, who: urges[0].urgedByName, at: formatTime(urges[0].at) })}
          description={urges[0].note || undefined} />
      )}
      <TaskActionBar task={current} me={me.data} dialog={dialog} setDialog={setDialog} onMoved={onMoved} onCompleted={onCompleted} canQuickApprove={quickApprove} />
      <Card title={title ? t(title) : taskName(current.name)} data-testid="task-form">
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
      <TaskActivityPanel taskId={current.id} activity={activity.data} canWrite={!changedElsewhere} />
      <ShortcutHelp shortcuts={shortcuts} open={keys.help} onClose={keys.closeHelp} />
    </Space>
  );
}

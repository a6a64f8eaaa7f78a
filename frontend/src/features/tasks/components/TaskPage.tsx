import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatAmount, formatTime } from '@/lib/format';
import { ApiError } from '@/lib/api-client';
import { useMe } from '@/features/auth/api/me';
import { useItem } from '@/features/items/api/get-item';
import { StageTag } from '@/features/items/components/StageTag';
import { AssessmentHistory } from '@/features/assessment/components/AssessmentHistory';
import { useAssessments } from '@/features/assessment/api/get-assessments';
import { useTask } from '../api/get-task';
import { getTasks, tasksQueryKey } from '../api/get-tasks';
import { useClaimTask } from '../api/claim-task';
import { SUBJECT_TASK_FORMS, TASK_FORMS } from './task-forms';

/** One task: what it is about, its form, and on completion straight on to the next task. */
export function TaskPage() {
  const { taskId } = useParams();
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const task = useTask(taskId);
  const item = useItem(task.data?.itemCode ?? undefined);
  const rounds = useAssessments(task.data?.itemCode ?? undefined);
  const claim = useClaimTask();

  if (task.isLoading || item.isLoading) {
    return <Card><Skeleton active /></Card>;
  }
  if (task.isError) {
    const gone = task.error instanceof ApiError && task.error.status === 404;
    return (
      <Result status={gone ? 'info' : 'error'} title={gone ? t('tasks.gone') : task.error.message}
        extra={<Button onClick={() => navigate('/tasks')}>{t('common.back')}</Button>} />
    );
  }
  if (!task.data || (!item.data && !task.data.subject)) {
    return null;
  }
  const current = task.data;
  const form = current.formKey && item.data ? TASK_FORMS[current.formKey] : undefined;
  const subjectForm = current.formKey && !item.data ? SUBJECT_TASK_FORMS[current.formKey] : undefined;
  const title = form?.title ?? subjectForm?.title;
  const claimedByOther = !!current.assignee && current.assignee !== me.data?.id;

  const onCompleted = async () => {
    const remaining = await queryClient.fetchQuery({ queryKey: tasksQueryKey(false), queryFn: () => getTasks(false) });
    const next = remaining.content.find((other) => other.id !== current.id);
    message.success(t('tasks.done', { next: next ? t('tasks.nextOpened') : t('tasks.backToList') }));
    navigate(next ? `/tasks/${next.id}` : '/tasks');
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<Typography.Title level={4} style={{ margin: 0 }}>{current.name}</Typography.Title>}
        extra={
          <Space>
            {current.assignee ? (
              <>
                <Tag color={claimedByOther ? 'red' : 'blue'}>{t('tasks.claimedBy', { user: current.assignee })}</Tag>
                {!claimedByOther && (
                  <Button size="small" onClick={() => claim.mutate({ taskId: current.id, claim: false })}>{t('tasks.release')}</Button>
                )}
              </>
            ) : (
              <Button size="small" onClick={() => claim.mutate({ taskId: current.id, claim: true })}>{t('tasks.claim')}</Button>
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
        </Descriptions>
        ) : (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('tasks.subject')}>{current.subject}</Descriptions.Item>
            <Descriptions.Item label={t('tasks.created')}>{formatTime(current.created)}</Descriptions.Item>
            {current.due && <Descriptions.Item label={t('tasks.due')}>{formatTime(current.due)}</Descriptions.Item>}
          </Descriptions>
        )}
      </Card>
      <Card title={title ? t(title) : current.name}>
        {claimedByOther && <Alert type="warning" showIcon message={t('tasks.claimedBy', { user: current.assignee ?? '' })} style={{ marginBottom: 16 }} />}
        {form && item.data ? (
          <form.component task={current} item={item.data} onCompleted={onCompleted} />
        ) : subjectForm ? (
          <subjectForm.component task={current} onCompleted={onCompleted} />
        ) : (
          <Alert type="info" message={t('tasks.unknownForm', { formKey: current.formKey ?? '' })} />
        )}
      </Card>
      {current.formKey === 'app:assessment/fill' && (rounds.data?.length ?? 0) > 0 && (
        <Card title={t('assessment.history')}>
          <AssessmentHistory rounds={rounds.data ?? []} />
        </Card>
      )}
    </Space>
  );
}

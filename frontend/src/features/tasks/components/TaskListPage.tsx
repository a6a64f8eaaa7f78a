import { useState } from 'react';
import { Badge, Card, Switch, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { useMe } from '@/features/auth/api/me';
import { useTasks, type TaskView } from '../api/get-tasks';

/** The approver's inbox, oldest first. */
export function TaskListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const me = useMe();
  const [mineOnly, setMineOnly] = useState(false);
  const tasks = useTasks(mineOnly);

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('tasks.title')} <Badge count={tasks.data?.totalElements ?? 0} showZero color="blue" />
        </Typography.Title>
      }
      extra={<span>{t('tasks.mine')} <Switch size="small" checked={mineOnly} onChange={setMineOnly} /></span>}
    >
      <Table<TaskView>
        rowKey="id"
        loading={tasks.isFetching}
        dataSource={tasks.data?.content}
        pagination={false}
        locale={{ emptyText: tasks.isError ? t('common.error') : t('tasks.empty') }}
        onRow={(task) => ({ onClick: () => navigate(`/tasks/${task.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('tasks.task'), dataIndex: 'name', render: (name: string, task) => <Link to={`/tasks/${task.id}`}>{name}</Link> },
          {
            title: t('tasks.item'),
            key: 'item',
            render: (_, task) => (task.itemCode ? <span><Typography.Text code>{task.itemCode}</Typography.Text> {task.itemName}</span> : task.subject),
          },
          { title: t('tasks.created'), dataIndex: 'created', width: 160, render: (v: string) => formatTime(v) },
          { title: t('tasks.due'), dataIndex: 'due', width: 160, render: (v?: string) => formatTime(v) },
          {
            title: t('tasks.assignee'),
            dataIndex: 'assignee',
            width: 140,
            render: (assignee?: string) =>
              !assignee ? <Tag>{t('tasks.unassigned')}</Tag> : <Tag color={assignee === me.data?.id ? 'blue' : 'default'}>{assignee}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

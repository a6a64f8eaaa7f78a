import { useEffect, useState } from 'react';
import { Badge, Button, Empty, List, Popover, Space, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { notificationsKey, useMarkRead, useNotifications, useUnreadCount, type NotificationView } from '../api/notifications';

const KIND_COLOR: Record<string, string> = {
  TASK: 'blue', RETURN: 'red', TRANSFER: 'geekblue', DELEGATE: 'purple', RESOLVE: 'cyan', COPY: 'default', URGE: 'orange', DIGEST: 'gold',
};

/**
 * New tasks, returns, transfers, copies and urges as they happen: the server pushes them over
 * server-sent events (the browser reconnects by itself); the badge counts unread, the list marks
 * read and opens the task or item. The inbox reloads when something arrives.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // The newest arrival, said by the bell's tooltip and to screen readers; no pop-up over the page.
  const [latest, setLatest] = useState<string>();
  const unread = useUnreadCount();
  const list = useNotifications(open);
  const mark = useMarkRead();

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      return undefined;
    }
    const source = new EventSource('/api/notifications/stream', { withCredentials: true });
    source.addEventListener('hello', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as { unread: number };
      queryClient.setQueryData([...notificationsKey, 'unread'], { unread: data.unread });
    });
    source.addEventListener('notification', (event) => {
      const n = JSON.parse((event as MessageEvent<string>).data) as NotificationView;
      queryClient.setQueryData<{ unread: number }>([...notificationsKey, 'unread'], (old) => ({ unread: (old?.unread ?? 0) + 1 }));
      void queryClient.invalidateQueries({ queryKey: [...notificationsKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      setLatest(n.title);
    });
    return () => source.close();
  }, [queryClient]);

  const go = (n: NotificationView) => {
    if (!n.readAt) {
      mark.mutate(n.id);
    }
    setOpen(false);
    if (n.taskId && n.kind !== 'COPY') {
      navigate(`/tasks/${n.taskId}`);
    } else if (n.itemCode) {
      navigate(`/items/${n.itemCode}`);
    } else {
      navigate('/tasks');
    }
  };

  const count = unread.data?.unread ?? 0;
  // The tab's title carries the unread count, as mail clients do.
  useEffect(() => {
    const base = document.title.replace(/^\(\d+\) /, '');
    document.title = count > 0 ? `(${count}) ${base}` : base;
  }, [count]);
  const content = (
    <div style={{ width: 380, maxWidth: '90vw' }} data-testid="notification-list">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={count === 0} onClick={() => mark.mutate('all')} data-testid="notifications-read-all">
          {t('notifications.readAll')}
        </Button>
      </Space>
      {(list.data?.length ?? 0) === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} /> : (
        <List
          size="small"
          loading={list.isLoading}
          dataSource={list.data}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }} onClick={() => go(n)} data-unread={!n.readAt}>
              <List.Item.Meta
                title={<Space size={4}><Tag color={KIND_COLOR[n.kind] ?? 'default'}>{t(`notifications.kind.${n.kind as 'URGE'}`)}</Tag>{!n.readAt && <Badge status="processing" />}<span>{n.title}</span></Space>}
                description={<Space direction="vertical" size={0}>{n.body && <Typography.Text type="secondary" ellipsis>{n.body}</Typography.Text>}<Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatTime(n.createdAt)}</Typography.Text></Space>}
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <>
    <span aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{latest}</span>
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button type="text" aria-label={t('notifications.title')} title={latest} data-testid="notification-bell" style={{ color: 'inherit' }}>
        <Badge count={count} size="small" overflowCount={99} data-testid="notification-badge">
          <BellOutlined style={{ fontSize: 18, color: 'rgba(255,255,255,0.85)' }} />
        </Badge>
      </Button>
    </Popover>
    </>
  );
}

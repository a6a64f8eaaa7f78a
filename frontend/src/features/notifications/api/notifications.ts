import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type NotificationView = Schemas['NotificationView'];

export const notificationsKey = ['notifications'] as const;

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...notificationsKey, 'list'],
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { size: 30 } } })),
    enabled,
  });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: () => unwrap(api.GET('/api/notifications/unread-count')),
    // The stream keeps it current; this is the fallback when the stream is down.
    refetchInterval: 120_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') => (id === 'all'
      ? unwrap(api.POST('/api/notifications/read-all'))
      : unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }))),
    onSuccess: (count) => {
      queryClient.setQueryData([...notificationsKey, 'unread'], count);
      void queryClient.invalidateQueries({ queryKey: [...notificationsKey, 'list'] });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type NotificationQuery } from '../api';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** How often the bell asks for the unread count. */
export const UNREAD_POLL_MS = 60_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: ({ signal }) => api.notifications.unreadCount(signal),
    refetchInterval: UNREAD_POLL_MS,
    retry: false,
  });
}

export function useNotificationList(q: NotificationQuery, enabled = true) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', q],
    queryFn: ({ signal }) => api.notifications.list(q, signal),
    enabled,
  });
}

/** Mark one read, or all; either refreshes the badge and the lists. */
export function useMarkRead() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const one = useMutation({ mutationFn: (id: string) => api.notifications.markRead(id), onSettled: refresh });
  const all = useMutation({ mutationFn: () => api.notifications.markAllRead(), onSettled: refresh });
  return { one, all };
}

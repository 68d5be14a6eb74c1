import { Button, Card, List, Segmented, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationOrder } from '../api';
import { NotificationItem, useOpenNotification } from '../components/NotificationBell';
import { listStates } from '../components/ListStates';
import { QueryError } from '../components/QueryError';
import { useMarkRead, useNotificationList, useUnreadCount } from '../lib/useNotifications';

/** All of the signed-in user's notifications, paged; unread only or all, newest or unread first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [order, setOrder] = useState<NotificationOrder>('Newest');
  const list = useNotificationList({ page, pageSize, unreadOnly, order });
  const unread = useUnreadCount();
  const { all } = useMarkRead();
  const open = useOpenNotification();

  return (
    <Card
      title={t('notifications.title')}
      className="page-card"
      extra={
        <Button onClick={() => all.mutate()} loading={all.isPending} disabled={(unread.data?.count ?? 0) === 0} data-testid="notifications-page-read-all">
          {t('notifications.markAllRead')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<NotificationOrder>
          aria-label={t('notifications.order')}
          value={order}
          onChange={(v) => {
            setOrder(v);
            setPage(1);
          }}
          options={[
            { value: 'Newest', label: t('notifications.newestFirst') },
            { value: 'UnreadFirst', label: t('notifications.unreadFirst') },
          ]}
        />
        <Space>
          <Switch
            checked={unreadOnly}
            data-testid="notifications-unread-only"
            onChange={(v) => {
              setUnreadOnly(v);
              setPage(1);
            }}
          />
          {t('notifications.unreadOnly')}
        </Space>
      </Space>
      {list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <List
          {...listStates(
            list,
            list.data?.items,
            unreadOnly
              ? {
                  description: t('lists.noUnread'),
                  action: (
                    <Button
                      onClick={() => {
                        setUnreadOnly(false);
                        setPage(1);
                      }}
                    >
                      {t('lists.showAllNotifications')}
                    </Button>
                  ),
                }
              : { description: t('notifications.empty'), hint: t('lists.notificationsHint') },
          )}
          dataSource={list.data?.items ?? []}
          renderItem={(n) => <NotificationItem n={n} onOpen={open} />}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.totalCount ?? 0,
            size: 'small',
            showSizeChanger: true,
            hideOnSinglePage: true,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
        />
      )}
    </Card>
  );
}

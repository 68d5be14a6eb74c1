import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Dropdown, List, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { NotificationDto } from '../api';
import { useAuth } from '../auth/AuthContext';
import { describeNotification } from '../lib/notifications';
import { FilingLink } from './FilingLink';
import { EmptyState } from './ListStates';
import { formatDateTime } from '../lib/time';
import { useIsMobile } from '../lib/useIsMobile';
import { useMarkRead, useNotificationList, useUnreadCount } from '../lib/useNotifications';

const RECENT = { page: 1, pageSize: 8, unreadOnly: false, order: 'UnreadFirst' as const };

/** One notification, worded in the user's language; unread ones are bold with a dot. */
export function NotificationItem({ n, onOpen }: { n: NotificationDto; onOpen: (n: NotificationDto) => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const text = describeNotification(n, t, user?.roles);
  const unread = !n.readAt;
  return (
    <List.Item
      data-testid="notification-item"
      data-unread={unread}
      onClick={() => onOpen(n)}
      style={{ cursor: 'pointer', paddingInline: 12, background: unread ? 'rgba(31,78,156,0.06)' : undefined }}
    >
      <List.Item.Meta
        avatar={<Badge dot={unread} />}
        title={
          <Link
            to={text.link}
            style={{ color: 'inherit' }}
            onClick={(e) => {
              // A new tab (Ctrl/⌘/Shift-click) is the browser's; a plain click marks it read and goes there.
              e.stopPropagation();
              if (e.ctrlKey || e.metaKey || e.shiftKey) return;
              e.preventDefault();
              onOpen(n);
            }}
          >
            <Typography.Text strong={unread}>{text.title}</Typography.Text>
          </Link>
        }
        description={
          <>
            <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text.body}</div>
            {n.filings && n.filings.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                {n.filings.map((f) => (
                  <li key={f.filingId}>
                    <FilingLink id={f.filingId} name={f.projectName} maxWidth={220} /> · {f.overdue ? t('notifications.overdueTag') : t('notifications.dueTodayTag')}
                  </li>
                ))}
              </ul>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(n.createdAt)}
            </Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}

/** Opening a notification marks it read and goes where it points. */
export function useOpenNotification(after?: () => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { one } = useMarkRead();
  const { user } = useAuth();
  return (n: NotificationDto) => {
    if (!n.readAt) one.mutate(n.id);
    after?.();
    navigate(describeNotification(n, t, user?.roles).link);
  };
}

/** The header's bell: the unread count (polled every minute) and the latest notifications in a dropdown, or a drawer on a phone. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const recent = useNotificationList(RECENT, open);
  const { all } = useMarkRead();
  const open_ = useOpenNotification(() => setOpen(false));
  // Any way out of the panel (a project's link, the back button) closes it.
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  const count = unread.data?.count ?? 0;

  const panel = (
    <div data-testid="notification-panel" style={{ width: isMobile ? '100%' : 360 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', padding: '8px 12px' }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={count === 0} loading={all.isPending} onClick={() => all.mutate()} data-testid="notifications-read-all">
          {t('notifications.markAllRead')}
        </Button>
      </Space>
      {recent.isLoading ? (
        <Spin style={{ display: 'block', margin: '24px auto' }} />
      ) : recent.data && recent.data.items.length > 0 ? (
        <List size="small" dataSource={recent.data.items} renderItem={(n) => <NotificationItem n={n} onOpen={open_} />} style={{ maxHeight: isMobile ? undefined : 420, overflow: 'auto' }} />
      ) : (
        <EmptyState description={t('notifications.empty')} hint={t('lists.notificationsHint')} />
      )}
      <div style={{ textAlign: 'center', padding: 8, borderTop: '1px solid rgba(0,0,0,0.06)' }}>
        <Button
          type="link"
          data-testid="notifications-view-all"
          onClick={() => {
            setOpen(false);
            navigate('/notifications');
          }}
        >
          {t('notifications.viewAll')}
        </Button>
      </div>
    </div>
  );

  const bell = (
    <Button type="text" aria-label={count > 0 ? `${t('notifications.bell')} ${count > 99 ? '99+' : count}` : t('notifications.bell')} data-testid="notification-bell" onClick={isMobile ? () => setOpen(true) : undefined} style={{ height: 40 }}>
      <Badge count={count} size="small" overflowCount={99} data-testid="notification-badge">
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Button>
  );

  if (isMobile) {
    return (
      <>
        {bell}
        <Drawer placement="right" width="100%" open={open} onClose={() => setOpen(false)} title={t('notifications.title')} styles={{ body: { padding: 0 } }}>
          {panel}
        </Drawer>
      </>
    );
  }

  return (
    <Dropdown
      open={open}
      onOpenChange={setOpen}
      trigger={['click']}
      placement="bottomRight"
      popupRender={() => <div className="ant-dropdown-menu" style={{ padding: 0 }}>{panel}</div>}
    >
      {bell}
    </Dropdown>
  );
}

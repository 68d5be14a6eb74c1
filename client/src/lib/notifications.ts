import type { TFunction } from 'i18next';
import type { NotificationDto } from '../api';

export interface NotificationText {
  title: string;
  body: string;
  /** Where clicking the notification goes. */
  link: string;
}

/**
 * Words a notification in the current language from its kind and parameters (the server stores no text).
 * Filers' notifications open the filing; a reviewer's digest opens the review queue.
 */
export function describeNotification(n: NotificationDto, t: TFunction): NotificationText {
  const project = n.projectName || t('notifications.unnamed');
  const params = {
    project,
    reason: n.reason ?? '',
    date: n.date ?? '',
    dueToday: n.dueToday ?? 0,
    overdue: n.overdue ?? 0,
  };
  const link = n.kind === 'ReviewDigest' ? '/review' : n.filingId ? `/filings/${n.filingId}` : '/notifications';
  return {
    title: t(`notifications.kind.${n.kind}.title`, params),
    body: t(`notifications.kind.${n.kind}.body`, params),
    link,
  };
}

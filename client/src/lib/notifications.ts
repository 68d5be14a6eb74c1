import type { TFunction } from 'i18next';
import type { NotificationDto } from '../api';

export interface NotificationText {
  title: string;
  body: string;
  /** Where clicking the notification goes. */
  link: string;
}

/** A quarterly scheduling notification (report ready, targets lagging): it opens the quarterly page. */
const quarterly = (n: NotificationDto) => n.kind === 'QuarterlyReportReady' || n.kind === 'QuarterlyTargetsLagging';

/**
 * Where a notification points: filers' go to the filing, reviewers' to the review queue or the filing under re-review. An
 * association's user cannot open a filing: what concerns its association (a confirmed credit) opens its portal.
 */
function linkOf(n: NotificationDto, roles: readonly string[]): string {
  if (roles.includes('Association')) return '/association';
  if (n.kind === 'ReviewDigest') return '/review';
  if (n.kind === 'ServiceDigest') return '/projects/service';
  if (n.kind === 'RewardsApproved') return '/association';
  if (n.kind === 'LeadAssigned') return '/leads?status=Assigned';
  if (n.kind === 'LeadOpinionRequested') return '/association';
  if (n.kind === 'EventDecided') return '/association';
  if (quarterly(n)) return '/quarterly';
  if (n.kind === 'EvaluationScoringOpened') return n.year ? `/evaluations/${n.year}` : '/evaluations';
  if (n.kind === 'EvaluationPublished') return '/association';
  if (n.kind === 'ObjectionLodged') return n.filingId ? `/review/${n.filingId}` : '/objections';
  return n.filingId ? `/filings/${n.filingId}` : '/notifications';
}

/**
 * Words a notification in the current language from its kind and parameters (the server stores no text).
 * Filers' notifications open the filing; a reviewer's digest opens the review queue, a new objection the filing
 * (as reviewers see it, with its objections).
 */
export function describeNotification(n: NotificationDto, t: TFunction, roles: readonly string[] = []): NotificationText {
  const project = n.projectName || t('notifications.unnamed');
  const params = {
    project,
    reason: n.reason ?? '',
    date: n.date ?? '',
    dueToday: n.dueToday ?? 0,
    overdue: n.overdue ?? 0,
    revisitsDue: n.revisitsDue ?? 0,
    problemsOverdue: n.problemsOverdue ?? 0,
    year: n.year ?? '',
    // A quarterly report's notifications: the date is the quarter's last day; a lagging one's reason lists the lagging
    // targets (camelCase metric names, comma-separated), worded in the reader's language.
    quarter: n.date ? Math.floor((Number(n.date.slice(5, 7)) - 1) / 3) + 1 : '',
    targets: quarterly(n)
      ? (n.reason ?? '').split(',').filter(Boolean).map((m) => t(`metric.${m.charAt(0).toUpperCase()}${m.slice(1)}`)).join(t('notifications.listSeparator'))
      : '',
    rank: n.rank ?? '',
    score: n.score ?? '',
  };
  return {
    title: t(`notifications.kind.${n.kind}.${n.kind === 'EventDecided' && n.reason ? 'rejectedTitle' : 'title'}`, params),
    // An event's decision: confirmed (no reason) or rejected with the center's reason.
    body: t(`notifications.kind.${n.kind}.${n.kind === 'EventDecided' && n.reason ? 'rejectedBody' : 'body'}`, params),
    link: linkOf(n, roles),
  };
}

import type { Role } from '../auth/roles';

/** One entry of the side menu. `path` is a client route, or a server URL when `external`. */
export interface NavItem {
  key: string;
  path: string;
  labelKey: string;
  testId: string;
  icon: NavIcon;
  roles: readonly Role[];
  external?: boolean;
}

export type NavIcon =
  | 'dashboard'
  | 'units'
  | 'users'
  | 'apiKeys'
  | 'webhooks'
  | 'audit'
  | 'jobs'
  | 'reference'
  | 'review'
  | 'filings'
  | 'myUnit'
  | 'reserve'
  | 'analysis'
  | 'association'
  | 'calendar'
  | 'publications'
  | 'objections'
  | 'projects'
  | 'verification'
  | 'rewards'
  | 'ambassadors'
  | 'natives'
  | 'targeting'
  | 'leads';

/** Menu order is the order of this list; a user sees the items any of their roles grants. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', path: '/dashboard', labelKey: 'nav.dashboard', testId: 'nav-dashboard', icon: 'dashboard', roles: ['Admin', 'Reviewer', 'Filer', 'Leader'] },
  { key: 'review-queue', path: '/review', labelKey: 'nav.reviewQueue', testId: 'nav-review-queue', icon: 'review', roles: ['Reviewer'] },
  { key: 'verification-queue', path: '/review/verification', labelKey: 'nav.verificationQueue', testId: 'nav-verification-queue', icon: 'verification', roles: ['Reviewer'] },
  { key: 'credit-queue', path: '/review/credits', labelKey: 'nav.creditQueue', testId: 'nav-credit-queue', icon: 'verification', roles: ['Reviewer'] },
  { key: 'publications', path: '/publications', labelKey: 'nav.publications', testId: 'nav-publications', icon: 'publications', roles: ['Reviewer', 'Admin'] },
  { key: 'objections', path: '/objections', labelKey: 'nav.objections', testId: 'nav-objections', icon: 'objections', roles: ['Reviewer', 'Admin'] },
  { key: 'filings', path: '/filings', labelKey: 'nav.filings', testId: 'nav-filings', icon: 'filings', roles: ['Filer', 'Leader'] },
  { key: 'projects', path: '/projects', labelKey: 'nav.projects', testId: 'nav-projects', icon: 'projects', roles: ['Filer', 'Leader'] },
  { key: 'leads', path: '/leads', labelKey: 'nav.leads', testId: 'nav-leads', icon: 'leads', roles: ['Reviewer', 'Admin', 'Filer'] },
  { key: 'events', path: '/events', labelKey: 'nav.events', testId: 'nav-events', icon: 'calendar', roles: ['Reviewer', 'Admin', 'Filer', 'Leader'] },
  { key: 'publicity', path: '/publicity', labelKey: 'nav.publicity', testId: 'nav-publicity', icon: 'publications', roles: ['Reviewer', 'Admin', 'Leader'] },
  { key: 'my-unit', path: '/my-unit', labelKey: 'nav.myUnit', testId: 'nav-my-unit', icon: 'myUnit', roles: ['Filer'] },
  { key: 'analysis', path: '/analysis', labelKey: 'nav.analysis', testId: 'nav-analysis', icon: 'analysis', roles: ['Leader', 'Reviewer', 'Admin'] },
  { key: 'service-due', path: '/projects/service', labelKey: 'nav.serviceDue', testId: 'nav-service-due', icon: 'review', roles: ['Filer', 'Reviewer', 'Admin', 'Leader'] },
  { key: 'reserve', path: '/reserve', labelKey: 'nav.reserve', testId: 'nav-reserve', icon: 'reserve', roles: ['Leader', 'Reviewer', 'Admin'] },
  { key: 'rewards', path: '/rewards', labelKey: 'nav.rewards', testId: 'nav-rewards', icon: 'rewards', roles: ['Reviewer', 'Admin', 'Leader'] },
  { key: 'targeting', path: '/targeting', labelKey: 'nav.targeting', testId: 'nav-targeting', icon: 'targeting', roles: ['Admin', 'Reviewer', 'Leader'] },
  { key: 'association', path: '/association', labelKey: 'nav.association', testId: 'nav-association', icon: 'association', roles: ['Association'] },
  { key: 'units', path: '/units', labelKey: 'nav.units', testId: 'nav-units', icon: 'units', roles: ['Admin'] },
  { key: 'users', path: '/users', labelKey: 'nav.users', testId: 'nav-users', icon: 'users', roles: ['Admin'] },
  { key: 'api-keys', path: '/api-keys', labelKey: 'nav.apiKeys', testId: 'nav-api-keys', icon: 'apiKeys', roles: ['Admin'] },
  { key: 'webhooks', path: '/admin/webhooks', labelKey: 'nav.webhooks', testId: 'nav-webhooks', icon: 'webhooks', roles: ['Admin'] },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', testId: 'nav-audit', icon: 'audit', roles: ['Admin'] },
  { key: 'calendar', path: '/admin/calendar', labelKey: 'nav.calendar', testId: 'nav-calendar', icon: 'calendar', roles: ['Admin'] },
  { key: 'associations', path: '/admin/associations', labelKey: 'nav.associations', testId: 'nav-associations', icon: 'association', roles: ['Admin', 'Reviewer', 'Leader'] },
  { key: 'reward-policies', path: '/admin/reward-policies', labelKey: 'nav.rewardPolicies', testId: 'nav-reward-policies', icon: 'rewards', roles: ['Admin'] },
  { key: 'purchased-service', path: '/admin/purchased-service', labelKey: 'nav.purchasedService', testId: 'nav-purchased-service', icon: 'association', roles: ['Admin', 'Reviewer', 'Leader'] },
  { key: 'ambassadors', path: '/admin/ambassadors', labelKey: 'nav.ambassadors', testId: 'nav-ambassadors', icon: 'ambassadors', roles: ['Admin', 'Reviewer'] },
  { key: 'natives', path: '/admin/natives', labelKey: 'nav.natives', testId: 'nav-natives', icon: 'natives', roles: ['Admin', 'Reviewer'] },
  { key: 'reference-data', path: '/reference-data', labelKey: 'nav.referenceData', testId: 'nav-reference-data', icon: 'reference', roles: ['Admin', 'Reviewer'] },
  { key: 'hangfire', path: '/hangfire', labelKey: 'nav.hangfire', testId: 'nav-hangfire', icon: 'jobs', roles: ['Admin'], external: true },
];

const grants = (item: NavItem, roles: readonly string[]) => item.roles.some((r) => roles.includes(r));

/** The menu a user with these roles sees. */
export function menuForRoles(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => grants(item, roles));
}

/** Label key for the dashboard entry: leaders get the cockpit, everyone else the workbench. */
export function dashboardLabelKey(roles: readonly string[]): string {
  const onlyLeader = roles.includes('Leader') && !roles.some((r) => r === 'Admin' || r === 'Reviewer' || r === 'Filer');
  return onlyLeader ? 'nav.leaderDashboard' : 'nav.dashboard';
}

/** Routes with no menu entry of their own whose roles differ from the menu entry above them. */
const ROUTE_GUARDS: readonly { pattern: RegExp; roles: readonly Role[] }[] = [
  // Writing a filing: filers only (leaders read the list and details).
  { pattern: /^\/filings\/new\/?$/, roles: ['Filer'] },
  { pattern: /^\/filings\/[^/]+\/edit\/?$/, roles: ['Filer'] },
  // Tracked projects: filers their unit's, staff every unit's (reviewers open them from 核实队列); the verification queue: ReadReview.
  { pattern: /^\/projects(\/[^/]+)?\/?$/, roles: ['Filer', 'Reviewer', 'Admin', 'Leader'] },
  { pattern: /^\/review\/verification\/?$/, roles: ['Reviewer', 'Admin', 'Leader'] },
  { pattern: /^\/review\/credits\/?$/, roles: ['Reviewer', 'Admin', 'Leader'] },
  // Recording a lead: everyone inside the system, associations too (the list is the center's and filers').
  { pattern: /^\/leads\/new\/?$/, roles: ['Filer', 'Reviewer', 'Admin', 'Association'] },
  // A filing as reviewers see it (with its objections): admins decide objections too, so they open it from 异议复核.
  { pattern: /^\/review\/[^/]+\/?$/, roles: ['Reviewer', 'Admin'] },
];

/** Roles allowed on a client route; undefined means any signed-in user. */
export function rolesForPath(pathname: string): readonly Role[] | undefined {
  const guard = ROUTE_GUARDS.find((g) => g.pattern.test(pathname));
  if (guard) return guard.roles;
  const item = NAV_ITEMS.find((i) => !i.external && (pathname === i.path || pathname.startsWith(`${i.path}/`)));
  return item?.roles;
}

export function canAccessPath(pathname: string, roles: readonly string[]): boolean {
  const allowed = rolesForPath(pathname);
  return !allowed || allowed.some((r) => roles.includes(r));
}

/** Where to land after login: the first menu entry the user has. */
export function homePathFor(roles: readonly string[]): string {
  return menuForRoles(roles).find((i) => !i.external)?.path ?? '/change-password';
}

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
  /** The section it is listed under when the menu is long enough to be grouped; none: above every group (the dashboard). */
  group?: NavGroup;
}

export type NavGroup = 'filings' | 'tracking' | 'network' | 'rewards' | 'system';

/** The side menu's groups in order, each with its heading (备案审核, 项目跟踪与分析, 商协会与人脉, 认定与奖励, 系统管理). */
export const NAV_GROUPS: readonly { key: NavGroup; labelKey: string }[] = [
  { key: 'filings', labelKey: 'navGroup.filings' },
  { key: 'tracking', labelKey: 'navGroup.tracking' },
  { key: 'network', labelKey: 'navGroup.network' },
  { key: 'rewards', labelKey: 'navGroup.rewards' },
  { key: 'system', labelKey: 'navGroup.system' },
];

/** A menu of more items than this is shown in groups (admins, reviewers, leaders); a shorter one stays one flat list. */
export const MAX_FLAT_MENU = 8;

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

/**
 * Menu order is the order of this list, grouped: the dashboard first, then each group's items together in NAV_GROUPS order
 * (menu.test.ts checks it). A user sees the items any of their roles grants.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', path: '/dashboard', labelKey: 'nav.dashboard', testId: 'nav-dashboard', icon: 'dashboard', roles: ['Admin', 'Reviewer', 'Filer', 'Leader'] },
  { key: 'filings', path: '/filings', labelKey: 'nav.filings', testId: 'nav-filings', icon: 'filings', group: 'filings', roles: ['Filer', 'Leader'] },
  { key: 'review-queue', path: '/review', labelKey: 'nav.reviewQueue', testId: 'nav-review-queue', icon: 'review', group: 'filings', roles: ['Reviewer'] },
  { key: 'publications', path: '/publications', labelKey: 'nav.publications', testId: 'nav-publications', icon: 'publications', group: 'filings', roles: ['Reviewer', 'Admin'] },
  { key: 'objections', path: '/objections', labelKey: 'nav.objections', testId: 'nav-objections', icon: 'objections', group: 'filings', roles: ['Reviewer', 'Admin'] },
  { key: 'projects', path: '/projects', labelKey: 'nav.projects', testId: 'nav-projects', icon: 'projects', group: 'tracking', roles: ['Filer', 'Leader'] },
  { key: 'verification-queue', path: '/review/verification', labelKey: 'nav.verificationQueue', testId: 'nav-verification-queue', icon: 'verification', group: 'tracking', roles: ['Reviewer'] },
  { key: 'service-due', path: '/projects/service', labelKey: 'nav.serviceDue', testId: 'nav-service-due', icon: 'review', group: 'tracking', roles: ['Filer', 'Reviewer', 'Admin', 'Leader'] },
  { key: 'analysis', path: '/analysis', labelKey: 'nav.analysis', testId: 'nav-analysis', icon: 'analysis', group: 'tracking', roles: ['Leader', 'Reviewer', 'Admin'] },
  { key: 'reserve', path: '/reserve', labelKey: 'nav.reserve', testId: 'nav-reserve', icon: 'reserve', group: 'tracking', roles: ['Leader', 'Reviewer', 'Admin'] },
  { key: 'quarterly', path: '/quarterly', labelKey: 'nav.quarterly', testId: 'nav-quarterly', icon: 'analysis', group: 'tracking', roles: ['Filer', 'Reviewer', 'Admin', 'Leader'] },
  { key: 'targets', path: '/admin/targets', labelKey: 'nav.targets', testId: 'nav-targets', icon: 'reference', group: 'tracking', roles: ['Admin', 'Reviewer', 'Leader'] },
  { key: 'leads', path: '/leads', labelKey: 'nav.leads', testId: 'nav-leads', icon: 'leads', group: 'network', roles: ['Reviewer', 'Admin', 'Filer'] },
  { key: 'events', path: '/events', labelKey: 'nav.events', testId: 'nav-events', icon: 'calendar', group: 'network', roles: ['Reviewer', 'Admin', 'Filer', 'Leader'] },
  { key: 'publicity', path: '/publicity', labelKey: 'nav.publicity', testId: 'nav-publicity', icon: 'publications', group: 'network', roles: ['Reviewer', 'Admin', 'Leader'] },
  { key: 'targeting', path: '/targeting', labelKey: 'nav.targeting', testId: 'nav-targeting', icon: 'targeting', group: 'network', roles: ['Admin', 'Reviewer', 'Leader'] },
  { key: 'association', path: '/association', labelKey: 'nav.association', testId: 'nav-association', icon: 'association', group: 'network', roles: ['Association'] },
  { key: 'associations', path: '/admin/associations', labelKey: 'nav.associations', testId: 'nav-associations', icon: 'association', group: 'network', roles: ['Admin', 'Reviewer', 'Leader'] },
  { key: 'purchased-service', path: '/admin/purchased-service', labelKey: 'nav.purchasedService', testId: 'nav-purchased-service', icon: 'association', group: 'network', roles: ['Admin', 'Reviewer', 'Leader'] },
  { key: 'ambassadors', path: '/admin/ambassadors', labelKey: 'nav.ambassadors', testId: 'nav-ambassadors', icon: 'ambassadors', group: 'network', roles: ['Admin', 'Reviewer'] },
  { key: 'natives', path: '/admin/natives', labelKey: 'nav.natives', testId: 'nav-natives', icon: 'natives', group: 'network', roles: ['Admin', 'Reviewer'] },
  { key: 'credit-queue', path: '/review/credits', labelKey: 'nav.creditQueue', testId: 'nav-credit-queue', icon: 'verification', group: 'rewards', roles: ['Reviewer'] },
  { key: 'rewards', path: '/rewards', labelKey: 'nav.rewards', testId: 'nav-rewards', icon: 'rewards', group: 'rewards', roles: ['Reviewer', 'Admin', 'Leader'] },
  { key: 'evaluations', path: '/evaluations', labelKey: 'nav.evaluations', testId: 'nav-evaluations', icon: 'rewards', group: 'rewards', roles: ['Reviewer', 'Admin', 'Leader'] },
  { key: 'evaluation-schemes', path: '/admin/evaluation-schemes', labelKey: 'nav.evaluationSchemes', testId: 'nav-evaluation-schemes', icon: 'rewards', group: 'rewards', roles: ['Admin'] },
  { key: 'reward-policies', path: '/admin/reward-policies', labelKey: 'nav.rewardPolicies', testId: 'nav-reward-policies', icon: 'rewards', group: 'rewards', roles: ['Admin'] },
  { key: 'my-unit', path: '/my-unit', labelKey: 'nav.myUnit', testId: 'nav-my-unit', icon: 'myUnit', group: 'system', roles: ['Filer'] },
  { key: 'units', path: '/units', labelKey: 'nav.units', testId: 'nav-units', icon: 'units', group: 'system', roles: ['Admin'] },
  { key: 'users', path: '/users', labelKey: 'nav.users', testId: 'nav-users', icon: 'users', group: 'system', roles: ['Admin'] },
  { key: 'api-keys', path: '/api-keys', labelKey: 'nav.apiKeys', testId: 'nav-api-keys', icon: 'apiKeys', group: 'system', roles: ['Admin'] },
  { key: 'webhooks', path: '/admin/webhooks', labelKey: 'nav.webhooks', testId: 'nav-webhooks', icon: 'webhooks', group: 'system', roles: ['Admin'] },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', testId: 'nav-audit', icon: 'audit', group: 'system', roles: ['Admin'] },
  { key: 'calendar', path: '/admin/calendar', labelKey: 'nav.calendar', testId: 'nav-calendar', icon: 'calendar', group: 'system', roles: ['Admin'] },
  { key: 'reference-data', path: '/reference-data', labelKey: 'nav.referenceData', testId: 'nav-reference-data', icon: 'reference', group: 'system', roles: ['Admin', 'Reviewer'] },
  { key: 'hangfire', path: '/hangfire', labelKey: 'nav.hangfire', testId: 'nav-hangfire', icon: 'jobs', group: 'system', roles: ['Admin'], external: true },
];

const grants = (item: NavItem, roles: readonly string[]) => item.roles.some((r) => roles.includes(r));

/** The menu a user with these roles sees. */
export function menuForRoles(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => grants(item, roles));
}

/** One stretch of the side menu: a group with its heading, or (no group) items listed without one. */
export interface MenuSection {
  group?: NavGroup;
  labelKey?: string;
  items: NavItem[];
}

/**
 * The menu as the side bar lists it: one flat section when it has at most MAX_FLAT_MENU items; otherwise the ungrouped items
 * (the dashboard) first, then each group that has any of the items, in NAV_GROUPS order. No item is dropped or repeated.
 */
export function menuSections(items: readonly NavItem[]): MenuSection[] {
  if (items.length <= MAX_FLAT_MENU) return items.length ? [{ items: [...items] }] : [];
  const sections: MenuSection[] = [];
  const ungrouped = items.filter((i) => !i.group);
  if (ungrouped.length) sections.push({ items: ungrouped });
  for (const g of NAV_GROUPS) {
    const inGroup = items.filter((i) => i.group === g.key);
    if (inGroup.length) sections.push({ group: g.key, labelKey: g.labelKey, items: inGroup });
  }
  return sections;
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
  // The longest matching path wins, whatever the menu order: /projects/service before /projects.
  const item = NAV_ITEMS.filter((i) => !i.external && (pathname === i.path || pathname.startsWith(`${i.path}/`))).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
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

import { describe, expect, it } from 'vitest';
import { MAX_FLAT_MENU, NAV_GROUPS, NAV_ITEMS, canAccessPath, dashboardLabelKey, homePathFor, menuForRoles, menuSections } from './menu';

const ids = (roles: string[]) => menuForRoles(roles).map((i) => i.testId);

const ADMIN = [
  'nav-dashboard',
  'nav-publications',
  'nav-objections',
  'nav-service-due',
  'nav-analysis',
  'nav-reserve',
  'nav-quarterly',
  'nav-targets',
  'nav-leads',
  'nav-events',
  'nav-publicity',
  'nav-targeting',
  'nav-associations',
  'nav-purchased-service',
  'nav-ambassadors',
  'nav-natives',
  'nav-rewards',
  'nav-evaluations',
  'nav-evaluation-schemes',
  'nav-reward-policies',
  'nav-units',
  'nav-users',
  'nav-api-keys',
  'nav-webhooks',
  'nav-audit',
  'nav-calendar',
  'nav-reference-data',
  'nav-hangfire',
];
const REVIEWER = [
  'nav-dashboard',
  'nav-review-queue',
  'nav-publications',
  'nav-objections',
  'nav-verification-queue',
  'nav-service-due',
  'nav-analysis',
  'nav-reserve',
  'nav-quarterly',
  'nav-targets',
  'nav-leads',
  'nav-events',
  'nav-publicity',
  'nav-targeting',
  'nav-associations',
  'nav-purchased-service',
  'nav-ambassadors',
  'nav-natives',
  'nav-credit-queue',
  'nav-rewards',
  'nav-evaluations',
  'nav-reference-data',
];
const FILER = ['nav-dashboard', 'nav-filings', 'nav-projects', 'nav-service-due', 'nav-quarterly', 'nav-leads', 'nav-events', 'nav-my-unit'];
const LEADER = [
  'nav-dashboard',
  'nav-filings',
  'nav-projects',
  'nav-service-due',
  'nav-analysis',
  'nav-reserve',
  'nav-quarterly',
  'nav-targets',
  'nav-events',
  'nav-publicity',
  'nav-targeting',
  'nav-associations',
  'nav-purchased-service',
  'nav-rewards',
  'nav-evaluations',
];

describe('menuForRoles', () => {
  it('gives an admin the administration menu', () => {
    expect(ids(['Admin'])).toEqual(ADMIN);
    expect(menuForRoles(['Admin']).find((i) => i.key === 'calendar')?.path).toBe('/admin/calendar');
    expect(menuForRoles(['Admin']).find((i) => i.key === 'associations')?.path).toBe('/admin/associations');
    expect(menuForRoles(['Admin']).find((i) => i.key === 'hangfire')).toMatchObject({ external: true, path: '/hangfire' });
  });

  it('gives a reviewer the review queues and reference data, no administration', () => {
    expect(ids(['Reviewer'])).toEqual(REVIEWER);
    expect(canAccessPath('/review/credits', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/review/credits', ['Filer'])).toBe(false);
    expect(canAccessPath('/admin/purchased-service', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/admin/purchased-service', ['Filer'])).toBe(false);
    expect(canAccessPath('/admin/ambassadors/abc/certificate', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/admin/natives', ['Leader'])).toBe(false);
    expect(canAccessPath('/targeting', ['Filer'])).toBe(false);
    expect(canAccessPath('/publications', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/publications', ['Filer'])).toBe(false);
    expect(canAccessPath('/objections', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/objections', ['Admin'])).toBe(true);
    expect(canAccessPath('/objections', ['Filer'])).toBe(false);
    expect(canAccessPath('/objections', ['Leader'])).toBe(false);
    expect(menuForRoles(['Reviewer']).find((i) => i.key === 'review-queue')?.path).toBe('/review');
  });

  it('gives a filer filings and their own unit', () => {
    expect(ids(['Filer'])).toEqual(FILER);
    expect(homePathFor(['Filer'])).toBe('/dashboard');
    expect(canAccessPath('/leads', ['Filer'])).toBe(true);
    expect(canAccessPath('/leads/new', ['Association'])).toBe(true);
    expect(canAccessPath('/leads', ['Association'])).toBe(false);
    expect(canAccessPath('/leads', ['Leader'])).toBe(false);
    expect(canAccessPath('/projects/abc', ['Filer'])).toBe(true);
    expect(canAccessPath('/projects/abc', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/projects/service', ['Filer'])).toBe(true);
    expect(canAccessPath('/projects/service', ['Association'])).toBe(false);
    expect(canAccessPath('/review/verification', ['Filer'])).toBe(false);
    expect(canAccessPath('/review/verification', ['Leader'])).toBe(true);
  });

  it('gives a leader the cockpit, the filings (read-only), the analysis and the reserve list', () => {
    expect(ids(['Leader'])).toEqual(LEADER);
    expect(canAccessPath('/admin/associations/abc', ['Leader'])).toBe(true);
    expect(canAccessPath('/admin/associations/abc', ['Filer'])).toBe(false);
    expect(canAccessPath('/rewards', ['Filer'])).toBe(false);
    expect(canAccessPath('/rewards', ['Association'])).toBe(false);
    expect(canAccessPath('/targeting', ['Leader'])).toBe(true);
    expect(canAccessPath('/analysis', ['Filer'])).toBe(false);
    expect(canAccessPath('/reserve', ['Filer'])).toBe(false);
    expect(dashboardLabelKey(['Leader'])).toBe('nav.leaderDashboard');
    expect(dashboardLabelKey(['Admin'])).toBe('nav.dashboard');
  });

  it('gives an association only its projects', () => {
    expect(ids(['Association'])).toEqual(['nav-association']);
    expect(homePathFor(['Association'])).toBe('/association');
  });

  it('gives nothing for no or unknown roles', () => {
    expect(ids([])).toEqual([]);
    expect(ids(['Hacker'])).toEqual([]);
  });

  it('unions several roles without duplicates', () => {
    const both = ids(['Reviewer', 'Admin']);
    expect(new Set(both).size).toBe(both.length);
    expect(both).toContain('nav-review-queue');
    expect(both).toContain('nav-users');
  });
});

const sectionIds = (roles: string[]) =>
  menuSections(menuForRoles(roles)).map((s) => [s.group ?? null, s.items.map((i) => i.testId)] as const);

describe('menuSections', () => {
  it('lists the items in their groups: the dashboard first, then each group together in NAV_GROUPS order', () => {
    const order = NAV_ITEMS.map((i) => (i.group ? NAV_GROUPS.findIndex((g) => g.key === i.group) : -1));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(NAV_ITEMS.filter((i) => !i.group).map((i) => i.key)).toEqual(['dashboard']);
    expect(NAV_GROUPS.map((g) => g.labelKey)).toEqual(NAV_GROUPS.map((g) => `navGroup.${g.key}`));
  });

  it('groups the admin menu under headings without losing or repeating an item', () => {
    expect(sectionIds(['Admin'])).toEqual([
      [null, ['nav-dashboard']],
      ['filings', ['nav-publications', 'nav-objections']],
      ['tracking', ['nav-service-due', 'nav-analysis', 'nav-reserve', 'nav-quarterly', 'nav-targets']],
      ['network', ['nav-leads', 'nav-events', 'nav-publicity', 'nav-targeting', 'nav-associations', 'nav-purchased-service', 'nav-ambassadors', 'nav-natives']],
      ['rewards', ['nav-rewards', 'nav-evaluations', 'nav-evaluation-schemes', 'nav-reward-policies']],
      ['system', ['nav-units', 'nav-users', 'nav-api-keys', 'nav-webhooks', 'nav-audit', 'nav-calendar', 'nav-reference-data', 'nav-hangfire']],
    ]);
    expect(sectionIds(['Admin']).flatMap(([, items]) => items)).toEqual(ADMIN);
  });

  it('groups the reviewer and leader menus (more than MAX_FLAT_MENU items), in the same order as menuForRoles', () => {
    for (const [roles, expected] of [
      [['Reviewer'], REVIEWER],
      [['Leader'], LEADER],
      [['Reviewer', 'Admin'], ids(['Reviewer', 'Admin'])],
    ] as const) {
      const sections = menuSections(menuForRoles(roles));
      expect(expected.length).toBeGreaterThan(MAX_FLAT_MENU);
      expect(sections.every((s) => s.items.length > 0)).toBe(true);
      expect(sections.slice(1).every((s) => s.group && s.labelKey === `navGroup.${s.group}`)).toBe(true);
      expect(sections.flatMap((s) => s.items.map((i) => i.testId))).toEqual(expected);
    }
    expect(sectionIds(['Reviewer']).map(([g]) => g)).toEqual([null, 'filings', 'tracking', 'network', 'rewards', 'system']);
    expect(sectionIds(['Leader']).map(([g]) => g)).toEqual([null, 'filings', 'tracking', 'network', 'rewards']);
  });

  it('keeps a short menu one flat list', () => {
    expect(sectionIds(['Filer'])).toEqual([[null, FILER]]);
    expect(sectionIds(['Association'])).toEqual([[null, ['nav-association']]]);
    expect(menuSections([])).toEqual([]);
  });
});

describe('canAccessPath', () => {
  it('guards admin pages by role', () => {
    expect(canAccessPath('/users', ['Admin'])).toBe(true);
    expect(canAccessPath('/users', ['Filer'])).toBe(false);
    expect(canAccessPath('/users/123', ['Filer'])).toBe(false);
    expect(canAccessPath('/my-unit', ['Admin'])).toBe(false);
    expect(canAccessPath('/reference-data', ['Reviewer'])).toBe(true);
  });

  it('guards the filing and review screens', () => {
    expect(canAccessPath('/filings', ['Filer'])).toBe(true);
    expect(canAccessPath('/filings', ['Leader'])).toBe(true);
    expect(canAccessPath('/filings/abc', ['Leader'])).toBe(true);
    expect(canAccessPath('/filings/new', ['Filer'])).toBe(true);
    expect(canAccessPath('/filings/new', ['Leader'])).toBe(false);
    expect(canAccessPath('/filings/abc/edit', ['Filer'])).toBe(true);
    expect(canAccessPath('/filings/abc/edit', ['Leader'])).toBe(false);
    expect(canAccessPath('/filings', ['Reviewer'])).toBe(false);
    expect(canAccessPath('/review', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/review/abc', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/review', ['Filer'])).toBe(false);
    // Admins open a filing from 异议复核, but the queue stays the reviewers'.
    expect(canAccessPath('/review/abc', ['Admin'])).toBe(true);
    expect(canAccessPath('/review', ['Admin'])).toBe(false);
    expect(canAccessPath('/review/abc', ['Filer'])).toBe(false);
    expect(canAccessPath('/review/abc', ['Leader'])).toBe(false);
    expect(canAccessPath('/admin/calendar', ['Admin'])).toBe(true);
    expect(canAccessPath('/admin/calendar', ['Reviewer'])).toBe(false);
    expect(canAccessPath('/admin/associations', ['Admin'])).toBe(true);
    expect(canAccessPath('/admin/associations', ['Filer'])).toBe(false);
  });

  it('lets any signed-in user reach unguarded pages', () => {
    expect(canAccessPath('/change-password', ['Association'])).toBe(true);
    expect(canAccessPath('/no-such-page', ['Filer'])).toBe(true);
  });
});

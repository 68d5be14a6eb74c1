import { describe, expect, it } from 'vitest';
import { canAccessPath, dashboardLabelKey, homePathFor, menuForRoles } from './menu';

const ids = (roles: string[]) => menuForRoles(roles).map((i) => i.testId);

describe('menuForRoles', () => {
  it('gives an admin the administration menu', () => {
    expect(ids(['Admin'])).toEqual([
      'nav-dashboard',
      'nav-publications',
      'nav-objections',
      'nav-leads',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-units',
      'nav-users',
      'nav-api-keys',
      'nav-webhooks',
      'nav-audit',
      'nav-calendar',
      'nav-associations',
      'nav-reward-policies',
      'nav-purchased-service',
      'nav-ambassadors',
      'nav-natives',
      'nav-reference-data',
      'nav-hangfire',
    ]);
    expect(menuForRoles(['Admin']).find((i) => i.key === 'calendar')?.path).toBe('/admin/calendar');
    expect(menuForRoles(['Admin']).find((i) => i.key === 'associations')?.path).toBe('/admin/associations');
    expect(menuForRoles(['Admin']).find((i) => i.key === 'hangfire')).toMatchObject({ external: true, path: '/hangfire' });
  });

  it('gives a reviewer the review queue and reference data, no administration', () => {
    expect(ids(['Reviewer'])).toEqual([
      'nav-dashboard',
      'nav-review-queue',
      'nav-verification-queue',
      'nav-credit-queue',
      'nav-publications',
      'nav-objections',
      'nav-leads',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
      'nav-ambassadors',
      'nav-natives',
      'nav-reference-data',
    ]);
    expect(ids(['Reviewer'])).toEqual([
      'nav-dashboard',
      'nav-review-queue',
      'nav-verification-queue',
      'nav-credit-queue',
      'nav-publications',
      'nav-objections',
      'nav-leads',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
      'nav-ambassadors',
      'nav-natives',
      'nav-reference-data',
    ]);
    expect(ids(['Reviewer'])).toEqual([
      'nav-dashboard',
      'nav-review-queue',
      'nav-verification-queue',
      'nav-credit-queue',
      'nav-publications',
      'nav-objections',
      'nav-leads',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
      'nav-ambassadors',
      'nav-natives',
      'nav-reference-data',
    ]);
    expect(canAccessPath('/review/credits', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/review/credits', ['Filer'])).toBe(false);
    expect(canAccessPath('/admin/purchased-service', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/admin/purchased-service', ['Filer'])).toBe(false);
    expect(ids(['Reviewer'])).toEqual([
      'nav-dashboard',
      'nav-review-queue',
      'nav-verification-queue',
      'nav-credit-queue',
      'nav-publications',
      'nav-objections',
      'nav-leads',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
      'nav-ambassadors',
      'nav-natives',
      'nav-reference-data',
    ]);
    expect(canAccessPath('/admin/ambassadors/abc/certificate', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/admin/natives', ['Leader'])).toBe(false);
    expect(canAccessPath('/targeting', ['Filer'])).toBe(false);
    expect(ids(['Reviewer'])).toEqual([
      'nav-dashboard',
      'nav-review-queue',
      'nav-verification-queue',
      'nav-credit-queue',
      'nav-publications',
      'nav-objections',
      'nav-leads',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
      'nav-ambassadors',
      'nav-natives',
      'nav-reference-data',
    ]);
    expect(canAccessPath('/publications', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/publications', ['Filer'])).toBe(false);
    expect(canAccessPath('/objections', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/objections', ['Admin'])).toBe(true);
    expect(canAccessPath('/objections', ['Filer'])).toBe(false);
    expect(canAccessPath('/objections', ['Leader'])).toBe(false);
    expect(menuForRoles(['Reviewer']).find((i) => i.key === 'review-queue')?.path).toBe('/review');
  });

  it('gives a filer filings and their own unit', () => {
    expect(ids(['Filer'])).toEqual([
      'nav-dashboard',
      'nav-filings',
      'nav-projects',
      'nav-leads',
      'nav-events',
      'nav-my-unit',
      'nav-service-due',
    ]);
    expect(canAccessPath('/leads', ['Filer'])).toBe(true);
    expect(canAccessPath('/leads/new', ['Association'])).toBe(true);
    expect(canAccessPath('/leads', ['Association'])).toBe(false);
    expect(canAccessPath('/leads', ['Leader'])).toBe(false);
    expect(canAccessPath('/events', ['Filer'])).toBe(true);
    expect(canAccessPath('/events', ['Association'])).toBe(false);
    expect(canAccessPath('/publicity', ['Filer'])).toBe(false);
    expect(canAccessPath('/publicity', ['Leader'])).toBe(true);
    expect(canAccessPath('/projects/abc', ['Filer'])).toBe(true);
    expect(canAccessPath('/projects/abc', ['Reviewer'])).toBe(true);
    expect(canAccessPath('/review/verification', ['Filer'])).toBe(false);
    expect(canAccessPath('/review/verification', ['Leader'])).toBe(true);
  });

  it('gives a leader the cockpit, the filings (read-only), the analysis and the reserve list', () => {
    expect(ids(['Leader'])).toEqual([
      'nav-dashboard',
      'nav-filings',
      'nav-projects',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
    ]);
    expect(canAccessPath('/admin/associations/abc', ['Leader'])).toBe(true);
    expect(canAccessPath('/admin/associations/abc', ['Filer'])).toBe(false);
    expect(ids(['Leader'])).toEqual([
      'nav-dashboard',
      'nav-filings',
      'nav-projects',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
    ]);
    expect(canAccessPath('/rewards', ['Filer'])).toBe(false);
    expect(canAccessPath('/rewards', ['Association'])).toBe(false);
    expect(ids(['Leader'])).toEqual([
      'nav-dashboard',
      'nav-filings',
      'nav-projects',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
    ]);
    expect(ids(['Leader'])).toEqual([
      'nav-dashboard',
      'nav-filings',
      'nav-projects',
      'nav-events',
      'nav-publicity',
      'nav-analysis',
      'nav-service-due',
      'nav-reserve',
      'nav-rewards',
      'nav-targeting',
      'nav-associations',
      'nav-purchased-service',
    ]);
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

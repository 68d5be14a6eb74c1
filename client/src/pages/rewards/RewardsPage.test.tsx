import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const leader = { id: '5', userName: 'leader', displayName: '王市长', roles: ['Leader'] };
const association = { id: '6', userName: 'association', displayName: '北京常德商会联络员', roles: ['Association'] };
const calculation = {
  id: 'c1', year: 2025, revision: 1, status: 'Submitted', policyId: 'p1', policyName: '政策', countUntil: '2025-12-31', annualCapYuan: 1000000,
  calculatedAt: '2026-01-05T02:00:00Z', lineCount: 3, totalPayable: 1000000, submittedAt: '2026-01-05T03:00:00Z', approvedByName: null, approvedAt: null,
  paidOn: null, voucherNumber: null, version: 2,
};
const line = (id: string, projectName: string | null, outcome: string, amount: number) => ({
  id, associationId: 'a1', associationName: '江西商会', projectId: projectName ? `p-${id}` : null, projectName, category: projectName ? 'Industrial' : null,
  countedFunds: 300000000, outcome, reasonCode: `reward.${outcome}`, amount,
});

describe('RewardsPage (奖励测算)', () => {
  beforeAll(async () => {
    await import('./RewardsPage');
    await import('../association/AssociationPortalPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the lines with their outcomes, the cap reduction and lets a leader approve', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: leader };
      if (url.startsWith('/api/rewards/calculations/c1/lines')) {
        return { status: 200, body: { items: [line('a', '三亿项目', 'Eligible', 300000), line('b', null, 'CapReduction', -500000)], page: 1, pageSize: 20, totalCount: 2 } };
      }
      if (url.startsWith('/api/rewards/calculations/c1')) {
        return { status: 200, body: { calculation, associations: [{ associationId: 'a1', associationName: '江西商会', projects: 5, eligibleProjects: 5, sum: 1500000, reduction: -500000, payable: 1000000 }] } };
      }
      if (url.startsWith('/api/rewards/calculations')) return { status: 200, body: [calculation] };
      return undefined;
    });
    renderRoutes(routes, '/rewards');

    const lines = await screen.findByTestId('reward-lines', undefined, { timeout: 15_000 });
    expect(await within(lines).findByText('三亿项目')).toBeInTheDocument();
    expect(within(lines).getAllByTestId('reward-outcome').map((t) => t.textContent)).toEqual(['符合奖励条件', '超上限核减']);
    expect(await screen.findByTestId('reward-associations')).toHaveTextContent('-50.00');
    expect(screen.getByTestId('reward-approve')).toBeInTheDocument();
    expect(screen.queryByTestId('reward-calculate')).not.toBeInTheDocument();
    expect(screen.getByTestId('reward-status')).toHaveTextContent('待批准');
  });

  it('shows the association its approved lines in the portal', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: association };
      if (url === '/api/association-portal/rewards') {
        return { status: 200, body: [{ year: 2025, revision: 1, status: 'Approved', paidOn: null, sum: 30000, reduction: 0, payable: 30000, lines: [line('a', '常德北斗智能制造基地', 'Eligible', 30000)] }] };
      }
      if (url.startsWith('/api/association-portal')) return { status: 200, body: { items: [], page: 1, pageSize: 20, totalCount: 0 } };
      return undefined;
    });
    renderRoutes(routes, '/association');

    const year = await screen.findByTestId('portal-reward-year-2025', undefined, { timeout: 15_000 });
    expect(within(year).getByTestId('portal-reward-payable')).toHaveTextContent('3.00');
    expect(year).toHaveTextContent('常德北斗智能制造基地');
  });
});

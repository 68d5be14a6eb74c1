import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const admin = { id: '3', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const leader = { id: '4', userName: 'leader', displayName: '王市长', roles: ['Leader'] };
const figures = (signed: number) => ({
  signedProjects: signed, signedOver1Billion: 4, signedOver5Billion: 1, startedProjects: 35, completedProjects: 28,
  fixedAssetInvestment: 2_500_000_000, fundsDomestic: 4_000_000_000, fundsForeign: 300_000_000,
});
const year = (y: number) => ({
  year: y,
  units: [
    { unitId: 'u1', unitCode: '430702', unitName: '武陵区', unitKind: 'County', year: y, figures: figures(50), version: 3, updatedAt: null },
    { unitId: 'u2', unitCode: '430703', unitName: '鼎城区', unitKind: 'County', year: y, figures: figures(40), version: null, updatedAt: null },
  ],
  cityTotal: { ...figures(90), signedOver1Billion: 8, signedOver5Billion: 2, startedProjects: 70, completedProjects: 56, fixedAssetInvestment: 5_000_000_000, fundsDomestic: 8_000_000_000, fundsForeign: 600_000_000 },
});

describe('TargetsPage (目标任务)', () => {
  beforeAll(async () => {
    await import('./TargetsPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("shows each unit's targets and the city's totals, and lets an admin save a unit's targets with the version read", async () => {
    const bodies: unknown[] = [];
    mockFetch((url, init) => {
      if (url === '/api/auth/me') return { status: 200, body: admin };
      if (url.startsWith('/api/targets/') && url.includes('/units/u1') && init.method === 'PUT') {
        bodies.push(JSON.parse(String(init.body)));
        return { status: 200, body: year(2026).units[0] };
      }
      if (/^\/api\/targets\/\d{4}$/.test(url)) return { status: 200, body: year(Number(url.slice(-4))) };
      return undefined;
    });
    renderRoutes(routes, '/admin/targets');

    expect(await screen.findByTestId('targets-total-signedProjects', undefined, { timeout: 15_000 })).toHaveTextContent('90');
    expect(screen.getByTestId('targets-total-fixedAssetInvestment')).toHaveTextContent('50 亿元');
    expect(screen.getByTestId('targets-import')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('targets-edit-430702'));
    const signed = await screen.findByTestId('targets-field-signedProjects');
    await userEvent.clear(signed);
    await userEvent.type(signed, '55');
    await userEvent.click(screen.getByTestId('targets-save'));
    expect(await screen.findByText('目标任务已保存。')).toBeInTheDocument();
    expect(bodies).toEqual([{ figures: { ...figures(55), fixedAssetInvestment: 2_500_000_000 }, version: 3 }]);
  });

  it('lets a leader read them without editing', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: leader };
      if (/^\/api\/targets\/\d{4}$/.test(url)) return { status: 200, body: year(Number(url.slice(-4))) };
      return undefined;
    });
    renderRoutes(routes, '/admin/targets');

    const table = await screen.findByTestId('targets-page', undefined, { timeout: 15_000 });
    expect(await within(table).findByText('鼎城区')).toBeInTheDocument();
    expect(screen.queryByTestId('targets-import')).not.toBeInTheDocument();
    expect(screen.queryByTestId('targets-edit-430702')).not.toBeInTheDocument();
  });
});

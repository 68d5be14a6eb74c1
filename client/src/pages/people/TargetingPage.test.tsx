import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const leader = { id: '1', userName: 'leader', displayName: '领导', roles: ['Leader'] };
const result = {
  regionCode: '440000',
  regionName: '广东省',
  industryChainId: null,
  industryChainName: null,
  associations: [{ id: 'a1', name: '深圳常德商会', kind: 'HometownChamberElsewhere', status: 'Established', homeRegionCode: '440300', homeRegionName: '深圳市', memberCount: 120, liaisonLeader: '副市长 李明' }],
  offices: [],
  members: [{ id: 'm1', associationId: 'a1', associationName: '深圳常德商会', companyName: '深圳装备公司', position: '会长单位', industryChainId: null, industryChainName: null }],
  natives: [],
};

describe('TargetingPage', () => {
  beforeAll(async () => {
    await import('./TargetingPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for an area first', async () => {
    mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: leader } : undefined));
    renderRoutes(routes, '/targeting');
    expect(await screen.findByText('请选择地区后查询', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByTestId('targeting-search')).toBeDisabled();
  });

  it('shows the area from the URL grouped: associations, offices, member companies, natives', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: leader };
      if (url.startsWith('/api/targeting?')) return { status: 200, body: result };
      return undefined;
    });
    renderRoutes(routes, '/targeting?regionCode=440000');
    const results = await screen.findByTestId('targeting-results', undefined, { timeout: 15_000 });
    expect(within(results).getByText('广东省')).toBeInTheDocument();
    expect(within(screen.getByTestId('targeting-associations')).getByText('深圳常德商会')).toBeInTheDocument();
    expect(within(screen.getByTestId('targeting-associations')).getByText(/联系市领导：副市长 李明/)).toBeInTheDocument();
    expect(within(screen.getByTestId('targeting-members')).getByText('深圳装备公司')).toBeInTheDocument();
    expect(within(screen.getByTestId('targeting-offices')).getByText('暂无')).toBeInTheDocument();
    expect(calls.map((c) => c.url)).toContain('/api/targeting?regionCode=440000');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const me = { id: '5', userName: 'association', displayName: '北京常德商会联络员', roles: ['Association'] };
const home = {
  profile: {
    id: 'a1', name: '北京常德商会', kind: 'HometownChamberElsewhere', status: 'Established', homeRegionCode: '110000', homeRegionName: '北京市',
    foundedOn: '2009-06-18', memberCount: 326, liaisonLeader: '副市长 李明', presidentName: '周建华', presidentContact: '13807361000',
    secretaryGeneralName: '陈晓燕', secretaryGeneralContact: null, contactsVisible: true, version: 2, createdAt: '2026-01-02T00:00:00Z',
    ratings: [{ id: 'r1', associationId: 'a1', level: 'Provincial', year: 2022, note: null, version: 0 }],
    offices: [],
    members: [{ id: 'm1', associationId: 'a1', companyName: '北京德瑞智能装备有限公司', creditCode: null, industryChainId: null, industryChainName: null, position: '会长单位', version: 1 }],
  },
  creditedProjects: {
    items: [{ filingId: 'f1', projectName: '北京德瑞智能装备项目', unitName: '武陵区', stage: 'Started', projectStatus: 'Active', confirmedAt: '2026-05-01T00:00:00Z', plannedTotalInvestment: 1500000000, verifiedFundsInPlace: 12345778.91 }],
    page: 1, pageSize: 20, totalCount: 1,
  },
};

describe('AssociationPortalPage', () => {
  beforeAll(async () => {
    await import('./AssociationPortalPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows its own profile, its credited projects with verified funds, and adds an office', async () => {
    const { calls } = mockFetch((url, init) => {
      if (url === '/api/auth/me') return { status: 200, body: me };
      if (url.startsWith('/api/association-portal?')) return { status: 200, body: home };
      if (url === '/api/association-portal/offices' && init.method === 'POST')
        return { status: 201, body: { id: 'o9', associationId: 'a1', name: '常德市招商联络处（上海）', cityRegionCode: '310000', cityName: '上海市', contactName: null, contactPhone: null, version: 0 } };
      return undefined;
    });
    renderRoutes(routes, '/association');
    const profile = await screen.findByTestId('portal-profile', undefined, { timeout: 15_000 });
    expect(await within(profile).findByText('北京常德商会')).toBeInTheDocument();
    expect(within(profile).getByText('2022 省级四好商会')).toBeInTheDocument();
    const credited = screen.getByTestId('portal-credited-projects');
    expect(within(credited).getByText('北京德瑞智能装备项目')).toBeInTheDocument();
    expect(within(credited).getByText('1,234.577891')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/association-portal?page=1&pageSize=20')).toBe(true);

    const user = userEvent.setup();
    await user.click(screen.getByTestId('portal-office-add'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('portal-office-name'), '常德市招商联络处（上海）');
    expect(within(dialog).getByTestId('portal-office-city')).toBeInTheDocument();
    expect(screen.getByTestId('portal-member-add')).toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes, type MockResponse } from '../test/utils';

const admin = { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const leader = { id: '2', userName: 'leader', displayName: '领导', roles: ['Leader'] };
const row = {
  id: 'a1', name: '北京常德商会', kind: 'HometownChamberElsewhere', status: 'Established', homeRegionCode: '110000', foundedOn: '2009-06-18',
  memberCount: 326, liaisonLeader: '副市长 李明', version: 4, createdAt: '2026-01-02T00:00:00Z',
};
const detail = {
  ...row, homeRegionName: '北京市', presidentName: '周建华', presidentContact: '13807361000', secretaryGeneralName: '陈晓燕',
  secretaryGeneralContact: 'chen@example.org', contactsVisible: true,
  ratings: [{ id: 'r1', associationId: 'a1', level: 'National', year: 2023, note: null, version: 0 }],
  offices: [{ id: 'o1', associationId: 'a1', name: '常德市招商联络处（深圳）', cityRegionCode: '440300', cityName: '深圳市', contactName: '黄海', contactPhone: null, version: 0 }],
  members: [{ id: 'm1', associationId: 'a1', companyName: '北京德瑞智能装备有限公司', creditCode: null, industryChainId: null, industryChainName: '装备制造', position: '会长单位', version: 0 }],
};

function setup(me: object, path: string, write: (url: string, init: RequestInit) => MockResponse = () => ({ status: 200, body: row })) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: me };
    if (url.startsWith('/api/associations?')) return { status: 200, body: { items: [row], page: 1, pageSize: 20, totalCount: 1 } };
    if (url === '/api/associations/a1' && (init.method ?? 'GET') === 'GET') return { status: 200, body: detail };
    if (url.startsWith('/api/associations/')) return write(url, init);
    return undefined;
  });
  renderRoutes(routes, path);
  return calls;
}

describe('AssociationsPage', () => {
  beforeAll(async () => {
    await import('./AssociationsPage');
    await import('./associations/AssociationDetailPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the registry with its status and links each association to its page', async () => {
    const calls = setup(admin, '/admin/associations');
    const link = await screen.findByRole('link', { name: '北京常德商会' }, { timeout: 15_000 });
    expect(link).toHaveAttribute('href', '/admin/associations/a1');
    expect(screen.getByText('已成立')).toBeInTheDocument();
    expect(screen.getByTestId('association-export')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/associations?page=1&pageSize=20')).toBe(true);
  });

  it('saves the profile with the version it read', async () => {
    const calls = setup(admin, '/admin/associations/a1');
    const president = await screen.findByTestId('association-president-contact', undefined, { timeout: 15_000 });
    expect(president).toHaveValue('13807361000');
    await userEvent.setup().click(screen.getByTestId('association-save'));
    await waitFor(() => expect(calls.some((c) => c.init.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.init.method === 'PUT')!;
    expect(put.url).toBe('/api/associations/a1/profile');
    expect(JSON.parse(put.init.body as string)).toMatchObject({ name: '北京常德商会', presidentContact: '13807361000', memberCount: 326, version: 4 });
  });

  it('shows a leader the profile read-only, with no status change', async () => {
    setup(leader, '/admin/associations/a1');
    expect(await screen.findByText('周建华（13807361000）', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('association-save')).toBeNull();
    expect(screen.queryByTestId('association-status-Dissolved')).toBeNull();
  });
});

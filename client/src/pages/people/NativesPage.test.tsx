import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const admin = { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const native = {
  id: 'n1',
  name: '曾国梁',
  nativeCounty: '桃源县',
  company: '深圳比克新能源股份有限公司',
  position: '董事长',
  industryChainId: 'c1',
  industryChainName: '新能源与储能',
  cityRegionCode: '440300',
  cityName: '深圳市',
  associationId: null,
  associationName: null,
  isListed: true,
  tags: ['上市公司', '储能'],
  phone: '13900000001',
  email: null,
  version: 1,
  createdAt: '2026-03-18T02:00:00Z',
};

describe('NativesPage', () => {
  beforeAll(async () => {
    await import('./NativesPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the directory and filters by a tag on the server', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: admin };
      if (url.startsWith('/api/natives?')) return { status: 200, body: { items: [native], page: 1, pageSize: 20, totalCount: 1 } };
      return undefined;
    });
    renderRoutes(routes, '/admin/natives');
    expect(await screen.findByText('曾国梁', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getAllByText('上市公司').length).toBeGreaterThan(0);
    await userEvent.setup().type(screen.getByTestId('native-tag-filter'), '储能');
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/natives?page=1&pageSize=20&tag=%E5%82%A8%E8%83%BD'));
  });

  it('opens the import dialog with the template download', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: admin };
      if (url.startsWith('/api/natives?')) return { status: 200, body: { items: [], page: 1, pageSize: 20, totalCount: 0 } };
      return undefined;
    });
    renderRoutes(routes, '/admin/natives');
    await userEvent.setup().click(await screen.findByTestId('native-import', undefined, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('native-import-template')).toBeInTheDocument();
    expect(within(dialog).getByTestId('native-import-submit')).toBeDisabled();
  });
});

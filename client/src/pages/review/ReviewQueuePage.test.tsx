import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const reviewer = { id: '2', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] };
const emptyPage = { items: [], page: 1, pageSize: 20, totalCount: 0 };
const regions = [
  { code: '440000', name: '广东省', nameEn: 'Guangdong', kind: 'Province', isActive: true, version: 0 },
  { code: '440300', name: '深圳市', nameEn: 'Shenzhen', kind: 'City', parentCode: '440000', isActive: true, version: 0 },
  { code: '810000', name: '香港特别行政区', nameEn: 'Hong Kong', kind: 'Province', isActive: true, version: 0 },
  { code: 'SG', name: '新加坡', nameEn: 'Singapore', kind: 'Country', isActive: true, version: 0 },
];

describe('ReviewQueuePage source filters', () => {
  beforeAll(async () => {
    await import('./ReviewQueuePage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks the server for a province (its cities roll up) and for a source class', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: reviewer };
      if (url.startsWith('/api/review/queue')) return { status: 200, body: emptyPage };
      if (url.startsWith('/api/regions')) return { status: 200, body: regions };
      return undefined;
    });
    renderRoutes(routes, '/review');
    await screen.findByTestId('queue-table', undefined, { timeout: 15_000 });
    const user = userEvent.setup();

    await user.click(within(screen.getByTestId('filter-source-origin')).getByRole('combobox'));
    await user.click(await screen.findByTitle('港澳台'));
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/review/queue?') && c.url.includes('sourceOrigin=HongKongMacaoTaiwan'))).toBe(true));

    await user.click(within(screen.getByTestId('filter-source-region')).getByRole('combobox'));
    await user.click(await screen.findByTitle('广东省'));
    await waitFor(() =>
      expect(calls.some((c) => c.url.includes('sourceRegionCode=440000') && c.url.includes('sourceOrigin=HongKongMacaoTaiwan'))).toBe(true),
    );
  });
});

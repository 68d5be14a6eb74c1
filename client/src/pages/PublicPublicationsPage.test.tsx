import { screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes } from '../test/utils';

const summary = {
  id: 'p1',
  year: 2025,
  number: 12,
  label: '2025年第12期',
  weekStart: '2025-03-03',
  weekEnd: '2025-03-09',
  publishedAt: '2025-03-10T01:00:00Z',
  publishedOn: '2025-03-10',
  publicityWorkingDays: 5,
  publicityEndsOn: '2025-03-17',
  entryCount: 1,
};
const publication = {
  ...summary,
  version: 1,
  entries: [
    {
      id: 'e1',
      position: 1,
      projectName: '新能源电池项目',
      investorName: '某某新能源有限公司',
      unitName: '武陵区',
      industryChainName: '新能源',
      sourceRegionName: '广东省',
      plannedTotalInvestment: 1_500_000_000,
      stage: 'Signed',
    },
  ],
};

describe('public publications', () => {
  beforeAll(async () => {
    await import('./PublicPublicationsPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the publications to an anonymous visitor without sending them to /login', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url.startsWith('/api/public/publications')) return { status: 200, body: { items: [summary], page: 1, pageSize: 20, totalCount: 1 } };
      return undefined;
    });
    const { router } = renderRoutes(routes, '/public/publications');
    expect(await screen.findByText('2025年第12期')).toBeInTheDocument();
    expect(screen.getByText('公示期：2025-03-10 至 2025-03-17（公示日后 5 个工作日）')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/public/publications');
    expect(calls.some((c) => c.url.startsWith('/api/publications'))).toBe(false);
  });

  it('shows one publication with its projects and publicity period', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url === '/api/public/publications/p1') return { status: 200, body: publication };
      return undefined;
    });
    renderRoutes(routes, '/public/publications/p1');
    expect(await screen.findByText('新能源电池项目')).toBeInTheDocument();
    expect(screen.getByText('某某新能源有限公司')).toBeInTheDocument();
    expect(screen.getByText('150,000')).toBeInTheDocument();
    expect(screen.getAllByText(/2025-03-17/).length).toBeGreaterThan(0);
  });
});

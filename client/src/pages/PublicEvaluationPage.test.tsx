import { screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes } from '../test/utils';

const board = {
  year: 2025,
  periodStart: '2024-12-01',
  periodEnd: '2025-11-30',
  schemeName: '常德市异地商会量化评价',
  totalScore: 100,
  revision: 2,
  latestRevision: 2,
  publishedAt: '2025-12-18T02:00:00Z',
  revisedAt: '2025-12-28T02:00:00Z',
  groups: [{ code: 'building', name: '商会建设', maxScore: 20 }],
  rows: [
    { rank: 1, associationName: '北京常德商会', total: 88.5, groupScores: { building: 18 } },
    { rank: 2, associationName: '深圳常德商会', total: 80, groupScores: { building: 15 } },
    { rank: 2, associationName: '常德市浙江商会', total: 80, groupScores: { building: 16 } },
  ],
};

describe('public evaluation list (榜单)', () => {
  beforeAll(async () => {
    await import('./PublicEvaluationPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows an anonymous visitor the ranked list with shared ranks and when it was revised', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url.startsWith('/api/public/evaluations/2025')) return { status: 200, body: board };
      return undefined;
    });
    const { router } = renderRoutes(routes, '/public/evaluations/2025');
    expect(await screen.findByText('北京常德商会')).toBeInTheDocument();
    expect(screen.getByText('深圳常德商会')).toBeInTheDocument();
    expect(screen.getAllByText('2')).toHaveLength(2);
    expect(screen.getByTestId('evaluation-revised')).toHaveTextContent('本榜单已于 2025-12-28 更正（第 2 版）。');
    expect(router.state.location.pathname).toBe('/public/evaluations/2025');
    expect(calls.some((c) => c.url.startsWith('/api/evaluations'))).toBe(false);
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

vi.mock('echarts-for-react/esm/core', () => ({ default: () => <canvas data-testid="echarts" /> }));

const admin = { id: '3', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const filer = { id: '1', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' };
const METRICS = ['SignedProjects', 'SignedOver1Billion', 'SignedOver5Billion', 'StartedProjects', 'CompletedProjects', 'FixedAssetInvestment', 'FundsDomestic', 'FundsForeign'];
const row = (unitId: string, unitCode: string, unitName: string, rank: number, score: number, laggingMetrics: string[]) => ({
  unitId, unitCode, unitName, rank, score, lagging: laggingMetrics.length > 0, laggingMetrics,
  metrics: METRICS.map((metric) => ({ metric, target: 10, actual: 5, completionRatio: laggingMetrics.includes(metric) ? 20 : 80, lagging: laggingMetrics.includes(metric) })),
  reviewsOverdue: 1, revisitsOverdue: 2, openProblems: 3,
});
const summary = {
  id: 'r1', year: 2026, quarter: 3, revision: 2, periodEnd: '2026-09-30', timeRatio: 75, trigger: 'Admin', generatedAt: '2026-10-01T00:30:00Z',
  generatedByName: '系统', unitCount: 2, laggingUnitCount: 1,
};
const report = (units: unknown[], associations: unknown[] = []) => ({
  summary, revisions: [1, 2], tolerancePoints: 10, weights: {}, units, city: [], associations,
});

describe('QuarterlyPage (季度调度)', () => {
  beforeAll(async () => {
    await import('./QuarterlyPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T03:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('ranks the units, highlights the lagging one with its targets, lists the associations and lets an admin run it again', async () => {
    const calls: string[] = [];
    mockFetch((url, init) => {
      calls.push(`${init.method ?? 'GET'} ${url}`);
      if (url === '/api/auth/me') return { status: 200, body: admin };
      if (url === '/api/quarterly/reports' && init.method === 'POST') return { status: 200, body: { ...summary, revision: 3 } };
      if (url.startsWith('/api/quarterly/reports/2026/3')) {
        return {
          status: 200,
          body: report(
            [row('u1', '430702', '武陵区', 1, 80, []), row('u2', '430703', '鼎城区', 2, 40, ['FixedAssetInvestment'])],
            [{ associationId: 'a1', associationName: '北京常德商会', creditsConfirmed: 2, events: 1, leads: 3, publicity: 4 }],
          ),
        };
      }
      return undefined;
    });
    renderRoutes(routes, '/quarterly');

    const lagging = await screen.findByTestId('quarterly-lagging-430703', undefined, { timeout: 15_000 });
    expect(lagging).toHaveTextContent('规模工业固定资产投资');
    expect(screen.getByTestId('quarterly-row-430702')).toHaveTextContent('正常');
    expect(screen.getByTestId('quarterly-associations')).toHaveTextContent('北京常德商会');
    expect(screen.getByTestId('quarterly-chart')).toBeInTheDocument();
    expect(screen.getByTestId('quarterly-export')).toBeInTheDocument();
    expect(screen.getByTestId('quarterly-revision')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('quarter-run'));
    await userEvent.click(await screen.findByTestId('quarter-run-confirm', undefined, { timeout: 15_000 }));
    expect(await screen.findByText('季度调度报告已生成（第 3 版）。', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(calls).toContain('POST /api/quarterly/reports');
  });

  it("shows a filer its own unit's line and no run button", async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: filer };
      if (url.startsWith('/api/quarterly/reports/2026/3')) return { status: 200, body: report([row('u1', '430702', '武陵区', 1, 80, ['SignedProjects'])]) };
      return undefined;
    });
    renderRoutes(routes, '/quarterly');

    const own = await screen.findByTestId('quarterly-row-430702', undefined, { timeout: 15_000 });
    expect(within(own).getByTestId('quarterly-lagging-430702')).toHaveTextContent('新签约工业项目');
    expect(screen.queryByTestId('quarter-run')).not.toBeInTheDocument();
    expect(screen.queryByTestId('quarterly-associations')).not.toBeInTheDocument();
  });

  it('says so when the quarter has no report', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: admin };
      if (url.startsWith('/api/quarterly/reports/2026/3')) return { status: 404, body: { status: 404, code: 'not-found' } };
      return undefined;
    });
    renderRoutes(routes, '/quarterly');

    expect(await screen.findByTestId('quarterly-none', undefined, { timeout: 15_000 })).toHaveTextContent('该季度尚无调度报告。');
    expect(screen.getByTestId('quarter-run')).toHaveTextContent('生成季度调度');
  });
});

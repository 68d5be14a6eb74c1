import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { jsonResponse, type MockResponse, renderRoutes } from '../test/utils';

// Records whether any screen loaded ECharts (the module is only imported where a chart is drawn).
const charts = vi.hoisted(() => ({ loaded: false }));
vi.mock('echarts-for-react/esm/core', () => {
  charts.loaded = true;
  return { default: () => <canvas data-testid="echarts" /> };
});

const users = {
  filer: { id: '1', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' },
  reviewer: { id: '2', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] },
  admin: { id: '3', userName: 'admin', displayName: '管理员', roles: ['Admin'] },
  leader: { id: '4', userName: 'leader', displayName: '王市长', roles: ['Leader'] },
};

const filerWorkbench = {
  drafts: 2,
  returned: 7,
  underReview: 3,
  approvedThisWeek: 1,
  weekStart: '2026-11-23',
  today: '2026-11-25',
  latestReturned: [
    { id: 'f1', projectName: '智能装备产业园', returnReason: '请补充投资协议\n并更正金额', returnedAt: '2026-11-24T02:00:00Z' },
    { id: 'f2', projectName: '新能源电池项目', returnReason: '金额有误', returnedAt: '2026-11-23T02:00:00Z' },
  ],
};

const headline = {
  year: 2026,
  yearStart: '2026-01-01',
  weekStart: '2026-11-23',
  today: '2026-11-25',
  thisYear: { count: 42, plannedTotalInvestment: 30_650_000_000 },
  thisWeek: { count: 3, plannedTotalInvestment: 1_999_999_999.99 },
  reserveList: { count: 12, plannedTotalInvestment: 15_000_000_000 },
};

const reviewCounts = { underReview: 5, dueToday: 2, overdue: 1, approvedThisWeek: 4, returnedThisWeek: 3 };
const reserveList = { rule: { minStage: 'Signed', minAmountYuan: 1_000_000_000 }, count: 0, plannedTotalInvestment: 0, perRegion: 5, regions: [] };

/** A fetch stub: `held` URLs wait until `release()` (to see the loading state); every call is recorded. */
function stubApi(user: unknown, answers: Record<string, MockResponse>, held: string[] = []) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push(url);
      if (held.includes(url)) await gate;
      if (url === '/api/auth/me') return jsonResponse({ status: 200, body: user });
      if (url === '/api/auth/session') return jsonResponse({ status: 200, body: { user } });
      const key = Object.keys(answers).find((k) => url === k || url.startsWith(`${k}?`));
      return jsonResponse(key ? answers[key] : { status: 404, body: { title: 'Not Found', status: 404 } });
    }),
  );
  return { calls, release };
}

const hrefOf = (el: HTMLElement) => (el.closest('a') ?? el).getAttribute('href');

describe('DashboardPage', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // First in the file: the module registry is shared, and the leader's cockpit below does load ECharts.
  it("gives reviewers their counts as links to the queue, and loads no chart", async () => {
    stubApi(users.reviewer, { '/api/review/counts': { status: 200, body: reviewCounts } });
    renderRoutes(routes, '/dashboard');

    const counts = await screen.findByTestId('review-counts', undefined, { timeout: 15_000 });
    await waitFor(() => expect(within(counts).getByTestId('review-count-overdue')).toHaveTextContent('已逾期1'));
    expect(within(counts).getByTestId('review-count-underReview')).toHaveTextContent('审核中5');
    for (const key of ['underReview', 'dueToday', 'overdue', 'approvedThisWeek', 'returnedThisWeek']) {
      expect(hrefOf(within(counts).getByTestId(`review-count-${key}`))).toBe('/review');
    }
    expect(charts.loaded).toBe(false);
    expect(document.querySelector('canvas')).toBeNull();
    expect(screen.queryByText('审核概况')).toBeNull();
    // Shortcut tiles are links, reachable by Tab.
    const queue = screen.getByTestId('shortcut-review-queue');
    expect(queue.tagName).toBe('A');
    expect(queue).toHaveAttribute('href', '/review');
    expect(screen.queryByText('暂无数据')).toBeNull();
  });

  it('shows an admin the review counts without links (admins have no queue)', async () => {
    stubApi(users.admin, { '/api/review/counts': { status: 200, body: reviewCounts } });
    renderRoutes(routes, '/dashboard');

    const tile = await screen.findByTestId('review-count-dueToday', undefined, { timeout: 15_000 });
    await waitFor(() => expect(tile).toHaveTextContent('今日到期2'));
    expect(tile.tagName).toBe('DIV');
    expect(tile.closest('a')).toBeNull();
    expect(screen.getByTestId('shortcut-users')).toHaveAttribute('href', '/users');
    expect(screen.queryByTestId('filer-workbench')).toBeNull();
    expect(screen.queryByTestId('workbench-create')).toBeNull();
  });

  it("shows a filer its unit's four counts, each a link to the filtered list, after a loading state", async () => {
    const { release } = stubApi(users.filer, { '/api/workbench/filer': { status: 200, body: filerWorkbench } }, ['/api/workbench/filer']);
    renderRoutes(routes, '/dashboard');

    const drafts = await screen.findByTestId('workbench-drafts', undefined, { timeout: 15_000 });
    expect(drafts.querySelector('.ant-skeleton')).not.toBeNull();
    expect(screen.queryByTestId('workbench-returned-list')).toBeNull();
    release();

    await waitFor(() => expect(screen.getByTestId('workbench-drafts')).toHaveTextContent('草稿2'));
    expect(screen.getByTestId('workbench-returned')).toHaveTextContent('退回修改7');
    expect(screen.getByTestId('workbench-underReview')).toHaveTextContent('审核中3');
    expect(screen.getByTestId('workbench-approvedThisWeek')).toHaveTextContent('本周已备案1');
    expect(screen.getByTestId('workbench-drafts')).toHaveAttribute('href', '/filings?status=Draft');
    expect(screen.getByTestId('workbench-returned')).toHaveAttribute('href', '/filings?status=Returned');
    expect(screen.getByTestId('workbench-underReview')).toHaveAttribute('href', '/filings?status=UnderReview');
    expect(screen.getByTestId('workbench-approvedThisWeek')).toHaveAttribute('href', '/filings?status=Approved');
    expect(screen.getByText('“本周”自 2026-11-23（周一）起，按北京时间计。')).toBeInTheDocument();
    expect(screen.getByTestId('workbench-create')).toHaveTextContent('新建备案');
    expect(screen.queryByTestId('review-counts')).toBeNull();
  });

  it('lists the returned filings with their latest reasons, one click from the edit form', async () => {
    stubApi(users.filer, { '/api/workbench/filer': { status: 200, body: filerWorkbench } });
    renderRoutes(routes, '/dashboard');

    const list = await screen.findByTestId('workbench-returned-list', undefined, { timeout: 15_000 });
    const items = within(list).getAllByTestId('workbench-returned-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('智能装备产业园')).toHaveAttribute('href', '/filings/f1');
    // The reasons keep their line breaks.
    expect(within(items[0]).getByTestId('workbench-returned-reason').textContent).toBe('退回理由：请补充投资协议\n并更正金额');
    expect(within(items[0]).getByTestId('workbench-returned-edit')).toHaveAttribute('href', '/filings/f1/edit');
    expect(within(items[0]).getByText('退回于 2026-11-24 10:00')).toBeInTheDocument();
    expect(screen.getByTestId('workbench-returned-all')).toHaveTextContent('查看全部 7 条');
    expect(screen.getByTestId('workbench-returned-all')).toHaveAttribute('href', '/filings?status=Returned');
  });

  it('opens the filings list filtered by the count the filer clicks', async () => {
    const { calls } = stubApi(users.filer, {
      '/api/workbench/filer': { status: 200, body: filerWorkbench },
      '/api/filings': { status: 200, body: { items: [], page: 1, pageSize: 20, totalCount: 0 } },
    });
    const { router } = renderRoutes(routes, '/dashboard');
    const user = userEvent.setup();

    const returned = await screen.findByTestId('workbench-returned', undefined, { timeout: 15_000 });
    await waitFor(() => expect(returned).toHaveTextContent('退回修改7'));
    await user.click(returned);

    await waitFor(() => expect(router.state.location.search).toBe('?status=Returned'));
    await waitFor(() => expect(calls.some((u) => u.startsWith('/api/filings?') && u.includes('status=Returned'))).toBe(true));
    expect(await screen.findByTestId('filings-status-filter', undefined, { timeout: 15_000 })).toHaveTextContent('退回修改');
  });

  it('shows no returned list when nothing is returned', async () => {
    stubApi(users.filer, { '/api/workbench/filer': { status: 200, body: { ...filerWorkbench, returned: 0, latestReturned: [] } } });
    renderRoutes(routes, '/dashboard');
    await waitFor(() => expect(screen.getByTestId('workbench-returned')).toHaveTextContent('退回修改0'), { timeout: 15_000 });
    expect(screen.queryByTestId('workbench-returned-list')).toBeNull();
  });

  it('shows the error with a retry when the workbench cannot load', async () => {
    stubApi(users.filer, { '/api/workbench/filer': { status: 500, body: { title: '服务器错误', status: 500 } } });
    renderRoutes(routes, '/dashboard');
    const error = await screen.findByTestId('query-error', undefined, { timeout: 15_000 });
    expect(within(error).getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });

  it("gives leaders the cockpit's headline figures in 亿元 with the reserve list below", async () => {
    const { release } = stubApi(
      users.leader,
      { '/api/workbench/leader': { status: 200, body: headline }, '/api/reserve-list': { status: 200, body: reserveList } },
      ['/api/workbench/leader'],
    );
    renderRoutes(routes, '/dashboard');

    const yearCount = await screen.findByTestId('headline-year-count', undefined, { timeout: 15_000 });
    expect(yearCount.querySelector('.ant-skeleton')).not.toBeNull();
    release();

    await waitFor(() => expect(screen.getByTestId('headline-year-count')).toHaveTextContent('2026年备案项目42个'));
    expect(screen.getByTestId('headline-year-amount')).toHaveTextContent('2026年计划总投资306.5亿元');
    // Exact: 19.9999999999 亿元, never rounded up to 20.
    expect(screen.getByTestId('headline-week')).toHaveTextContent('本周备案3个计划总投资 19.9999999999 亿元');
    expect(screen.getByTestId('headline-reserve')).toHaveTextContent('储备项目12个计划总投资 150 亿元');
    expect(screen.getByTestId('headline-year-amount')).toHaveAttribute('href', '/analysis');
    expect(screen.getByTestId('headline-reserve')).toHaveAttribute('href', '/reserve');
    expect(await screen.findByTestId('reserve-list', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(document.querySelector('.page-card .ant-card-head-title')).toHaveTextContent('领导驾驶舱');
    expect(screen.queryByTestId('review-counts')).toBeNull();
  });

  it('gives leaders this year\'s 项目推进 figures from the summary, with funds by source class in 亿元', async () => {
    const year = new Date().getFullYear();
    const summary = {
      year, unitId: null, signed: 31, signedAtLeast1Billion: 4, signedAtLeast5Billion: 1, started: 22, completed: 17,
      aboveDesignatedSizeInvestment: 16_500_000_000,
      funds: { domesticOutsideProvince: 250_000_000, hongKongMacaoTaiwan: 50_000_000, foreign: 0.01, overseas: 50_000_000.01, total: 300_000_000.01 },
    };
    const { calls } = stubApi(users.leader, {
      '/api/workbench/leader': { status: 200, body: headline },
      '/api/reserve-list': { status: 200, body: reserveList },
      '/api/projects/summary': { status: 200, body: summary },
    });
    renderRoutes(routes, '/dashboard');
    const progress = await screen.findByTestId('project-progress', undefined, { timeout: 15_000 });
    await waitFor(() => expect(within(progress).getByTestId('progress-signed')).toHaveTextContent('新签约工业项目31个'));
    expect(within(progress).getByTestId('progress-signed1')).toHaveTextContent('4个');
    expect(within(progress).getByTestId('progress-signed5')).toHaveTextContent('1个');
    expect(within(progress).getByTestId('progress-completed')).toHaveTextContent('17个');
    expect(within(progress).getByTestId('progress-fai')).toHaveTextContent('165亿元');
    expect(within(progress).getByTestId('progress-funds-total')).toHaveTextContent('3.0000000001 亿元');
    expect(within(progress).getByTestId('echarts')).toBeInTheDocument();
    expect(calls).toContain(`/api/projects/summary?year=${year}`);
  });

  it('speaks English', async () => {
    await changeLanguage('en-US');
    stubApi(users.leader, { '/api/workbench/leader': { status: 200, body: headline }, '/api/reserve-list': { status: 200, body: reserveList } });
    renderRoutes(routes, '/dashboard');
    await waitFor(() => expect(screen.getByTestId('headline-year-amount')).toHaveTextContent('Planned investment, 2026306.5hundred million yuan'), {
      timeout: 15_000,
    });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes } from '../test/utils';

vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option }: { option: unknown }) => <pre data-testid="echarts">{JSON.stringify(option)}</pre>,
}));

const leader = { id: '1', userName: 'leader', displayName: '市领导', roles: ['Leader'] };
const project = (id: string, name: string, yi: number, extra: Record<string, unknown> = {}) => ({
  id,
  projectName: name,
  investorName: `${name}投资方`,
  foreignInvestor: false,
  industryChainName: '高端装备制造',
  stage: 'Signed',
  plannedTotalInvestment: yi * 100_000_000,
  unitId: 'u1',
  unitName: '武陵区',
  underReReview: false,
  ...extra,
});
const region = (code: string, label: string, kind: string, count: number, yi: number, projects: unknown[], outsideMainland = false) => ({
  code,
  label,
  labelZh: label,
  labelEn: code,
  kind,
  outsideMainland,
  count,
  plannedTotalInvestment: yi * 100_000_000,
  projects,
});
const list = {
  rule: { minStage: 'Signed', minAmountYuan: 1_000_000_000 },
  count: 27,
  plannedTotalInvestment: 15_000_000_000,
  perRegion: 5,
  regions: [
    region('440000', '广东省', 'Province', 25, 98, [17, 16, 15, 14, 13].map((y) => project(`g${y}`, `粤${y}`, y))),
    region('810000', '香港特别行政区', 'Province', 1, 30, [project('hk', '港资项目', 30, { underReReview: true })], true),
    region('US', '美国', 'Country', 1, 22, [project('us', '美资项目', 22)], true),
  ],
};
const page = (n: number) => ({
  code: '440000',
  label: '广东省',
  labelZh: '广东省',
  labelEn: 'Guangdong',
  kind: 'Province',
  outsideMainland: false,
  plannedTotalInvestment: 98 * 100_000_000,
  items: n === 1 ? [17, 16, 15, 14, 13, 12].map((y) => project(`g${y}`, `粤${y}`, y)) : [project('g11', '粤11', 11)],
  page: n,
  pageSize: 20,
  totalCount: 25,
});

describe('ReservePage', () => {
  beforeAll(async () => {
    await import('../components/reserve/ReserveListView');
  });
  const { matchMedia } = window;
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    window.matchMedia = matchMedia;
    vi.unstubAllGlobals();
  });

  const setup = (body: unknown = list) =>
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: leader };
      if (url === '/api/reserve-list') return { status: 200, body };
      if (url.startsWith('/api/reserve-list/regions/440000?page=1')) return { status: 200, body: page(1) };
      if (url.startsWith('/api/reserve-list/regions/440000?page=2')) return { status: 200, body: page(2) };
      return undefined;
    });

  it('states the rule as mature and large, and gives each region its count, total and largest projects', async () => {
    setup();
    renderRoutes(routes, '/reserve');
    const view = await screen.findByTestId('reserve-list', undefined, { timeout: 15_000 });
    const rule = await within(view).findByTestId('reserve-rule');
    // Leaders read 亿元 (issue 11): the rule, the totals, the chart and the projects' amounts.
    expect(rule).toHaveTextContent('签约及以后阶段且计划总投资不低于 10 亿元');
    expect(rule).toHaveTextContent('两者同时满足');
    expect(rule).not.toHaveTextContent('任何阶段');
    expect(within(view).getByText('3 个来源区域，共 27 个项目，计划总投资 150 亿元')).toBeInTheDocument();
    expect(within(view).getByTestId('reserve-region-440000')).toHaveTextContent('广东省 境内25 个项目 · 98 亿元');
    expect(within(view).getByTestId('reserve-region-810000')).toHaveTextContent('港澳台');
    expect(within(view).getByTestId('reserve-region-US')).toHaveTextContent('境外');
    // The first region is open: its five largest, and the way to the rest.
    expect(within(view).getByText('粤17')).toBeInTheDocument();
    expect(within(view).getByText('粤13')).toBeInTheDocument();
    expect(within(view).getByText('显示金额最大的 5 个，共 25 个')).toBeInTheDocument();
    expect(within(view).getByTestId('reserve-view-all-440000')).toHaveTextContent('查看全部 25 个');
    const chart = JSON.parse(within(view).getByTestId('echarts').textContent ?? '{}') as { yAxis: { data: string[] }; series: { data: number[] }[] };
    expect(chart.yAxis.data).toEqual(['广东省', '香港特别行政区', '美国']);
    expect(chart.series[0].data).toEqual([98, 30, 22]);
    expect(within(view).getByText('17')).toBeInTheDocument(); // 粤17's 17 亿元
  });

  it('pages through one region on the server from "view all"', async () => {
    const { calls } = setup();
    renderRoutes(routes, '/reserve');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('reserve-view-all-440000', undefined, { timeout: 15_000 }));
    const drawer = await screen.findByTestId('reserve-region-drawer');
    const table = await within(drawer).findByTestId('reserve-region-table');
    expect(await within(table).findByText('粤12')).toBeInTheDocument();
    expect(within(drawer).getByText('广东省 · 储备项目')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/reserve-list/regions/440000?page=1&pageSize=20')).toBe(true);

    await user.click(within(drawer).getByTitle('2'));
    expect(await within(table).findByText('粤11')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.url === '/api/reserve-list/regions/440000?page=2&pageSize=20')).toBe(true));
  });

  it('shows a region without a "view all" when its projects are all on the first page', async () => {
    setup();
    renderRoutes(routes, '/reserve');
    await screen.findByTestId('reserve-region-US', undefined, { timeout: 15_000 });
    expect(screen.queryByTestId('reserve-view-all-US')).toBeNull();
    expect(screen.queryByTestId('reserve-view-all-810000')).toBeNull();
  });

  it('shows an empty state when nothing meets the rule', async () => {
    setup({ ...list, count: 0, plannedTotalInvestment: 0, regions: [] });
    renderRoutes(routes, '/reserve');
    expect(await screen.findByTestId('reserve-empty', undefined, { timeout: 15_000 })).toHaveTextContent('暂无符合条件的储备项目');
  });

  it('speaks English', async () => {
    await changeLanguage('en-US');
    setup();
    renderRoutes(routes, '/reserve');
    const rule = await screen.findByTestId('reserve-rule', undefined, { timeout: 15_000 });
    expect(rule).toHaveTextContent('Signed or later AND a planned total of at least 10 (100 million yuan): mature and large, both at once');
    expect(screen.getByTestId('reserve-view-all-440000')).toHaveTextContent('View all 25');
    expect(screen.getByText('The 5 largest of 25')).toBeInTheDocument();
  });

  it('on a 375 px phone shows name, amount and stage only, and the regions closed', async () => {
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('max-width') })) as typeof window.matchMedia;
    setup();
    renderRoutes(routes, '/reserve');
    const user = userEvent.setup();
    const header = await screen.findByTestId('reserve-region-440000', undefined, { timeout: 15_000 });
    expect(screen.queryByText('粤17')).toBeNull();
    await user.click(header);
    const cell = await screen.findByText('粤17');
    const table = cell.closest('table')!;
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['项目名称', '计划总投资（亿元）', '项目阶段']);
    expect(within(table).getByText('粤17投资方')).toBeInTheDocument();
  });
});

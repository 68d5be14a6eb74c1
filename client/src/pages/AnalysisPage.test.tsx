import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes } from '../test/utils';

// ECharts needs a canvas; the mock shows the option it was given so the test can read the series.
vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option }: { option: unknown }) => <pre data-testid="echarts">{JSON.stringify(option)}</pre>,
}));

const leader = { id: '1', userName: 'leader', displayName: '市领导', roles: ['Leader'] };
const group = (key: string, label: string, count: number, total: number) => ({
  key,
  label,
  labelZh: label,
  labelEn: key,
  count,
  plannedTotalInvestment: total,
  plannedFixedAssetInvestment: total / 2,
});
const byChain = {
  groupBy: 'IndustryChain',
  count: 3,
  plannedTotalInvestment: 350_000_000,
  plannedFixedAssetInvestment: 175_000_000,
  groups: [group('c1', '高端装备制造', 2, 300_000_000), group('c2', '新材料', 1, 50_000_000)],
};
const byMonth = {
  groupBy: 'Period',
  period: 'Month',
  count: 1,
  plannedTotalInvestment: 100_000_000.1,
  plannedFixedAssetInvestment: 1,
  groups: [group('2025-03', '2025年3月', 1, 100_000_000.1)],
};
const byClass = {
  groupBy: 'SourceOrigin',
  count: 3,
  plannedTotalInvestment: 600_000_000,
  plannedFixedAssetInvestment: 300_000_000,
  groups: [
    { ...group('OtherProvince', '省外境内', 2, 400_000_000), origin: 'OtherProvince' },
    { ...group('HongKongMacaoTaiwan', '港澳台', 1, 200_000_000), origin: 'HongKongMacaoTaiwan' },
  ],
};
const byRegion = {
  groupBy: 'SourceRegion',
  count: 3,
  plannedTotalInvestment: 600_000_000,
  plannedFixedAssetInvestment: 300_000_000,
  groups: [
    { ...group('440000', '广东省', 2, 400_000_000), regionKind: 'Province', origin: 'OtherProvince' },
    { ...group('810000', '香港特别行政区', 1, 200_000_000), regionKind: 'Province', origin: 'HongKongMacaoTaiwan' },
  ],
};
const reserve = {
  rule: { minStage: 'Signed', minAmountYuan: 1_000_000_000 },
  count: 1,
  perRegion: 5,
  plannedTotalInvestment: 6_000_000_000,
  regions: [
    {
      code: 'US',
      label: '美国',
      labelZh: '美国',
      labelEn: 'United States',
      kind: 'Country',
      outsideMainland: true,
      count: 1,
      plannedTotalInvestment: 6_000_000_000,
      projects: [{ id: 'p1', projectName: '大型储备项目', investorName: 'Acme', foreignInvestor: true, unitId: 'u1', unitName: '经开区', stage: 'Signed', plannedTotalInvestment: 6_000_000_000 }],
    },
  ],
};

describe('AnalysisPage', () => {
  beforeAll(async () => {
    await import('./AnalysisPage');
    await import('../components/reserve/ReserveListView');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('charts and tabulates the groups and asks again when the grouping changes', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: leader };
      if (url.startsWith('/api/analysis/filings?groupBy=IndustryChain')) return { status: 200, body: byChain };
      if (url.startsWith('/api/analysis/filings?groupBy=Period')) return { status: 200, body: byMonth };
      return undefined;
    });
    renderRoutes(routes, '/analysis');
    const table = await screen.findByTestId('analysis-table', undefined, { timeout: 15_000 });
    expect(within(table).getByText('高端装备制造')).toBeInTheDocument();
    // Leaders read 亿元 (issue 11): 30,000 万元 is 3 亿元, exact.
    expect(within(table).getByText('3')).toBeInTheDocument();
    expect(within(table).getByText('1.5')).toBeInTheDocument();
    const figures = [...document.querySelectorAll('.ant-statistic')].map((el) => el.textContent);
    expect(figures).toEqual(['项目数3', '计划总投资（亿元）3.5', '计划固定资产投资（亿元）1.75']);
    const chart = JSON.parse(screen.getByTestId('echarts').textContent ?? '{}') as { xAxis: { data: string[] }; series: { data: number[] }[] };
    expect(chart.xAxis.data).toEqual(['高端装备制造', '新材料']);
    expect(chart.series[0].data).toEqual([3, 0.5]);
    expect(chart.series).toHaveLength(1); // the counts are in the tooltip and the table, not on a second axis

    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('analysis-group-by')).getByRole('combobox'));
    await user.click(await screen.findByTitle('备案时间'));
    await screen.findByText('2025年3月');
    expect(calls.some((c) => c.url === '/api/analysis/filings?groupBy=Period&period=Month')).toBe(true);
  });

  it('groups by source class as a pie and marks 港澳台 apart from the mainland by region', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: leader };
      if (url.startsWith('/api/analysis/filings?groupBy=IndustryChain')) return { status: 200, body: byChain };
      if (url.startsWith('/api/analysis/filings?groupBy=SourceOrigin')) return { status: 200, body: byClass };
      if (url.startsWith('/api/analysis/filings?groupBy=SourceRegion')) return { status: 200, body: byRegion };
      return undefined;
    });
    renderRoutes(routes, '/analysis');
    await screen.findByTestId('analysis-table', undefined, { timeout: 15_000 });
    const user = userEvent.setup();

    await user.click(within(screen.getByTestId('analysis-group-by')).getByRole('combobox'));
    await user.click(await screen.findByTitle('来源类别'));
    const table = await screen.findByTestId('analysis-table');
    expect(await within(table).findByText('港澳台')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/analysis/filings?groupBy=SourceOrigin')).toBe(true);
    const pie = JSON.parse(screen.getByTestId('echarts').textContent ?? '{}') as { series: { type: string; data: { name: string; value: number }[] }[] };
    expect(pie.series[0].type).toBe('pie');
    expect(pie.series[0].data).toEqual([
      { name: '省外境内', value: 4 },
      { name: '港澳台', value: 2 },
    ]);

    await user.click(within(screen.getByTestId('analysis-group-by')).getByRole('combobox'));
    await user.click(await screen.findByTitle('来源地（省份/国家）'));
    const regions = await screen.findByTestId('analysis-table');
    const hongKong = (await within(regions).findByText('香港特别行政区')).closest('tr')!;
    expect(within(hongKong).getByText('港澳台')).toBeInTheDocument();
    expect(within(within(regions).getByText('广东省').closest('tr')!).getByText('境内')).toBeInTheDocument();
  });

  it('on a 375 px phone lays the bars down and stacks the groups, amounts in 亿元', async () => {
    const { matchMedia } = window;
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('max-width') })) as typeof window.matchMedia;
    try {
      mockFetch((url) => {
        if (url === '/api/auth/me') return { status: 200, body: leader };
        if (url.startsWith('/api/analysis/filings?groupBy=IndustryChain')) return { status: 200, body: byChain };
        return undefined;
      });
      renderRoutes(routes, '/analysis');
      const list = await screen.findByTestId('analysis-list', undefined, { timeout: 15_000 });
      expect(screen.queryByTestId('analysis-table')).toBeNull();
      const rows = within(list).getAllByTestId('analysis-row');
      expect(rows[0]).toHaveTextContent('高端装备制造项目数 2计划总投资 3 亿元计划固定资产投资 1.5 亿元');
      expect(rows[1]).toHaveTextContent('新材料项目数 1计划总投资 0.5 亿元计划固定资产投资 0.25 亿元');
      const chart = JSON.parse(screen.getByTestId('echarts').textContent ?? '{}') as {
        xAxis: { type: string; name: string };
        yAxis: { type: string; data: string[] };
        series: { type: string; data: number[] }[];
      };
      expect(chart.yAxis).toMatchObject({ type: 'category', data: ['高端装备制造', '新材料'] });
      expect(chart.xAxis).toMatchObject({ type: 'value', name: '亿元' });
      expect(chart.series.map((x) => x.type)).toEqual(['bar']);
      expect(chart.series[0].data).toEqual([3, 0.5]);
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('shows an empty state when nothing is approved', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: leader };
      if (url.startsWith('/api/analysis/filings')) return { status: 200, body: { ...byChain, count: 0, groups: [] } };
      return undefined;
    });
    renderRoutes(routes, '/analysis');
    expect(await screen.findByTestId('analysis-empty', undefined, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('gives the leader the reserve list by region on the cockpit', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: leader };
      if (url === '/api/reserve-list') return { status: 200, body: reserve };
      return undefined;
    });
    renderRoutes(routes, '/dashboard');
    const list = await screen.findByTestId('reserve-list', undefined, { timeout: 15_000 });
    expect(await within(list).findByText('大型储备项目')).toBeInTheDocument();
    expect(within(list).getByText(/共 1 个项目/)).toBeInTheDocument();
    const chart = JSON.parse(within(list).getByTestId('echarts').textContent ?? '{}') as { yAxis: { data: string[] } };
    expect(chart.yAxis.data).toEqual(['美国']);
    expect(within(list).queryByText(/王联系/)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { CATEGORY_LABEL_WIDTH, MAX_LABELLED_BARS, amountBarOption, amountChartHeight, amountPieOption, amountTooltip } from './chartOptions';

const chains = ['高端装备制造', '新材料', '生物医药', '电子信息', '现代农业及食品加工', '新能源'];
const input = (mobile: boolean, extra: Partial<Parameters<typeof amountBarOption>[0]> = {}) => ({
  labels: chains,
  amounts: [30_650_000_000, 50_000_000, 9_999_999_999.99, 100_000_000, 0, 1_234_500_000],
  amountName: '计划总投资',
  unit: '亿元',
  counts: [12, 1, 3, 2, 0, 4],
  countName: '项目数',
  mobile,
  ...extra,
});

describe('charts of amounts on phones and wide screens', () => {
  it('lays the bars down on a phone: names one a row, cut to a width, amounts in 亿元 on a value axis with few ticks', () => {
    const o = amountBarOption(input(true));
    expect(o.yAxis).toMatchObject({ type: 'category', inverse: true, data: chains, axisLabel: { width: CATEGORY_LABEL_WIDTH.phone, overflow: 'truncate' } });
    expect(o.xAxis).toMatchObject({ type: 'value', name: '亿元', splitNumber: 3, axisLabel: { hideOverlap: true } });
    // The counts are in the tooltip, not on a second axis.
    expect(o.series).toHaveLength(1);
    expect(o.series[0].data).toEqual([306.5, 0.5, 99.9999999999, 1, 0, 12.345]);
    // Each bar says its exact amount.
    const label = (o.series[0] as { label: { formatter: (p: { dataIndex: number }) => string } }).label;
    expect(label.formatter({ dataIndex: 0 })).toBe('306.5');
    expect(label.formatter({ dataIndex: 2 })).toBe('99.9999999999');
  });

  it('keeps vertical bars on a wide screen, rotates and cuts the names when there are many, counts in the tooltip only', () => {
    const o = amountBarOption(input(false));
    expect(o.xAxis).toMatchObject({ type: 'category', data: chains, axisLabel: { interval: 0, rotate: 30, width: CATEGORY_LABEL_WIDTH.wide, overflow: 'truncate' } });
    expect(o.yAxis).toMatchObject({ type: 'value', name: '亿元', splitNumber: 5 });
    expect(o.series.map((s) => s.type)).toEqual(['bar']);
    expect(o.series[0].label).toMatchObject({ show: true, position: 'top' });

    const few = amountBarOption(input(false, { labels: chains.slice(0, 3), amounts: [1, 2, 3], counts: [1, 1, 1] }));
    expect((few.xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(0);
    // Many bars (52 weeks) say their amounts in the tooltip only.
    const weeks = Array.from({ length: MAX_LABELLED_BARS + 1 }, (_, i) => `第${i + 1}周`);
    expect(amountBarOption(input(false, { labels: weeks, amounts: weeks.map(() => 1e8) })).series[0].label.show).toBe(false);
  });

  it('lays a ranking down at any width when asked, names cut wider on a wide screen', () => {
    const o = amountBarOption(input(false, { horizontal: true, counts: undefined }));
    expect(o.yAxis).toMatchObject({ type: 'category', axisLabel: { width: CATEGORY_LABEL_WIDTH.wide } });
    expect(o.xAxis).toMatchObject({ type: 'value', splitNumber: 5 });
  });

  it('grows a horizontal chart with its rows and keeps a vertical one at one height', () => {
    expect(amountChartHeight(10, { mobile: true })).toBe(10 * 32 + 64);
    expect(amountChartHeight(1, { mobile: true })).toBe(200);
    expect(amountChartHeight(10, { mobile: false, horizontal: true })).toBe(10 * 36 + 64);
    expect(amountChartHeight(10, { mobile: false })).toBe(360);
  });

  it('tells the whole name, the exact 亿元 and the count in the tooltip, escaped', () => {
    expect(amountTooltip(input(true), 0)).toBe('高端装备制造<br/>计划总投资 <b>306.5</b> 亿元<br/>项目数 <b>12</b>');
    expect(amountTooltip(input(true, { labels: ['<b>x</b>'], counts: undefined }), 0)).toBe('&#60;b&#62;x&#60;/b&#62;<br/>计划总投资 <b>306.5</b> 亿元');
  });

  it('draws a pie in 亿元, without labels around it on a phone', () => {
    const phone = amountPieOption(input(true));
    expect(phone.series[0].label).toEqual({ show: false });
    expect(phone.series[0].data.slice(0, 2)).toEqual([
      { name: '高端装备制造', value: 306.5 },
      { name: '新材料', value: 0.5 },
    ]);
    expect(amountPieOption(input(false)).series[0].label).toMatchObject({ show: true });
  });
});

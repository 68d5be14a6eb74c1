import { describe, expect, it } from 'vitest';
import { LAGGING_COLOR, ON_TRACK_COLOR, ratioBarOption, ratioChartHeight } from './quarterlyChart';

describe('ratioBarOption', () => {
  it('draws a bar per label, the lagging ones red, and the time ratio as a line', () => {
    const option = ratioBarOption({
      labels: ['武陵区', '鼎城区'],
      ratios: [12.5, null],
      timeRatio: 75,
      ratioName: '完成率',
      timeName: '时间进度',
      mobile: false,
      lagging: [true, false],
    });
    const series = option.series[0];
    expect(series.data.map((d) => d.value)).toEqual([12.5, 0]);
    expect(series.data.map((d) => d.itemStyle.color)).toEqual([LAGGING_COLOR, ON_TRACK_COLOR]);
    expect(series.markLine.data).toEqual([{ xAxis: 75 }]);
    expect(option.xAxis.max).toBe(100);
    expect(series.label.formatter({ dataIndex: 1 })).toBe('—');
  });

  it('widens the axis past 100% when a ratio does', () => {
    expect(ratioBarOption({ labels: ['a'], ratios: [130], timeRatio: 50, ratioName: '', timeName: '', mobile: true }).xAxis.max).toBe(150);
    expect(ratioChartHeight(10, false)).toBeGreaterThan(ratioChartHeight(2, false));
  });
});

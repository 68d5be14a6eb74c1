/** What a completion-ratio bar chart shows: a bar per label (percent, null as 0 and marked "—"), and the time ratio as a line. */
export interface RatioChartInput {
  labels: string[];
  ratios: (number | null | undefined)[];
  timeRatio: number;
  ratioName: string;
  timeName: string;
  mobile: boolean;
  /** Labels whose bar is drawn in the lagging colour. */
  lagging?: boolean[];
}

export const LAGGING_COLOR = '#cf1322';
export const ON_TRACK_COLOR = '#1f4e9c';

/**
 * Horizontal bars of completion ratios (%), one per unit or metric, names down the left (cut with "…", whole in the tooltip), the
 * lagging ones red, and the time ratio as a dashed vertical line: at a glance who is behind the calendar.
 */
export function ratioBarOption({ labels, ratios, timeRatio, ratioName, timeName, mobile, lagging = [] }: RatioChartInput) {
  const max = Math.max(100, timeRatio, ...ratios.map((r) => r ?? 0));
  return {
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      confine: true,
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—'),
    },
    grid: { left: 8, right: 32, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const, max: Math.ceil(max / 25) * 25, axisLabel: { formatter: '{value}%', hideOverlap: true }, splitNumber: mobile ? 2 : 4 },
    yAxis: { type: 'category' as const, inverse: true, data: labels, axisLabel: { width: mobile ? 84 : 160, overflow: 'truncate' as const } },
    series: [
      {
        name: ratioName,
        type: 'bar' as const,
        barMaxWidth: 20,
        data: ratios.map((r, i) => ({ value: r ?? 0, itemStyle: { color: lagging[i] ? LAGGING_COLOR : ON_TRACK_COLOR } })),
        label: { show: !mobile, position: 'right' as const, formatter: (p: { dataIndex: number }) => (ratios[p.dataIndex] == null ? '—' : `${ratios[p.dataIndex]}%`) },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed' as const, color: '#d48806' },
          label: { formatter: `${timeName} ${timeRatio}%`, position: 'end' as const },
          data: [{ xAxis: timeRatio }],
        },
      },
    ],
  };
}

/** The chart's height for this many bars. */
export function ratioChartHeight(rows: number, mobile: boolean): number {
  return Math.max(160, rows * (mobile ? 32 : 36) + 48);
}

import { formatYi, yiValue } from './money';

/**
 * ECharts options for amounts by category, the one place that knows how a chart reads on a phone and to a leader:
 * amounts in 亿元 (values from `yiValue`, labels and tooltips from `formatYi`, so the text is the exact amount); the value
 * axis with few ticks (labels hidden where they would overlap); category names truncated to a width with "…" (the
 * tooltip has them whole). On a phone (or with `horizontal`) the bars lie down: the names run down the left, one a row,
 * instead of piling up under the bars. Pure: the tests read the option as it is given to ECharts.
 */
export interface AmountChartInput {
  /** The categories' names, in order. */
  labels: string[];
  /** Each category's amount in yuan, as the API sends it. */
  amounts: number[];
  /** The amount series' name, e.g. 计划总投资. */
  amountName: string;
  /** The unit's text, `t('common.yiYuan')`. */
  unit: string;
  /**
   * Counts per category, in the tooltip (and the table beside the chart). Not a second axis: two scales on one chart
   * mislead, and the line the analysis once asked for was never drawn (LineChart was not registered).
   */
  counts?: number[];
  countName?: string;
  mobile: boolean;
  /** Bars lie down at any width (a ranking such as the reserve list's regions). */
  horizontal?: boolean;
}

/** The widths a category name may take before it is cut with "…". */
export const CATEGORY_LABEL_WIDTH = { phone: 84, wide: 120 } as const;

/** A chart's height in px: a horizontal chart grows with its rows, a vertical one is fixed. */
export function amountChartHeight(rows: number, { mobile, horizontal = false }: { mobile: boolean; horizontal?: boolean }): number {
  if (mobile || horizontal) return Math.max(200, rows * (mobile ? 32 : 36) + 64);
  return 360;
}

/** The tooltip's lines for one category: its name, its amount in 亿元 and, when given, its count. */
export function amountTooltip(input: AmountChartInput, index: number): string {
  const lines = [escapeHtml(input.labels[index] ?? ''), `${escapeHtml(input.amountName)} <b>${formatYi(input.amounts[index])}</b> ${escapeHtml(input.unit)}`];
  if (input.counts && input.countName) lines.push(`${escapeHtml(input.countName)} <b>${input.counts[index]}</b>`);
  return lines.join('<br/>');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Bars wider apart than this many categories say their amounts above them; more would pile up. */
export const MAX_LABELLED_BARS = 12;

/** A bar chart of amounts by category, laid out for the width, each bar labelled with its exact 亿元 where there is room. */
export function amountBarOption(input: AmountChartInput) {
  const { labels, amounts, amountName, unit, mobile } = input;
  const horizontal = mobile || !!input.horizontal;
  const values = amounts.map(yiValue);
  const labelWidth = mobile ? CATEGORY_LABEL_WIDTH.phone : CATEGORY_LABEL_WIDTH.wide;
  const valueAxis = {
    type: 'value' as const,
    name: unit,
    splitNumber: mobile ? 3 : 5,
    axisLabel: { hideOverlap: true },
  };
  const barLabel = ({ dataIndex }: { dataIndex: number }) => formatYi(amounts[dataIndex]);
  const tooltip = {
    trigger: 'axis' as const,
    axisPointer: { type: 'shadow' as const },
    confine: true,
    formatter: (params: { dataIndex: number }[] | { dataIndex: number }) =>
      amountTooltip(input, (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0),
  };
  if (horizontal) {
    return {
      tooltip,
      // ECharts 6 keeps axis labels and names inside the canvas (grid.outerBounds); the right margin is for the bars' labels.
      grid: { left: 8, right: 64, top: 16, bottom: 8 },
      xAxis: valueAxis,
      yAxis: {
        type: 'category' as const,
        inverse: true,
        data: labels,
        axisLabel: { width: labelWidth, overflow: 'truncate' as const },
      },
      series: [
        {
          name: amountName,
          type: 'bar' as const,
          barMaxWidth: 24,
          data: values,
          label: { show: true, position: 'right' as const, formatter: barLabel },
        },
      ],
    };
  }
  const rotate = labels.length > 4 ? 30 : 0;
  return {
    tooltip,
    // ECharts 6 keeps the (rotated) axis labels and names inside the canvas (grid.outerBounds).
    grid: { left: 16, right: 16, top: 40, bottom: 16 },
    xAxis: {
      type: 'category' as const,
      data: labels,
      axisLabel: { interval: 0, rotate, width: rotate ? labelWidth : Math.max(48, labelWidth), overflow: 'truncate' as const },
    },
    yAxis: valueAxis,
    series: [
      {
        name: amountName,
        type: 'bar' as const,
        barMaxWidth: 40,
        data: values,
        label: { show: labels.length <= MAX_LABELLED_BARS, position: 'top' as const, formatter: barLabel },
      },
    ],
  };
}

/** A pie of amounts by category: on a phone without the labels around it (the legend below names the slices). */
export function amountPieOption(input: Omit<AmountChartInput, 'horizontal'>) {
  const { labels, amounts, mobile } = input;
  return {
    tooltip: { trigger: 'item' as const, confine: true, formatter: ({ dataIndex }: { dataIndex: number }) => amountTooltip(input, dataIndex) },
    legend: { type: 'scroll' as const, bottom: 0 },
    series: [
      {
        name: input.amountName,
        type: 'pie' as const,
        radius: mobile ? '55%' : '65%',
        center: ['50%', mobile ? '45%' : '50%'],
        label: mobile ? { show: false } : { show: true, formatter: '{b}' },
        data: labels.map((name, i) => ({ name, value: yiValue(amounts[i]) })),
      },
    ],
  };
}

/** Counts by category, one or more stacked series (e.g. open problems by department: open, in progress, escalated). */
export interface CountChartInput {
  labels: string[];
  series: { name: string; values: number[] }[];
  mobile: boolean;
}

/**
 * Stacked bars of counts lying down (names down the left, cut to a width with "…", whole in the tooltip), so long department
 * names read on a phone; whole-number axis with few ticks; the legend names the series.
 */
export function countBarOption({ labels, series, mobile }: CountChartInput) {
  const labelWidth = mobile ? CATEGORY_LABEL_WIDTH.phone : CATEGORY_LABEL_WIDTH.wide;
  return {
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, confine: true },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 32 },
    xAxis: { type: 'value' as const, minInterval: 1, splitNumber: mobile ? 3 : 5, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category' as const, inverse: true, data: labels, axisLabel: { width: labelWidth, overflow: 'truncate' as const } },
    series: series.map((s) => ({ name: s.name, type: 'bar' as const, stack: 'count', barMaxWidth: 24, data: s.values })),
  };
}

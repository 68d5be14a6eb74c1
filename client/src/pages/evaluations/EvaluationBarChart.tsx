import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** A bar chart of the highest totals (best first, top to bottom). */
export function EvaluationBarChart({ rows }: { rows: readonly { name: string; total: number }[] }) {
  if (rows.length === 0) return null;
  const ordered = [...rows].reverse();
  return (
    <div data-testid="evaluation-chart" style={{ marginBottom: 12 }}>
      <ReactEChartsCore echarts={echarts} style={{ height: Math.max(160, rows.length * 26) }}
        option={{
          tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', data: ordered.map((r) => r.name) },
          series: [{ type: 'bar', data: ordered.map((r) => r.total), itemStyle: { color: '#1f4e9c' }, label: { show: true, position: 'right' } }],
        }} />
    </div>
  );
}

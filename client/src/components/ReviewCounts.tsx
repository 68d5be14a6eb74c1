import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { api, type ReviewCountsDto as Counts } from '../api';
import { QueryError } from './QueryError';

// Only the bar chart's parts of ECharts, not the whole library.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const KEYS: { key: keyof Counts; color: string }[] = [
  { key: 'underReview', color: '#1f4e9c' },
  { key: 'dueToday', color: '#fa8c16' },
  { key: 'overdue', color: '#f5222d' },
  { key: 'approvedThisWeek', color: '#52c41a' },
  { key: 'returnedThisWeek', color: '#faad14' },
];

/** Workbench cards for reviewers and admins: the review counts and a small bar chart of them. */
export function ReviewCounts({ onOpenQueue }: { onOpenQueue?: () => void }) {
  const { t } = useTranslation();
  const counts = useQuery({ queryKey: ['review', 'counts'], queryFn: ({ signal }) => api.review.counts(signal), refetchInterval: 60_000 });
  if (counts.error) return <QueryError error={counts.error} onRetry={() => void counts.refetch()} />;
  const data = counts.data;
  return (
    <div data-testid="review-counts">
      <Row gutter={[12, 12]}>
        {KEYS.map(({ key, color }) => (
          <Col key={key} xs={12} sm={8} lg={4}>
            <Card size="small" hoverable={!!onOpenQueue} onClick={onOpenQueue} loading={counts.isLoading}>
              <Statistic title={t(`counts.${key}`)} value={data?.[key] ?? 0} valueStyle={{ color }} />
            </Card>
          </Col>
        ))}
      </Row>
      {data && (
        <Card size="small" title={t('counts.chartTitle')} style={{ marginTop: 12 }}>
          <ReactEChartsCore
            echarts={echarts}
            style={{ height: 240 }}
            notMerge
            option={{
              grid: { left: 40, right: 16, top: 16, bottom: 48 },
              tooltip: {},
              xAxis: { type: 'category', data: KEYS.map(({ key }) => t(`counts.${key}`)), axisLabel: { interval: 0, rotate: 20 } },
              yAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', barMaxWidth: 40, data: KEYS.map(({ key, color }) => ({ value: data[key], itemStyle: { color } })) }],
            }}
          />
        </Card>
      )}
    </div>
  );
}

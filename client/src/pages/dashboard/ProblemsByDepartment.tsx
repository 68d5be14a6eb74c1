import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Statistic, Space } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { countBarOption } from '../../lib/chartOptions';
import { projectService } from '../../lib/projectService';
import { useIsMobile } from '../../lib/useIsMobile';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The leader's card "重点难点问题": open problems (not solved) by responsible department, with how many are overdue. */
export function ProblemsByDepartment() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const summary = useQuery({ queryKey: ['problem-summary'], queryFn: ({ signal }) => projectService.summary(signal) });
  if (summary.error) return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;
  const rows = data?.departments ?? [];
  return (
    <Card size="small" title={t('service.problemsByDepartment')} loading={summary.isLoading} style={{ marginTop: 16 }} data-testid="problems-by-department">
      <Space size={32} style={{ marginBottom: 8 }}>
        <Statistic title={t('service.openProblems')} value={data?.total ?? 0} />
        <Statistic title={t('service.overdueProblems')} value={data?.overdue ?? 0} valueStyle={{ color: (data?.overdue ?? 0) > 0 ? '#b42318' : undefined }} />
      </Space>
      {rows.length === 0 ? (
        <Empty description={t('service.noOpenProblems')} />
      ) : (
        <ReactEChartsCore
          echarts={echarts}
          notMerge
          style={{ height: Math.max(200, rows.length * 32 + 64) }}
          option={countBarOption({
            labels: rows.map((d) => d.department),
            series: [
              { name: t('service.status.Open'), values: rows.map((d) => d.open) },
              { name: t('service.status.InProgress'), values: rows.map((d) => d.inProgress) },
              { name: t('service.status.Escalated'), values: rows.map((d) => d.escalated) },
            ],
            mobile,
          })}
        />
      )}
    </Card>
  );
}

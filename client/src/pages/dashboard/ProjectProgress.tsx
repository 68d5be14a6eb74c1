import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { api, type ProjectYearSummaryDto } from '../../api';
import { QueryError } from '../../components/QueryError';
import { amountPieOption } from '../../lib/chartOptions';
import { formatYi } from '../../lib/money';
import { useIsMobile } from '../../lib/useIsMobile';

echarts.use([PieChart, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The three source classes of funds in place, in the order the statistics list them, with their amounts (yuan). */
export function fundsBySource(summary: ProjectYearSummaryDto, t: (key: string) => string) {
  return [
    { label: t('reports.domesticOutsideProvince'), amount: summary.funds.domesticOutsideProvince },
    { label: t('reports.hongKongMacaoTaiwan'), amount: summary.funds.hongKongMacaoTaiwan },
    { label: t('reports.foreign'), amount: summary.funds.foreign },
  ];
}

/**
 * 项目推进 on the 领导驾驶舱: this year's industrial projects signed (of them ≥ 10亿 and ≥ 50亿), started and completed (confirmed
 * milestones), the verified funds in place by source class (a pie, 亿元) and the 规模工业 fixed-asset investment (FAI), city-wide.
 */
export function ProjectProgress({ year = new Date().getFullYear() }: { year?: number }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const summary = useQuery({ queryKey: ['projects', 'summary', year], queryFn: ({ signal }) => api.reports.summary(year, undefined, signal) });
  if (summary.error) return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;
  const loading = summary.isLoading;
  const projects = t('workbench.projects');
  const counts: [string, number | undefined][] = [
    ['signed', data?.signed],
    ['signed1', data?.signedAtLeast1Billion],
    ['signed5', data?.signedAtLeast5Billion],
    ['started', data?.started],
    ['completed', data?.completed],
  ];
  const sources = data ? fundsBySource(data, t) : [];
  return (
    <Card size="small" title={t('progress.title', { year })} data-testid="project-progress" loading={loading}>
      <Row gutter={[12, 12]}>
        {counts.map(([key, value]) => (
          <Col key={key} xs={12} sm={8} lg={4}>
            <Statistic title={t(`progress.${key}`)} value={value ?? 0} suffix={projects} data-testid={`progress-${key}`} />
          </Col>
        ))}
        <Col xs={12} sm={8} lg={4}>
          <Statistic
            title={t('progress.fai')}
            value={data?.aboveDesignatedSizeInvestment ?? 0}
            formatter={() => formatYi(data?.aboveDesignatedSizeInvestment ?? 0)}
            suffix={t('common.yiYuan')}
            data-testid="progress-fai"
          />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('progress.funds')}{' '}
        <span data-testid="progress-funds-total" style={{ whiteSpace: 'nowrap' }}>
          {formatYi(data?.funds.total ?? 0)} {t('common.yiYuan')}
        </span>
      </Typography.Title>
      {data && data.funds.total > 0 ? (
        <ReactEChartsCore
          echarts={echarts}
          notMerge
          style={{ height: mobile ? 260 : 300 }}
          option={amountPieOption({
            labels: sources.map((s) => s.label),
            amounts: sources.map((s) => s.amount),
            amountName: t('progress.funds'),
            unit: t('common.yiYuan'),
            mobile,
          })}
        />
      ) : (
        <Typography.Text type="secondary">{t('progress.noFunds')}</Typography.Text>
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {t('progress.note')}
      </Typography.Paragraph>
    </Card>
  );
}

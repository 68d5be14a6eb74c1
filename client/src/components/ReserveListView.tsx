import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Empty, Spin, Table, Tag, Typography } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { api, type ReserveProjectDto } from '../api';
import { formatWan } from '../lib/money';
import { useIsMobile } from '../lib/useIsMobile';
import { ExportButton } from './ExportButton';
import { QueryError } from './QueryError';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** 储备项目 grouped by source region: a bar per region (amount in 万元) and a collapsible table of each region's projects. */
export function ReserveListView({ title }: { title: string }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const list = useQuery({ queryKey: ['reserve-list'], queryFn: ({ signal }) => api.reserveList.get(signal) });
  const regions = list.data?.regions ?? [];
  const rule = list.data?.rule;

  return (
    <Card
      title={title}
      className="page-card"
      data-testid="reserve-list"
      extra={<ExportButton run={() => api.reserveList.export()} fallbackName="reserve-list.xlsx" testId="reserve-export" />}
    >
      {rule && (
        <Typography.Paragraph type="secondary">
          {t('reserve.rule', {
            stage: t(`stage.${rule.minStage}`),
            signed: formatWan(rule.minAmountSignedYuan),
            any: formatWan(rule.minAmountAnyStageYuan),
          })}
        </Typography.Paragraph>
      )}
      {list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isLoading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : regions.length === 0 ? (
        <Empty data-testid="reserve-empty" description={t('reserve.empty')} style={{ margin: '48px 0' }} />
      ) : (
        <>
          <Typography.Paragraph>
            {t('reserve.summary', { count: list.data?.count ?? 0, amount: formatWan(list.data?.plannedTotalInvestment) })}
          </Typography.Paragraph>
          <ReactEChartsCore
            echarts={echarts}
            notMerge
            style={{ height: Math.max(200, regions.length * (mobile ? 28 : 32) + 40) }}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: mobile ? 72 : 110, right: 24, top: 8, bottom: 24 },
              xAxis: { type: 'value', name: t('analysis.amountWan') },
              yAxis: { type: 'category', inverse: true, data: regions.map((r) => r.label) },
              series: [{ type: 'bar', barMaxWidth: 24, data: regions.map((r) => Math.round(r.plannedTotalInvestment / 100) / 100) }],
            }}
          />
          <Collapse
            defaultActiveKey={mobile ? [] : regions.slice(0, 1).map((r) => r.code)}
            items={regions.map((r) => ({
              key: r.code,
              label: (
                <span>
                  {r.label} <Tag>{t(`reserve.kind.${r.kind ?? 'Province'}`)}</Tag>
                  {t('reserve.regionSummary', { count: r.count, amount: formatWan(r.plannedTotalInvestment) })}
                </span>
              ),
              children: (
                <Table<ReserveProjectDto>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={r.projects}
                  columns={[
                    {
                      title: t('filings.projectName'),
                      dataIndex: 'projectName',
                      render: (v: string | undefined, p) => (
                        <span>
                          {v ?? '—'}
                          {p.underReReview && (
                            <Tag color="orange" style={{ marginInlineStart: 6 }} data-testid="reserve-under-re-review">
                              {t('reserve.underReReview')}
                            </Tag>
                          )}
                        </span>
                      ),
                    },
                    { title: t('filings.investorName'), dataIndex: 'investorName' },
                    { title: t('filings.industryChain'), dataIndex: 'industryChainName' },
                    { title: t('filings.stage'), dataIndex: 'stage', render: (s?: string) => (s ? t(`stage.${s}`) : '—') },
                    { title: t('analysis.plannedTotalWan'), dataIndex: 'plannedTotalInvestment', align: 'right', render: (v: number) => formatWan(v) },
                    { title: t('filings.unit'), dataIndex: 'unitName' },
                  ]}
                />
              ),
            }))}
          />
        </>
      )}
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Button, Card, Collapse, Empty, Spin, Tag, Typography } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ReserveRegionDto } from '../../api';
import { amountBarOption, amountChartHeight } from '../../lib/chartOptions';
import { formatYi } from '../../lib/money';
import { useIsMobile } from '../../lib/useIsMobile';
import { ExportButton } from '../ExportButton';
import { QueryError } from '../QueryError';
import { ReserveProjectsTable } from './ReserveProjectsTable';
import { ReserveRegionDrawer } from './ReserveRegionDrawer';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** The tag of a region: 境内, 港澳台 (a province-level code outside the mainland) or 境外 (a country). */
function originKey(r: ReserveRegionDto): string {
  if (r.kind === 'Country') return 'reserve.kind.Country';
  return r.outsideMainland ? 'reserve.kind.HongKongMacaoTaiwan' : 'reserve.kind.Province';
}

/**
 * 储备项目 by source region (a city counted under its province): a bar per region (amount in 亿元, as leaders read it), and per region its count,
 * total and largest projects (the server's cap), with "查看全部" opening the region's full list, paged on the server.
 */
export function ReserveListView({ title }: { title: string }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const list = useQuery({ queryKey: ['reserve-list'], queryFn: ({ signal }) => api.reserveList.get(undefined, signal) });
  const [open, setOpen] = useState<ReserveRegionDto | null>(null);
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
        <Typography.Paragraph type="secondary" data-testid="reserve-rule">
          {t('reserve.rule', { stage: t(`stage.${rule.minStage}`), amount: formatYi(rule.minAmountYuan) })}
        </Typography.Paragraph>
      )}
      {list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isLoading ? (
        <Spin data-testid="reserve-loading" style={{ display: 'block', margin: '48px auto' }} />
      ) : regions.length === 0 ? (
        <Empty data-testid="reserve-empty" description={t('reserve.empty')} style={{ margin: '48px 0' }} />
      ) : (
        <>
          <Typography.Paragraph>
            {t('reserve.summary', { count: list.data?.count ?? 0, regions: regions.length, amount: formatYi(list.data?.plannedTotalInvestment) })}
          </Typography.Paragraph>
          <ReactEChartsCore
            echarts={echarts}
            notMerge
            style={{ height: amountChartHeight(regions.length, { mobile, horizontal: true }), marginBottom: 12 }}
            option={amountBarOption({
              labels: regions.map((r) => r.label),
              amounts: regions.map((r) => r.plannedTotalInvestment),
              amountName: t('analysis.plannedTotal'),
              unit: t('common.yiYuan'),
              mobile,
              horizontal: true,
            })}
          />
          <Collapse
            defaultActiveKey={mobile ? [] : regions.slice(0, 1).map((r) => r.code)}
            items={regions.map((r) => ({
              key: r.code,
              label: (
                <span data-testid={`reserve-region-${r.code}`}>
                  {r.label} <Tag>{t(originKey(r))}</Tag>
                  {t('reserve.regionSummary', { count: r.count, amount: formatYi(r.plannedTotalInvestment) })}
                </span>
              ),
              children: (
                <>
                  <ReserveProjectsTable projects={r.projects} />
                  {r.count > r.projects.length && (
                    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between', marginTop: 8 }}>
                      <Typography.Text type="secondary">{t('reserve.shown', { shown: r.projects.length, count: r.count })}</Typography.Text>
                      <Button type="link" onClick={() => setOpen(r)} data-testid={`reserve-view-all-${r.code}`}>
                        {t('reserve.viewAll', { count: r.count })}
                      </Button>
                    </div>
                  )}
                </>
              ),
            }))}
          />
        </>
      )}
      <ReserveRegionDrawer region={open} onClose={() => setOpen(null)} />
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Empty, List, Segmented, Select, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AnalysisGroupDto, type AnalysisGroupBy, type AnalysisPeriod, type AnalysisQuery } from '../api';
import { ExportButton } from '../components/ExportButton';
import { QueryError } from '../components/QueryError';
import { amountBarOption, amountChartHeight, amountPieOption } from '../lib/chartOptions';
import { formatYi } from '../lib/money';
import { regionSide } from '../lib/sourceOrigin';
import { useIsMobile } from '../lib/useIsMobile';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const GROUP_BYS: AnalysisGroupBy[] = ['IndustryChain', 'SourceRegion', 'SourceOrigin', 'ScaleBand', 'Stage', 'Unit', 'Period'];
const PERIODS: AnalysisPeriod[] = ['Week', 'Month', 'Quarter', 'Year'];
type Chart = 'bar' | 'pie';

/** An amount in 亿元, whole on one line (never cut by its column). */
function Amount({ yuan }: { yuan: number }) {
  return (
    <span data-testid="analysis-amount" style={{ whiteSpace: 'nowrap' }}>
      {formatYi(yuan)}
    </span>
  );
}

/** 境内 / 港澳台 / 境外 for a source region's group. */
function SideTag({ group }: { group: AnalysisGroupDto }) {
  const { t } = useTranslation();
  const side = regionSide(group.origin);
  return side ? <Tag color={side === 'Mainland' ? 'blue' : side === 'Abroad' ? 'purple' : 'gold'}>{t(`analysis.side.${side}`)}</Tag> : <>—</>;
}

/** The groups on a phone: one stacked row each (name, then count and amounts in 亿元), so no amount hides behind a scroll. */
function AnalysisGroupList({ groupBy, groups }: { groupBy: AnalysisGroupBy; groups: AnalysisGroupDto[] }) {
  const { t } = useTranslation();
  const yi = t('common.yiYuan');
  const figure = (label: string, value: React.ReactNode) => (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type="secondary">{label}</Typography.Text> {value}
    </span>
  );
  return (
    <List
      data-testid="analysis-list"
      size="small"
      dataSource={groups}
      rowKey="key"
      renderItem={(g) => (
        <List.Item data-testid="analysis-row">
          <div style={{ width: '100%', minWidth: 0 }}>
            <Space size={6} wrap>
              <Typography.Text strong>{g.label}</Typography.Text>
              {groupBy === 'SourceRegion' && <SideTag group={g} />}
            </Space>
            <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 12, rowGap: 2, marginTop: 2 }}>
              {figure(t('analysis.count'), g.count)}
              {figure(t('analysis.plannedTotal'), <><Amount yuan={g.plannedTotalInvestment} /> {yi}</>)}
              {figure(t('analysis.fixedAsset'), <><Amount yuan={g.plannedFixedAssetInvestment} /> {yi}</>)}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

/**
 * 分类分析: approved projects grouped by chain, source region (a city counts in its province), source class (本市/省内市外/
 * 省外境内/港澳台/外国, a pie by default), scale, stage, unit or period; charts, a table and the .xlsx.
 */
export function AnalysisPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [groupBy, setGroupBy] = useState<AnalysisGroupBy>('IndustryChain');
  const [period, setPeriod] = useState<AnalysisPeriod>('Month');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [chart, setChart] = useState<Chart>('bar');
  // The five classes are parts of a whole: they open as a pie; the other groupings keep the chart the user chose.
  const changeGroupBy = (next: AnalysisGroupBy) => {
    setGroupBy(next);
    if (next === 'SourceOrigin') setChart('pie');
  };

  const query: AnalysisQuery = {
    groupBy,
    period: groupBy === 'Period' ? period : undefined,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const analysis = useQuery({ queryKey: ['analysis', query], queryFn: ({ signal }) => api.analysis.filings(query, signal) });
  const groups = analysis.data?.groups ?? [];
  const labels = groups.map((g) => g.label);

  // Leaders read 亿元: the chart, the headline figures and the groups' sums (the .xlsx keeps 万元, to match the filings).
  const chartInput = {
    labels,
    amounts: groups.map((g) => g.plannedTotalInvestment),
    amountName: t('analysis.plannedTotal'),
    unit: t('common.yiYuan'),
    counts: groups.map((g) => g.count),
    countName: t('analysis.count'),
    mobile,
  };
  const pie = chart === 'pie' && groupBy !== 'Period';
  const option = pie ? amountPieOption(chartInput) : amountBarOption(chartInput);
  const chartHeight = pie ? (mobile ? 300 : 360) : amountChartHeight(groups.length, { mobile });

  return (
    <Card title={t('nav.analysis')} className="page-card" extra={<ExportButton run={() => api.analysis.export(query)} fallbackName="analysis.xlsx" testId="analysis-export" />}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          data-testid="analysis-group-by"
          aria-label={t('analysis.groupBy')}
          style={{ minWidth: 160 }}
          value={groupBy}
          onChange={changeGroupBy}
          options={GROUP_BYS.map((g) => ({ value: g, label: t(`analysis.by.${g}`) }))}
        />
        {groupBy === 'Period' && (
          <Segmented<AnalysisPeriod>
            data-testid="analysis-period"
            aria-label={t('analysis.periodKind')}
            value={period}
            onChange={setPeriod}
            options={PERIODS.map((p) => ({ value: p, label: t(`analysis.period.${p}`) }))}
          />
        )}
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v)}
          allowEmpty={[true, true]}
          placeholder={[t('analysis.from'), t('analysis.to')]}
        />
        {groupBy !== 'Period' && (
          <Segmented<Chart>
            aria-label={t('analysis.chartKind')}
            value={chart}
            onChange={setChart}
            options={[
              { value: 'bar', label: t('analysis.bar') },
              { value: 'pie', label: t('analysis.pie') },
            ]}
          />
        )}
      </Space>
      {analysis.error ? (
        <QueryError error={analysis.error} onRetry={() => void analysis.refetch()} />
      ) : analysis.isLoading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : groups.length === 0 ? (
        <Empty data-testid="analysis-empty" description={t('analysis.empty')} style={{ margin: '48px 0' }} />
      ) : (
        <>
          <Space wrap size="large" style={{ display: 'flex', marginBottom: 8 }}>
            <Statistic title={t('analysis.count')} value={analysis.data?.count ?? 0} />
            <Statistic title={t('analysis.plannedTotalYi')} value={formatYi(analysis.data?.plannedTotalInvestment)} />
            <Statistic title={t('analysis.fixedAssetYi')} value={formatYi(analysis.data?.plannedFixedAssetInvestment)} />
          </Space>
          <ReactEChartsCore echarts={echarts} notMerge style={{ height: chartHeight }} option={option} />
          {mobile ? (
            <AnalysisGroupList groupBy={groupBy} groups={groups} />
          ) : (
            <Table<AnalysisGroupDto>
              data-testid="analysis-table"
              rowKey="key"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={groups}
              columns={[
                { title: t(`analysis.by.${groupBy}`), dataIndex: 'label' },
                ...(groupBy === 'SourceRegion'
                  ? [{ title: t('analysis.sourceSide'), dataIndex: 'origin', key: 'side', render: (_: unknown, g: AnalysisGroupDto) => <SideTag group={g} /> }]
                  : []),
                { title: t('analysis.count'), dataIndex: 'count', align: 'right' },
                { title: t('analysis.plannedTotalYi'), dataIndex: 'plannedTotalInvestment', align: 'right', render: (v: number) => <Amount yuan={v} /> },
                { title: t('analysis.fixedAssetYi'), dataIndex: 'plannedFixedAssetInvestment', align: 'right', render: (v: number) => <Amount yuan={v} /> },
              ]}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('analysis.note')}
            {groupBy === 'SourceRegion' && ` ${t('analysis.regionNote')}`}
            {groupBy === 'SourceOrigin' && ` ${t('analysis.originNote')}`}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

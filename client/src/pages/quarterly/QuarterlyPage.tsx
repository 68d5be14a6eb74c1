import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Tag, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quarterlyApi, type AssociationActivityDto, type QuarterlyUnitRowDto, type TargetMetric } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { QueryTable } from '../../components/AdminList';
import { ExportButton } from '../../components/ExportButton';
import { formatDateTime } from '../../lib/time';
import { useIsMobile } from '../../lib/useIsMobile';
import { useProblem } from '../../lib/useProblem';
import { chinaYear } from '../targets/TargetsPage';
import { ratioBarOption, ratioChartHeight } from './quarterlyChart';

echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export const METRICS: TargetMetric[] = [
  'SignedProjects',
  'SignedOver1Billion',
  'SignedOver5Billion',
  'StartedProjects',
  'CompletedProjects',
  'FixedAssetInvestment',
  'FundsDomestic',
  'FundsForeign',
];

/** The quarter just ended in China time (the default report). */
export function lastEndedQuarter(now = new Date()): { year: number; quarter: number } {
  const china = new Date(now.getTime() + 8 * 3600 * 1000);
  const quarter = Math.floor(china.getUTCMonth() / 3) + 1;
  return quarter === 1 ? { year: china.getUTCFullYear() - 1, quarter: 4 } : { year: china.getUTCFullYear(), quarter: quarter - 1 };
}

const ratioText = (ratio: number | null | undefined) => (ratio == null ? '—' : `${ratio}%`);

/**
 * 季度调度 (/quarterly): a quarter's report by revision — the units ranked by score with every target's completion ratio, the
 * lagging ones highlighted and their lagging targets named, a chart of completion against the time ratio, each unit's overdue
 * reviews, revisits and open problems, and the associations' quarter. Export to Excel; admins run it (again: a new revision).
 * A filer sees its own unit's line only.
 */
export function QuarterlyPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { message, modal } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const mobile = useIsMobile();
  const initial = lastEndedQuarter();
  const [year, setYear] = useState(initial.year);
  const [quarter, setQuarter] = useState(initial.quarter);
  const [revision, setRevision] = useState<number>();
  const [metric, setMetric] = useState<TargetMetric>('SignedProjects');
  const mayRun = hasRole('Admin');

  const report = useQuery({
    queryKey: ['quarterly', year, quarter, revision],
    queryFn: ({ signal }) => quarterlyApi.get(year, quarter, revision, signal),
    retry: false,
  });
  const data = report.error ? undefined : report.data;
  const run = useMutation({
    mutationFn: () => quarterlyApi.run(year, quarter, !!data),
    onSuccess: (summary) => {
      void message.success(t('quarterly.ran', { revision: summary.revision }));
      setRevision(undefined);
      void queryClient.invalidateQueries({ queryKey: ['quarterly'] });
    },
    onError: (error) => showProblem(error),
  });

  const confirmRun = () =>
    modal.confirm({
      title: data ? t('quarterly.runAgain') : t('quarterly.run'),
      content: t('quarterly.runConfirm', { year, quarter }),
      okButtonProps: { 'data-testid': 'quarter-run-confirm' } as ButtonProps,
      onOk: () => run.mutateAsync(),
    });

  const years = Array.from({ length: 5 }, (_, i) => chinaYear() - i);
  const units = data?.units ?? [];
  const timeRatio = data?.summary.timeRatio ?? quarter * 25;
  const ratioOf = (row: QuarterlyUnitRowDto, m: TargetMetric) => row.metrics.find((x) => x.metric === m);

  const columns: TableColumnsType<QuarterlyUnitRowDto> = [
    { title: t('quarterly.rank'), dataIndex: 'rank', width: 64, render: (rank?: number) => rank ?? t('quarterly.unranked') },
    { title: t('quarterly.unit'), dataIndex: 'unitName', fixed: 'left' },
    { title: t('quarterly.score'), dataIndex: 'score', align: 'right', render: (score?: number) => score ?? '—' },
    {
      title: t('quarterly.lagging'),
      key: 'lagging',
      render: (_, row) =>
        row.lagging ? (
          <Space size={[4, 4]} wrap data-testid={`quarterly-lagging-${row.unitCode}`}>
            {row.laggingMetrics.map((m) => (
              <Tag key={m} color="red">
                {t(`metric.${m}`)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Tag color="green">{t('quarterly.onTrack')}</Tag>
        ),
    },
    ...METRICS.map((m) => ({
      title: t(`metric.${m}`),
      key: m,
      align: 'right' as const,
      render: (_: unknown, row: QuarterlyUnitRowDto) => {
        const r = ratioOf(row, m);
        return <span style={r?.lagging ? { color: '#cf1322', fontWeight: 600 } : undefined}>{ratioText(r?.completionRatio)}</span>;
      },
    })),
    { title: t('quarterly.reviewsOverdue'), dataIndex: 'reviewsOverdue', align: 'right' },
    { title: t('quarterly.revisitsOverdue'), dataIndex: 'revisitsOverdue', align: 'right' },
    { title: t('quarterly.openProblems'), dataIndex: 'openProblems', align: 'right' },
  ];
  const associationColumns: TableColumnsType<AssociationActivityDto> = [
    { title: t('quarterly.association'), dataIndex: 'associationName' },
    { title: t('quarterly.credits'), dataIndex: 'creditsConfirmed', align: 'right' },
    { title: t('quarterly.events'), dataIndex: 'events', align: 'right' },
    { title: t('quarterly.leads'), dataIndex: 'leads', align: 'right' },
    { title: t('quarterly.publicity'), dataIndex: 'publicity', align: 'right' },
  ];
  const chartRows = units.map((u) => ratioOf(u, metric));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="quarterly-page">
      <Card
        title={t('quarterly.title')}
        extra={
          <Space wrap>
            <Select
              aria-label={t('quarterly.year')}
              data-testid="quarterly-year"
              value={year}
              style={{ width: 100 }}
              options={years.map((y) => ({ value: y, label: y }))}
              onChange={(y) => {
                setYear(y);
                setRevision(undefined);
              }}
            />
            <Select
              aria-label={t('quarterly.quarter')}
              data-testid="quarterly-quarter"
              value={quarter}
              style={{ width: 120 }}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('quarterly.quarterLabel', { quarter: q }) }))}
              onChange={(q) => {
                setQuarter(q);
                setRevision(undefined);
              }}
            />
            {data && data.revisions.length > 1 && (
              <Select
                aria-label={t('quarterly.revision')}
                data-testid="quarterly-revision"
                value={data.summary.revision}
                style={{ width: 110 }}
                options={data.revisions.map((r) => ({ value: r, label: t('quarterly.revisionLabel', { revision: r }) }))}
                onChange={setRevision}
              />
            )}
            {data && (
              <ExportButton
                testId="quarterly-export"
                run={() => quarterlyApi.export(year, quarter, data.summary.revision)}
                fallbackName={`quarterly-${year}-Q${quarter}.xlsx`}
              />
            )}
            {mayRun && (
              <Button type="primary" data-testid="quarter-run" loading={run.isPending} onClick={confirmRun}>
                {data ? t('quarterly.runAgain') : t('quarterly.run')}
              </Button>
            )}
          </Space>
        }
      >
        {data ? (
          <Typography.Paragraph type="secondary" data-testid="quarterly-summary">
            {t('quarterly.generated', {
              at: formatDateTime(data.summary.generatedAt),
              by: data.summary.generatedByName,
              ratio: data.summary.timeRatio,
              tolerance: data.tolerancePoints,
            })}
          </Typography.Paragraph>
        ) : (
          !report.isLoading && (
            <Typography.Paragraph type="secondary" data-testid="quarterly-none">
              {t('quarterly.none')}
            </Typography.Paragraph>
          )
        )}
        {units.length > 0 && (
          <>
            <Space wrap style={{ marginBottom: 8 }}>
              <span>{t('quarterly.chartMetric')}</span>
              <Select
                aria-label={t('quarterly.chartMetric')}
                data-testid="quarterly-chart-metric"
                value={metric}
                style={{ width: 220 }}
                options={METRICS.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
                onChange={setMetric}
              />
            </Space>
            <div data-testid="quarterly-chart">
              <ReactEChartsCore
                echarts={echarts}
                notMerge
                style={{ height: ratioChartHeight(units.length, mobile) }}
                option={ratioBarOption({
                  labels: units.map((u) => u.unitName),
                  ratios: chartRows.map((r) => r?.completionRatio),
                  lagging: chartRows.map((r) => !!r?.lagging),
                  timeRatio,
                  ratioName: t('quarterly.completion'),
                  timeName: t('quarterly.timeRatio'),
                  mobile,
                })}
              />
            </div>
          </>
        )}
        <QueryTable<QuarterlyUnitRowDto>
          query={{ ...report, error: null, refetch: report.refetch }}
          rows={data ? units : report.isLoading ? undefined : []}
          rowKey="unitId"
          columns={columns}
          pagination={false}
          onRow={(row) => ({ 'data-testid': `quarterly-row-${row.unitCode}`, style: row.lagging ? { background: '#fff1f0' } : undefined }) as object}
          empty={{ description: t('quarterly.none') }}
        />
      </Card>
      {data && data.associations.length > 0 && (
        <Card title={t('quarterly.associations')} data-testid="quarterly-associations">
          <QueryTable<AssociationActivityDto>
            query={report}
            rows={data.associations}
            rowKey="associationId"
            columns={associationColumns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            empty={{ description: t('quarterly.none') }}
          />
        </Card>
      )}
    </Space>
  );
}

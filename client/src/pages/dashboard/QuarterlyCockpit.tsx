import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { quarterlyApi } from '../../api';
import { QueryError } from '../../components/QueryError';
import { useIsMobile } from '../../lib/useIsMobile';
import { ratioBarOption, ratioChartHeight } from '../quarterly/quarterlyChart';

echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** How many ranked units the cockpit lists. */
export const COCKPIT_RANKING = 10;

/**
 * 季度调度 on the 领导驾驶舱: the latest quarterly report's ranking of units and its lagging units (with the targets that lag),
 * and this year's progress against the city's targets (the sum of the units'), each target's completion against the time elapsed.
 */
export function QuarterlyCockpit() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const cockpit = useQuery({ queryKey: ['quarterly', 'cockpit'], queryFn: ({ signal }) => quarterlyApi.cockpit(signal) });
  if (cockpit.error) return <QueryError error={cockpit.error} onRetry={() => void cockpit.refetch()} />;
  const data = cockpit.data;
  const latest = data?.latest;
  const progress = data?.cityProgress ?? [];
  return (
    <Card
      size="small"
      title={t('cockpit.title')}
      loading={cockpit.isLoading}
      data-testid="quarterly-cockpit"
      style={{ marginTop: 16 }}
      extra={<Link to="/quarterly">{t('cockpit.more')}</Link>}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('cockpit.ranking')}
            {latest && (
              <Typography.Text type="secondary" style={{ fontSize: 13, marginLeft: 8 }} data-testid="cockpit-latest">
                {t('cockpit.latest', { year: latest.year, quarter: latest.quarter, revision: latest.revision })}
              </Typography.Text>
            )}
          </Typography.Title>
          {latest ? (
            <List
              size="small"
              data-testid="cockpit-ranking"
              dataSource={data!.ranking.slice(0, COCKPIT_RANKING)}
              renderItem={(u) => (
                <List.Item key={u.unitId} data-testid={`cockpit-rank-${u.unitCode}`}>
                  <Space>
                    <Typography.Text strong style={{ width: 24, display: 'inline-block' }}>
                      {u.rank ?? '—'}
                    </Typography.Text>
                    <span>{u.unitName}</span>
                    {u.lagging && <Tag color="red">{t('quarterly.lagging')}</Tag>}
                  </Space>
                  <Typography.Text>{u.score ?? '—'}</Typography.Text>
                </List.Item>
              )}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t('cockpit.noReport')}</Typography.Paragraph>
          )}
          <Typography.Title level={5}>{t('cockpit.lagging')}</Typography.Title>
          {data && data.lagging.length > 0 ? (
            <Space direction="vertical" size={4} data-testid="cockpit-lagging" style={{ width: '100%' }}>
              {data.lagging.map((u) => (
                <div key={u.unitId} data-testid={`cockpit-lagging-${u.unitCode}`}>
                  <Typography.Text strong>{u.unitName}</Typography.Text>{' '}
                  <Space size={[4, 4]} wrap>
                    {u.laggingMetrics.map((m) => (
                      <Tag key={m} color="red">
                        {t(`metric.${m}`)}
                      </Tag>
                    ))}
                  </Space>
                </div>
              ))}
            </Space>
          ) : (
            <Typography.Paragraph type="secondary">{t('quarterly.noLagging')}</Typography.Paragraph>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('cockpit.progress', { year: data?.year ?? '' })}
            <Typography.Text type="secondary" style={{ fontSize: 13, marginLeft: 8 }}>
              {t('cockpit.yearTimeRatio', { ratio: data?.yearTimeRatio ?? 0 })}
            </Typography.Text>
          </Typography.Title>
          <div data-testid="cockpit-progress">
            <ReactEChartsCore
              echarts={echarts}
              notMerge
              style={{ height: ratioChartHeight(progress.length, mobile) }}
              option={ratioBarOption({
                labels: progress.map((m) => t(`metric.${m.metric}`)),
                ratios: progress.map((m) => m.completionRatio),
                lagging: progress.map((m) => m.lagging),
                timeRatio: data?.yearTimeRatio ?? 0,
                ratioName: t('quarterly.completion'),
                timeName: t('quarterly.timeRatio'),
                mobile,
              })}
            />
          </div>
        </Col>
      </Row>
    </Card>
  );
}

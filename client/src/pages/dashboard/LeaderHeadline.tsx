import { useQuery } from '@tanstack/react-query';
import { Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type WorkbenchFigureDto } from '../../api';
import { LinkTile } from '../../components/LinkTile';
import { QueryError } from '../../components/QueryError';
import { formatYi } from '../../lib/money';
import { formatDate } from '../../lib/time';

/** The amount of a figure in 亿元, exact. */
function YiLine({ figure }: { figure: WorkbenchFigureDto }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary">
      {t('workbench.amountLabel')}{' '}
      <span style={{ whiteSpace: 'nowrap' }}>
        {formatYi(figure.plannedTotalInvestment)} {t('common.yiYuan')}
      </span>
    </Typography.Text>
  );
}

/**
 * The 领导驾驶舱's headline, city-wide: this year's filings (approved, standing) and their planned investment in 亿元, this week's
 * approvals and the reserve list's size. The year and week figures open the analysis.
 */
export function LeaderHeadline() {
  const { t } = useTranslation();
  const headline = useQuery({ queryKey: ['workbench', 'leader'], queryFn: ({ signal }) => api.workbench.leader(signal) });
  if (headline.error) return <QueryError error={headline.error} onRetry={() => void headline.refetch()} />;
  const data = headline.data;
  const loading = headline.isLoading;
  const year = data?.year ?? '';
  const projects = t('workbench.projects');
  return (
    <div data-testid="leader-headline">
      <Row gutter={[12, 12]}>
        <Col xs={12} lg={6}>
          <LinkTile to="/analysis" loading={loading} testId="headline-year-count">
            <Statistic title={t('workbench.yearFilings', { year })} value={data?.thisYear.count ?? 0} suffix={projects} />
          </LinkTile>
        </Col>
        <Col xs={12} lg={6}>
          <LinkTile to="/analysis" loading={loading} testId="headline-year-amount">
            <Statistic
              title={t('workbench.yearInvestment', { year })}
              value={data?.thisYear.plannedTotalInvestment ?? 0}
              formatter={() => formatYi(data?.thisYear.plannedTotalInvestment ?? 0)}
              suffix={t('common.yiYuan')}
              valueStyle={{ color: '#1f4e9c' }}
            />
          </LinkTile>
        </Col>
        <Col xs={12} lg={6}>
          <LinkTile to="/analysis" loading={loading} testId="headline-week">
            <Statistic title={t('workbench.weekApprovals')} value={data?.thisWeek.count ?? 0} suffix={projects} />
            {data && <YiLine figure={data.thisWeek} />}
          </LinkTile>
        </Col>
        <Col xs={12} lg={6}>
          <LinkTile to="/reserve" loading={loading} testId="headline-reserve">
            <Statistic title={t('workbench.reserveList')} value={data?.reserveList.count ?? 0} suffix={projects} />
            {data && <YiLine figure={data.reserveList} />}
          </LinkTile>
        </Col>
      </Row>
      {data && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {t('workbench.headlineNote', { from: formatDate(data.weekStart) })}
        </Typography.Paragraph>
      )}
    </div>
  );
}

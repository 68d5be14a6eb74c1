import { useQuery } from '@tanstack/react-query';
import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type ReviewCountsDto as Counts } from '../api';
import { LinkTile } from './LinkTile';
import { QueryError } from './QueryError';

const KEYS: { key: keyof Counts; color: string }[] = [
  { key: 'underReview', color: '#1f4e9c' },
  { key: 'dueToday', color: '#d46b08' },
  { key: 'overdue', color: '#cf1322' },
  { key: 'approvedThisWeek', color: '#389e0d' },
  { key: 'returnedThisWeek', color: '#ad6800' },
];

/**
 * The review counts on the workbench of reviewers and admins: five tiles, no chart (a chart would repeat the same numbers and
 * load ECharts). With `queuePath` (reviewers) each tile is a link to the queue.
 */
export function ReviewCounts({ queuePath }: { queuePath?: string }) {
  const { t } = useTranslation();
  const counts = useQuery({ queryKey: ['review', 'counts'], queryFn: ({ signal }) => api.review.counts(signal), refetchInterval: 60_000 });
  if (counts.error) return <QueryError error={counts.error} onRetry={() => void counts.refetch()} />;
  const data = counts.data;
  return (
    <Row gutter={[12, 12]} data-testid="review-counts">
      {KEYS.map(({ key, color }) => (
        <Col key={key} xs={12} sm={8} lg={{ flex: '20%' }}>
          <LinkTile to={queuePath} loading={counts.isLoading} testId={`review-count-${key}`}>
            <Statistic title={t(`counts.${key}`)} value={data?.[key] ?? 0} valueStyle={{ color }} />
          </LinkTile>
        </Col>
      ))}
    </Row>
  );
}

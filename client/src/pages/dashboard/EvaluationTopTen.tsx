import { useQuery } from '@tanstack/react-query';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { evaluationsApi } from '../../api';

/** The cockpit's card: the latest published evaluation's top ten (from the public 榜单). */
export function EvaluationTopTen() {
  const { t } = useTranslation();
  const years = useQuery({ queryKey: ['public-evaluations'], queryFn: ({ signal }) => evaluationsApi.publicYears(signal) });
  const latest = years.data?.[0]?.year;
  const board = useQuery({
    queryKey: ['public-evaluation', latest],
    queryFn: ({ signal }) => evaluationsApi.publicGet(latest!, undefined, signal),
    enabled: latest !== undefined,
  });
  const rows = (board.data?.rows ?? []).slice(0, 10);
  return (
    <Card size="small" data-testid="evaluation-top-ten" loading={years.isLoading || board.isLoading}
      title={latest ? t('evaluations.topTen', { year: latest }) : t('evaluations.topTenNone')}
      extra={latest ? <Link to={`/public/evaluations/${latest}`}>{t('evaluations.fullList')}</Link> : undefined}>
      <List size="small" dataSource={rows} locale={{ emptyText: t('evaluations.topTenNone') }}
        renderItem={(r) => (
          <List.Item>
            <Typography.Text>{r.rank}. {r.associationName}</Typography.Text>
            <Typography.Text strong>{r.total}</Typography.Text>
          </List.Item>
        )} />
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { evaluationsApi } from '../../api';

/** The association's own score and rank in each published evaluation. */
export function EvaluationSection() {
  const { t } = useTranslation();
  const results = useQuery({ queryKey: ['association-portal', 'evaluations'], queryFn: ({ signal }) => evaluationsApi.portal(signal) });
  return (
    <Card size="small" title={t('evaluations.portalTitle')} data-testid="association-evaluations" loading={results.isLoading} style={{ marginTop: 16 }}>
      <List size="small" dataSource={results.data ?? []} locale={{ emptyText: t('evaluations.portalEmpty') }}
        renderItem={(r) => (
          <List.Item>
            <Typography.Text>
              {t('evaluations.portalLine', { year: r.year, total: r.total, max: r.totalScore, rank: r.rank, count: r.evaluatedCount })}
            </Typography.Text>
            {r.published ? <Link to={`/public/evaluations/${r.year}`}><Tag color="green">{t('evaluations.inList')}</Tag></Link> : null}
          </List.Item>
        )} />
    </Card>
  );
}

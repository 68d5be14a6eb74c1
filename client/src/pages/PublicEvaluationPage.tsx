import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { evaluationsApi, type PublicEvaluationDto } from '../api';
import { PublicFrame } from '../components/PublicFrame';
import { QueryError } from '../components/QueryError';
import { formatDate } from '../lib/time';

/** Anyone: a year's published 榜单 (rank, name, total, group scores), and when it was revised. */
export function PublicEvaluationPage() {
  const { t } = useTranslation();
  const { year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const board = useQuery({ queryKey: ['public-evaluation', year], queryFn: ({ signal }) => evaluationsApi.publicGet(year, undefined, signal) });
  const b = board.data;
  return (
    <PublicFrame>
      <Card title={t('evaluations.publicTitle', { year })} className="page-card" loading={board.isLoading}>
        {board.error ? <QueryError error={board.error} onRetry={() => void board.refetch()} /> : b && (
          <>
            <Typography.Paragraph type="secondary">
              {t('evaluations.publicIntro', { from: formatDate(b.periodStart), to: formatDate(b.periodEnd), scheme: b.schemeName })}
            </Typography.Paragraph>
            {b.revisedAt && (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="evaluation-revised"
                message={t('evaluations.revisedOn', { date: formatDate(b.revisedAt.slice(0, 10)), n: b.revision })} />
            )}
            <Table<PublicEvaluationDto['rows'][number]> rowKey={(r) => `${r.rank}-${r.associationName}`} size="small" pagination={false} scroll={{ x: true }}
              dataSource={b.rows} data-testid="public-evaluation-table"
              columns={[
                { title: t('evaluations.rank'), dataIndex: 'rank' },
                { title: t('evaluations.association'), dataIndex: 'associationName' },
                { title: t('evaluations.total'), dataIndex: 'total' },
                ...b.groups.map((g) => ({ title: `${g.name}（${g.maxScore}）`, key: g.code, render: (_: unknown, r: PublicEvaluationDto['rows'][number]) => r.groupScores[g.code] })),
              ]} />
          </>
        )}
      </Card>
    </PublicFrame>
  );
}

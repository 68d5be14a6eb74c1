import { useQuery } from '@tanstack/react-query';
import { List, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { OBJECTIONS_KEY } from '../lib/useObjections';
import { ObjectionDetail } from './ObjectionReview';
import { QueryError } from './QueryError';

/** The most objections one filing shows here; the per-project limit is far higher, but re-review starts with the first. */
const PAGE_SIZE = 50;

/**
 * Reviewers' view of a filing's objections (公示异议), newest first, each with its evidence and, while pending, the
 * decision buttons. Shows nothing for a filing that never had one.
 */
export function FilingObjectionsPanel({ filingId }: { filingId: string }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: [...OBJECTIONS_KEY, 'list', { filingId, page: 1, pageSize: PAGE_SIZE }],
    queryFn: ({ signal }) => api.objections.list({ filingId, page: 1, pageSize: PAGE_SIZE }, signal),
  });
  if (list.isLoading) return <Spin style={{ display: 'block', margin: '16px auto' }} />;
  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div data-testid="filing-objections">
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('objections.panelTitle')} ({list.data?.totalCount ?? items.length})
      </Typography.Title>
      <List
        dataSource={items}
        split
        renderItem={(o) => (
          <List.Item key={o.id} style={{ display: 'block' }}>
            <ObjectionDetail objection={o} showFilingLink={false} onChanged={() => void list.refetch()} />
          </List.Item>
        )}
      />
    </div>
  );
}

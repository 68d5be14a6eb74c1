import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clients, type CreditQueueItemDto } from '../../api';
import { ResponsiveTable } from '../../components/AdminList';
import { FilingLink } from '../../components/FilingLink';
import { listStates } from '../../components/ListStates';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { formatDateTime } from '../../lib/time';

/** 引荐认定审核: proposed credit claims, competing claims first; each row opens the filing, where the credit card decides. */
export function CreditQueuePage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE, competingOnly: false });
  const queue = useQuery({
    queryKey: ['credits', 'queue', query],
    queryFn: ({ signal }) =>
      clients.credits.creditQueue(query.page, query.pageSize, undefined, undefined, undefined, query.competingOnly || undefined, signal),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<CreditQueueItemDto> = [
    { title: t('credits.project'), key: 'project', render: (_, r) => <FilingLink id={r.filingId} name={r.projectName} to={`/review/${r.filingId}`} /> },
    { title: t('credits.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('credits.association'),
      key: 'who',
      render: (_, r) => (
        <Space wrap>
          <span>{[r.associationName, r.recommenderName].filter(Boolean).join('；') || t('credits.none')}</span>
          {r.competingClaims > 0 && <Tag color="warning">{t('credits.competing', { count: r.competingClaims })}</Tag>}
        </Space>
      ),
    },
    { title: t('credits.proposedAt'), key: 'at', render: (_, r) => formatDateTime(r.proposedAt) },
  ];
  return (
    <Card
      title={t('credits.queueTitle')}
      extra={
        <Checkbox checked={query.competingOnly} onChange={(e) => setQuery({ ...query, page: 1, competingOnly: e.target.checked })} data-testid="credit-queue-competing">
          {t('credits.onlyCompeting')}
        </Checkbox>
      }
    >
      <ResponsiveTable<CreditQueueItemDto>
        rowKey="id"
        columns={columns}
        data-testid="credit-queue"
        {...listStates(queue, queue.data?.items, { description: t('credits.queueEmpty') })}
        pagination={serverPagination(t, queue.data, query, (page, pageSize) => setQuery({ ...query, page, pageSize }))}
      />
    </Card>
  );
}

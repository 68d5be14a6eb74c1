import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, type FilingListItemDto, type ReviewQueueQuery, type ReviewQueueSort, type SortDirection } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { DeadlineTag, ProvisionalDeadlineTag } from '../../components/FilingTags';
import { QueryError } from '../../components/QueryError';
import { SourceFilters } from '../../components/SourceFilters';
import { CATEGORIES, STAGES } from '../../lib/filingOptions';
import { formatWan, SCALE_BANDS } from '../../lib/money';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { dayjs, formatDate, formatDateTime } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useUnitOptions } from '../../lib/useUnitOptions';

const SORTS: ReviewQueueSort[] = ['Deadline', 'SubmittedAt', 'PlannedTotal', 'Name'];
const INITIAL: ReviewQueueQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: 'Deadline', direction: 'Asc' };

/** 审核队列: filings under review, soonest deadline first, overdue and due-today marked. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState<ReviewQueueQuery>(INITIAL);
  const options = useFilingOptions();
  const units = useUnitOptions();
  const set = (patch: Partial<ReviewQueueQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));

  const queue = useQuery({
    queryKey: ['review', 'queue', query],
    queryFn: ({ signal }) => api.review.queue(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<FilingListItemDto> = [
    {
      title: t('filings.projectName'),
      dataIndex: 'projectName',
      render: (v: string | undefined, f) => (
        <a data-testid="queue-row-link" onClick={() => navigate(`/review/${f.id}`)}>
          {v || '—'}
        </a>
      ),
    },
    { title: t('filings.unit'), dataIndex: 'unitName', responsive: ['sm'] },
    {
      title: t('filings.reviewDue'),
      dataIndex: 'reviewDueOn',
      width: 170,
      render: (v: string | undefined, f) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {v ? formatDate(v) : '—'} <ProvisionalDeadlineTag provisional={f.reviewDueProvisional} />
          <DeadlineTag isOverdue={f.isOverdue} isDueToday={f.isDueToday} />
        </span>
      ),
    },
    { title: t('filings.industryChain'), dataIndex: 'industryChainId', responsive: ['lg'], render: (v?: string) => options.chainName(v) },
    { title: t('filings.category'), dataIndex: 'category', responsive: ['lg'], render: (v?: string) => (v ? t(`category.${v}`) : '—') },
    { title: t('filings.sourceRegion'), dataIndex: 'sourceRegionCode', responsive: ['xl'], render: (v?: string) => options.regionName(v) },
    { title: t('filings.plannedTotal'), dataIndex: 'plannedTotalInvestment', align: 'right', responsive: ['md'], render: (v?: number) => formatWan(v) },
    { title: t('filings.submittedAt'), dataIndex: 'submittedAt', width: 150, responsive: ['md'], render: (v?: string) => formatDateTime(v) },
  ];

  const filterStyle = { width: 150 };
  return (
    <Card title={t('nav.reviewQueue')} className="page-card">
      <div className="toolbar" data-testid="queue-filters">
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('filings.unit')} style={filterStyle} options={units.options} value={query.unitId} onChange={(unitId) => set({ unitId })} />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('filings.industryChain')} style={filterStyle} options={options.chainOptions} value={query.industryChainId} onChange={(industryChainId) => set({ industryChainId })} />
        <Select allowClear placeholder={t('filings.category')} style={filterStyle} options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} value={query.category} onChange={(category) => set({ category })} />
        <SourceFilters value={query} onChange={set} width={filterStyle.width} />
        <Select allowClear placeholder={t('filings.scaleBand')} style={filterStyle} options={SCALE_BANDS.map((b) => ({ value: b, label: t(`scaleBand.${b}`) }))} value={query.scaleBand} onChange={(scaleBand) => set({ scaleBand })} />
        <Select allowClear placeholder={t('filings.stage')} style={filterStyle} options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} value={query.stage} onChange={(stage) => set({ stage })} />
        <DatePicker.RangePicker
          style={{ width: 250, maxWidth: '100%' }}
          placeholder={[t('review.submittedRange'), t('review.submittedRange')]}
          value={query.submittedFrom && query.submittedTo ? [dayjs(query.submittedFrom), dayjs(query.submittedTo)] : null}
          onChange={(r) => set({ submittedFrom: r?.[0]?.format('YYYY-MM-DD'), submittedTo: r?.[1]?.format('YYYY-MM-DD') })}
        />
        <Select<ReviewQueueSort> style={{ width: 150 }} aria-label={t('review.sort')} value={query.sort} onChange={(sort) => set({ sort })} options={SORTS.map((s) => ({ value: s, label: t(`review.sort${s}`) }))} data-testid="queue-sort" />
        <Select<SortDirection>
          style={{ width: 100 }}
          aria-label={t('review.sort')}
          value={query.direction}
          onChange={(direction) => set({ direction })}
          options={[
            { value: 'Asc', label: t('review.asc') },
            { value: 'Desc', label: t('review.desc') },
          ]}
        />
        <Button onClick={() => setQuery(INITIAL)}>{t('review.clearFilters')}</Button>
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void queue.refetch()} aria-label={t('common.refresh')} />
        <ExportButton run={() => api.review.export(query)} fallbackName={t('excel.queueFileName')} testId="queue-export" />
      </div>
      <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      <Table<FilingListItemDto>
        rowKey="id"
        size="middle"
        data-testid="queue-table"
        loading={queue.isFetching}
        dataSource={queue.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        rowClassName={(f) => (f.isOverdue ? 'row-overdue' : '')}
        locale={{ emptyText: <Empty description={t('review.queueEmpty')} /> }}
        onRow={(f) => ({ onClick: () => navigate(`/review/${f.id}`), style: { cursor: 'pointer' } })}
        pagination={serverPagination(t, queue.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
    </Card>
  );
}

import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, type FilingListItemDto, type ReviewQueueQuery, type ReviewQueueSort, type SortDirection } from '../../api';
import { VISUALLY_HIDDEN } from '../../components/ListStates';
import { ExportButton } from '../../components/ExportButton';
import { EllipsisText, FilingLink, openRowOnClick } from '../../components/FilingLink';
import { DeadlineTag, ProvisionalDeadlineTag } from '../../components/FilingTags';
import { listStates, type EmptyProps } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { SourceFilters } from '../../components/SourceFilters';
import { CATEGORIES, STAGES } from '../../lib/filingOptions';
import { QUEUE_DEFAULTS, queueSearchOf, type QueueContext } from '../../lib/filingPath';
import { formatWan, SCALE_BANDS } from '../../lib/money';
import { serverPagination } from '../../lib/paging';
import { reviewQueueQuery } from '../../lib/reviewQueue';
import { dayjs, formatDate, formatDateTime } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useUnitOptions } from '../../lib/useUnitOptions';

const SORTS: ReviewQueueSort[] = ['Deadline', 'SubmittedAt', 'PlannedTotal', 'Name'];

/**
 * 审核队列: filings under review, soonest deadline first, overdue and due-today marked. Its filters, sort and page live in the URL,
 * so 返回队列 (and the browser's back) keep them; each project name hands the filing its place in the queue for 下一条.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = params.toString() ? `?${params.toString()}` : '';
  const { query, queryKey, queryFn } = reviewQueueQuery(search);
  const setQuery = (next: ReviewQueueQuery) => setParams(new URLSearchParams(queueSearchOf(next, QUEUE_DEFAULTS)), { replace: true });
  const options = useFilingOptions();
  const units = useUnitOptions();
  const set = (patch: Partial<ReviewQueueQuery>) => setQuery({ ...query, ...patch, page: 1 });

  const queue = useQuery({
    queryKey,
    queryFn,
    placeholderData: keepPreviousData,
  });

  // The filing's place in the whole queue (not just this page), for 下一条 on its page.
  const contextOf = (index: number | undefined): QueueContext => ({ queueSearch: search, index: (query.page - 1) * query.pageSize + (index ?? 0) });

  const columns: ColumnsType<FilingListItemDto> = [
    {
      title: t('filings.projectName'),
      dataIndex: 'projectName',
      render: (v: string | undefined, f, index) => <FilingLink id={f.id} name={v} to={`/review/${f.id}`} state={contextOf(index)} testId="queue-row-link" />,
    },
    { title: t('filings.unit'), dataIndex: 'unitName', responsive: ['sm'], render: (v: string) => <EllipsisText maxWidth={160}>{v}</EllipsisText> },
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
    { title: t('filings.industryChain'), dataIndex: 'industryChainId', responsive: ['lg'], render: (v?: string) => <EllipsisText maxWidth={140}>{options.chainName(v)}</EllipsisText> },
    { title: t('filings.category'), dataIndex: 'category', responsive: ['lg'], render: (v?: string) => (v ? t(`category.${v}`) : '—') },
    { title: t('filings.sourceRegion'), dataIndex: 'sourceRegionCode', responsive: ['xl'], render: (v?: string) => options.regionName(v) },
    { title: t('filings.plannedTotal'), dataIndex: 'plannedTotalInvestment', align: 'right', responsive: ['md'], render: (v?: number) => formatWan(v) },
    { title: t('filings.submittedAt'), dataIndex: 'submittedAt', width: 150, responsive: ['md'], render: (v?: string) => formatDateTime(v) },
  ];

  const filtered = Object.entries(query).some(([k, v]) => !(k in QUEUE_DEFAULTS) && v !== undefined && v !== '');
  const clear = () => setQuery(QUEUE_DEFAULTS);
  const empty: EmptyProps = filtered
    ? { description: t('lists.queueNoMatch'), hint: t('lists.noMatchHint'), action: <Button onClick={clear}>{t('review.clearFilters')}</Button> }
    : { description: t('lists.queueEmpty'), hint: t('lists.queueEmptyHint'), action: <Button icon={<ReloadOutlined />} onClick={() => void queue.refetch()}>{t('common.refresh')}</Button> };

  const filterStyle = { width: 150 };
  return (
    <Card title={t('nav.reviewQueue')} className="page-card">
      <div className="toolbar" data-testid="queue-filters">
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('filings.unit')} aria-label={t('filings.unit')} style={filterStyle} options={units.options} value={query.unitId} onChange={(unitId) => set({ unitId })} data-testid="queue-filter-unit" />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('filings.industryChain')} aria-label={t('filings.industryChain')} style={filterStyle} options={options.chainOptions} value={query.industryChainId} onChange={(industryChainId) => set({ industryChainId })} />
        <Select allowClear placeholder={t('filings.category')} aria-label={t('filings.category')} style={filterStyle} options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} value={query.category} onChange={(category) => set({ category })} />
        <SourceFilters value={query} onChange={set} width={filterStyle.width} />
        <Select allowClear placeholder={t('filings.scaleBand')} aria-label={t('filings.scaleBand')} style={filterStyle} options={SCALE_BANDS.map((b) => ({ value: b, label: t(`scaleBand.${b}`) }))} value={query.scaleBand} onChange={(scaleBand) => set({ scaleBand })} />
        <Select allowClear placeholder={t('filings.stage')} aria-label={t('filings.stage')} style={filterStyle} options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} value={query.stage} onChange={(stage) => set({ stage })} />
        <span role="group" aria-label={t('review.submittedRange')} style={{ display: 'inline-flex', maxWidth: '100%' }}>
          <label htmlFor="queue-submitted-from" style={VISUALLY_HIDDEN}>
            {t('lists.submittedFrom')}
          </label>
          <label htmlFor="queue-submitted-to" style={VISUALLY_HIDDEN}>
            {t('lists.submittedTo')}
          </label>
          <DatePicker.RangePicker
            id={{ start: 'queue-submitted-from', end: 'queue-submitted-to' }}
            style={{ width: 250, maxWidth: '100%' }}
            placeholder={[t('lists.submittedFrom'), t('lists.submittedTo')]}
            value={query.submittedFrom && query.submittedTo ? [dayjs(query.submittedFrom), dayjs(query.submittedTo)] : null}
            onChange={(r) => set({ submittedFrom: r?.[0]?.format('YYYY-MM-DD'), submittedTo: r?.[1]?.format('YYYY-MM-DD') })}
          />
        </span>
        <Select<ReviewQueueSort> style={{ width: 150 }} aria-label={t('review.sort')} value={query.sort} onChange={(sort) => set({ sort })} options={SORTS.map((s) => ({ value: s, label: t(`review.sort${s}`) }))} data-testid="queue-sort" />
        <Select<SortDirection>
          style={{ width: 100 }}
          aria-label={t('lists.sortDirection')}
          value={query.direction}
          onChange={(direction) => set({ direction })}
          options={[
            { value: 'Asc', label: t('review.asc') },
            { value: 'Desc', label: t('review.desc') },
          ]}
        />
        <Button onClick={clear}>{t('review.clearFilters')}</Button>
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void queue.refetch()} aria-label={t('common.refresh')} />
        <ExportButton run={() => api.review.export(query)} fallbackName={t('excel.queueFileName')} testId="queue-export" />
      </div>
      <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      <Table<FilingListItemDto>
        rowKey="id"
        size="middle"
        data-testid="queue-table"
        {...listStates(queue, queue.data?.items, empty)}
        dataSource={queue.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        rowClassName={(f) => (f.isOverdue ? 'row-overdue' : '')}
        onRow={openRowOnClick<FilingListItemDto>(navigate, (f) => `/review/${f.id}`, (_, index) => contextOf(index))}
        pagination={serverPagination(t, queue.data, query, (page, pageSize) => setQuery({ ...query, page, pageSize }))}
      />
    </Card>
  );
}

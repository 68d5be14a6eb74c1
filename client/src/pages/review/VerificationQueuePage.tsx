import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, type VerificationQueueQuery, type VerificationSubject, type VerificationTaskDto } from '../../api';
import { ResponsiveTable } from '../../components/AdminList';
import { ExportButton } from '../../components/ExportButton';
import { EllipsisText, FilingLink, openRowOnClick } from '../../components/FilingLink';
import { DeadlineTag, ProvisionalDeadlineTag } from '../../components/FilingTags';
import { listStates, type EmptyProps } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { formatDate, formatDateTime } from '../../lib/time';
import { useUnitOptions } from '../../lib/useUnitOptions';

const SUBJECTS: VerificationSubject[] = ['Milestone', 'FundsReport', 'InvestmentReport'];

/** The queue's query from the URL (filters and page live there, so the browser's back from a project keeps them). */
function queryOf(params: URLSearchParams): VerificationQueueQuery {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  const overdue = params.get('overdue');
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: Number.isInteger(pageSize) && pageSize > 0 ? pageSize : DEFAULT_PAGE_SIZE,
    subject: (params.get('subject') || undefined) as VerificationSubject | undefined,
    unitId: params.get('unitId') || undefined,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : undefined,
  };
}

function searchOf(q: VerificationQueueQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === '' || (k === 'page' && v === 1) || (k === 'pageSize' && v === DEFAULT_PAGE_SIZE)) continue;
    p.set(k, String(v));
  }
  return p;
}

/**
 * 核实队列: milestones and monthly reports the units reported, waiting for a reviewer, soonest deadline first (3 working days,
 * like a filing's review), overdue rows highlighted. Each row opens its project's page, where the panels confirm or verify.
 */
export function VerificationQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const setQuery = (next: VerificationQueueQuery) => setParams(searchOf(next), { replace: true });
  const set = (patch: Partial<VerificationQueueQuery>) => setQuery({ ...query, ...patch, page: 1 });
  const units = useUnitOptions();

  const queue = useQuery({
    queryKey: ['projects', 'verification-queue', query],
    queryFn: ({ signal }) => api.projects.verificationQueue(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<VerificationTaskDto> = [
    {
      title: t('filings.projectName'),
      dataIndex: 'projectName',
      render: (v: string, task) => <FilingLink id={task.projectId} name={v} to={`/projects/${task.projectId}`} testId="verification-row-link" />,
    },
    { title: t('tracking.subjectLabel'), dataIndex: 'subject', width: 120, render: (v: VerificationSubject) => t(`tracking.subject.${v}`) },
    { title: t('tracking.summary'), dataIndex: 'summary', render: (v: string) => <EllipsisText maxWidth={280}>{v}</EllipsisText> },
    {
      title: t('tracking.dueOn'),
      dataIndex: 'dueOn',
      width: 170,
      render: (v: string, task) => (
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          {formatDate(v)} <ProvisionalDeadlineTag provisional={task.dueProvisional} />
          <DeadlineTag isOverdue={task.isOverdue} isDueToday={task.isDueToday} />
        </Space>
      ),
    },
    { title: t('filings.unit'), dataIndex: 'unitName', responsive: ['sm'], render: (v: string) => <EllipsisText maxWidth={160}>{v}</EllipsisText> },
    { title: t('tracking.submittedAt'), dataIndex: 'submittedAt', width: 150, responsive: ['md'], render: (v: string) => formatDateTime(v) },
  ];

  const filtered = !!(query.subject || query.unitId || query.overdue !== undefined);
  const clear = () => setQuery({ page: 1, pageSize: query.pageSize });
  const empty: EmptyProps = filtered
    ? { description: t('tracking.queueNoMatch'), hint: t('lists.noMatchHint'), action: <Button onClick={clear}>{t('review.clearFilters')}</Button> }
    : { description: t('tracking.queueEmpty'), hint: t('tracking.queueEmptyHint'), action: <Button icon={<ReloadOutlined />} onClick={() => void queue.refetch()}>{t('common.refresh')}</Button> };

  const filterStyle = { width: 150, maxWidth: '100%' };
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return (
    <Card title={t('nav.verificationQueue')} className="page-card">
      <div className="toolbar" data-testid="verification-filters">
        <Select allowClear placeholder={t('tracking.subjectLabel')} aria-label={t('tracking.subjectLabel')} style={filterStyle} options={SUBJECTS.map((s) => ({ value: s, label: t(`tracking.subject.${s}`) }))} value={query.subject} onChange={(subject) => set({ subject })} data-testid="verification-filter-subject" />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('filings.unit')} aria-label={t('filings.unit')} style={filterStyle} options={units.options} value={query.unitId} onChange={(unitId) => set({ unitId })} data-testid="verification-filter-unit" />
        <Select<'true' | 'false'>
          allowClear
          placeholder={t('tracking.overdue')}
          aria-label={t('tracking.overdue')}
          style={filterStyle}
          options={[
            { value: 'true', label: t('tracking.overdueOnly') },
            { value: 'false', label: t('tracking.notOverdue') },
          ]}
          value={query.overdue === undefined ? undefined : query.overdue ? 'true' : 'false'}
          onChange={(v) => set({ overdue: v === undefined ? undefined : v === 'true' })}
          data-testid="verification-filter-overdue"
        />
        <Button onClick={clear}>{t('review.clearFilters')}</Button>
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void queue.refetch()} aria-label={t('common.refresh')} />
        <ExportButton run={() => api.projects.exportVerificationQueue(filters)} fallbackName={t('tracking.exportFileName')} testId="verification-export" />
      </div>
      <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      <ResponsiveTable<VerificationTaskDto>
        rowKey="id"
        data-testid="verification-table"
        {...listStates(queue, queue.data?.items, empty)}
        dataSource={queue.data?.items ?? []}
        columns={columns}
        rowClassName={(task) => (task.isOverdue ? 'row-overdue' : '')}
        onRow={openRowOnClick<VerificationTaskDto>(navigate, (task) => `/projects/${task.projectId}`)}
        pagination={serverPagination(t, queue.data, query, (page, pageSize) => setQuery({ ...query, page, pageSize }))}
      />
    </Card>
  );
}

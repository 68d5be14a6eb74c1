import { PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, type FilingListItemDto, type FilingQuery, type FilingStatus } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { ExportButton } from '../../components/ExportButton';
import { FilingImportDialog } from '../../components/FilingImportDialog';
import { EllipsisText, FilingLink, openRowOnClick } from '../../components/FilingLink';
import { listStates, useEmptyStates, type EmptyProps } from '../../components/ListStates';
import { DeadlineTag, FilingStatusTag } from '../../components/FilingTags';
import { QueryError } from '../../components/QueryError';
import { SourceFilters } from '../../components/SourceFilters';
import { FILING_STATUSES } from '../../lib/filingActions';
import { filingPath } from '../../lib/filingPath';
import { statusFromSearch } from '../../lib/filingsLink';
import { formatWan } from '../../lib/money';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { formatDate, formatDateTime } from '../../lib/time';

/** 项目备案: a filer's own unit's filings (the server scopes them); leaders read every unit's. */
export function FilingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const isFiler = !!user?.roles.includes('Filer');
  const initial: FilingQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE };
  // The status filter lives in the URL (/filings?status=Returned: the workbench's counts link here).
  const [searchParams, setSearchParams] = useSearchParams();
  const [rest, setQuery] = useState<FilingQuery>(initial);
  const query: FilingQuery = { ...rest, status: statusFromSearch(searchParams) };
  const setStatus = (status?: FilingStatus) => {
    setSearchParams(
      (p) => {
        if (status) p.set('status', status);
        else p.delete('status');
        return p;
      },
      { replace: true },
    );
    setQuery((q) => ({ ...q, page: 1 }));
  };
  const [searchText, setSearchText] = useState('');
  const empties = useEmptyStates();
  const [importing, setImporting] = useState(false);
  const queryClient = useQueryClient();

  const filings = useQuery({
    queryKey: ['filings', query],
    queryFn: ({ signal }) => api.filings.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<FilingListItemDto> = [
    {
      title: t('filings.projectName'),
      dataIndex: 'projectName',
      render: (v: string | undefined, f) => <FilingLink id={f.id} name={v} testId="filing-row-link" />,
    },
    { title: t('filings.investorName'), dataIndex: 'investorName', responsive: ['md'], render: (v?: string) => (v ? <EllipsisText>{v}</EllipsisText> : '—') },
    ...(isFiler
      ? []
      : ([{ title: t('filings.unit'), dataIndex: 'unitName', responsive: ['md'], render: (v: string) => <EllipsisText maxWidth={160}>{v}</EllipsisText> }] as ColumnsType<FilingListItemDto>)),
    {
      title: t('filings.plannedTotal'),
      dataIndex: 'plannedTotalInvestment',
      align: 'right',
      responsive: ['lg'],
      render: (v?: number) => formatWan(v),
    },
    {
      title: t('filings.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: FilingStatus, f) => (
        <>
          <FilingStatusTag status={s} />
          {s === 'UnderReview' && <DeadlineTag isOverdue={f.isOverdue} isDueToday={f.isDueToday} />}
        </>
      ),
    },
    { title: t('filings.reviewDue'), dataIndex: 'reviewDueOn', width: 120, responsive: ['md'], render: (v?: string) => (v ? formatDate(v) : '—') },
    { title: t('filings.createdAt'), dataIndex: 'createdAt', width: 160, responsive: ['lg'], render: (v: string) => formatDateTime(v) },
  ];

  const filtered = Object.entries(query).some(([k, v]) => k !== 'page' && k !== 'pageSize' && v !== undefined && v !== '');
  const clearFilters = () => {
    setSearchText('');
    setStatus(undefined);
    setQuery({ ...initial, pageSize: query.pageSize });
  };
  const empty: EmptyProps = filtered
    ? empties.noMatch(clearFilters)
    : isFiler
      ? {
          description: t('lists.filerEmpty'),
          hint: t('lists.filerEmptyHint'),
          action: (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/filings/new')} data-testid="filings-empty-create">
              {t('filings.create')}
            </Button>
          ),
        }
      : { description: t('lists.filingsEmpty'), hint: t('lists.filingsEmptyHint') };

  return (
    <Card title={t('nav.filings')} className="page-card">
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder={t('filings.searchPlaceholder')}
          style={{ width: 240, maxWidth: '100%' }}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onSearch={(search) => setQuery((q) => ({ ...q, search, page: 1 }))}
          data-testid="filings-search"
        />
        <Select<FilingStatus>
          allowClear
          placeholder={t('filings.status')}
          aria-label={t('filings.status')}
          style={{ width: 140 }}
          value={query.status}
          onChange={setStatus}
          options={FILING_STATUSES.map((s) => ({ value: s, label: t(`filingStatus.${s}`) }))}
          data-testid="filings-status-filter"
        />
        <SourceFilters value={query} onChange={(patch) => setQuery((q) => ({ ...q, ...patch, page: 1 }))} />
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void filings.refetch()} aria-label={t('common.refresh')} />
        <ExportButton run={() => api.filings.export(query)} fallbackName={t('excel.filingsFileName')} testId="filings-export" />
        {isFiler && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="filings-import">
            {t('excel.import')}
          </Button>
        )}
        {isFiler && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/filings/new')} data-testid="filing-create">
            {t('filings.create')}
          </Button>
        )}
      </div>
      <QueryError error={filings.error} onRetry={() => void filings.refetch()} />
      <Table<FilingListItemDto>
        rowKey="id"
        size="middle"
        data-testid="filings-table"
        {...listStates(filings, filings.data?.items, empty)}
        dataSource={filings.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        onRow={openRowOnClick<FilingListItemDto>(navigate, (f) => filingPath(f.id, user?.roles ?? []))}
        pagination={serverPagination(t, filings.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      {isFiler && (
        <FilingImportDialog
          open={importing}
          onClose={() => setImporting(false)}
          onImported={() => void queryClient.invalidateQueries({ queryKey: ['filings'] })}
        />
      )}
    </Card>
  );
}

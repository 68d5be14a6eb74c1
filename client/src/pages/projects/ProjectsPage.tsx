import { ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, type ProjectDto, type ProjectQuery, type ProjectStage, type TrackedProjectStatus } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { ResponsiveTable } from '../../components/AdminList';
import { EllipsisText, FilingLink, openRowOnClick } from '../../components/FilingLink';
import { listStates, type EmptyProps } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { STAGES } from '../../lib/filingOptions';
import { formatWan } from '../../lib/money';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { formatDate } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useUnitOptions } from '../../lib/useUnitOptions';
import { ImportReportsDialog } from './ImportReportsDialog';
import { ProjectStatusTag, StageProgress } from './StageProgress';

const STATUSES: TrackedProjectStatus[] = ['Active', 'Stopped', 'ApprovalEnded'];

/** The list's query from the URL (filters and page live there, so the browser's back keeps them). */
function queryOf(params: URLSearchParams): ProjectQuery {
  const text = (k: string) => params.get(k) || undefined;
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: Number.isInteger(pageSize) && pageSize > 0 ? pageSize : DEFAULT_PAGE_SIZE,
    status: text('status') as TrackedProjectStatus | undefined,
    stage: text('stage') as ProjectStage | undefined,
    unitId: text('unitId'),
    industryChainId: text('industryChainId'),
    search: text('search'),
  };
}

function searchOf(q: ProjectQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === '' || (k === 'page' && v === 1) || (k === 'pageSize' && v === DEFAULT_PAGE_SIZE)) continue;
    p.set(k, String(v));
  }
  return p;
}

/**
 * 项目跟踪: tracked projects (a filer's own unit's, staff every unit's), most recently approved first. Each row shows the stage as
 * progress (在谈→签约→开工→竣工/投产), the agreement amount, and what is due: milestones and reports waiting for verification.
 */
export function ProjectsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const isFiler = !!user?.roles.includes('Filer');
  const queryClient = useQueryClient();
  const [importing, setImporting] = useState(false);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const setQuery = (next: ProjectQuery) => setParams(searchOf(next), { replace: true });
  const set = (patch: Partial<ProjectQuery>) => setQuery({ ...query, ...patch, page: 1 });
  const options = useFilingOptions();
  const units = useUnitOptions(!isFiler);

  const projects = useQuery({
    queryKey: ['projects', 'list', query],
    queryFn: ({ signal }) => api.projects.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<ProjectDto> = [
    {
      title: t('filings.projectName'),
      dataIndex: 'projectName',
      render: (v: string, p) => (
        <Space size={4} wrap={false}>
          <FilingLink id={p.id} name={v} to={`/projects/${p.id}`} testId="project-row-link" />
          <ProjectStatusTag status={p.status} />
        </Space>
      ),
    },
    { title: t('filings.unit'), dataIndex: 'unitName', hidden: isFiler, responsive: ['sm'], render: (v: string) => <EllipsisText maxWidth={160}>{v}</EllipsisText> },
    { title: t('tracking.progress'), dataIndex: 'stage', width: 170, render: (v?: ProjectStage | null) => <StageProgress stage={v} /> },
    { title: t('tracking.agreementAmount'), dataIndex: 'agreementAmount', align: 'right', render: (v?: number | null) => formatWan(v) },
    {
      title: t('tracking.due'),
      dataIndex: 'openVerifications',
      render: (v: number) =>
        v > 0 ? (
          <Tag color="orange" data-testid="project-open-verifications">
            {t('tracking.openVerificationsCount', { count: v })}
          </Tag>
        ) : (
          t('common.none')
        ),
    },
    { title: t('filings.industryChain'), dataIndex: 'industryChainId', responsive: ['lg'], render: (v?: string) => <EllipsisText maxWidth={140}>{options.chainName(v)}</EllipsisText> },
    { title: t('tracking.approvedOn'), dataIndex: 'approvedOn', width: 120, responsive: ['md'], render: (v: string) => formatDate(v) },
  ];

  const filtered = !!(query.status || query.stage || query.unitId || query.industryChainId || query.search);
  const clear = () => setQuery({ page: 1, pageSize: query.pageSize });
  const empty: EmptyProps = filtered
    ? { description: t('tracking.listNoMatch'), hint: t('lists.noMatchHint'), action: <Button onClick={clear}>{t('review.clearFilters')}</Button> }
    : { description: t('tracking.listEmpty'), hint: t('tracking.listEmptyHint') };

  const filterStyle = { width: 150, maxWidth: '100%' };
  return (
    <Card title={t('nav.projects')} className="page-card">
      <div className="toolbar" data-testid="projects-filters">
        <Input.Search
          allowClear
          defaultValue={query.search}
          placeholder={t('tracking.search')}
          aria-label={t('tracking.search')}
          style={{ width: 220, maxWidth: '100%' }}
          onSearch={(search) => set({ search: search.trim() || undefined })}
          data-testid="projects-search"
        />
        <Select allowClear placeholder={t('tracking.status')} aria-label={t('tracking.status')} style={filterStyle} options={STATUSES.map((s) => ({ value: s, label: t(`tracking.projectStatus.${s}`) }))} value={query.status} onChange={(status) => set({ status })} data-testid="projects-filter-status" />
        <Select allowClear placeholder={t('tracking.currentStage')} aria-label={t('tracking.currentStage')} style={filterStyle} options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} value={query.stage} onChange={(stage) => set({ stage })} data-testid="projects-filter-stage" />
        {!isFiler && (
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('filings.unit')} aria-label={t('filings.unit')} style={filterStyle} options={units.options} value={query.unitId} onChange={(unitId) => set({ unitId })} data-testid="projects-filter-unit" />
        )}
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('filings.industryChain')} aria-label={t('filings.industryChain')} style={filterStyle} options={options.chainOptions} value={query.industryChainId} onChange={(industryChainId) => set({ industryChainId })} />
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void projects.refetch()} aria-label={t('common.refresh')} />
        {isFiler && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="projects-import-reports">
            {t('reportImport.button')}
          </Button>
        )}
      </div>
      <QueryError error={projects.error} onRetry={() => void projects.refetch()} />
      <ResponsiveTable<ProjectDto>
        rowKey="id"
        data-testid="projects-table"
        {...listStates(projects, projects.data?.items, empty)}
        dataSource={projects.data?.items ?? []}
        columns={columns}
        onRow={openRowOnClick<ProjectDto>(navigate, (p) => `/projects/${p.id}`)}
        pagination={serverPagination(t, projects.data, query, (page, pageSize) => setQuery({ ...query, page, pageSize }))}
      />
      {isFiler && (
        <ImportReportsDialog
          open={importing}
          onClose={() => setImporting(false)}
          onImported={() => void queryClient.invalidateQueries({ queryKey: ['projects'] })}
        />
      )}
    </Card>
  );
}

import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Form, Input, Modal, Segmented, Select, Space, Spin, Tag, Timeline, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, type LeadDto, type LeadListItemDto, type LeadQuery, type LeadStatus } from '../../api';
import { ResponsiveTable } from '../../components/AdminList';
import { DetailGrid } from '../../components/DetailGrid';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { useAuth } from '../../auth/AuthContext';
import { formatWan } from '../../lib/money';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { formatDateTime } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useIsMobile } from '../../lib/useIsMobile';
import { useProblem } from '../../lib/useProblem';
import { useUnitOptions } from '../../lib/useUnitOptions';

export const LEAD_STATUSES: LeadStatus[] = ['Recorded', 'UnderAssessment', 'Assigned', 'Merged', 'Shelved'];
const ALL = 'all';
const STATUS_COLOR: Record<LeadStatus, string> = { Recorded: 'blue', UnderAssessment: 'gold', Assigned: 'green', Merged: 'default', Shelved: 'default' };

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`leads.statusName.${status}`)}</Tag>;
}

/** The source as people read it: its kind, and the association's, ambassador's or unit's name. */
export function sourceText(t: (k: string) => string, lead: Pick<LeadListItemDto, 'sourceKind' | 'sourceName'>) {
  const kind = t(`leads.sourceKindName.${lead.sourceKind}`);
  return lead.sourceName ? `${kind}：${lead.sourceName}` : kind;
}

type Action = 'opinion' | 'assign' | 'merge' | 'shelve';

/** The center's decisions on an open lead: ask associations, assign to a unit, merge into another lead, shelve with a reason. */
function LeadActions({ lead, onDone }: { lead: LeadDto; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblem();
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<{ associationIds?: string[]; question?: string; unitId?: string; targetLeadId?: string; note?: string; reason?: string }>();
  const options = useFilingOptions(true);
  const units = useUnitOptions(action === 'assign');
  const others = useQuery({
    queryKey: ['leads', 'list', { page: 1, pageSize: 100, purpose: 'merge' }],
    queryFn: ({ signal }) => api.leads.list({ page: 1, pageSize: 100 }, signal),
    enabled: action === 'merge',
  });
  const run = useMutation({
    mutationFn: async (v: { associationIds?: string[]; question?: string; unitId?: string; targetLeadId?: string; note?: string; reason?: string }) => {
      switch (action) {
        case 'opinion': return api.leads.requestOpinion(lead.id, v.associationIds ?? [], v.question ?? '', lead.version);
        case 'assign': return api.leads.assign(lead.id, v.unitId ?? '', v.note, lead.version);
        case 'merge': return api.leads.merge(lead.id, v.targetLeadId ?? '', v.note, lead.version);
        default: return api.leads.shelve(lead.id, v.reason ?? '', lead.version);
      }
    },
    onSuccess: () => {
      message.success(t('leads.done'));
      setAction(null);
      form.resetFields();
      onDone();
    },
    onError: (e) => problem(e, form),
  });
  const required = (label: string) => [{ required: true, message: t('filings.errors.required', { label }) }];
  const open = lead.status === 'Recorded' || lead.status === 'UnderAssessment';
  if (!open) return null;
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button onClick={() => setAction('opinion')} data-testid="lead-request-opinion">{t('leads.requestOpinion')}</Button>
        <Button type="primary" onClick={() => setAction('assign')} data-testid="lead-assign">{t('leads.assign')}</Button>
        <Button onClick={() => setAction('merge')} data-testid="lead-merge">{t('leads.merge')}</Button>
        <Button danger onClick={() => setAction('shelve')} data-testid="lead-shelve">{t('leads.shelve')}</Button>
      </Space>
      <Modal
        open={!!action}
        title={action ? t(`leads.${action === 'opinion' ? 'requestOpinion' : action}`) : ''}
        onCancel={() => setAction(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: run.isPending, ...({ 'data-testid': 'lead-action-ok' } as object) }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => run.mutate(v)} preserve={false}>
          {action === 'opinion' && (
            <>
              <Form.Item name="associationIds" label={t('leads.associations')} rules={required(t('leads.associations'))}>
                <Select mode="multiple" showSearch optionFilterProp="label" options={options.associationOptions} data-testid="lead-opinion-associations" />
              </Form.Item>
              <Form.Item name="question" label={t('leads.question')} rules={required(t('leads.question'))}>
                <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} data-testid="lead-opinion-question" />
              </Form.Item>
            </>
          )}
          {action === 'assign' && (
            <Form.Item name="unitId" label={t('leads.unit')} rules={required(t('leads.unit'))}>
              <Select showSearch optionFilterProp="label" options={units.options} loading={units.loading} data-testid="lead-assign-unit" />
            </Form.Item>
          )}
          {action === 'merge' && (
            <Form.Item name="targetLeadId" label={t('leads.targetLead')} rules={required(t('leads.targetLead'))}>
              <Select
                showSearch
                optionFilterProp="label"
                options={(others.data?.items ?? []).filter((l) => l.id !== lead.id && l.status !== 'Merged').map((l) => ({ value: l.id, label: l.companyName }))}
                loading={others.isLoading}
                data-testid="lead-merge-target"
              />
            </Form.Item>
          )}
          {action === 'shelve' ? (
            <Form.Item name="reason" label={t('leads.reason')} rules={required(t('leads.reason'))}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="lead-shelve-reason" />
            </Form.Item>
          ) : (
            action && action !== 'opinion' && (
              <Form.Item name="note" label={t('leads.note')}>
                <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="lead-note" />
              </Form.Item>
            )
          )}
        </Form>
      </Modal>
    </>
  );
}

/** One lead: its facts and source, the associations' opinions and the assessment record; the center's buttons while open. */
export function LeadDetail({ lead, onChanged }: { lead: LeadDto; onChanged: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const options = useFilingOptions(false);
  const isCenter = !!user?.roles.some((r) => r === 'Reviewer' || r === 'Admin');
  const isFiler = !!user?.roles.includes('Filer');
  return (
    <div data-testid="lead-detail">
      {isCenter && <LeadActions lead={lead} onDone={onChanged} />}
      {isFiler && lead.status === 'Assigned' && lead.assignedUnitId === user?.unitId && (
        <Link to={`/filings/new?leadId=${encodeURIComponent(lead.id)}`} data-testid="lead-start-filing">
          <Button type="primary" style={{ marginBottom: 16 }}>{t('leads.startFiling')}</Button>
        </Link>
      )}
      <DetailGrid
        items={[
          { key: 'company', label: t('leads.company'), children: lead.companyName },
          { key: 'status', label: t('leads.status'), children: <LeadStatusTag status={lead.status} /> },
          { key: 'chain', label: t('leads.industryChain'), children: lead.industryChainName ?? '—' },
          { key: 'amount', label: t('leads.intendedInvestment'), children: lead.intendedInvestment == null ? '—' : formatWan(lead.intendedInvestment) },
          { key: 'region', label: t('leads.sourceRegion'), children: options.regionName(lead.sourceRegionCode ?? undefined) },
          { key: 'source', label: t('leads.source'), children: <span data-testid="lead-source-text">{sourceText(t, lead)}</span> },
          { key: 'recorded', label: t('leads.recordedBy'), children: `${lead.recordedByName} ${formatDateTime(lead.createdAt)}` },
          ...(lead.assignedUnitName ? [{ key: 'unit', label: t('leads.assignedUnit'), children: lead.assignedUnitName }] : []),
          ...(lead.mergedIntoCompanyName ? [{ key: 'merged', label: t('leads.mergedInto'), children: lead.mergedIntoCompanyName }] : []),
          ...(lead.decisionNote ? [{ key: 'note', label: t('leads.decisionNote'), children: lead.decisionNote }] : []),
          { key: 'known', label: t('leads.known'), span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{lead.known ?? '—'}</span> },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>{t('leads.opinions')}</Typography.Title>
      {lead.opinions.length === 0 ? (
        <Typography.Text type="secondary">{t('leads.noOpinions')}</Typography.Text>
      ) : (
        lead.opinions.map((o) => (
          <Card key={o.id} size="small" style={{ marginBottom: 8 }} data-testid="lead-opinion">
            <Typography.Text strong>{o.associationName}</Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap' }}>{t('leads.question')}：{o.question}</div>
            {o.answer ? (
              <div style={{ whiteSpace: 'pre-wrap' }}>{t('leads.answer')}：{o.answer}（{o.answeredByName} {formatDateTime(o.answeredAt)}）</div>
            ) : (
              <Tag color="gold">{t('leads.awaiting')}</Tag>
            )}
          </Card>
        ))
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>{t('leads.history')}</Typography.Title>
      <Timeline
        data-testid="lead-history"
        items={lead.history.map((h, i) => ({
          key: i,
          children: (
            <>
              <div>{t(`leads.historyAction.${h.action}`)}{h.detail ? `：${h.detail}` : ''}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{h.actorName} {formatDateTime(h.at)}</Typography.Text>
            </>
          ),
        }))}
      />
    </div>
  );
}

function LeadDrawer({ row, onClose }: { row: LeadListItemDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const one = useQuery({
    queryKey: ['leads', 'one', row?.id],
    queryFn: ({ signal }) => api.leads.get(row!.id, signal),
    enabled: !!row,
  });
  return (
    <Drawer open={!!row} onClose={onClose} width={isMobile ? '100%' : 720} title={t('leads.detail')} destroyOnHidden data-testid="lead-drawer">
      {one.error ? (
        <QueryError error={one.error} onRetry={() => void one.refetch()} />
      ) : one.data ? (
        <LeadDetail lead={one.data} onChanged={() => void queryClient.invalidateQueries({ queryKey: ['leads'] })} />
      ) : (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      )}
    </Drawer>
  );
}

/**
 * 招商线索 (/leads): the center sees every lead, a filer its unit's (recorded or assigned; `?status=Assigned` from a notice);
 * status filter, search and paging on the server; a drawer with the lead, its opinions and its record.
 */
export function LeadsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initialStatus = params.get('status') as LeadStatus | null;
  const [query, setQuery] = useState<LeadQuery>({
    status: initialStatus && LEAD_STATUSES.includes(initialStatus) ? initialStatus : undefined,
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  });
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<LeadListItemDto | null>(null);
  const list = useQuery({
    queryKey: ['leads', 'list', query],
    queryFn: ({ signal }) => api.leads.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<LeadListItemDto> = [
    {
      title: t('leads.company'),
      dataIndex: 'companyName',
      render: (v: string, l) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(l)} data-testid="lead-open">
          {v}
        </Button>
      ),
    },
    { title: t('leads.status'), dataIndex: 'status', render: (s: LeadStatus) => <LeadStatusTag status={s} /> },
    { title: t('leads.industryChain'), dataIndex: 'industryChainName', render: (v?: string) => v ?? '—' },
    { title: t('leads.intendedInvestment'), dataIndex: 'intendedInvestment', render: (v?: number) => (v == null ? '—' : formatWan(v)) },
    { title: t('leads.source'), key: 'source', render: (_, l) => sourceText(t, l) },
    { title: t('leads.assignedUnit'), dataIndex: 'assignedUnitName', render: (v?: string) => v ?? '—' },
    { title: t('leads.recordedAt'), dataIndex: 'createdAt', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> },
  ];

  return (
    <Card
      title={t('leads.title')}
      className="page-card"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/leads/new')} data-testid="lead-new">
          {t('leads.new')}
        </Button>
      }
    >
      <div className="toolbar">
        <Segmented<string>
          value={query.status ?? ALL}
          onChange={(v) => setQuery((q) => ({ ...q, status: v === ALL ? undefined : (v as LeadStatus), page: 1 }))}
          options={[{ value: ALL, label: t('leads.all') }, ...LEAD_STATUSES.map((s) => ({ value: s, label: t(`leads.statusName.${s}`) }))]}
          aria-label={t('leads.status')}
          data-testid="leads-status-filter"
        />
        <Input.Search
          allowClear
          placeholder={t('leads.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => setQuery((q) => ({ ...q, search: v, page: 1 }))}
          style={{ maxWidth: 260 }}
          data-testid="leads-search"
        />
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
      </div>
      <QueryError error={list.error} onRetry={() => void list.refetch()} />
      <ResponsiveTable<LeadListItemDto>
        rowKey="id"
        data-testid="leads-table"
        {...listStates(list, list.data?.items, { description: t('leads.empty'), hint: t('leads.emptyHint') })}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <LeadDrawer row={open} onClose={() => setOpen(null)} />
    </Card>
  );
}

import { DeleteOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Form, Input, List, Modal, Popconfirm, Segmented, Select, Space, Spin, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { eventsApi, type EventFilter, type PromotionEventDto, type PromotionEventKind, type PromotionEventListItemDto, type PromotionEventStatus } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { ResponsiveTable } from '../../components/AdminList';
import { DetailGrid } from '../../components/DetailGrid';
import { ExportButton } from '../../components/ExportButton';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { formatDateTime } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useIsMobile } from '../../lib/useIsMobile';
import { useProblem } from '../../lib/useProblem';
import { EVENT_KINDS, EventFormModal, type EventFormMode } from './EventForm';

export const EVENT_STATUSES: PromotionEventStatus[] = ['Proposed', 'Confirmed', 'Rejected'];
const STATUS_COLOR: Record<PromotionEventStatus, string> = { Proposed: 'gold', Confirmed: 'green', Rejected: 'default' };
const ALL = 'all';
const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);

export function EventStatusTag({ status }: { status: PromotionEventStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`events.statusName.${status}`)}</Tag>;
}

/** The associations and their roles, as one line. */
export function associationsText(t: (k: string) => string, e: Pick<PromotionEventListItemDto, 'associations'>) {
  return e.associations.length === 0 ? '—' : e.associations.map((a) => `${a.associationName}（${t(`events.roleName.${a.role}`)}）`).join('、');
}

/** Who may change the event in the caller's role: the center any, a filer its unit's, an association its own waiting proposal. */
export function formModeFor(roles: readonly string[]): EventFormMode | null {
  if (roles.includes('Reviewer') || roles.includes('Admin')) return 'center';
  if (roles.includes('Filer')) return 'unit';
  if (roles.includes('Association')) return 'association';
  return null;
}

/** One event: facts, associations, companies, leads, projects, files; the center's confirm/reject, edit, delete, uploads. */
export function EventDetail({ event, onChanged, onDeleted }: { event: PromotionEventDto; onChanged: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblem();
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  const mode = formModeFor(roles);
  const isCenter = mode === 'center';
  const editable = mode !== null && (mode !== 'association' || event.status === 'Proposed');
  const [editing, setEditing] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const done = (text: string) => {
    message.success(text);
    onChanged();
  };
  const confirm = useMutation({ mutationFn: () => eventsApi.confirm(event.id, event.version), onSuccess: () => done(t('events.confirmed')), onError: (e) => problem(e) });
  const reject = useMutation({
    mutationFn: (v: { reason: string }) => eventsApi.reject(event.id, v.reason, event.version),
    onSuccess: () => {
      setRejecting(false);
      done(t('events.rejected'));
    },
    onError: (e) => problem(e, rejectForm),
  });
  const remove = useMutation({ mutationFn: () => eventsApi.remove(event.id, event.version), onSuccess: () => { message.success(t('events.deleted')); onDeleted(); }, onError: (e) => problem(e) });
  const upload = useMutation({ mutationFn: (file: File) => eventsApi.addFile(event.id, file), onSuccess: () => done(t('events.fileAdded')), onError: (e) => problem(e) });
  const removeFile = useMutation({ mutationFn: (fileId: string) => eventsApi.removeFile(event.id, fileId), onSuccess: () => done(t('events.fileRemoved')), onError: (e) => problem(e) });

  return (
    <div data-testid="event-detail">
      <Space wrap style={{ marginBottom: 16 }}>
        {isCenter && event.status === 'Proposed' && (
          <>
            <Button type="primary" loading={confirm.isPending} onClick={() => confirm.mutate()} data-testid="event-confirm">{t('events.confirm')}</Button>
            <Button danger onClick={() => setRejecting(true)} data-testid="event-reject">{t('events.reject')}</Button>
          </>
        )}
        {editable && <Button onClick={() => setEditing(true)} data-testid="event-edit">{t('events.edit')}</Button>}
        {editable && (
          <Popconfirm title={t('events.deleteConfirm')} onConfirm={() => remove.mutate()}>
            <Button danger icon={<DeleteOutlined />} data-testid="event-delete">{t('events.delete')}</Button>
          </Popconfirm>
        )}
      </Space>
      <DetailGrid
        items={[
          { key: 'title', label: t('events.titleField'), children: event.title },
          { key: 'status', label: t('events.status'), children: <EventStatusTag status={event.status} /> },
          { key: 'kind', label: t('events.kind'), children: t(`events.kindName.${event.kind}`) },
          { key: 'dates', label: t('events.dates'), children: event.startsOn === event.endsOn ? event.startsOn : `${event.startsOn} ~ ${event.endsOn}` },
          { key: 'place', label: t('events.place'), children: event.place },
          { key: 'organiser', label: t('events.organiser'), children: event.organiserUnitName ?? t('events.center') },
          { key: 'associations', label: t('events.associations'), span: 2, children: associationsText(t, event) },
          { key: 'invited', label: t('events.invitedCompanyCount'), children: event.invitedCompanyCount },
          { key: 'companies', label: t('events.invitedCompanies'), children: event.invitedCompanies.length ? event.invitedCompanies.join('、') : '—' },
          { key: 'leads', label: t('events.leads'), children: event.leads.length ? event.leads.map((l) => l.companyName).join('、') : '—' },
          { key: 'projects', label: t('events.signedProjects'), children: event.signedProjects.length ? event.signedProjects.map((p) => p.projectName ?? p.filingId).join('、') : '—' },
          ...(event.proposedByAssociationName ? [{ key: 'proposer', label: t('events.proposedBy'), children: event.proposedByAssociationName }] : []),
          { key: 'recorded', label: t('events.recordedBy'), children: `${event.recordedByName} ${formatDateTime(event.createdAt)}` },
          ...(event.decidedAt ? [{ key: 'decided', label: t('events.decidedBy'), children: `${event.decidedByName ?? ''} ${formatDateTime(event.decidedAt)}` }] : []),
          ...(event.rejectionReason ? [{ key: 'reason', label: t('events.rejectionReason'), span: 2, children: <span data-testid="event-rejection-reason">{event.rejectionReason}</span> }] : []),
          { key: 'summary', label: t('events.summary'), span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{event.summary ?? '—'}</span> },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>{t('events.files')}</Typography.Title>
      {editable && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="event-upload">{t('events.upload')}</Button>
        </Upload>
      )}
      <List
        size="small"
        data-testid="event-files"
        locale={{ emptyText: t('events.noFiles') }}
        dataSource={event.files}
        renderItem={(f) => (
          <List.Item
            actions={editable ? [<Button key="remove" type="link" danger onClick={() => removeFile.mutate(f.id)} data-testid="event-file-remove">{t('events.removeFile')}</Button>] : []}
          >
            <a href={eventsApi.fileUrl(event.id, f.id)} data-testid="event-file">{f.isPhoto ? `🖼 ${f.fileName}` : f.fileName}</a>
          </List.Item>
        )}
      />
      {mode && (
        <EventFormModal
          open={editing}
          mode={mode}
          event={event}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
      <Modal
        open={rejecting}
        title={t('events.reject')}
        onCancel={() => setRejecting(false)}
        onOk={() => rejectForm.submit()}
        okButtonProps={{ loading: reject.isPending, ...({ 'data-testid': 'event-reject-ok' } as object) }}
        destroyOnHidden
      >
        <Form form={rejectForm} layout="vertical" onFinish={(v) => reject.mutate(v)} preserve={false}>
          <Form.Item name="reason" label={t('events.rejectionReason')} rules={[{ required: true, message: t('filings.errors.required', { label: t('events.rejectionReason') }) }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} data-testid="event-reject-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

/** The drawer around one event (loaded by id). */
export function EventDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const one = useQuery({ queryKey: ['events', 'one', id], queryFn: ({ signal }) => eventsApi.get(id!, signal), enabled: !!id });
  return (
    <Drawer open={!!id} onClose={onClose} width={isMobile ? '100%' : 760} title={t('events.detail')} destroyOnHidden data-testid="event-drawer">
      {one.error ? (
        <QueryError error={one.error} onRetry={() => void one.refetch()} />
      ) : one.data ? (
        <EventDetail
          event={one.data}
          onChanged={() => void queryClient.invalidateQueries({ queryKey: ['events'] })}
          onDeleted={() => {
            void queryClient.invalidateQueries({ queryKey: ['events'] });
            onClose();
          }}
        />
      ) : (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      )}
    </Drawer>
  );
}

/**
 * 招商活动 (/events): the center and leaders see every event, a filer its unit's; filters by kind, year, association and
 * status (`?status=Proposed` is the center's queue of proposals), search, server paging, export; a drawer per event.
 */
export function EventsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params] = useSearchParams();
  const mode = formModeFor(user?.roles ?? []);
  const isCenter = mode === 'center';
  const isLeader = !!user?.roles.includes('Leader');
  const initialStatus = params.get('status') as PromotionEventStatus | null;
  const [filter, setFilter] = useState<EventFilter>({ status: initialStatus && EVENT_STATUSES.includes(initialStatus) ? initialStatus : undefined });
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const options = useFilingOptions(isCenter || isLeader);
  const queryClient = useQueryClient();
  const query = { ...filter, ...paging };
  const list = useQuery({ queryKey: ['events', 'list', query], queryFn: ({ signal }) => eventsApi.list(query, signal), placeholderData: keepPreviousData });
  const change = (next: Partial<EventFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPaging((p) => ({ ...p, page: 1 }));
  };

  const columns: ColumnsType<PromotionEventListItemDto> = [
    {
      title: t('events.titleField'),
      dataIndex: 'title',
      render: (v: string, e) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(e.id)} data-testid="event-open">
          {v}
        </Button>
      ),
    },
    { title: t('events.kind'), dataIndex: 'kind', render: (k: PromotionEventKind) => t(`events.kindName.${k}`) },
    { title: t('events.dates'), key: 'dates', render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{e.startsOn === e.endsOn ? e.startsOn : `${e.startsOn} ~ ${e.endsOn}`}</span> },
    { title: t('events.organiser'), dataIndex: 'organiserUnitName', render: (v?: string) => v ?? t('events.center') },
    { title: t('events.associations'), key: 'associations', render: (_, e) => associationsText(t, e) },
    { title: t('events.invitedCompanyCount'), dataIndex: 'invitedCompanyCount' },
    { title: t('events.status'), dataIndex: 'status', render: (s: PromotionEventStatus) => <EventStatusTag status={s} /> },
  ];

  return (
    <Card
      title={t('events.title')}
      className="page-card"
      extra={
        <Space wrap>
          <ExportButton run={() => eventsApi.export(filter)} fallbackName={t('events.exportFileName')} testId="events-export" />
          {(mode === 'center' || mode === 'unit') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="event-new">{t('events.new')}</Button>
          )}
        </Space>
      }
    >
      <div className="toolbar">
        <Segmented<string>
          value={filter.status ?? ALL}
          onChange={(v) => change({ status: v === ALL ? undefined : (v as PromotionEventStatus) })}
          options={[{ value: ALL, label: t('events.all') }, ...EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.statusName.${s}`) }))]}
          aria-label={t('events.status')}
          data-testid="events-status-filter"
        />
        <Select
          allowClear
          placeholder={t('events.kind')}
          value={filter.kind}
          onChange={(v?: PromotionEventKind) => change({ kind: v })}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kindName.${k}`) }))}
          style={{ minWidth: 140 }}
          aria-label={t('events.kind')}
          data-testid="events-kind-filter"
        />
        <Select
          allowClear
          placeholder={t('events.year')}
          value={filter.year}
          onChange={(v?: number) => change({ year: v })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ minWidth: 100 }}
          aria-label={t('events.year')}
          data-testid="events-year-filter"
        />
        {(isCenter || isLeader) && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('events.association')}
            value={filter.associationId}
            onChange={(v?: string) => change({ associationId: v })}
            options={options.associationOptions}
            style={{ minWidth: 180 }}
            aria-label={t('events.association')}
            data-testid="events-association-filter"
          />
        )}
        <Input.Search
          allowClear
          placeholder={t('events.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => change({ search: v })}
          style={{ maxWidth: 240 }}
          data-testid="events-search"
        />
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
      </div>
      <QueryError error={list.error} onRetry={() => void list.refetch()} />
      <ResponsiveTable<PromotionEventListItemDto>
        rowKey="id"
        data-testid="events-table"
        {...listStates(list, list.data?.items, { description: t('events.empty'), hint: t('events.emptyHint') })}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setPaging({ page, pageSize }))}
      />
      <EventDrawer id={open} onClose={() => setOpen(null)} />
      {mode && mode !== 'association' && (
        <EventFormModal
          open={creating}
          mode={mode}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            void queryClient.invalidateQueries({ queryKey: ['events'] });
            setOpen(saved.id);
          }}
        />
      )}
    </Card>
  );
}

import { PaperClipOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Drawer, Segmented, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ObjectionDto, type ObjectionQuery, type ObjectionStatus } from '../api';
import { FilingLink } from '../components/FilingLink';
import { listStates } from '../components/ListStates';
import { ObjectionDetail } from '../components/ObjectionReview';
import { ObjectionStatusTag } from '../components/ObjectionTags';
import { QueryError } from '../components/QueryError';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../lib/paging';
import { formatDateTime } from '../lib/time';
import { useIsMobile } from '../lib/useIsMobile';
import { OBJECTIONS_KEY } from '../lib/useObjections';

const STATUSES: ObjectionStatus[] = ['Pending', 'Dismissed', 'Upheld'];
const ALL = 'all';

/** The drawer's objection, read again by id so a decision (or someone else's) shows at once. */
function ObjectionDrawer({ row, onClose }: { row: ObjectionDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const one = useQuery({
    queryKey: [...OBJECTIONS_KEY, 'one', row?.id],
    queryFn: ({ signal }) => api.objections.get(row!.id, signal),
    enabled: !!row,
    placeholderData: row ?? undefined,
  });
  return (
    <Drawer open={!!row} onClose={onClose} width={isMobile ? '100%' : 680} title={t('objections.detail')} destroyOnHidden data-testid="objection-drawer">
      {one.error ? (
        <QueryError error={one.error} onRetry={() => void one.refetch()} />
      ) : one.data ? (
        <ObjectionDetail objection={one.data} onChanged={() => void one.refetch()} />
      ) : (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      )}
    </Drawer>
  );
}

/** 异议复核: objections lodged by the public, open ones (待复核) first and oldest first; a drawer to read and decide one. */
export function ObjectionsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<ObjectionQuery>({ status: 'Pending', page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [open, setOpen] = useState<ObjectionDto | null>(null);
  const list = useQuery({
    queryKey: [...OBJECTIONS_KEY, 'list', query],
    queryFn: ({ signal }) => api.objections.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<ObjectionDto> = [
    {
      title: t('objections.project'),
      dataIndex: 'projectName',
      render: (v: string, o) => <FilingLink id={o.filingId} name={v} testId="objection-row-link" />,
    },
    { title: t('objections.publication'), dataIndex: 'publicationLabel', responsive: ['sm'] },
    { title: t('objections.lodgedAt'), dataIndex: 'lodgedAt', responsive: ['sm'], render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> },
    {
      title: t('objections.objector'),
      key: 'objector',
      responsive: ['md'],
      render: (_, o) => (
        <div style={{ maxWidth: 180 }}>
          <div>{o.objectorName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {o.contact}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('objections.text'),
      dataIndex: 'text',
      responsive: ['md'],
      render: (v: string, o) => (
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, width: 260 }} title={v}>
          {o.hasEvidence && <PaperClipOutlined aria-label={t('objections.hasEvidence')} style={{ marginInlineEnd: 4 }} />}
          {v}
        </Typography.Paragraph>
      ),
    },
    { title: t('objections.statusFilter'), dataIndex: 'status', render: (s: ObjectionStatus, o) => <ObjectionStatusTag status={s} remedy={o.remedy} labels="reviewStatus" /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, o) => (
        <Button size="small" type={o.status === 'Pending' ? 'primary' : 'default'} onClick={() => setOpen(o)} data-testid="objection-open">
          {o.status === 'Pending' ? t('objections.review') : t('common.view')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('objections.title')} className="page-card">
      <div className="toolbar">
        <Segmented<string>
          value={query.status ?? ALL}
          onChange={(v) => setQuery((q) => ({ ...q, status: v === ALL ? undefined : (v as ObjectionStatus), page: 1 }))}
          options={[...STATUSES.map((s) => ({ value: s, label: t(`objections.reviewStatus.${s}`) })), { value: ALL, label: t('objections.all') }]}
          aria-label={t('objections.statusFilter')}
          data-testid="objections-status-filter"
        />
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
      </div>
      <QueryError error={list.error} onRetry={() => void list.refetch()} />
      <Table<ObjectionDto>
        rowKey="id"
        size="middle"
        data-testid="objections-table"
        {...listStates(
          list,
          list.data?.items,
          query.status === 'Pending'
            ? {
                description: t('objections.emptyPending'),
                hint: t('lists.objectionsPendingHint'),
                action: <Button onClick={() => setQuery((q) => ({ ...q, status: undefined, page: 1 }))}>{t('lists.showAllObjections')}</Button>,
              }
            : { description: t('objections.empty'), hint: t('lists.objectionsHint') },
        )}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        onRow={(o) => ({ onClick: () => setOpen(o), style: { cursor: 'pointer' } })}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <ObjectionDrawer row={open} onClose={() => setOpen(null)} />
    </Card>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListToolbarEnd, QueryTable } from '../../../components/AdminList';
import { useEmptyStates } from '../../../components/ListStates';
import { api, type WebhookDeliveryDto, type WebhookDeliveryStatus, type WebhookSubscriptionDto } from '../../../api';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../../lib/paging';
import { formatDateTime } from '../../../lib/time';
import { staleOrGone, useListMutation } from '../../../lib/useCrudMutations';
import { DELIVERY_STATUS_COLORS, eventTypeLabel } from './webhookLabels';

const STATUSES: WebhookDeliveryStatus[] = ['Pending', 'Delivered', 'Failed'];

/** The delivery log: newest first, filtered by subscription and status, with a redeliver button on finished deliveries. */
export function WebhookDeliveryLog({
  subscriptions,
  subscriptionId,
  onSubscriptionChange,
}: {
  subscriptions: WebhookSubscriptionDto[];
  subscriptionId?: string;
  onSubscriptionChange: (id?: string) => void;
}) {
  const { t } = useTranslation();
  const empties = useEmptyStates();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const query = { subscriptionId, status, ...paging };

  const deliveries = useQuery({
    queryKey: ['webhooks', 'deliveries', query],
    queryFn: ({ signal }) => api.webhooks.deliveries(query, signal),
    placeholderData: keepPreviousData,
    // Pending deliveries change on their own (the job): the log follows them while any is on screen.
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'Pending') ? 3000 : false),
  });

  const redeliver = useListMutation({
    mutationFn: (d: WebhookDeliveryDto) => api.webhooks.redeliver(d.id),
    queryKey: ['webhooks', 'deliveries'],
    success: t('webhooks.redelivered'),
    isStale: staleOrGone,
  });

  const columns: ColumnsType<WebhookDeliveryDto> = [
    {
      title: t('webhooks.event'),
      dataIndex: 'eventType',
      render: (type: string, d) => (
        <Space direction="vertical" size={0}>
          <span>{eventTypeLabel(t, type)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(d.createdAt, true)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('webhooks.status'),
      dataIndex: 'status',
      render: (s: string) => <Tag color={DELIVERY_STATUS_COLORS[s]} data-testid="delivery-status">{t(`webhooks.deliveryStatuses.${s}`, s)}</Tag>,
    },
    {
      title: t('webhooks.url'),
      dataIndex: 'subscriptionUrl',
      responsive: ['lg'],
      render: (url: string) => <Typography.Text ellipsis={{ tooltip: url }} style={{ maxWidth: 240 }}>{url}</Typography.Text>,
    },
    { title: t('webhooks.attempts'), dataIndex: 'attempts' },
    {
      title: t('webhooks.lastResult'),
      key: 'last',
      render: (_, d) =>
        d.lastStatusCode == null && !d.lastError ? (
          '—'
        ) : (
          <Tooltip title={d.lastResponse ?? undefined}>
            <Space direction="vertical" size={0}>
              {d.lastStatusCode != null && <span>HTTP {d.lastStatusCode}</span>}
              {d.lastError && <Typography.Text type="danger" style={{ fontSize: 12 }}>{d.lastError}</Typography.Text>}
            </Space>
          </Tooltip>
        ),
    },
    {
      title: t('webhooks.when'),
      key: 'when',
      render: (_, d) =>
        d.deliveredAt
          ? t('webhooks.deliveredAt', { at: formatDateTime(d.deliveredAt, true) })
          : d.nextAttemptAt
            ? t('webhooks.nextAttemptAt', { at: formatDateTime(d.nextAttemptAt, true) })
            : '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, d) =>
        d.status === 'Pending' ? null : (
          <Button type="link" size="small" onClick={() => redeliver.mutate(d)} disabled={redeliver.isPending} data-testid="webhook-redeliver">
            {t('webhooks.redeliver')}
          </Button>
        ),
    },
  ];

  const filtered = subscriptionId !== undefined || status !== undefined;
  return (
    <Card title={t('webhooks.log')} className="page-card" data-testid="webhook-log">
      <div className="toolbar">
        <Select<string>
          allowClear
          placeholder={t('webhooks.allSubscriptions')}
          style={{ width: 260, maxWidth: '100%' }}
          value={subscriptionId}
          onChange={(id) => {
            onSubscriptionChange(id);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={subscriptions.map((s) => ({ value: s.id, label: s.description ? `${s.description}（${s.url}）` : s.url }))}
        />
        <Select<WebhookDeliveryStatus>
          allowClear
          placeholder={t('webhooks.status')}
          style={{ width: 140 }}
          value={status}
          onChange={(s) => {
            setStatus(s);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`webhooks.deliveryStatuses.${s}`) }))}
        />
        <ListToolbarEnd onRefresh={() => void deliveries.refetch()} />
      </div>
      <QueryTable<WebhookDeliveryDto>
        query={deliveries}
        rows={deliveries.data?.items}
        empty={filtered ? empties.noMatch(() => { onSubscriptionChange(undefined); setStatus(undefined); }) : empties.nothingYet(undefined, undefined, t('webhooks.logEmptyHint'))}
        columns={columns}
        pagination={serverPagination(t, deliveries.data, paging, (page, pageSize) => setPaging({ page, pageSize }))}
      />
    </Card>
  );
}

import { CopyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditDeleteLinks, ListToolbarEnd, QueryTable } from '../../../components/AdminList';
import { FormModal } from '../../../components/FormModal';
import { useEmptyStates } from '../../../components/ListStates';
import { api, type WebhookSubscriptionDto, type WebhookSubscriptionSavedDto } from '../../../api';
import { formatDateTime } from '../../../lib/time';
import { useCrudMutations, useListMutation } from '../../../lib/useCrudMutations';
import { textRules } from '../../../lib/validation';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import { eventTypeLabel, SUBSCRIPTION_STATUS_COLORS } from './webhookLabels';

interface SubscriptionForm {
  url: string;
  eventTypes: string[];
  description?: string;
  paused?: boolean;
  rotateSecret?: boolean;
}

/**
 * 推送订阅 (webhooks): an admin registers integrators' receivers and the events each gets, pauses, pings and deletes
 * them, and reads the delivery log below (with redelivery). A secret the server generates is shown once.
 */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SubscriptionForm>();
  const [secret, setSecret] = useState<WebhookSubscriptionSavedDto | null>(null);
  const [logOf, setLogOf] = useState<string | undefined>(undefined);
  const empties = useEmptyStates();

  const subscriptions = useQuery({ queryKey: ['webhooks', 'subscriptions'], queryFn: ({ signal }) => api.webhooks.list(signal) });
  const eventTypes = useQuery({ queryKey: ['webhooks', 'event-types'], queryFn: ({ signal }) => api.webhooks.eventTypes(signal), staleTime: Infinity });

  const showSecret = (saved: WebhookSubscriptionSavedDto) => {
    if (saved.secret) setSecret(saved);
    return saved;
  };

  const { editing, openEditor, editorProps, remove } = useCrudMutations<WebhookSubscriptionDto, SubscriptionForm>({
    queryKey: ['webhooks'],
    form,
    newForm: () => ({ url: 'https://', eventTypes: [], description: '' }),
    toForm: (s) => ({ url: s.url, eventTypes: s.eventTypes, description: s.description ?? '', paused: s.status === 'Paused', rotateSecret: false }),
    create: async (v) => showSecret(await api.webhooks.create(v)),
    update: async (s, v) => showSecret(await api.webhooks.update(s.id, { ...v, paused: v.paused ?? false }, s.version)),
    remove: (s) => api.webhooks.remove(s.id, s.version),
  });

  const setPaused = useListMutation({
    mutationFn: (v: { s: WebhookSubscriptionDto; paused: boolean }) =>
      api.webhooks.update(v.s.id, { url: v.s.url, eventTypes: v.s.eventTypes, description: v.s.description ?? undefined, paused: v.paused }, v.s.version),
    queryKey: ['webhooks'],
    success: (saved) => (saved.subscription.status === 'Paused' ? t('webhooks.pausedToast') : t('webhooks.resumedToast')),
  });

  const ping = useListMutation({
    mutationFn: (s: WebhookSubscriptionDto) => api.webhooks.ping(s.id),
    queryKey: ['webhooks'],
    success: t('webhooks.pingSent'),
  });

  const copySecret = async () => {
    if (!secret?.secret) return;
    try {
      await navigator.clipboard.writeText(secret.secret);
      message.success(t('webhooks.copied'));
    } catch {
      message.warning(t('webhooks.copyFailed'));
    }
  };

  const columns: ColumnsType<WebhookSubscriptionDto> = [
    {
      title: t('webhooks.url'),
      dataIndex: 'url',
      render: (url: string, s) => (
        <Space direction="vertical" size={0} style={{ maxWidth: 360 }}>
          <Typography.Text ellipsis={{ tooltip: url }} style={{ maxWidth: 360 }} data-testid="webhook-url">
            {url}
          </Typography.Text>
          {s.description && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.description}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('webhooks.eventTypes'),
      dataIndex: 'eventTypes',
      render: (types: string[]) => (
        <Space size={[0, 4]} wrap>
          {types.map((type) => (
            <Tag key={type}>{eventTypeLabel(t, type)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('webhooks.status'),
      dataIndex: 'status',
      render: (status: string, s) => (
        <Space direction="vertical" size={0}>
          <Tag color={SUBSCRIPTION_STATUS_COLORS[status]} data-testid="webhook-status">{t(`webhooks.statuses.${status}`, status)}</Tag>
          {s.failingSince && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(s.failingSince)}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('webhooks.active'),
      key: 'paused',
      render: (_, s) => (
        <Switch
          size="small"
          checked={s.status !== 'Paused'}
          disabled={setPaused.isPending}
          aria-label={t('webhooks.active')}
          onChange={(on) => setPaused.mutate({ s, paused: !on })}
        />
      ),
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v), responsive: ['lg'] },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, s) => (
        <EditDeleteLinks onEdit={() => openEditor(s)} deleteConfirm={t('webhooks.deleteConfirm', { url: s.url })} onDelete={() => remove.mutateAsync(s)} wrap>
          <Button type="link" size="small" onClick={() => ping.mutate(s)} disabled={ping.isPending} data-testid="webhook-ping">
            {t('webhooks.ping')}
          </Button>
          <Button type="link" size="small" onClick={() => setLogOf(s.id)}>
            {t('webhooks.showLog')}
          </Button>
        </EditDeleteLinks>
      ),
    },
  ];

  const typeOptions = (eventTypes.data ?? []).map((type) => ({ value: type, label: `${eventTypeLabel(t, type)}（${type}）` }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('nav.webhooks')} className="page-card">
        <Typography.Paragraph type="secondary">{t('webhooks.intro')}</Typography.Paragraph>
        <div className="toolbar">
          <ListToolbarEnd
            onRefresh={() => void subscriptions.refetch()}
            onCreate={() => openEditor('new')}
            createLabel={t('webhooks.create')}
            createTestId="webhook-create"
          />
        </div>
        <QueryTable<WebhookSubscriptionDto>
          query={subscriptions}
          rows={subscriptions.data}
          empty={empties.nothingYet(t('webhooks.create'), () => openEditor('new'))}
          columns={columns}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      </Card>

      <WebhookDeliveryLog subscriptions={subscriptions.data ?? []} subscriptionId={logOf} onSubscriptionChange={setLogOf} />

      <FormModal<SubscriptionForm> {...editorProps} title={editing === 'new' ? t('webhooks.create') : t('webhooks.edit')}>
        <Form.Item name="url" label={t('webhooks.url')} extra={t('webhooks.urlHint')} rules={textRules(t, 500, true)}>
          <Input inputMode="url" data-testid="webhook-url-input" />
        </Form.Item>
        <Form.Item name="eventTypes" label={t('webhooks.eventTypes')} rules={[{ required: true, message: t('validation.required') }]}>
          <Checkbox.Group options={typeOptions} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="webhook-event-types" />
        </Form.Item>
        <Form.Item name="description" label={t('webhooks.description')} rules={textRules(t, 200)}>
          <Input />
        </Form.Item>
        {editing !== 'new' && (
          <>
            <Form.Item name="paused" valuePropName="checked">
              <Checkbox>{t('webhooks.pause')}</Checkbox>
            </Form.Item>
            <Form.Item name="rotateSecret" valuePropName="checked" extra={t('webhooks.rotateHint')}>
              <Checkbox>{t('webhooks.rotate')}</Checkbox>
            </Form.Item>
          </>
        )}
      </FormModal>

      <Modal
        open={secret !== null}
        title={t('webhooks.secretTitle')}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => setSecret(null)} data-testid="webhook-secret-done">
            {t('webhooks.savedIt')}
          </Button>
        }
      >
        <Alert type="warning" showIcon message={t('webhooks.secretWarning')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph>
          {t('webhooks.url')}：<strong>{secret?.subscription.url}</strong>
        </Typography.Paragraph>
        <div className="secret-box" data-testid="webhook-secret">
          {secret?.secret}
        </div>
        <Button icon={<CopyOutlined />} style={{ marginTop: 12 }} onClick={() => void copySecret()}>
          {t('webhooks.copy')}
        </Button>
      </Modal>
    </Space>
  );
}

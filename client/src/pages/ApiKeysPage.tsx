import { CopyOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../components/QueryError';
import { api, type ApiKeyDto, type ApiKeyScope, type CreatedApiKeyDto } from '../api';
import { dayjs, formatDateTime, TIME_ZONE } from '../lib/time';
import { useProblem } from '../lib/useProblem';

interface CreateForm {
  name: string;
  scope: ApiKeyScope;
  expiresAt?: Dayjs | null;
}

const STATUS_COLORS: Record<string, string> = { Active: 'green', Revoked: 'red', Expired: 'default' };

export function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKeyDto | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyDto | null>(null);
  const [form] = Form.useForm<CreateForm>();
  const [revokeForm] = Form.useForm<{ reason?: string }>();

  const keys = useQuery({ queryKey: ['api-keys'], queryFn: ({ signal }) => api.apiKeys.list(signal) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-keys'] });

  const create = useMutation({
    mutationFn: (v: CreateForm) =>
      api.apiKeys.create(
        v.name.trim(),
        v.scope,
        // end of the chosen day, Beijing time
        v.expiresAt ? dayjs.tz(v.expiresAt.format('YYYY-MM-DD'), TIME_ZONE).endOf('day').toISOString() : undefined,
      ),
    onSuccess: (result) => {
      setCreating(false);
      setCreated(result);
      void refresh();
    },
    onError: (e) => showProblem(e, form),
  });

  const revoke = useMutation({
    mutationFn: (v: { reason?: string }) => api.apiKeys.revoke(revoking!.id, v.reason),
    onSuccess: () => {
      message.success(t('apiKeys.revoked'));
      setRevoking(null);
      void refresh();
    },
    onError: (e) => showProblem(e, revokeForm),
  });

  const copySecret = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.secret);
      message.success(t('apiKeys.copied'));
    } catch {
      message.warning(t('apiKeys.copyFailed'));
    }
  };

  const columns: ColumnsType<ApiKeyDto> = [
    { title: t('apiKeys.name'), dataIndex: 'name' },
    { title: t('apiKeys.prefix'), dataIndex: 'prefix', render: (v: string) => <Typography.Text code>{v}…</Typography.Text> },
    { title: t('apiKeys.scope'), dataIndex: 'scope', render: (s: string) => <Tag color={s === 'ReadWrite' ? 'orange' : 'blue'}>{t(`apiKeys.scopes.${s}`, s)}</Tag> },
    {
      title: t('apiKeys.status'),
      dataIndex: 'status',
      render: (s: string, k) => (
        <Space direction="vertical" size={0}>
          <Tag color={STATUS_COLORS[s]}>{t(`apiKeys.statuses.${s}`, s)}</Tag>
          {k.revokedReason && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{k.revokedReason}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string, k) => `${formatDateTime(v)}${k.createdByName ? ` · ${k.createdByName}` : ''}`, responsive: ['md'] },
    { title: t('apiKeys.lastUsedAt'), dataIndex: 'lastUsedAt', render: (v?: string) => formatDateTime(v), responsive: ['lg'] },
    { title: t('apiKeys.expiresAt'), dataIndex: 'expiresAt', render: (v?: string) => (v ? formatDateTime(v) : t('apiKeys.never')) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, k) =>
        k.status === 'Active' ? (
          <Button
            type="link"
            danger
            size="small"
            onClick={() => {
              revokeForm.resetFields();
              setRevoking(k);
            }}
          >
            {t('apiKeys.revoke')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={t('nav.apiKeys')} className="page-card">
      <Typography.Paragraph type="secondary">{t('apiKeys.intro')}</Typography.Paragraph>
      <div className="toolbar">
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void keys.refetch()} aria-label={t('common.refresh')} />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="api-key-create"
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ scope: 'ReadOnly' });
            setCreating(true);
          }}
        >
          {t('apiKeys.create')}
        </Button>
      </div>
      <QueryError error={keys.error} onRetry={() => void keys.refetch()} />
      <Table<ApiKeyDto>
        rowKey="id"
        size="middle"
        loading={keys.isFetching}
        dataSource={keys.data ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />

      <Modal
        open={creating}
        title={t('apiKeys.create')}
        okText={t('apiKeys.generate')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        forceRender
      >
        <Form<CreateForm> form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Form.Item
            name="name"
            label={t('apiKeys.name')}
            extra={t('apiKeys.nameHint')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 100, message: t('validation.maxLength', { max: 100 }) },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="scope" label={t('apiKeys.scope')} rules={[{ required: true, message: t('validation.required') }]}>
            <Radio.Group>
              <Radio value="ReadOnly">{t('apiKeys.scopes.ReadOnly')}</Radio>
              <Radio value="ReadWrite">{t('apiKeys.scopes.ReadWrite')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="expiresAt" label={t('apiKeys.expiresAt')} extra={t('apiKeys.expiresHint')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().tz(TIME_ZONE), 'day')} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={created !== null}
        title={t('apiKeys.createdTitle')}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => setCreated(null)} data-testid="api-key-secret-done">
            {t('apiKeys.savedIt')}
          </Button>
        }
      >
        <Alert type="warning" showIcon message={t('apiKeys.secretWarning')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph>
          {t('apiKeys.name')}: <strong>{created?.apiKey.name}</strong>
        </Typography.Paragraph>
        <div className="secret-box" data-testid="api-key-secret">
          {created?.secret}
        </div>
        <Button icon={<CopyOutlined />} style={{ marginTop: 12 }} onClick={() => void copySecret()}>
          {t('apiKeys.copy')}
        </Button>
      </Modal>

      <Modal
        open={revoking !== null}
        title={t('apiKeys.revokeTitle', { name: revoking?.name ?? '' })}
        okText={t('apiKeys.revoke')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={revoke.isPending}
        onOk={() => revokeForm.submit()}
        onCancel={() => setRevoking(null)}
        forceRender
      >
        <Alert type="error" showIcon message={t('apiKeys.revokeWarning')} style={{ marginBottom: 16 }} />
        <Form form={revokeForm} layout="vertical" onFinish={(v) => revoke.mutate(v)}>
          <Form.Item name="reason" label={t('apiKeys.reason')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

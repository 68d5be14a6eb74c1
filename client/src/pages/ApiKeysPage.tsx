import { CopyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Radio, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListToolbarEnd, QueryTable } from '../components/AdminList';
import { FormModal } from '../components/FormModal';
import { useEmptyStates } from '../components/ListStates';
import { api, type ApiKeyDto, type ApiKeyScope, type CreatedApiKeyDto } from '../api';
import { dayjs, formatDateTime, TIME_ZONE } from '../lib/time';
import { useListMutation } from '../lib/useCrudMutations';
import { textRules } from '../lib/validation';

interface CreateForm {
  name: string;
  scope: ApiKeyScope;
  expiresAt?: Dayjs | null;
  mayReadContacts?: boolean;
}

const STATUS_COLORS: Record<string, string> = { Active: 'green', Revoked: 'red', Expired: 'default' };

export function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKeyDto | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyDto | null>(null);
  const [form] = Form.useForm<CreateForm>();
  const [revokeForm] = Form.useForm<{ reason?: string }>();
  const empties = useEmptyStates();

  const keys = useQuery({ queryKey: ['api-keys'], queryFn: ({ signal }) => api.apiKeys.list(signal) });

  const create = useListMutation({
    mutationFn: (v: CreateForm) =>
      api.apiKeys.create(
        v.name.trim(),
        v.scope,
        // end of the chosen day, Beijing time
        v.expiresAt ? dayjs.tz(v.expiresAt.format('YYYY-MM-DD'), TIME_ZONE).endOf('day').toISOString() : undefined,
        v.mayReadContacts ?? false,
      ),
    queryKey: ['api-keys'],
    form,
    onSuccess: (result) => {
      setCreating(false);
      setCreated(result);
    },
  });

  const revoke = useListMutation({
    mutationFn: (v: { reason?: string }) => api.apiKeys.revoke(revoking!.id, v.reason),
    queryKey: ['api-keys'],
    form: revokeForm,
    success: t('apiKeys.revoked'),
    onSuccess: () => setRevoking(null),
  });

  // The contacts grant: an explicit, audited switch per key, apart from its read-only/read-write scope.
  const setContacts = useListMutation({
    mutationFn: (v: { key: ApiKeyDto; allow: boolean }) => api.apiKeys.setContacts(v.key.id, v.allow, v.key.version),
    queryKey: ['api-keys'],
    success: t('apiKeys.contactsSaved'),
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

  const openCreate = () => {
    form.resetFields();
    form.setFieldsValue({ scope: 'ReadOnly', mayReadContacts: false });
    setCreating(true);
  };

  const columns: ColumnsType<ApiKeyDto> = [
    { title: t('apiKeys.name'), dataIndex: 'name' },
    { title: t('apiKeys.prefix'), dataIndex: 'prefix', render: (v: string) => <Typography.Text code>{v}…</Typography.Text> },
    { title: t('apiKeys.scope'), dataIndex: 'scope', render: (s: string) => <Tag color={s === 'ReadWrite' ? 'orange' : 'blue'}>{t(`apiKeys.scopes.${s}`, s)}</Tag> },
    {
      title: t('apiKeys.contacts'),
      dataIndex: 'mayReadContacts',
      render: (v: boolean, k) => (
        <Switch
          size="small"
          checked={v}
          disabled={k.status === 'Revoked' || setContacts.isPending}
          checkedChildren={t('apiKeys.contactsOn')}
          unCheckedChildren={t('apiKeys.contactsOff')}
          aria-label={t('apiKeys.contacts')}
          data-testid={`api-key-contacts-${k.prefix}`}
          onChange={(allow) => setContacts.mutate({ key: k, allow })}
        />
      ),
    },
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
        <ListToolbarEnd
          onRefresh={() => void keys.refetch()}
          onCreate={openCreate}
          createLabel={t('apiKeys.create')}
          createTestId="api-key-create"
        />
      </div>
      <QueryTable<ApiKeyDto> query={keys} rows={keys.data} empty={empties.nothingYet(t('apiKeys.create'), openCreate)} columns={columns} pagination={{ pageSize: 20, hideOnSinglePage: true }} />

      <FormModal<CreateForm>
        open={creating}
        title={t('apiKeys.create')}
        okText={t('apiKeys.generate')}
        form={form}
        saving={create.isPending}
        onFinish={(v) => create.mutate(v)}
        onCancel={() => setCreating(false)}
      >
        <Form.Item name="name" label={t('apiKeys.name')} extra={t('apiKeys.nameHint')} rules={textRules(t, 100, true)}>
          <Input />
        </Form.Item>
        <Form.Item name="scope" label={t('apiKeys.scope')} rules={[{ required: true, message: t('validation.required') }]}>
          <Radio.Group>
            <Radio value="ReadOnly">{t('apiKeys.scopes.ReadOnly')}</Radio>
            <Radio value="ReadWrite">{t('apiKeys.scopes.ReadWrite')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="mayReadContacts" valuePropName="checked" extra={t('apiKeys.contactsHint')}>
          <Checkbox data-testid="api-key-contacts">{t('apiKeys.contactsGrant')}</Checkbox>
        </Form.Item>
        <Form.Item name="expiresAt" label={t('apiKeys.expiresAt')} extra={t('apiKeys.expiresHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().tz(TIME_ZONE), 'day')} />
        </Form.Item>
      </FormModal>

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

      <FormModal<{ reason?: string }>
        open={revoking !== null}
        title={t('apiKeys.revokeTitle', { name: revoking?.name ?? '' })}
        okText={t('apiKeys.revoke')}
        okButtonProps={{ danger: true }}
        form={revokeForm}
        saving={revoke.isPending}
        onFinish={(v) => revoke.mutate(v)}
        onCancel={() => setRevoking(null)}
      >
        <Alert type="error" showIcon message={t('apiKeys.revokeWarning')} style={{ marginBottom: 16 }} />
        <Form.Item name="reason" label={t('apiKeys.reason')} rules={textRules(t, 200)}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

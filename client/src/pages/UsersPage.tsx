import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Drawer, Form, Input, Modal, Select, Space, Switch, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../components/QueryError';
import { api, type UserDto, type UserQuery } from '../api';
import { isConcurrencyConflict } from '../api/problem';
import { ROLES, type Role } from '../auth/roles';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../lib/paging';
import { formatDateTime } from '../lib/time';
import { useProblem } from '../lib/useProblem';
import { useUnitOptions } from '../lib/useUnitOptions';
import { useIsMobile } from '../lib/useIsMobile';
import { MIN_PASSWORD_LENGTH, PHONE_PATTERN, USER_NAME_PATTERN, passwordRules } from '../lib/validation';

interface UserForm {
  userName: string;
  displayName: string;
  password?: string;
  role: Role;
  unitId?: string;
  email?: string;
  phoneNumber?: string;
  isActive: boolean;
}

const ROLE_COLORS: Record<string, string> = {
  Admin: 'red',
  Reviewer: 'blue',
  Filer: 'green',
  Leader: 'gold',
  Association: 'purple',
};

export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const units = useUnitOptions();
  const isMobile = useIsMobile();
  const [query, setQuery] = useState<UserQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<UserDto | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const [form] = Form.useForm<UserForm>();
  const [resetForm] = Form.useForm<{ newPassword: string }>();
  const role = Form.useWatch('role', form);

  const users = useQuery({
    queryKey: ['users', query],
    queryFn: ({ signal }) => api.users.list(query, signal),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });

  const save = useMutation({
    mutationFn: (v: UserForm) =>
      editing === 'new' || editing === null
        ? api.users.create({
            userName: v.userName.trim(),
            displayName: v.displayName.trim(),
            password: v.password ?? '',
            role: v.role,
            unitId: v.unitId,
            email: v.email,
            phoneNumber: v.phoneNumber,
          })
        : api.users.update(editing.id, {
            displayName: v.displayName.trim(),
            role: v.role,
            unitId: v.unitId,
            email: v.email,
            phoneNumber: v.phoneNumber,
            isActive: v.isActive,
            version: editing.version,
          }),
    onSuccess: () => {
      message.success(t('common.saved'));
      setEditing(null);
      void refresh();
    },
    onError: (e) => {
      const p = showProblem(e, form);
      if (isConcurrencyConflict(p)) {
        setEditing(null);
        void refresh();
      }
    },
  });

  const reset = useMutation({
    mutationFn: (v: { newPassword: string }) => api.users.resetPassword(resetting!.id, v.newPassword),
    onSuccess: () => {
      message.success(t('users.passwordReset'));
      setResetting(null);
      void refresh();
    },
    onError: (e) => showProblem(e, resetForm),
  });

  const openEditor = (user: UserDto | 'new') => {
    form.resetFields();
    if (user === 'new') form.setFieldsValue({ isActive: true, role: 'Filer' });
    else
      form.setFieldsValue({
        userName: user.userName,
        displayName: user.displayName,
        role: user.role as Role,
        unitId: user.unitId ?? undefined,
        email: user.email ?? '',
        phoneNumber: user.phoneNumber ?? '',
        isActive: user.isActive,
      });
    setEditing(user);
  };

  const columns: ColumnsType<UserDto> = [
    { title: t('users.userName'), dataIndex: 'userName', width: 140 },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 140 },
    { title: t('users.role'), dataIndex: 'role', width: 110, render: (r: string) => <Tag color={ROLE_COLORS[r]}>{t(`roles.${r}`, r)}</Tag> },
    { title: t('users.unit'), dataIndex: 'unitName', render: (v?: string) => v ?? '—' },
    {
      title: t('users.status'),
      key: 'status',
      width: 120,
      render: (_, u) => (
        <Space size={4} wrap>
          {u.isActive ? <Badge status="success" text={t('users.active')} /> : <Badge status="default" text={t('users.inactive')} />}
          {u.isLockedOut && <Tag color="red">{t('users.lockedOut')}</Tag>}
        </Space>
      ),
    },
    { title: t('users.email'), dataIndex: 'email', responsive: ['xl'], render: (v?: string) => v || '—' },
    { title: t('users.phoneNumber'), dataIndex: 'phoneNumber', responsive: ['xl'], render: (v?: string) => v || '—' },
    { title: t('users.lastLoginAt'), dataIndex: 'lastLoginAt', width: 160, responsive: ['lg'], render: (v?: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => openEditor(u)}>
            {t('common.edit')}
          </Button>
          <Tooltip title={u.isLockedOut ? t('users.resetUnlocks') : undefined}>
            <Button
              type="link"
              size="small"
              onClick={() => {
                resetForm.resetFields();
                setResetting(u);
              }}
            >
              {t('users.resetPassword')}
            </Button>
          </Tooltip>
        </Space>
      ),
    },
  ];

  const unitRequired = role === 'Filer';

  return (
    <Card title={t('nav.users')} className="page-card">
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          style={{ width: 240, maxWidth: '100%' }}
          onSearch={(search) => setQuery((q) => ({ ...q, search, page: 1 }))}
        />
        <Select<string>
          allowClear
          placeholder={t('users.role')}
          style={{ width: 140 }}
          value={query.role}
          onChange={(r) => setQuery((q) => ({ ...q, role: r, page: 1 }))}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('users.unit')}
          style={{ width: 220, maxWidth: '100%' }}
          loading={units.loading}
          value={query.unitId}
          onChange={(unitId) => setQuery((q) => ({ ...q, unitId, page: 1 }))}
          options={units.options}
        />
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void users.refetch()} aria-label={t('common.refresh')} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor('new')} data-testid="user-create">
          {t('users.create')}
        </Button>
      </div>
      <QueryError error={users.error} onRetry={() => void users.refetch()} />
      <Table<UserDto>
        rowKey="id"
        size="middle"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={serverPagination(t, users.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />

      <Drawer
        open={editing !== null}
        title={editing === 'new' ? t('users.create') : t('users.edit')}
        width={isMobile ? '100%' : 480}
        onClose={() => setEditing(null)}
        forceRender
        extra={
          <Space>
            <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          </Space>
        }
      >
        <Form<UserForm> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item
            name="userName"
            label={t('users.userName')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 64, message: t('validation.maxLength', { max: 64 }) },
              { pattern: USER_NAME_PATTERN, message: t('validation.userNamePattern') },
            ]}
          >
            <Input disabled={editing !== 'new'} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('users.displayName')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 64, message: t('validation.maxLength', { max: 64 }) },
            ]}
          >
            <Input />
          </Form.Item>
          {editing === 'new' && (
            <Form.Item
              name="password"
              label={t('users.password')}
              extra={t('changePassword.rule', { min: MIN_PASSWORD_LENGTH })}
              rules={passwordRules(t)}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={t('users.unit')}
            extra={unitRequired ? t('users.filerNeedsUnit') : undefined}
            rules={[{ required: unitRequired, message: t('users.filerNeedsUnit') }]}
          >
            <Select allowClear showSearch optionFilterProp="label" loading={units.loading} options={units.options} />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('users.email')}
            rules={[
              { type: 'email', message: t('validation.email') },
              { max: 256, message: t('validation.maxLength', { max: 256 }) },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="phoneNumber"
            label={t('users.phoneNumber')}
            rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="isActive" label={t('users.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Drawer>

      <Modal
        open={resetting !== null}
        title={t('users.resetPasswordFor', { name: resetting?.displayName ?? '' })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={reset.isPending}
        onOk={() => resetForm.submit()}
        onCancel={() => setResetting(null)}
        forceRender
      >
        <Form form={resetForm} layout="vertical" onFinish={(v) => reset.mutate(v)}>
          <Form.Item
            name="newPassword"
            label={t('changePassword.new')}
            extra={t('changePassword.rule', { min: MIN_PASSWORD_LENGTH })}
            rules={passwordRules(t)}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

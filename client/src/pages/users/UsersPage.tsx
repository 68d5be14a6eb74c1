import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Form, Input, Popconfirm, Select, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type UserDto, type UserQuery } from '../../api';
import { ROLES, type Role } from '../../auth/roles';
import { ListToolbarEnd, QueryTable } from '../../components/AdminList';
import { FormModal } from '../../components/FormModal';
import { useEmptyStates } from '../../components/ListStates';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { formatDateTime } from '../../lib/time';
import { staleOrGone, useCrudMutations, useListMutation } from '../../lib/useCrudMutations';
import { useUnitOptions } from '../../lib/useUnitOptions';
import { NewPasswordItem } from '../../components/NewPasswordItem';
import { UserEditor, type UserForm } from './UserEditor';

const ROLE_COLORS: Record<string, string> = {
  Admin: 'red',
  Reviewer: 'blue',
  Filer: 'green',
  Leader: 'gold',
  Association: 'purple',
};

export function UsersPage() {
  const { t } = useTranslation();
  const units = useUnitOptions();
  const [query, setQuery] = useState<UserQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const [form] = Form.useForm<UserForm>();
  const empties = useEmptyStates();
  const [resetForm] = Form.useForm<{ newPassword: string }>();

  const users = useQuery({
    queryKey: ['users', query],
    queryFn: ({ signal }) => api.users.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const { openEditor, editing, editorProps } = useCrudMutations<UserDto, UserForm>({
    queryKey: ['users'],
    form,
    newForm: () => ({ isActive: true, role: 'Filer' }),
    toForm: (user) => ({
      userName: user.userName,
      displayName: user.displayName,
      role: user.role as Role,
      unitId: user.unitId ?? undefined,
      associationId: user.associationId ?? undefined,
      email: user.email ?? '',
      phoneNumber: user.phoneNumber ?? '',
      isActive: user.isActive,
    }),
    create: (v) =>
      api.users.create({
        userName: v.userName.trim(),
        displayName: v.displayName.trim(),
        password: v.password ?? '',
        role: v.role,
        unitId: v.unitId,
        associationId: v.associationId,
        email: v.email,
        phoneNumber: v.phoneNumber,
      }),
    update: (user, v) =>
      api.users.update(user.id, {
        displayName: v.displayName.trim(),
        role: v.role,
        unitId: v.unitId,
        associationId: v.associationId,
        email: v.email,
        phoneNumber: v.phoneNumber,
        isActive: v.isActive,
        version: user.version,
      }),
  });

  const reset = useListMutation({
    mutationFn: (v: { newPassword: string }) => api.users.resetPassword(resetting!.id, v.newPassword),
    queryKey: ['users'],
    form: resetForm,
    success: t('users.passwordReset'),
    onSuccess: () => setResetting(null),
  });

  const unlock = useListMutation({
    mutationFn: (u: UserDto) => api.users.unlock(u.id),
    queryKey: ['users'],
    success: t('users.unlocked'),
  });
  const endSessions = useListMutation({
    mutationFn: (user: UserDto) => api.users.endSessions(user.id),
    queryKey: ['users'],
    success: (result) => t('users.sessionsEnded', { count: result.ended }),
    isStale: staleOrGone,
  });

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
          {u.isLockedOut && (
            <Tooltip
              title={
                u.lockedOutAt
                  ? t('users.lockedDetail', { at: formatDateTime(u.lockedOutAt), until: formatDateTime(u.lockedOutUntil), reason: u.lockoutReason ?? '' })
                  : undefined
              }
            >
              <Tag color="red">{t('users.lockedOut')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('users.email'), dataIndex: 'email', responsive: ['xl'], render: (v?: string) => v || '—' },
    { title: t('users.phoneNumber'), dataIndex: 'phoneNumber', responsive: ['xl'], render: (v?: string) => v || '—' },
    { title: t('users.lastLoginAt'), dataIndex: 'lastLoginAt', width: 160, responsive: ['lg'], render: (v?: string) => formatDateTime(v) },
    {
      title: t('users.activeSessions'),
      dataIndex: 'activeSessions',
      width: 100,
      align: 'right',
      render: (n: number, u) => <span data-testid={`user-sessions-${u.userName}`}>{n}</span>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 300,
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
          {u.isLockedOut && (
            <Popconfirm title={t('users.unlockConfirm', { name: u.userName })} onConfirm={() => unlock.mutate(u)}>
              <Button type="link" size="small" loading={unlock.isPending && unlock.variables?.id === u.id}>
                {t('users.unlock')}
              </Button>
            </Popconfirm>
          )}
          <Popconfirm
            title={t('users.endSessionsConfirm', { name: u.displayName })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => endSessions.mutate(u)}
          >
            <Button type="link" size="small" danger disabled={u.activeSessions === 0} data-testid={`user-end-sessions-${u.userName}`}>
              {t('users.endSessions')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

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
        <ListToolbarEnd onRefresh={() => void users.refetch()} onCreate={() => openEditor('new')} createLabel={t('users.create')} createTestId="user-create" />
      </div>
      <QueryTable<UserDto>
        query={users}
        rows={users.data?.items}
        empty={query.search || query.role || query.unitId ? empties.noMatch() : empties.nothingYet(t('users.create'), () => openEditor('new'))}
        columns={columns}
        pagination={serverPagination(t, users.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />

      <UserEditor editing={editing} {...editorProps} />

      <FormModal<{ newPassword: string }>
        open={resetting !== null}
        title={t('users.resetPasswordFor', { name: resetting?.displayName ?? '' })}
        form={resetForm}
        saving={reset.isPending}
        onFinish={(v) => reset.mutate(v)}
        onCancel={() => setResetting(null)}
      >
        <NewPasswordItem name="newPassword" label={t('changePassword.new')} />
      </FormModal>
    </Card>
  );
}

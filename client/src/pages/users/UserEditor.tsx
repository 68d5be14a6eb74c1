import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type UserDto } from '../../api';
import { ROLES, type Role } from '../../auth/roles';
import { useIsMobile } from '../../lib/useIsMobile';
import { useUnitOptions } from '../../lib/useUnitOptions';
import { NewPasswordItem } from '../../components/NewPasswordItem';
import { PHONE_PATTERN, USER_NAME_PATTERN, textRules } from '../../lib/validation';

export interface UserForm {
  userName: string;
  displayName: string;
  password?: string;
  role: Role;
  unitId?: string;
  associationId?: string;
  email?: string;
  phoneNumber?: string;
  isActive: boolean;
}

/** The drawer that creates a user (with a first password) or edits one (and can deactivate it). */
export function UserEditor({
  editing,
  open,
  form,
  saving,
  onFinish,
  onCancel,
}: {
  editing: UserDto | 'new' | null;
  open: boolean;
  form: FormInstance<UserForm>;
  saving: boolean;
  onFinish: (values: UserForm) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const units = useUnitOptions();
  const isMobile = useIsMobile();
  const role = Form.useWatch('role', form);
  const unitRequired = role === 'Filer';
  const isAssociation = role === 'Association';
  const associations = useQuery({
    queryKey: ['associations', 'options'],
    queryFn: ({ signal }) => api.associations.list({ page: 1, pageSize: 200 }, signal),
    enabled: open && isAssociation,
  });

  return (
    <Drawer
      open={open}
      title={editing === 'new' ? t('users.create') : t('users.edit')}
      width={isMobile ? '100%' : 480}
      onClose={onCancel}
      forceRender
      extra={
        <Space>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<UserForm> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="userName"
          label={t('users.userName')}
          rules={[...textRules(t, 64, true), { pattern: USER_NAME_PATTERN, message: t('validation.userNamePattern') }]}
        >
          <Input disabled={editing !== 'new'} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={textRules(t, 64, true)}>
          <Input />
        </Form.Item>
        {editing === 'new' && (
          <NewPasswordItem name="password" label={t('users.password')} />
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
        {isAssociation && (
          <Form.Item
            name="associationId"
            label={t('users.association')}
            extra={t('users.associationNeeded')}
            rules={[{ required: true, message: t('users.associationNeeded') }]}
          >
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              data-testid="user-association"
              loading={associations.isLoading}
              options={(associations.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
        )}
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
        <Form.Item name="phoneNumber" label={t('users.phoneNumber')} rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        {editing !== 'new' && (
          <Form.Item name="isActive" label={t('users.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}

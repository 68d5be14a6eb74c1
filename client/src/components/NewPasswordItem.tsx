import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, passwordRules } from '../lib/validation';

/** A new password's form item: the server's password rule, checked here and said under the field. */
export function NewPasswordItem({ name, label }: { name: string; label: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} extra={t('changePassword.rule', { min: MIN_PASSWORD_LENGTH })} rules={passwordRules(t)}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}

import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useProblem } from '../lib/useProblem';
import { NewPasswordItem } from '../components/NewPasswordItem';

interface ChangePasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<ChangePasswordForm>();
  const [saving, setSaving] = useState(false);

  const onFinish = async (v: ChangePasswordForm) => {
    setSaving(true);
    try {
      await api.auth.changePassword(v.currentPassword, v.newPassword);
      message.success(t('changePassword.done'));
      form.resetFields();
    } catch (e) {
      showProblem(e, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('changePassword.title')} className="page-card" style={{ maxWidth: 560 }}>
      <Form<ChangePasswordForm> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="currentPassword" label={t('changePassword.current')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordItem name="newPassword" label={t('changePassword.new')} />
        <Form.Item
          name="confirmPassword"
          label={t('changePassword.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('validation.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('changePassword.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

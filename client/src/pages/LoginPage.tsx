import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api';
import { toProblem } from '../api/problem';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { homePathFor } from '../layout/menu';
import { safeReturnUrl, SESSION_ENDED_REASON } from '../lib/returnUrl';

interface LoginForm {
  userName: string;
  password: string;
  rememberMe: boolean;
}

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginForm>();
  const { token } = theme.useToken();
  const { user, signedIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const returnUrl = safeReturnUrl(params.get('returnUrl'));
  const sessionEnded = params.get('reason') === SESSION_ENDED_REASON;

  if (user) return <Navigate to={returnUrl ?? homePathFor(user.roles)} replace />;

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const me = await api.auth.login(values.userName.trim(), values.password, !!values.rememberMe);
      signedIn(me);
      navigate(returnUrl ?? homePathFor(me.roles), { replace: true });
    } catch (e) {
      const p = toProblem(e);
      if (p.status === 429) setError(t('login.tooManyAttempts'));
      else if (p.code === 'auth.locked-out') setError(t('login.lockedOut'));
      else if (p.code === 'auth.invalid-credentials' || p.status === 401) setError(t('login.invalidCredentials'));
      else if (p.errors) {
        form.setFields(
          Object.entries(p.errors)
            .filter(([f]) => f === 'userName' || f === 'password')
            .map(([name, errors]) => ({ name: name as keyof LoginForm, errors })),
        );
        setError(p.detail ?? p.title ?? t('errors.generic'));
      } else if (e instanceof TypeError) setError(t('errors.network'));
      else setError(p.detail || p.title || t('errors.generic'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <div className="login-main">
      {/* A plain panel, not antd's Card: Card brings Tabs and Menu into the first download. */}
      <div className="login-card" style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG }}>
        <div className="login-brand">
          <img src="/favicon.svg" alt="" />
          {/* Plain elements styled as antd's: Typography brings its copy/edit/ellipsis parts into the first download. */}
          <h1 className="login-title" style={{ color: token.colorTextHeading }} data-testid="login-title">
            {t('app.title')}
          </h1>
          <div style={{ color: token.colorTextDescription }}>{t('login.subtitle')}</div>
        </div>
        {sessionEnded && !error && (
          <Alert type="warning" showIcon message={t('login.sessionEnded')} style={{ marginBottom: 16 }} data-testid="login-session-ended" role="status" />
        )}
        {error && (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" role="alert" />
        )}
        <Form<LoginForm>
          form={form}
          layout="vertical"
          size="large"
          initialValues={{ userName: '', password: '', rememberMe: false }}
          onFinish={onFinish}
          requiredMark={false}
        >
          <Form.Item
            name="userName"
            label={t('login.userName')}
            rules={[{ required: true, whitespace: true, message: t('login.userNameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Form.Item name="rememberMe" valuePropName="checked">
            <Checkbox data-testid="login-remember">{t('login.rememberMe')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          <Link to="/public/publications" data-testid="login-publications-link">
            {t('login.publicationsLink')}
          </Link>
        </div>
      </div>
      </div>
    </div>
  );
}

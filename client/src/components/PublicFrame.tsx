import { LoginOutlined } from '@ant-design/icons';
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useIsMobile } from '../lib/useIsMobile';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The frame of the public pages: no login, no menu; a title, the language switch and the way to sign in. On a phone the
 * header keeps to one 64 px line: the short title, the compact switch and the sign-in as an icon named 工作人员登录.
 */
export function PublicFrame({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const staffLogin = t('publications.staffLogin');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The app's header is white (theme); the public one keeps the brand colour under its white title and links. */}
      <Layout.Header className="public-header" data-testid="public-header" style={{ paddingInline: mobile ? 12 : 16, background: '#0f2f66' }}>
        <Link to="/public/publications" className="public-header-title" data-testid="public-title" title={t('publications.publicTitle')}>
          {mobile ? t('publications.publicShortTitle') : t('publications.publicTitle')}
        </Link>
        <LanguageSwitch compact={mobile} />
        <Link
          to="/login"
          className="public-header-login"
          data-testid="public-login-link"
          aria-label={mobile ? staffLogin : undefined}
          title={mobile ? staffLogin : undefined}
        >
          <LoginOutlined aria-hidden />
          {!mobile && <span>{staffLogin}</span>}
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 1200, width: '100%', margin: '0 auto', boxSizing: 'border-box' }}>{children}</Layout.Content>
    </Layout>
  );
}

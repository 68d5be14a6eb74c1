import { Layout, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the public pages: no login, no menu; a title, the language switch and the way to sign in. */
export function PublicFrame({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The app's header is white (theme); the public one keeps the brand colour under its white title and links. */}
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, paddingInline: 16, background: '#0f2f66' }}>
        <Link to="/public/publications" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {t('publications.publicTitle')}
        </Link>
        <Space>
          <LanguageSwitch />
          <Link to="/login" style={{ color: '#fff' }} data-testid="public-login-link">
            {t('publications.staffLogin')}
          </Link>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 1200, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
    </Layout>
  );
}

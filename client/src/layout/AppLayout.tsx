import {
  DownOutlined,
  LockOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Badge, Button, Drawer, Dropdown, Layout, Menu, Space, Spin, Typography, theme as antTheme } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { NotificationBell } from '../components/NotificationBell';
import { useIsMobile } from '../lib/useIsMobile';
import { usePendingObjectionCount } from '../lib/useObjections';
import { ForbiddenPage } from '../pages/ErrorPages';
import { canAccessPath, dashboardLabelKey, menuForRoles, type NavItem } from './menu';
import { toMenuItems } from './menuItems';

const { Sider, Header, Content } = Layout;

function SideMenu({ items, collapsed, onNavigate }: { items: NavItem[]; collapsed?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  // The longest matching path wins: /review/verification is 核实队列, not 审核队列.
  const selected = items.filter((i) => !i.external && location.pathname.startsWith(i.path)).sort((a, b) => b.path.length - a.path.length)[0]?.key;
  const roles = user?.roles ?? [];
  // 异议复核 shows how many objections wait for re-review.
  const pending = usePendingObjectionCount(items.some((i) => i.key === 'objections')).data ?? 0;
  const menuItems = useMemo(
    () =>
      toMenuItems(
        items,
        (i) => t(i.key === 'dashboard' ? dashboardLabelKey(roles) : i.labelKey),
        (i) =>
          i.key === 'objections' && pending > 0 ? (
            <span style={{ marginInlineStart: 8 }} data-testid="objections-pending-badge">
              <Badge count={pending} size="small" overflowCount={99} title={t('objections.pendingBadge', { count: pending })} />
            </span>
          ) : null,
        (key) => t(key),
        collapsed,
      ),
    [items, t, roles, pending, collapsed],
  );
  return (
    <Menu
      theme="dark"
      mode="inline"
      data-testid="side-menu"
      selectedKeys={selected ? [selected] : []}
      items={menuItems}
      onClick={({ key }) => {
        const item = items.find((i) => i.key === key);
        if (!item || item.external) return;
        navigate(item.path);
        onNavigate?.();
      }}
    />
  );
}

function Logo({ collapsed }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="app-logo">
      <img src="/favicon.svg" alt="" />
      {!collapsed && <span>{t('app.title')}</span>}
    </div>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const { user, loading, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = antTheme.useToken();

  if (loading) {
    return (
      <div style={{ display: 'flex', height: '100%', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (!user) {
    const returnUrl = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?returnUrl=${encodeURIComponent(returnUrl)}`} replace />;
  }

  const items = menuForRoles(user.roles);
  const allowed = canAccessPath(location.pathname, user.roles);

  const userMenu: MenuProps = {
    items: [
      {
        key: 'who',
        disabled: true,
        label: (
          <div>
            <div style={{ fontWeight: 600, color: token.colorText }}>{user.displayName}</div>
            <div style={{ fontSize: 12 }}>{user.unitName ?? t(`roles.${user.roles[0] ?? 'Admin'}`)}</div>
          </div>
        ),
      },
      { type: 'divider' },
      { key: 'change-password', icon: <LockOutlined />, label: t('header.changePassword') },
      { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('header.logout')}</span> },
      { key: 'logout-everywhere', icon: <LogoutOutlined />, label: <span data-testid="logout-everywhere">{t('header.logoutEverywhere')}</span> },
    ],
    onClick: async ({ key }) => {
      if (key === 'change-password') navigate('/change-password');
      if (key === 'logout' || key === 'logout-everywhere') {
        await signOut(key === 'logout-everywhere');
        navigate('/login', { replace: true });
      }
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isMobile && (
        <Sider
          width={220}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          trigger={null}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Logo collapsed={collapsed} />
          <SideMenu items={items} collapsed={collapsed} />
        </Sider>
      )}
      {isMobile && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#0f2f66' }, header: { display: 'none' } }}
        >
          <Logo />
          <SideMenu items={items} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <Header className="app-header" style={{ paddingInline: isMobile ? 8 : 16 }}>
          <Button
            type="text"
            aria-label={t('header.toggleMenu')}
            data-testid="menu-toggle"
            icon={isMobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => (isMobile ? setDrawerOpen(true) : setCollapsed(!collapsed))}
          />
          {isMobile && <span className="app-header-title">{t('app.shortTitle')}</span>}
          <div className="spacer" />
          <LanguageSwitch compact={isMobile} />
          <NotificationBell />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <Button type="text" data-testid="user-menu" style={{ paddingInline: 4, height: 40 }}>
              <Space size={6}>
                <Avatar size="small" style={{ background: token.colorPrimary }} icon={<UserOutlined />} />
                {!isMobile && (
                  <span style={{ textAlign: 'left', lineHeight: 1.2 }}>
                    <Typography.Text strong data-testid="user-display-name">
                      {user.displayName}
                    </Typography.Text>
                    {user.unitName && (
                      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                        {user.unitName}
                      </Typography.Text>
                    )}
                  </span>
                )}
                <DownOutlined style={{ fontSize: 10 }} />
              </Space>
            </Button>
          </Dropdown>
        </Header>
        <Content className="app-content">
          {allowed ? (
            <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
              <Outlet />
            </Suspense>
          ) : (
            <ForbiddenPage />
          )}
        </Content>
      </Layout>
    </Layout>
  );
}

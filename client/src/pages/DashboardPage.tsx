import { Card, Col, Empty, Row, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { dashboardLabelKey, menuForRoles } from '../layout/menu';
import { NavIcon } from '../layout/NavIcon';

// ECharts is large: only reviewers and admins load it.
const ReviewCounts = lazy(() => import('../components/ReviewCounts').then((m) => ({ default: m.ReviewCounts })));
const ReserveListView = lazy(() => import('../components/reserve/ReserveListView').then((m) => ({ default: m.ReserveListView })));

/** Workbench: a greeting and shortcuts to the user's own menu entries. Leaders get the cockpit: the reserve list by region. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const roles = user?.roles ?? [];
  const isCockpit = dashboardLabelKey(roles) === 'nav.leaderDashboard';
  const seesCounts = roles.includes('Reviewer') || roles.includes('Admin');
  const shortcuts = menuForRoles(roles).filter((i) => i.key !== 'dashboard' && !i.external);

  return (
    <Card title={t(dashboardLabelKey(roles))} className="page-card">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('dashboard.greeting', { name: user?.displayName ?? '' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {user?.unitName ? `${user.unitName} · ` : ''}
        {roles.map((r) => t(`roles.${r}`)).join(' / ')}
      </Typography.Paragraph>
      {isCockpit ? (
        <Suspense fallback={null}>
          <ReserveListView title={t('nav.reserve')} />
        </Suspense>
      ) : (
        <>
          <Typography.Title level={5}>{t('dashboard.shortcuts')}</Typography.Title>
          <Row gutter={[16, 16]}>
            {shortcuts.map((item) => (
              <Col key={item.key} xs={12} sm={8} lg={6}>
                <Card hoverable size="small" onClick={() => navigate(item.path)} style={{ textAlign: 'center' }}>
                  <div style={{ fontSize: 24, color: '#1f4e9c' }}>
                    <NavIcon name={item.icon} />
                  </div>
                  <div>{t(item.labelKey)}</div>
                </Card>
              </Col>
            ))}
          </Row>
          {seesCounts ? (
            <div style={{ marginTop: 24 }}>
              <Suspense fallback={null}>
                <ReviewCounts onOpenQueue={roles.includes('Reviewer') ? () => navigate('/review') : undefined} />
              </Suspense>
            </div>
          ) : (
            <Empty description={t('dashboard.noData')} style={{ marginTop: 32 }} />
          )}
        </>
      )}
    </Card>
  );
}

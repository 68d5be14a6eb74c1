import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { LinkTile } from '../components/LinkTile';
import { ReviewCounts } from '../components/ReviewCounts';
import { dashboardLabelKey, menuForRoles } from '../layout/menu';
import { NavIcon } from '../layout/NavIcon';
import { FilerWorkbench } from './dashboard/FilerWorkbench';
import { LeaderHeadline } from './dashboard/LeaderHeadline';

// ECharts is large: only the leader's cockpit (the reserve list's chart) loads it.
const EvaluationTopTen = lazy(() => import('./dashboard/EvaluationTopTen').then((m) => ({ default: m.EvaluationTopTen })));
const ProjectProgress = lazy(() => import('./dashboard/ProjectProgress').then((m) => ({ default: m.ProjectProgress })));
const QuarterlyCockpit = lazy(() => import('./dashboard/QuarterlyCockpit').then((m) => ({ default: m.QuarterlyCockpit })));
const ProblemsByDepartment = lazy(() => import('./dashboard/ProblemsByDepartment').then((m) => ({ default: m.ProblemsByDepartment })));
const ReserveListView = lazy(() => import('../components/reserve/ReserveListView').then((m) => ({ default: m.ReserveListView })));

/**
 * Each role's landing page says what to do. Filers: their unit's counts (each opening the filtered list), the returned filings
 * with their reasons and 新建备案. Reviewers and admins: the review counts (a reviewer's open the queue). Leaders: the cockpit's
 * headline figures in 亿元 with the reserve list below. Everyone but leaders also gets shortcuts to their menu entries.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const roles = user?.roles ?? [];
  const isCockpit = dashboardLabelKey(roles) === 'nav.leaderDashboard';
  const isFiler = roles.includes('Filer');
  const seesReviewCounts = roles.includes('Reviewer') || roles.includes('Admin');
  const shortcuts = menuForRoles(roles).filter((i) => i.key !== 'dashboard' && !i.external);

  return (
    <Card
      title={t(dashboardLabelKey(roles))}
      className="page-card"
      extra={
        isFiler && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/filings/new')} data-testid="workbench-create">
            {t('filings.create')}
          </Button>
        )
      }
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('dashboard.greeting', { name: user?.displayName ?? '' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {user?.unitName ? `${user.unitName} · ` : ''}
        {roles.map((r) => t(`roles.${r}`)).join(' / ')}
      </Typography.Paragraph>
      {isCockpit ? (
        <>
          <LeaderHeadline />
          <Suspense fallback={null}>
            <QuarterlyCockpit />
          </Suspense>
          <Suspense fallback={null}><ProblemsByDepartment /></Suspense>
          <div style={{ marginTop: 16 }}>
            <Suspense fallback={null}>
              <ProjectProgress />
            </Suspense>
          </div>
          <div style={{ marginTop: 16 }}>
            <Suspense fallback={null}>
              <EvaluationTopTen />
            </Suspense>
          </div>
          <div style={{ marginTop: 16 }}>
            <Suspense fallback={null}>
              <ReserveListView title={t('nav.reserve')} />
            </Suspense>
          </div>
        </>
      ) : (
        <>
          {isFiler && <FilerWorkbench />}
          {seesReviewCounts && <ReviewCounts queuePath={roles.includes('Reviewer') ? '/review' : undefined} />}
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('dashboard.shortcuts')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {shortcuts.map((item) => (
              <Col key={item.key} xs={12} sm={8} lg={6}>
                <LinkTile to={item.path} testId={`shortcut-${item.key}`} centered>
                  <div style={{ fontSize: 24, color: '#1f4e9c' }} aria-hidden>
                    <NavIcon name={item.icon} />
                  </div>
                  <div>{t(item.labelKey)}</div>
                </LinkTile>
              </Col>
            ))}
          </Row>
        </>
      )}
    </Card>
  );
}

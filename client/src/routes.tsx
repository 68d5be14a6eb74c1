import { Spin } from 'antd';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useNavigate, type RouteObject } from 'react-router-dom';
import { setUnauthorizedHandler } from './api/http';
import { loginPath } from './lib/returnUrl';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth, ME_QUERY_KEY } from './auth/AuthContext';
import { homePathFor } from './layout/menu';
import { loaderQueryClient } from './lib/loaderQueryClient';
import { prefetchReviewQueue } from './lib/reviewQueue';
import { LoginPage } from './pages/LoginPage';

/**
 * A page (or the app shell) that loads on first visit. Its route's loader calls `preload`, which starts the download and
 * returns at once: on a navigation the router runs the loaders of every matched route together, so a page's chunk
 * loads alongside the app shell's instead of after it has rendered.
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  const page = lazy(() => load().then((component) => ({ default: component })));
  return Object.assign(page, {
    preload: () => {
      void load();
      return null;
    },
  });
}

// The first download is the login page and the providers only. The app shell (side menu, header, notification bell)
// and every page load on first visit, each with just the parts it uses; ECharts only with a page that draws a chart.
const AppLayout = lazyPage(() => import('./layout/AppLayout').then((m) => m.AppLayout));
const AssociationPortalPage = lazyPage(() => import('./pages/association/AssociationPortalPage').then((m) => m.AssociationPortalPage));
const TargetsPage = lazyPage(() => import('./pages/targets/TargetsPage').then((m) => m.TargetsPage));
const QuarterlyPage = lazyPage(() => import('./pages/quarterly/QuarterlyPage').then((m) => m.QuarterlyPage));
const RewardsPage = lazyPage(() => import('./pages/rewards/RewardsPage').then((m) => m.RewardsPage));
const EvaluationsPage = lazyPage(() => import('./pages/evaluations/EvaluationsPage').then((m) => m.EvaluationsPage));
const EvaluationYearPage = lazyPage(() => import('./pages/evaluations/EvaluationsPage').then((m) => m.EvaluationYearPage));
const EvaluationSchemesPage = lazyPage(() => import('./pages/evaluations/EvaluationSchemesPage').then((m) => m.EvaluationSchemesPage));
const PublicEvaluationPage = lazyPage(() => import('./pages/PublicEvaluationPage').then((m) => m.PublicEvaluationPage));
const RewardPoliciesPage = lazyPage(() => import('./pages/rewards/RewardPoliciesPage').then((m) => m.RewardPoliciesPage));
const DashboardPage = lazyPage(() => import('./pages/DashboardPage').then((m) => m.DashboardPage));
const ChangePasswordPage = lazyPage(() => import('./pages/ChangePasswordPage').then((m) => m.ChangePasswordPage));
const NotFoundPage = lazyPage(() => import('./pages/ErrorPages').then((m) => m.NotFoundPage));
const UnitsPage = lazyPage(() => import('./pages/UnitsPage').then((m) => m.UnitsPage));
const UsersPage = lazyPage(() => import('./pages/users/UsersPage').then((m) => m.UsersPage));
const ApiKeysPage = lazyPage(() => import('./pages/ApiKeysPage').then((m) => m.ApiKeysPage));
const WebhooksPage = lazyPage(() => import('./pages/admin/webhooks/WebhooksPage').then((m) => m.WebhooksPage));
const AuditPage = lazyPage(() => import('./pages/AuditPage').then((m) => m.AuditPage));
const ReferenceDataPage = lazyPage(() => import('./pages/ReferenceDataPage').then((m) => m.ReferenceDataPage));
const FilingsPage = lazyPage(() => import('./pages/filings/FilingsPage').then((m) => m.FilingsPage));
const FilingFormPage = lazyPage(() => import('./pages/filings/FilingFormPage').then((m) => m.FilingFormPage));
const FilingDetailPage = lazyPage(() => import('./pages/filings/FilingDetailPage').then((m) => m.FilingDetailPage));
const ReviewQueuePage = lazyPage(() => import('./pages/review/ReviewQueuePage').then((m) => m.ReviewQueuePage));
const CalendarPage = lazyPage(() => import('./pages/CalendarPage').then((m) => m.CalendarPage));
const AssociationsPage = lazyPage(() => import('./pages/AssociationsPage').then((m) => m.AssociationsPage));
const AssociationDetailPage = lazyPage(() => import('./pages/associations/AssociationDetailPage').then((m) => m.AssociationDetailPage));
const AmbassadorsPage = lazyPage(() => import('./pages/people/AmbassadorsPage').then((m) => m.AmbassadorsPage));
const AmbassadorCertificatePage = lazyPage(() => import('./pages/people/AmbassadorCertificatePage').then((m) => m.AmbassadorCertificatePage));
const NativesPage = lazyPage(() => import('./pages/people/NativesPage').then((m) => m.NativesPage));
const TargetingPage = lazyPage(() => import('./pages/people/TargetingPage').then((m) => m.TargetingPage));
const NotificationsPage = lazyPage(() => import('./pages/NotificationsPage').then((m) => m.NotificationsPage));
const LeadsPage = lazyPage(() => import('./pages/leads/LeadsPage').then((m) => m.LeadsPage));
const LeadFormPage = lazyPage(() => import('./pages/leads/LeadFormPage').then((m) => m.LeadFormPage));
const EventsPage = lazyPage(() => import('./pages/events/EventsPage').then((m) => m.EventsPage));
const PublicityPage = lazyPage(() => import('./pages/events/PublicityPage').then((m) => m.PublicityPage));
const ObjectionsPage = lazyPage(() => import('./pages/ObjectionsPage').then((m) => m.ObjectionsPage));
const PublicationsPage = lazyPage(() => import('./pages/PublicationsPage').then((m) => m.PublicationsPage));
const PublicPublicationsPage = lazyPage(() => import('./pages/PublicPublicationsPage').then((m) => m.PublicPublicationsPage));
const PublicPublicationPage = lazyPage(() => import('./pages/PublicPublicationsPage').then((m) => m.PublicPublicationPage));
const PublicObjectionStatusPage = lazyPage(() => import('./pages/PublicObjectionStatusPage').then((m) => m.PublicObjectionStatusPage));
// ECharts is large: the analysis and reserve-list screens load it on first visit.
const AnalysisPage = lazyPage(() => import('./pages/AnalysisPage').then((m) => m.AnalysisPage));
const ReservePage = lazyPage(() => import('./pages/ReservePage').then((m) => m.ReservePage));
const ServiceDuePage = lazyPage(() => import('./pages/projects/ServiceDuePage').then((m) => m.ServiceDuePage));
const MyUnitPage = lazyPage(() => import('./pages/MyUnitPage').then((m) => m.MyUnitPage));
const ProjectsPage = lazyPage(() => import('./pages/projects/ProjectsPage').then((m) => m.ProjectsPage));
const ProjectPage = lazyPage(() => import('./pages/projects/ProjectPage').then((m) => m.ProjectPage));
const CreditQueuePage = lazyPage(() => import('./pages/credits/CreditQueuePage').then((m) => m.CreditQueuePage));
const PurchasedServicePage = lazyPage(() => import('./pages/admin/purchasedService/PurchasedServicePage').then((m) => m.PurchasedServicePage));
const VerificationQueuePage = lazyPage(() => import('./pages/review/VerificationQueuePage').then((m) => m.VerificationQueuePage));

/** While the app shell's chunk loads, and the router's first loaders (which only start downloads) run. */
const loading = (
  <div className="app-loading">
    <Spin size="large" />
  </div>
);

function Home() {
  const { user } = useAuth();
  return <Navigate to={user ? homePathFor(user.roles) : '/login'} replace />;
}

/** On a 401 from the API: forget the user and go to /login inside the router, keeping the way back and saying the session ended. */
function UnauthorizedBridge() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler((returnTo) => {
      if (window.location.pathname === '/login') return;
      queryClient.setQueryData(ME_QUERY_KEY, null);
      navigate(loginPath(returnTo, true), { replace: true });
    });
  }, [navigate, queryClient]);
  return null;
}

function Root({ children }: { children: React.ReactNode }) {
  return (
    <>
      <UnauthorizedBridge />
      {children}
    </>
  );
}

/** Role checks live in AppLayout (canAccessPath), so every guarded route gets the same 403 page. */
export const routes: RouteObject[] = [
  { path: '/login', element: <Root><LoginPage /></Root> },
  // Public (no login): the weekly publications, objections to them and the objector's status check.
  { path: '/public/publications', element: <Suspense fallback={null}><PublicPublicationsPage /></Suspense>, loader: PublicPublicationsPage.preload, hydrateFallbackElement: loading },
  { path: '/public/publications/:id', element: <Suspense fallback={null}><PublicPublicationPage /></Suspense>, loader: PublicPublicationPage.preload, hydrateFallbackElement: loading },
  { path: '/public/evaluations/:year', element: <Suspense fallback={null}><PublicEvaluationPage /></Suspense>, loader: PublicEvaluationPage.preload, hydrateFallbackElement: loading },
  { path: '/public/objections/status', element: <Suspense fallback={null}><PublicObjectionStatusPage /></Suspense>, loader: PublicObjectionStatusPage.preload, hydrateFallbackElement: loading },
  {
    path: '/',
    loader: AppLayout.preload,
    hydrateFallbackElement: loading,
    element: (
      <Root>
        <Suspense fallback={loading}>
          <AppLayout />
        </Suspense>
      </Root>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'dashboard', element: <DashboardPage />, loader: DashboardPage.preload },
      { path: 'units', element: <UnitsPage />, loader: UnitsPage.preload },
      { path: 'users', element: <UsersPage />, loader: UsersPage.preload },
      { path: 'api-keys', element: <ApiKeysPage />, loader: ApiKeysPage.preload },
      { path: 'admin/webhooks', element: <WebhooksPage />, loader: WebhooksPage.preload },
      { path: 'audit', element: <AuditPage />, loader: AuditPage.preload },
      { path: 'reference-data', element: <ReferenceDataPage />, loader: ReferenceDataPage.preload },
      {
        path: 'review',
        element: <ReviewQueuePage />,
        // The queue's rows are asked for beside the page's chunk, not after it renders.
        loader: ({ request }) => {
          prefetchReviewQueue(loaderQueryClient(), request.url);
          return ReviewQueuePage.preload();
        },
      },
      { path: 'review/verification', element: <VerificationQueuePage />, loader: VerificationQueuePage.preload },
      { path: 'review/credits', element: <CreditQueuePage />, loader: CreditQueuePage.preload },
      { path: 'admin/purchased-service', element: <PurchasedServicePage />, loader: PurchasedServicePage.preload },
      { path: 'review/:id', element: <FilingDetailPage />, loader: FilingDetailPage.preload },
      { path: 'review-queue', element: <Navigate to="/review" replace /> },
      { path: 'filings', element: <FilingsPage />, loader: FilingsPage.preload },
      { path: 'filings/new', element: <FilingFormPage />, loader: FilingFormPage.preload },
      { path: 'filings/:id', element: <FilingDetailPage />, loader: FilingDetailPage.preload },
      { path: 'filings/:id/edit', element: <FilingFormPage />, loader: FilingFormPage.preload },
      { path: 'projects', element: <ProjectsPage />, loader: ProjectsPage.preload },
      { path: 'projects/:id', element: <ProjectPage />, loader: ProjectPage.preload },
      { path: 'admin/calendar', element: <CalendarPage />, loader: CalendarPage.preload },
      { path: 'admin/associations', element: <AssociationsPage />, loader: AssociationsPage.preload },
      { path: 'admin/associations/:id', element: <AssociationDetailPage />, loader: AssociationDetailPage.preload },
      { path: 'admin/reward-policies', element: <RewardPoliciesPage />, loader: RewardPoliciesPage.preload },
      { path: 'rewards', element: <RewardsPage />, loader: RewardsPage.preload },
      { path: 'admin/targets', element: <TargetsPage />, loader: TargetsPage.preload },
      { path: 'quarterly', element: <QuarterlyPage />, loader: QuarterlyPage.preload },
      { path: 'evaluations', element: <EvaluationsPage />, loader: EvaluationsPage.preload },
      { path: 'evaluations/:year', element: <EvaluationYearPage />, loader: EvaluationYearPage.preload },
      { path: 'admin/evaluation-schemes', element: <EvaluationSchemesPage />, loader: EvaluationSchemesPage.preload },
      { path: 'admin/ambassadors', element: <AmbassadorsPage />, loader: AmbassadorsPage.preload },
      { path: 'admin/ambassadors/:id/certificate', element: <AmbassadorCertificatePage />, loader: AmbassadorCertificatePage.preload },
      { path: 'admin/natives', element: <NativesPage />, loader: NativesPage.preload },
      { path: 'targeting', element: <TargetingPage />, loader: TargetingPage.preload },
      { path: 'my-unit', element: <MyUnitPage />, loader: MyUnitPage.preload },
      { path: 'notifications', element: <NotificationsPage />, loader: NotificationsPage.preload },
      { path: 'publications', element: <PublicationsPage />, loader: PublicationsPage.preload },
      { path: 'objections', element: <ObjectionsPage />, loader: ObjectionsPage.preload },
      { path: 'leads', element: <LeadsPage />, loader: LeadsPage.preload },
      { path: 'leads/new', element: <LeadFormPage />, loader: LeadFormPage.preload },
      { path: 'events', element: <EventsPage />, loader: EventsPage.preload },
      { path: 'publicity', element: <PublicityPage />, loader: PublicityPage.preload },
      { path: 'reserve', element: <ReservePage />, loader: ReservePage.preload },
      { path: 'projects/service', element: <ServiceDuePage />, loader: ServiceDuePage.preload },
      { path: 'analysis', element: <AnalysisPage />, loader: AnalysisPage.preload },
      { path: 'association', element: <AssociationPortalPage />, loader: AssociationPortalPage.preload },
      { path: 'change-password', element: <ChangePasswordPage />, loader: ChangePasswordPage.preload },
      { path: '*', element: <NotFoundPage />, loader: NotFoundPage.preload },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}

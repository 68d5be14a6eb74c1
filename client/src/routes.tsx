import { lazy, Suspense, useEffect } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useNavigate, type RouteObject } from 'react-router-dom';
import { setUnauthorizedHandler } from './api/http';
import { loginPath } from './lib/returnUrl';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth, ME_QUERY_KEY } from './auth/AuthContext';
import { AppLayout } from './layout/AppLayout';
import { homePathFor } from './layout/menu';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { DashboardPage } from './pages/DashboardPage';
import { NotFoundPage } from './pages/ErrorPages';
import { LoginPage } from './pages/LoginPage';
import { PlaceholderPage } from './pages/PlaceholderPage';

// Admin screens load on first visit; most users never open them.
const UnitsPage = lazy(() => import('./pages/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazy(() => import('./pages/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const ApiKeysPage = lazy(() => import('./pages/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })));
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const ReferenceDataPage = lazy(() => import('./pages/ReferenceDataPage').then((m) => ({ default: m.ReferenceDataPage })));
const FilingsPage = lazy(() => import('./pages/filings/FilingsPage').then((m) => ({ default: m.FilingsPage })));
const FilingFormPage = lazy(() => import('./pages/filings/FilingFormPage').then((m) => ({ default: m.FilingFormPage })));
const FilingDetailPage = lazy(() => import('./pages/filings/FilingDetailPage').then((m) => ({ default: m.FilingDetailPage })));
const ReviewQueuePage = lazy(() => import('./pages/review/ReviewQueuePage').then((m) => ({ default: m.ReviewQueuePage })));
const CalendarPage = lazy(() => import('./pages/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const AssociationsPage = lazy(() => import('./pages/AssociationsPage').then((m) => ({ default: m.AssociationsPage })));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const ObjectionsPage = lazy(() => import('./pages/ObjectionsPage').then((m) => ({ default: m.ObjectionsPage })));
const PublicationsPage = lazy(() => import('./pages/PublicationsPage').then((m) => ({ default: m.PublicationsPage })));
const PublicPublicationsPage = lazy(() => import('./pages/PublicPublicationsPage').then((m) => ({ default: m.PublicPublicationsPage })));
const PublicPublicationPage = lazy(() => import('./pages/PublicPublicationsPage').then((m) => ({ default: m.PublicPublicationPage })));
const PublicObjectionStatusPage = lazy(() => import('./pages/PublicObjectionStatusPage').then((m) => ({ default: m.PublicObjectionStatusPage })));
// ECharts is large: the analysis and reserve-list screens load it on first visit.
const AnalysisPage = lazy(() => import('./pages/AnalysisPage').then((m) => ({ default: m.AnalysisPage })));
const ReservePage = lazy(() => import('./pages/ReservePage').then((m) => ({ default: m.ReservePage })));
const MyUnitPage = lazy(() => import('./pages/MyUnitPage').then((m) => ({ default: m.MyUnitPage })));

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
  { path: '/public/publications', element: <Suspense fallback={null}><PublicPublicationsPage /></Suspense> },
  { path: '/public/publications/:id', element: <Suspense fallback={null}><PublicPublicationPage /></Suspense> },
  { path: '/public/objections/status', element: <Suspense fallback={null}><PublicObjectionStatusPage /></Suspense> },
  {
    path: '/',
    element: (
      <Root>
        <AppLayout />
      </Root>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'units', element: <UnitsPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'api-keys', element: <ApiKeysPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'reference-data', element: <ReferenceDataPage /> },
      { path: 'review', element: <ReviewQueuePage /> },
      { path: 'review/:id', element: <FilingDetailPage /> },
      { path: 'review-queue', element: <Navigate to="/review" replace /> },
      { path: 'filings', element: <FilingsPage /> },
      { path: 'filings/new', element: <FilingFormPage /> },
      { path: 'filings/:id', element: <FilingDetailPage /> },
      { path: 'filings/:id/edit', element: <FilingFormPage /> },
      { path: 'admin/calendar', element: <CalendarPage /> },
      { path: 'admin/associations', element: <AssociationsPage /> },
      { path: 'my-unit', element: <MyUnitPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'publications', element: <PublicationsPage /> },
      { path: 'objections', element: <ObjectionsPage /> },
      { path: 'reserve', element: <ReservePage /> },
      { path: 'analysis', element: <AnalysisPage /> },
      { path: 'association', element: <PlaceholderPage titleKey="nav.association" /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}

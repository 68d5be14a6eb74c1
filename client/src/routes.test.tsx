import { screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from './i18n';
import { routes } from './routes';
import { mockFetch, renderRoutes } from './test/utils';

const filer = { id: '1', userName: 'filer', displayName: '张三', roles: ['Filer'], unitId: 'u1', unitName: '高新区' };

describe('route guards', () => {
  beforeAll(async () => {
    await import('./pages/MyUnitPage'); // lazy route: warm it so the test waits on behaviour, not on the transform
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows 403 to a filer who types /users, and never loads the users', async () => {
    const { calls } = mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: filer } : undefined));
    renderRoutes(routes, '/users');
    expect(await screen.findByTestId('forbidden')).toHaveTextContent('无权访问');
    expect(calls.some((c) => c.url.startsWith('/api/users'))).toBe(false);
  });

  it('shows 404 for an unknown route', async () => {
    mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: filer } : undefined));
    renderRoutes(routes, '/no/such/page');
    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
  });

  it('sends an anonymous visitor to /login with the way back', async () => {
    mockFetch((url) => (url === '/api/auth/me' ? { status: 401, body: { status: 401 } } : undefined));
    const { router } = renderRoutes(routes, '/units?page=2');
    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?returnUrl=${encodeURIComponent('/units?page=2')}`);
  });

  it("shows a filer's unit from GetUnit", async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: filer };
      if (url === '/api/units/u1')
        return { status: 200, body: { id: 'u1', code: 'GX', name: '高新技术产业开发区', kind: 'Park', version: 1, createdAt: '2026-01-05T02:00:00Z' } };
      return undefined;
    });
    renderRoutes(routes, '/my-unit');
    expect(await screen.findByText('高新技术产业开发区')).toBeInTheDocument();
    expect(screen.getByText('开发园区')).toBeInTheDocument();
    // 02:00 UTC is 10:00 in Asia/Shanghai
    expect(screen.getByText('2026-01-05 10:00')).toBeInTheDocument();
  });
});

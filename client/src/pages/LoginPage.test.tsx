import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { loginPath, safeReturnUrl } from '../lib/returnUrl';
import { mockFetch, renderRoutes, type MockResponse } from '../test/utils';

function setup(loginAnswer: MockResponse, path = '/login') {
  const { calls } = mockFetch((url) => {
    if (url === '/api/auth/me') return { status: 401, body: { status: 401, title: 'Unauthorized' } };
    if (url === '/api/auth/login') return loginAnswer;
    return undefined;
  });
  const view = renderRoutes(routes, path);
  return { calls, ...view };
}

async function submit(userName: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('用户名'), userName);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('LoginPage', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the Chinese message for wrong credentials', async () => {
    const { calls } = setup({
      status: 401,
      body: { status: 401, title: 'Unauthorized', detail: 'Invalid user name or password.', code: 'auth.invalid-credentials' },
    });
    await submit('admin', 'wrong');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('用户名或密码错误');

    const login = calls.find((c) => c.url === '/api/auth/login')!;
    expect(JSON.parse(login.init.body as string)).toEqual({ userName: 'admin', password: 'wrong', rememberMe: false });
    expect(new Headers(login.init.headers).get('Accept-Language')).toBe('zh-CN');
  });

  it('tells a locked-out user so', async () => {
    setup({ status: 401, body: { status: 401, title: 'Unauthorized', code: 'auth.locked-out' } });
    await submit('filer', 'x');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('账号已被锁定');
  });

  it('explains a 429 as too many attempts', async () => {
    setup({ status: 429, headers: { 'Retry-After': '60' } });
    await submit('filer', 'x');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('登录尝试过于频繁');
  });

  it('requires user name and password before calling the API', async () => {
    const { calls } = setup({ status: 500 });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('login-submit'));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/auth/login')).toBe(false);
  });

  it('signs in and lands on the role home page', async () => {
    const { router } = setup({
      status: 200,
      body: { id: '1', userName: 'filer', displayName: '张三', roles: ['Filer'], unitId: 'u1', unitName: '高新区' },
    });
    await submit('filer', 'Filer#2026-Demo');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
    expect(await screen.findByTestId('nav-filings')).toBeInTheDocument();
    expect(screen.queryByTestId('nav-users')).not.toBeInTheDocument();
  });

  it('says that the session ended and goes back to the page after signing in again', async () => {
    const { router } = setup(
      { status: 200, body: { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] } },
      loginPath('/units?page=2', true),
    );
    expect(await screen.findByTestId('login-session-ended')).toHaveTextContent('会话已过期，请重新登录');
    await submit('admin', 'Admin#2026-Demo');
    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/units?page=2'));
  });

  it('says nothing about a session when the visitor simply was not signed in', async () => {
    setup({ status: 500 }, loginPath('/units'));
    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
    expect(screen.queryByTestId('login-session-ended')).not.toBeInTheDocument();
  });

  it('switches to English', async () => {
    setup({ status: 500 });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lang-en-US'));
    expect(await screen.findByLabelText('User name')).toBeInTheDocument();
    expect(screen.getByTestId('login-title')).toHaveTextContent('InvestPromo');
    expect(localStorage.getItem('investpromo.lang')).toBe('en-US');
  });

  it('only returns to paths inside the app', () => {
    expect(safeReturnUrl('/units?page=2')).toBe('/units?page=2');
    expect(safeReturnUrl('//evil.example/x')).toBeUndefined();
    expect(safeReturnUrl('https://evil.example/')).toBeUndefined();
    expect(safeReturnUrl('/\\evil.example')).toBeUndefined();
    expect(safeReturnUrl('/login?returnUrl=/x')).toBeUndefined();
    expect(safeReturnUrl(null)).toBeUndefined();
  });
});

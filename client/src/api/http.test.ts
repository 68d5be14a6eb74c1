import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n, { changeLanguage } from '../i18n';
import { jsonResponse, mockFetch } from '../test/utils';
import { http, setUnauthorizedHandler } from './http';

const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

describe('http wrapper', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends cookies and Accept-Language for the current language', async () => {
    const { calls } = mockFetch(() => ({ status: 200, body: {} }));
    await http.fetch('/api/units', { method: 'GET' });
    expect(calls[0].init.credentials).toBe('include');
    expect(header(calls[0].init, 'Accept-Language')).toBe('zh-CN');

    await changeLanguage('en-US');
    expect(i18n.language).toBe('en-US');
    await http.fetch('/api/units', { method: 'GET' });
    expect(header(calls[1].init, 'Accept-Language')).toBe('en-US');
  });

  it('echoes the XSRF-TOKEN cookie on unsafe methods only', async () => {
    document.cookie = 'XSRF-TOKEN=tok%2B123; path=/';
    const { calls } = mockFetch(() => ({ status: 200, body: {} }));
    await http.fetch('/api/units', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    await http.fetch('/api/units/1', { method: 'DELETE' });
    await http.fetch('/api/units', { method: 'GET' });
    expect(header(calls[0].init, 'X-XSRF-TOKEN')).toBe('tok+123');
    expect(header(calls[0].init, 'Content-Type')).toBe('application/json');
    expect(header(calls[1].init, 'X-XSRF-TOKEN')).toBe('tok+123');
    expect(header(calls[2].init, 'X-XSRF-TOKEN')).toBeNull();
  });

  it('fetches a fresh antiforgery token once and retries on antiforgery.invalid', async () => {
    let posts = 0;
    const { calls } = mockFetch((url, init) => {
      if (url === '/api/auth/antiforgery') {
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return { status: 204 };
      }
      if (init.method === 'POST') {
        posts++;
        return posts === 1
          ? { status: 400, body: { status: 400, title: 'Bad', code: 'antiforgery.invalid' } }
          : { status: 201, body: { id: 'u1' } };
      }
      return undefined;
    });
    const res = await http.fetch('/api/units', { method: 'POST', body: '{"code":"A"}' });
    expect(res.status).toBe(201);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'POST /api/units',
      'GET /api/auth/antiforgery',
      'POST /api/units',
    ]);
    expect(header(calls[2].init, 'X-XSRF-TOKEN')).toBe('fresh');
    expect(calls[2].init.body).toBe('{"code":"A"}');
  });

  it('retries only once when the token keeps failing', async () => {
    const { calls } = mockFetch((url) =>
      url === '/api/auth/antiforgery' ? { status: 204 } : { status: 400, body: { code: 'antiforgery.invalid' } },
    );
    const res = await http.fetch('/api/units', { method: 'PUT', body: '{}' });
    expect(res.status).toBe(400);
    expect(calls).toHaveLength(3);
  });

  it('does not retry other 400s', async () => {
    const { calls } = mockFetch(() => ({ status: 400, body: { code: 'validation', errors: { name: ['x'] } } }));
    await http.fetch('/api/units', { method: 'POST', body: '{}' });
    expect(calls).toHaveLength(1);
  });

  it('sends a 401 to the login page with the way back, except for login and me', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    window.history.pushState({}, '', '/units?page=2');
    mockFetch(() => ({ status: 401, body: { status: 401 } }));

    await http.fetch('/api/auth/me', { method: 'GET' });
    await http.fetch('/api/auth/login', { method: 'POST', body: '{}' });
    expect(onUnauthorized).not.toHaveBeenCalled();

    await http.fetch('/api/units', { method: 'GET' });
    expect(onUnauthorized).toHaveBeenCalledWith('/units?page=2');
  });

  it('passes the response through untouched', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ status: 200, body: { ok: true } })));
    const res = await http.fetch('/api/x');
    expect(await res.json()).toEqual({ ok: true });
  });
});

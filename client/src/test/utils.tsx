import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { vi } from 'vitest';
import { AppProviders, createQueryClient } from '../AppProviders';

export interface MockResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (url: string, init: RequestInit) => MockResponse | undefined;

export function jsonResponse({ status, body, headers }: MockResponse): Response {
  const hasBody = body !== undefined && status !== 204;
  return new Response(hasBody ? JSON.stringify(body) : null, {
    status,
    headers: { ...(hasBody ? { 'Content-Type': 'application/problem+json' } : {}), ...headers },
  });
}

/**
 * `/api/auth/session` (what AuthContext asks) answered from the test's `/api/auth/me` answer, as the server does:
 * 200 with the user, or 200 with no user where `me` would answer 401.
 */
function sessionFromMe(handler: Handler, url: string, init: RequestInit): MockResponse | undefined {
  if (url !== '/api/auth/session') return undefined;
  const me = handler('/api/auth/me', init);
  return { status: 200, body: { user: me && me.status === 200 ? me.body : null } };
}

/** Replaces global fetch; every call is recorded. Unhandled URLs answer 404. */
export function mockFetch(handler: Handler) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return jsonResponse(handler(url, init) ?? sessionFromMe(handler, url, init) ?? { status: 404, body: { title: 'Not Found', status: 404 } });
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}

export function renderRoutes(routes: RouteObject[], initialPath: string) {
  const router = createMemoryRouter(routes, { initialEntries: [initialPath] });
  const utils = render(
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router };
}

/**
 * A stand-in XMLHttpRequest (uploads with progress): records each request, reports 50% progress, then answers with
 * the next of `answers` (the last one repeats).
 */
export function stubXhr(...answers: { status: number; body: unknown }[]) {
  const sent: { method: string; url: string; headers: Record<string, string>; form: FormData }[] = [];
  class FakeXhr {
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    withCredentials = false;
    private method = '';
    private url = '';
    private headers: Record<string, string> = {};
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(form: FormData) {
      const answer = answers[Math.min(sent.length, answers.length - 1)];
      sent.push({ method: this.method, url: this.url, headers: this.headers, form });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        setTimeout(() => {
          this.status = answer.status;
          this.responseText = JSON.stringify(answer.body);
          this.onload?.();
        }, 30);
      }, 10);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

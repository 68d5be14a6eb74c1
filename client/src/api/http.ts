/**
 * The fetch wrapper handed to every generated client as its `http` argument.
 *
 * - same-origin cookies (`credentials: 'include'`)
 * - `Accept-Language` follows the UI language, so server messages come back localized
 * - unsafe methods carry the `XSRF-TOKEN` cookie back as `X-XSRF-TOKEN`
 * - a 400 with `code: "antiforgery.invalid"` fetches a fresh token once and retries
 * - a 401 (except from login/me) sends the user to /login, remembering where they were and saying that the
 *   session ended (idle, past its lifetime, signed out elsewhere or ended by an admin)
 */
import { currentLanguage } from '../i18n/language';
import { loginPath } from '../lib/returnUrl';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
export const ANTIFORGERY_URL = '/api/auth/antiforgery';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NO_REDIRECT_ON_401 = ['/api/auth/login', '/api/auth/me'];

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const c = part.trim();
    if (c.startsWith(prefix)) return decodeURIComponent(c.substring(prefix.length));
  }
  return undefined;
}

export type UnauthorizedHandler = (returnTo: string) => void;

let onUnauthorized: UnauthorizedHandler = (returnTo) => {
  if (window.location.pathname === '/login') return;
  window.location.assign(loginPath(returnTo, true));
};

/** Lets the app route to /login inside the router instead of reloading the page. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

function pathOf(url: string): string {
  try {
    return new URL(url, window.location.origin).pathname;
  } catch {
    return url;
  }
}

function buildInit(init: RequestInit | undefined, method: string): RequestInit {
  const headers = new Headers(init?.headers);
  headers.set('Accept-Language', currentLanguage());
  if (UNSAFE.has(method)) {
    const token = readCookie(XSRF_COOKIE);
    if (token) headers.set(XSRF_HEADER, token);
    else headers.delete(XSRF_HEADER);
  }
  return { ...init, method, headers, credentials: 'include' };
}

async function isAntiforgeryFailure(response: Response): Promise<boolean> {
  if (response.status !== 400) return false;
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return false;
  try {
    const body = (await response.clone().json()) as { code?: unknown };
    return body?.code === 'antiforgery.invalid';
  } catch {
    return false;
  }
}

async function send(url: string, init: RequestInit | undefined): Promise<Response> {
  const method = (init?.method ?? 'GET').toUpperCase();
  let response = await fetch(url, buildInit(init, method));

  if (UNSAFE.has(method) && (await isAntiforgeryFailure(response))) {
    await fetch(ANTIFORGERY_URL, buildInit(undefined, 'GET'));
    response = await fetch(url, buildInit(init, method));
  }

  if (response.status === 401 && !NO_REDIRECT_ON_401.includes(pathOf(url))) {
    const { pathname, search, hash } = window.location;
    onUnauthorized(`${pathname}${search}${hash}`);
  }
  return response;
}

/** Shape the NSwag Fetch template expects for its `http` constructor argument. */
export const http = {
  fetch(url: RequestInfo, init?: RequestInit): Promise<Response> {
    if (typeof url === 'string') return send(url, init);
    // A Request object: fold it into url + init (the generated clients pass strings).
    const req = url as Request;
    return send(req.url, { method: req.method, headers: req.headers, body: req.body, ...init });
  },
};

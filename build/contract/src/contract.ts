// What both scripts share: an openapi-fetch client over the generated types (src/api.d.ts), a cookie session for the
// SPA's sign-in, and a middleware that turns every violation Prism reports into a failure naming the operation and the
// property. Prism runs as `prism proxy client/openapi/v1.json <api> --errors`: a request that breaks the document is
// answered 422 by Prism itself, a response that breaks it 500, both with a problem body whose `validation` lists
// { location, message }; a path that is not in the document is a Prism error too.
import { readFileSync } from 'node:fs';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './api.js';

export type Api = Client<paths>;

const documentPath = new URL('../../../client/openapi/v1.json', import.meta.url);
const operationIds = new Map<string, string>();
for (const [path, item] of Object.entries(JSON.parse(readFileSync(documentPath, 'utf8')).paths as Record<string, Record<string, { operationId?: string }>>)) {
  for (const [method, operation] of Object.entries(item)) {
    operationIds.set(`${method.toUpperCase()} ${path}`, operation.operationId ?? '?');
  }
}

/** Every failure of the run, one line each: a contract violation or an unexpected answer. */
export const failures: string[] = [];
/** How many answers went through Prism and were checked. */
export let checkedCount = 0;

interface PrismProblem {
  type?: string;
  title?: string;
  detail?: string;
  validation?: { location?: string[]; message?: string; severity?: string }[];
}

function operationName(method: string, schemaPath: string): string {
  const key = `${method} ${schemaPath}`;
  return `${operationIds.get(key) ?? '(not in the document)'} ${key}`;
}

/** Fails the run on every violation Prism reports, naming the operation and the property. */
export const prismViolations: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    checkedCount++;
    const operation = operationName(request.method, schemaPath);
    const header = response.headers.get('sl-violations');
    let problems: PrismProblem['validation'] = header ? JSON.parse(header) : [];
    if (!header && response.headers.get('content-type')?.includes('json') && response.status >= 400) {
      const body = (await response.clone().json().catch(() => null)) as PrismProblem | null;
      if (body?.type?.startsWith('https://stoplight.io/prism/errors#')) {
        problems = body.validation?.length ? body.validation : [{ location: [], message: `${body.title}: ${body.detail ?? ''}`, severity: 'Error' }];
      }
    }
    for (const problem of problems ?? []) {
      const where = (problem.location ?? []).join('.') || '(whole message)';
      const line = `CONTRACT VIOLATION ${operation}: ${where}: ${problem.message} [${problem.severity ?? 'Error'}]`;
      console.error(line);
      if (problem.severity === undefined || problem.severity === 'Error') {
        failures.push(line);
      }
    }
    return undefined;
  },
};

/** A client for one caller through Prism: anonymous, an API key, or a cookie session (see signIn). */
export function api(baseUrl: string, headers: Record<string, string> = {}): Api {
  const jar = new Map<string, string>();
  const client = createClient<paths>({
    baseUrl,
    headers,
    // The SPA's cookie sign-in outside a browser: keep the cookies, echo the XSRF-TOKEN cookie on unsafe methods.
    fetch: async (input: Request) => {
      const request = new Request(input);
      if (jar.size > 0) {
        request.headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
      }
      const xsrf = jar.get('XSRF-TOKEN');
      if (xsrf && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
        request.headers.set('X-XSRF-TOKEN', xsrf);
      }
      const response = await fetch(request);
      // Prism joins several Set-Cookie headers into one, separated by commas: split them again.
      for (const joined of response.headers.getSetCookie()) {
        for (const cookie of joined.split(/,(?=\s*[A-Za-z0-9_.-]+=)/)) {
          const [pair, ...attributes] = cookie.trim().split(';');
          const eq = pair.indexOf('=');
          const name = pair.slice(0, eq);
          const value = pair.slice(eq + 1);
          const expired = value === '' || attributes.some((a) => /^\s*max-age=0$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
          if (expired) jar.delete(name);
          else jar.set(name, value);
        }
      }
      return response;
    },
  });
  client.use(prismViolations);
  return client;
}

/** Signs in as a demo user through Prism (login's rememberMe left out: the document says it may be). */
export async function signIn(baseUrl: string, userName: string, password: string): Promise<Api> {
  const client = api(baseUrl);
  expectOk(await client.GET('/api/auth/antiforgery'), `antiforgery token for ${userName}`);
  expectOk(await client.POST('/api/auth/login', { body: { userName, password } }), `sign-in as ${userName}`);
  return client;
}

/** The answer must be a success (2xx); returns its data. */
export function expectOk<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (!result.response.ok) {
    const line = `UNEXPECTED ANSWER ${result.response.status} to ${what}: ${JSON.stringify(result.error).slice(0, 400)}`;
    console.error(line);
    failures.push(line);
    throw new Error(line);
  }
  return result.data as T;
}

/** The answer must have this status (a refused request is realistic traffic too). */
export function expectStatus(result: { response: Response; error?: unknown }, status: number, what: string): void {
  if (result.response.status !== status) {
    const line = `UNEXPECTED ANSWER ${result.response.status} (expected ${status}) to ${what}: ${JSON.stringify(result.error).slice(0, 400)}`;
    console.error(line);
    failures.push(line);
  }
}

/** Runs one named part; a thrown error is a failure, the next part still runs. */
export async function part(name: string, body: () => Promise<void>): Promise<void> {
  const before = failures.length;
  try {
    await body();
  } catch (error) {
    if (failures.length === before) failures.push(`FAILED ${name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
  console.log(`${failures.length === before ? 'ok  ' : 'FAIL'} ${name}`);
}

/** Today in China time (UTC+8) as yyyy-MM-dd, and the Monday of its week. */
export function chinaWeek(now = new Date()): { today: string; monday: string; sunday: string } {
  const china = new Date(now.getTime() + 8 * 3600_000);
  const day = (china.getUTCDay() + 6) % 7;
  const monday = new Date(china.getTime() - day * 86400_000);
  const sunday = new Date(monday.getTime() + 6 * 86400_000);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { today: iso(china), monday: iso(monday), sunday: iso(sunday) };
}

export function env(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

// Shared helpers of the E2E suite: run.mjs and every file in e2e/tests/*.mjs import these. A test file registers its
// tests with `test(name, fn)`, or `realApiTest` when it needs the real API (the mock answers only sign-in and menus).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installApiMock } from './mock-api.mjs';

export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:5080').replace(/\/+$/, '');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const MOCK = process.env.E2E_MOCK === '1';
export const STEP_TIMEOUT = Number(process.env.E2E_STEP_TIMEOUT_MS || 15_000);
export const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

export const ALL_NAV = [
  'nav-dashboard',
  'nav-review-queue',
  'nav-verification-queue',
  'nav-credit-queue',
  'nav-publications',
  'nav-objections',
  'nav-filings',
  'nav-projects',
  'nav-leads',
  'nav-events',
  'nav-publicity',
  'nav-my-unit',
  'nav-analysis',
  'nav-service-due',
  'nav-reserve',
  'nav-quarterly',
  'nav-targets',
  'nav-rewards',
  'nav-evaluations',
  'nav-evaluation-schemes',
  'nav-targeting',
  'nav-association',
  'nav-units',
  'nav-users',
  'nav-api-keys',
  'nav-webhooks',
  'nav-audit',
  'nav-calendar',
  'nav-associations',
  'nav-reward-policies',
  'nav-purchased-service',
  'nav-ambassadors',
  'nav-natives',
  'nav-reference-data',
  'nav-hangfire',
];

/** Demo logins from the backend's demo seeder, with the menu each role must (and must not) see, in the menu's order. */
export const ROLES = [
  {
    role: 'Admin',
    userName: 'admin',
    password: 'Admin#2026-Demo',
    menu: ['nav-dashboard', 'nav-publications', 'nav-objections', 'nav-service-due', 'nav-analysis', 'nav-reserve', 'nav-quarterly', 'nav-targets', 'nav-leads', 'nav-events', 'nav-publicity', 'nav-targeting', 'nav-associations', 'nav-purchased-service', 'nav-ambassadors', 'nav-natives', 'nav-rewards', 'nav-evaluations', 'nav-evaluation-schemes', 'nav-reward-policies', 'nav-units', 'nav-users', 'nav-api-keys', 'nav-webhooks', 'nav-audit', 'nav-calendar', 'nav-reference-data', 'nav-hangfire'],
    forbiddenPath: null,
  },
  {
    role: 'Reviewer',
    userName: 'reviewer',
    password: 'Reviewer#2026-Demo',
    menu: ['nav-dashboard', 'nav-review-queue', 'nav-publications', 'nav-objections', 'nav-verification-queue', 'nav-service-due', 'nav-analysis', 'nav-reserve', 'nav-quarterly', 'nav-targets', 'nav-leads', 'nav-events', 'nav-publicity', 'nav-targeting', 'nav-associations', 'nav-purchased-service', 'nav-ambassadors', 'nav-natives', 'nav-credit-queue', 'nav-rewards', 'nav-evaluations', 'nav-reference-data'],
    forbiddenPath: '/users',
  },
  {
    role: 'Filer',
    userName: 'filer',
    password: 'Filer#2026-Demo',
    menu: ['nav-dashboard', 'nav-filings', 'nav-projects', 'nav-service-due', 'nav-quarterly', 'nav-leads', 'nav-events', 'nav-my-unit'],
    forbiddenPath: '/users',
  },
  {
    role: 'Leader',
    userName: 'leader',
    password: 'Leader#2026-Demo',
    menu: ['nav-dashboard', 'nav-filings', 'nav-projects', 'nav-service-due', 'nav-analysis', 'nav-reserve', 'nav-quarterly', 'nav-targets', 'nav-events', 'nav-publicity', 'nav-targeting', 'nav-associations', 'nav-purchased-service', 'nav-rewards', 'nav-evaluations'],
    forbiddenPath: '/units',
  },
  {
    role: 'Association',
    userName: 'association',
    password: 'Assoc#2026-Demo',
    menu: ['nav-association'],
    forbiddenPath: '/audit',
  },
];

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export async function newPage(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  if (MOCK) await installApiMock(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  watchForDiagnosis(context, page);
  return { context, page, errors };
}

/**
 * What the pages of the running test did, kept so that a failure can say more than its timeout: the API answers that were
 * refused, the requests that failed, the console errors, and (taken when the test closes its context) the last URL, the
 * messages and field errors on screen, and a screenshot. run.mjs clears it before each test and prints it after a failure.
 */
export const diagnosis = { events: [], finals: [] };

function watchForDiagnosis(context, page) {
  const at = () => new Date().toISOString().slice(11, 23);
  page.on('response', async (r) => {
    if (r.status() < 400 || !new URL(r.url()).pathname.startsWith('/api/')) return;
    const body = await r.text().catch(() => '');
    diagnosis.events.push(`${at()} ${r.request().method()} ${new URL(r.url()).pathname} → ${r.status()} ${body.slice(0, 300)}`);
  });
  page.on('requestfailed', (r) => diagnosis.events.push(`${at()} ${r.method()} ${new URL(r.url()).pathname} failed: ${r.failure()?.errorText}`));
  page.on('console', (m) => {
    if (m.type() === 'error') diagnosis.events.push(`${at()} console: ${m.text().slice(0, 300)}`);
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    if (!page.isClosed()) {
      const final = { url: page.url(), shown: [], screenshot: null };
      final.shown = await page
        .locator('.ant-message-notice, .ant-notification-notice, .ant-form-item-explain-error, .ant-alert')
        .allInnerTexts()
        .catch(() => []);
      final.screenshot = await page.screenshot({ timeout: 5_000 }).catch(() => null);
      diagnosis.finals.push(final);
    }
    return close(...args);
  };
}

/** Signs in and waits for the app shell: the side menu on a wide screen, the menu button on a phone. */
export async function login(page, userName, password) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-username').fill(userName);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.locator('[data-testid="side-menu"], [data-testid="menu-toggle"]').first().waitFor({ state: 'visible' });
}

export async function visibleNavIds(page) {
  return page.$$eval('[data-testid^="nav-"]', (els) =>
    els.filter((el) => el.getClientRects().length > 0).map((el) => el.getAttribute('data-testid')),
  );
}

export const tests = [];
export const test = (name, fn) => tests.push({ name, fn });

/**
 * A valid unified social credit code (GB 32100-2015) for the given 16-character stem (authority, category, division and
 * the organisation code's eight body characters): appends the organisation code's GB 11714 check character, then the 18th.
 */
export function creditCode(stem) {
  const orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
  const orgSum = [...stem.slice(8, 16)].reduce((acc, c, i) => acc + parseInt(c, 36) * orgWeights[i], 0);
  const org = 11 - (orgSum % 11);
  const first17 = stem + (org === 10 ? 'X' : org === 11 ? '0' : String(org));
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + chars.indexOf(c) * weights[i], 0);
  return first17 + chars[(31 - (sum % 31)) % 31];
}

/** Opens an antd Select by its data-testid, optionally types to search, and clicks the (first) matching option. */
/** Checks a radio or checkbox, clicking again while a re-render (an opening dialog's animation) undoes the click. */
export async function checkStably(locator, attempts = 10) {
  for (let i = 0; i < attempts; i++) {
    await locator.click();
    if (await locator.isChecked()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`could not check ${locator}`);
}

export async function pick(page, testId, text, { exact = false } = {}) {
  // exact: the option's whole label is the text (another test may have made "E2E 北京常德商会 …", which also contains it).
  const hasText = text && exact ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : text;
  await pickVerified(page, testId, async () => {
    await page.getByTestId(testId).click();
    if (text) await page.keyboard.type(text);
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', hasText ? { hasText } : {});
    await option.first().click();
  });
}

/** A TreeSelect (the source-region picker: provinces → cities, countries): type to search, click the matching node. */
export async function pickTree(page, testId, text) {
  await pickVerified(page, testId, async () => {
    await page.getByTestId(testId).click();
    await page.keyboard.type(text);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper', { hasText: text }).first().click();
  });
}

/**
 * Makes a choice and checks that the select shows one: under load a click can land while the dropdown is still opening
 * and be lost, and the form then refuses the empty field long after. A lost choice is made once more.
 */
async function pickVerified(page, testId, choose) {
  const chosen = page.getByTestId(testId).locator('.ant-select-selection-item').first();
  for (let attempt = 1; ; attempt++) {
    await choose();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' }).catch(() => {});
    const shown = await chosen.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
    if (shown) return;
    assert(attempt < 2, `choosing in ${testId} twice left it empty`);
    await page.keyboard.press('Escape');
  }
}

export async function noErrorToasts(page, where) {
  const toasts = await page.locator('.ant-message-error').allInnerTexts();
  assert(toasts.length === 0, `error messages shown ${where}: ${toasts.join(' | ')}`);
}

/**
 * Clicks a Popconfirm's trigger and its OK, and waits for the POST whose path ends with `action` to be answered: a click the
 * popover lost (no request within 5 s) is made again once; a refusal fails with its status, body and the toasts shown.
 */
export async function confirmAndPost(page, triggerTestId, action) {
  const isAction = (r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith(`/${action}`);
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId(triggerTestId).click();
    const ok = page.getByTestId('confirm-ok');
    await ok.waitFor({ state: 'visible' });
    const sent = page.waitForRequest(isAction, { timeout: 5_000 }).catch(() => null);
    await ok.click();
    const request = await sent;
    if (!request) {
      assert(attempt < 2, `clicking ${triggerTestId} and OK twice sent no POST …/${action}`);
      continue;
    }
    const response = await request.response();
    if (response && response.ok()) return;
    const toasts = await page.locator('.ant-message-notice').allInnerTexts().catch(() => []);
    const body = response ? await response.text().catch(() => '') : '';
    throw new Error(`POST …/${action}: ${response?.status() ?? 'no answer'} ${body.slice(0, 400)} (toasts: ${toasts.join(' | ')})`);
  }
}

// The filing flow needs the real workflow (the mock answers only sign-in and the menus' reads).
export const realApiTest = MOCK ? () => {} : test;

/** Calls the API from the signed-in page (its cookie, and the CSRF token echoed as the SPA does). */
export async function apiCall(page, method, url, body) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length);
      const headers = { 'Content-Type': 'application/json' };
      if (token) headers['X-XSRF-TOKEN'] = decodeURIComponent(token);
      const r = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await r.text();
      if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, url, body },
  );
}


/** The Monday (YYYY-MM-DD) of the week before this one, in China time: the latest week that can be published. */
export function previousChinaMonday(now = Date.now()) {
  const china = new Date(now + 8 * 3600_000); // read with the UTC getters: China has no daylight saving
  const sinceMonday = (china.getUTCDay() + 6) % 7;
  const monday = new Date(china.getTime() - (sinceMonday + 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** The smallest file the server takes as a PDF (it checks the %PDF- signature, not just the name). */
export const EVIDENCE_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

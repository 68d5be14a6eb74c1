// End-to-end smoke test of the SPA served by the API (or, with E2E_MOCK=1, by `vite preview`).
//
//   BASE_URL=http://127.0.0.1:5080 npm run e2e
//
// Env: BASE_URL (default http://127.0.0.1:5080), CHROMIUM_PATH (default /usr/bin/chromium),
//      E2E_MOCK=1 answers /api/* inside the browser (only for checking this script without the API).
// Prints one line per test and, last, exactly `e2e: N passed, M failed`; exits 1 on any failure.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installApiMock } from './mock-api.mjs';

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:5080').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MOCK = process.env.E2E_MOCK === '1';
const STEP_TIMEOUT = Number(process.env.E2E_STEP_TIMEOUT_MS || 15_000);
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

const ALL_NAV = [
  'nav-dashboard',
  'nav-units',
  'nav-users',
  'nav-api-keys',
  'nav-audit',
  'nav-hangfire',
  'nav-reference-data',
  'nav-review-queue',
  'nav-filings',
  'nav-my-unit',
  'nav-reserve',
  'nav-association',
];

/** Demo logins from the backend's demo seeder, with the menu each role must (and must not) see. */
const ROLES = [
  {
    role: 'Admin',
    userName: 'admin',
    password: 'Admin#2026',
    menu: ['nav-dashboard', 'nav-units', 'nav-users', 'nav-api-keys', 'nav-audit', 'nav-reference-data', 'nav-hangfire'],
    forbiddenPath: null,
  },
  {
    role: 'Reviewer',
    userName: 'reviewer',
    password: 'Reviewer#2026',
    menu: ['nav-dashboard', 'nav-review-queue', 'nav-reference-data'],
    forbiddenPath: '/users',
  },
  {
    role: 'Filer',
    userName: 'filer',
    password: 'Filer#2026',
    menu: ['nav-dashboard', 'nav-filings', 'nav-my-unit'],
    forbiddenPath: '/users',
  },
  {
    role: 'Leader',
    userName: 'leader',
    password: 'Leader#2026',
    menu: ['nav-dashboard', 'nav-reserve'],
    forbiddenPath: '/units',
  },
  {
    role: 'Association',
    userName: 'association',
    password: 'Assoc#2026',
    menu: ['nav-association'],
    forbiddenPath: '/audit',
  },
];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function newPage(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  if (MOCK) await installApiMock(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function login(page, userName, password) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-username').fill(userName);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('side-menu').waitFor({ state: 'visible' });
}

async function visibleNavIds(page) {
  return page.$$eval('[data-testid^="nav-"]', (els) =>
    els.filter((el) => el.getClientRects().length > 0).map((el) => el.getAttribute('data-testid')),
  );
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('login page is Chinese by default and switches to English', async (browser) => {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${BASE_URL}/login`);
    await page.getByTestId('login-title').waitFor();
    assert((await page.getByTestId('login-title').innerText()).includes('招商引资项目管理平台'), 'Chinese title missing');
    assert((await page.getByTestId('login-submit').innerText()).replace(/\s/g, '') === '登录', 'Chinese submit button missing');

    await page.getByTestId('lang-en-US').click();
    await page.getByText('Sign in', { exact: true }).waitFor();
    assert((await page.getByTestId('login-title').innerText()).includes('InvestPromo'), 'English title missing');
    assert(await page.getByText('User name', { exact: true }).isVisible(), 'English user name label missing');
    assert((await page.evaluate(() => localStorage.getItem('investpromo.lang'))) === 'en-US', 'language not remembered');

    await page.reload();
    await page.getByText('Sign in', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(OUT_DIR, 'login-en.png') });

    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('definitely-wrong');
    await page.getByTestId('login-submit').click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    const text = await error.innerText();
    assert(/incorrect|locked|too many/i.test(text), `unexpected login error: ${text}`);
  } finally {
    await context.close();
  }
});

for (const r of ROLES) {
  test(`${r.role} (${r.userName}) sees the ${r.role} menu`, async (browser) => {
    const { context, page, errors } = await newPage(browser);
    try {
      await login(page, r.userName, r.password);
      for (const id of r.menu) await page.getByTestId(id).waitFor({ state: 'visible' });
      const visible = await visibleNavIds(page);
      const missing = r.menu.filter((id) => !visible.includes(id));
      const extra = visible.filter((id) => !r.menu.includes(id));
      assert(missing.length === 0, `missing menu items: ${missing.join(', ')}`);
      assert(extra.length === 0, `unexpected menu items: ${extra.join(', ')}`);
      const forbidden = ALL_NAV.filter((id) => !r.menu.includes(id));
      for (const id of forbidden) assert((await page.getByTestId(id).count()) === 0, `forbidden item ${id} is present`);

      await page.screenshot({ path: path.join(OUT_DIR, `role-${r.userName}.png`) });

      if (r.forbiddenPath) {
        await page.goto(`${BASE_URL}${r.forbiddenPath}`);
        await page.getByTestId('forbidden').waitFor({ state: 'visible' });
      }
      if (r.role === 'Admin') {
        await page.getByTestId('nav-units').click();
        await page.waitForURL(/\/units$/);
        await page.locator('.ant-table-row').first().waitFor({ state: 'visible' });
        await page.screenshot({ path: path.join(OUT_DIR, 'admin-units.png') });
        await page.getByTestId('nav-users').click();
        await page.waitForURL(/\/users$/);
        await page.locator('.ant-table-row', { hasText: r.userName }).first().waitFor({ state: 'visible' });
        await page.getByTestId('nav-audit').click();
        await page.waitForURL(/\/audit$/);
        await page.locator('.ant-table').first().waitFor({ state: 'visible' });
        await page.getByTestId('nav-api-keys').click();
        await page.waitForURL(/\/api-keys$/);
        await page.getByTestId('api-key-create').waitFor({ state: 'visible' });
        await page.waitForLoadState('networkidle');
        const toasts = await page.locator('.ant-message-error').allInnerTexts();
        assert(toasts.length === 0, `error messages shown: ${toasts.join(' | ')}`);
      }
      if (r.role === 'Filer') {
        await page.getByTestId('nav-my-unit').click();
        await page.getByTestId('my-unit').waitFor({ state: 'visible' });
      }
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
    }
  });
}

test('admin layout works on a 375px phone', async (browser) => {
  const { context, page } = await newPage(browser, { width: 375, height: 800 });
  try {
    await page.goto(`${BASE_URL}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('Admin#2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('menu-toggle').waitFor({ state: 'visible' });
    assert((await page.getByTestId('side-menu').count()) === 0, 'side menu should be in a drawer on phones');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `page scrolls sideways by ${overflow}px at 375px`);
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('nav-users').waitFor({ state: 'visible' });
    await page.waitForTimeout(500); // let the drawer finish sliding in
    await page.screenshot({ path: path.join(OUT_DIR, 'admin-375-drawer.png') });
    await page.getByTestId('nav-users').click();
    await page.waitForURL(/\/users$/);
    await page.getByTestId('nav-users').waitFor({ state: 'hidden' });
    await page.screenshot({ path: path.join(OUT_DIR, 'admin-375-users.png') });
  } finally {
    await context.close();
  }
});

async function main() {
  await mkdir(OUT_DIR, { recursive: true });
  console.log(`e2e against ${BASE_URL}${MOCK ? ' (MOCKED API)' : ''} with ${CHROMIUM_PATH}`);
  let passed = 0;
  let failed = 0;
  let browser;
  try {
    // Playwright gives every launch its own temporary profile (user-data-dir) and removes it on close.
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: 60_000,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    for (const t of tests) {
      const started = Date.now();
      try {
        await t.fn(browser);
        passed++;
        console.log(`  ok   ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`  FAIL ${t.name} (${Date.now() - started} ms)\n       ${String(e?.message ?? e).split('\n').join('\n       ')}`);
      }
    }
  } catch (e) {
    failed = Math.max(failed, tests.length - passed);
    console.log(`  FAIL could not run the browser: ${e?.message ?? e}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

await main();

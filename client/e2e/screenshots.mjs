// Screenshots of the screens issue 11 is about, at 1366×768 and 375×812, full page, for the note. A script, not a
// test: it fails only when a screen cannot be reached.
//
//   BASE_URL=http://127.0.0.1:5080 npm run screenshots
//
// Needs a running API with the Development demo data (the demo logins, last week's publication) and a CJK font installed
// in the system (fonts-noto-cjk or fonts-wqy-microhei), or every Chinese character is a box. Writes
// <repository>/artifacts/issue-11/<screen>-<width>.png (SCREENSHOTS_DIR overrides the folder): form (the filer's new
// filing), publication (the latest public publication, anonymous), detail (a filing as the reviewer sees it),
// workbench-filer and workbench-reviewer (their dashboards), cockpit (the leader's dashboard).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_URL, CHROMIUM_PATH, apiCall, login, newPage } from './lib.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.resolve(process.env.SCREENSHOTS_DIR || path.join(REPO_ROOT, 'artifacts', 'issue-11'));

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 375, height: 812 },
];

const USERS = {
  filer: ['filer', 'Filer#2026-Demo'],
  reviewer: ['reviewer', 'Reviewer#2026-Demo'],
  leader: ['leader', 'Leader#2026-Demo'],
};

/** The latest publication's page (anyone may read the list). */
async function latestPublication(page) {
  await page.goto(`${BASE_URL}/public/publications`);
  const list = await page.evaluate(async () => (await fetch('/api/public/publications?page=1&pageSize=1')).json());
  if (!list.items?.length) throw new Error('no publication yet: the demo data publishes last week on a fresh database');
  return `/public/publications/${list.items[0].id}`;
}

/** A filing as the reviewer opens it from the queue (the longest-waiting one), else the newest filing. */
async function reviewedFiling(page) {
  const queue = await apiCall(page, 'GET', '/api/review/queue?page=1&pageSize=1');
  const filing = queue.items?.[0] ?? (await apiCall(page, 'GET', '/api/filings?page=1&pageSize=1')).items?.[0];
  if (!filing) throw new Error('no filing to show');
  return `/review/${filing.id}`;
}

const SCREENS = [
  { name: 'form', user: 'filer', target: '/filings/new', ready: '[data-testid="filing-form"]' },
  { name: 'publication', user: null, target: latestPublication, ready: '[data-testid="public-header"]' },
  { name: 'detail', user: 'reviewer', target: reviewedFiling, ready: '[data-testid="filing-fields"]' },
  { name: 'workbench-filer', user: 'filer', target: '/dashboard', ready: '.page-card, .ant-card' },
  { name: 'workbench-reviewer', user: 'reviewer', target: '/dashboard', ready: '.page-card, .ant-card' },
  { name: 'cockpit', user: 'leader', target: '/dashboard', ready: '.page-card, .ant-card' },
];

/** Waits until the page has its data, its fonts and its charts drawn: no request in flight, no spinner or skeleton. */
async function settled(page, ready) {
  await page.locator(ready).first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active, .ant-table-placeholder .ant-spin')
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => {});
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(2500); // ECharts' entry animation and antd's motions
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 60_000,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let failed = 0;
  const written = [];
  try {
    for (const viewport of VIEWPORTS) {
      for (const screen of SCREENS) {
        const file = path.join(OUT, `${screen.name}-${viewport.width}.png`);
        const { context, page } = await newPage(browser, viewport);
        try {
          if (screen.user) await login(page, ...USERS[screen.user]);
          const target = typeof screen.target === 'function' ? await screen.target(page) : screen.target;
          await page.goto(`${BASE_URL}${target}`);
          await settled(page, screen.ready);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          console.log(`  ok   ${path.relative(REPO_ROOT, file)} (${screen.user ?? 'anonymous'} ${target})`);
        } catch (e) {
          failed++;
          console.log(`  FAIL ${path.relative(REPO_ROOT, file)}: ${String(e?.message ?? e).split('\n')[0]}`);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
  console.log(`screenshots: ${written.length} written to ${OUT}, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

await main();

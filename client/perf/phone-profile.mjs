// The throttled-phone measurement of issue 11 item 2: how soon a cold phone can sign in, and how soon the reviewer sees
// the queue. Run against a running API that serves the built SPA (client/dist) with the demo data:
//
//   BASE_URL=http://127.0.0.1:5080 PERF_RUNS=5 PERF_OUT=perf-results/phone.json npm run perf:phone
//
// Env: BASE_URL (default http://127.0.0.1:5080), CHROMIUM_PATH (default /usr/bin/chromium), PERF_RUNS (default 3),
//      PERF_OUT (a JSON file for the runs and medians; none when unset), PERF_USER / PERF_PASSWORD (default the demo
//      reviewer). The API needs RateLimiting__LoginPerMinute above PERF_RUNS (every run signs in once).
//
// The profile (Chrome DevTools Protocol, per page, set before the first request):
//   Emulation.setCPUThrottlingRate { rate: 4 }                                   a 4x slower CPU
//   Network.emulateNetworkConditions { latency: 150 ms, download 1.6 Mbit/s = 200,000 B/s, upload 750 kbit/s = 93,750 B/s }
//   Network.setCacheDisabled { cacheDisabled: true }, a fresh browser context     a cold load: nothing cached, no cookies
//   viewport 375 x 812, locale zh-CN, Asia/Shanghai
//
// What is measured, each run in a new context:
//   login form usable   from navigation start of /login?returnUrl=%2Freview (performance.timeOrigin, time 0) until the
//                       user name input, the password input and the submit button are all visible (a client rect in the
//                       viewport's layout) and enabled (not disabled, submit not loading). Checked on every animation
//                       frame by a script added before the page's own, so the time is the page's own performance.now().
//   queue rows          after typing the reviewer's name and password (not timed): from the click on the submit button
//                       (a capturing click listener stamps performance.now()) until the first row of the review queue
//                       ([data-testid=queue-table] tr.ant-table-row) is visible. It covers the sign-in request, the
//                       navigation to /review, every chunk the app shell and the queue page load (cold, throttled),
//                       /api/auth/me if asked again, and the queue's API call and render. The demo data must have at
//                       least one filing under review.
//   login JS            every script response of the login page until the form is usable and the network has been
//                       quiet for 1 s: bytes transferred (Network.loadingFinished encodedDataLength: compressed body
//                       plus headers) and uncompressed (sum of Network.dataReceived dataLength).
//   login total         every response of the login page in that window, transferred.
// Each figure is the median of the runs. Targets (issue 11): form usable < 3 s; queue rows < 2 s; login JS < 250 KB
// compressed.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:5080').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = Math.max(1, Number(process.env.PERF_RUNS || 3));
const OUT = process.env.PERF_OUT;
const USER = process.env.PERF_USER || 'reviewer';
const PASSWORD = process.env.PERF_PASSWORD || 'Reviewer#2026-Demo';
const TIMEOUT = Number(process.env.PERF_TIMEOUT_MS || 120_000);

export const PROFILE = {
  cpuThrottlingRate: 4,
  latencyMs: 150,
  downloadBytesPerSecond: 200_000, // 1.6 Mbit/s
  uploadBytesPerSecond: 93_750, // 750 kbit/s
  viewport: { width: 375, height: 812 },
};

export const TARGETS = { loginUsableMs: 3000, queueRowsMs: 2000, loginJsTransferredBytes: 250 * 1024 };

// Runs in the page before its own scripts: stamps the first frame where the login form is usable, the submit click and
// the first visible queue row, all on the page's clock (0 = navigation start).
const STAMPS = () => {
  const stamps = (window.__perf = { loginUsable: null, submitClicked: null, queueRow: null });
  const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const enabled = (el) => !el.disabled && !el.classList.contains('ant-btn-loading') && !el.closest('[aria-busy="true"]');
  const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);
  document.addEventListener(
    'click',
    (e) => {
      if (stamps.submitClicked === null && e.target instanceof Element && e.target.closest('[data-testid="login-submit"]')) {
        stamps.submitClicked = performance.now();
      }
    },
    true,
  );
  const tick = () => {
    const now = performance.now();
    if (stamps.loginUsable === null) {
      const controls = [byTestId('login-username'), byTestId('login-password'), byTestId('login-submit')];
      if (controls.every((el) => visible(el) && enabled(el))) stamps.loginUsable = now;
    }
    if (stamps.queueRow === null && stamps.submitClicked !== null) {
      const row = document.querySelector('[data-testid="queue-table"] tr.ant-table-row');
      if (visible(row)) stamps.queueRow = now;
    }
    if (stamps.queueRow === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** Follows one page's responses through CDP: transferred (encoded) and uncompressed bytes per request. */
function trackNetwork(cdp) {
  const requests = new Map();
  let inFlight = 0;
  let lastActivity = Date.now();
  const entry = (id) => {
    if (!requests.has(id)) requests.set(id, { url: '', type: '', status: 0, encoding: '', transferred: 0, decoded: 0, done: false, start: 0, end: 0 });
    return requests.get(id);
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    entry(e.requestId).url = e.request.url;
    entry(e.requestId).start = e.timestamp;
    inFlight++;
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = entry(e.requestId);
    r.type = e.type;
    r.status = e.response.status;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.encoding = headers['content-encoding'] ?? '';
    r.cacheControl = headers['cache-control'] ?? '';
  });
  cdp.on('Network.dataReceived', (e) => {
    entry(e.requestId).decoded += e.dataLength;
    lastActivity = Date.now();
  });
  const finish = (e, failed) => {
    const r = entry(e.requestId);
    if (!failed) r.transferred = e.encodedDataLength;
    r.end = e.timestamp;
    r.done = true;
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  cdp.on('Network.loadingFinished', (e) => finish(e, false));
  cdp.on('Network.loadingFailed', (e) => finish(e, true));
  return {
    snapshot: () => [...requests.values()].map((r) => ({ ...r })),
    async quiet(ms) {
      const deadline = Date.now() + TIMEOUT;
      while (Date.now() < deadline) {
        if (inFlight === 0 && Date.now() - lastActivity >= ms) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the network never went quiet');
    },
  };
}

async function waitForStamp(page, name) {
  const handle = await page.waitForFunction((n) => window.__perf && window.__perf[n], name, { timeout: TIMEOUT, polling: 100 });
  return handle.jsonValue();
}

async function oneRun(browser, run) {
  const context = await browser.newContext({ viewport: PROFILE.viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    await context.addInitScript(STAMPS);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const cdp = await context.newCDPSession(page);
    const network = trackNetwork(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: PROFILE.downloadBytesPerSecond,
      uploadThroughput: PROFILE.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuThrottlingRate });

    await page.goto(`${BASE_URL}/login?returnUrl=%2Freview`, { waitUntil: 'commit', timeout: TIMEOUT });
    const loginUsableMs = await waitForStamp(page, 'loginUsable');
    await network.quiet(1000);
    const login = network.snapshot();
    const scripts = login.filter((r) => r.type === 'Script');
    const loginJsTransferred = scripts.reduce((s, r) => s + r.transferred, 0);
    const loginJsUncompressed = scripts.reduce((s, r) => s + r.decoded, 0);
    const loginTotalTransferred = login.reduce((s, r) => s + r.transferred, 0);

    await page.getByTestId('login-username').fill(USER);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    const queueRowAt = await waitForStamp(page, 'queueRow');
    const clickedAt = await page.evaluate(() => window.__perf.submitClicked);
    const queueRowsMs = queueRowAt - clickedAt;
    const after = network.snapshot().slice(login.length);
    const t0 = after[0]?.start ?? 0; // the sign-in request, sent right after the click (CDP's monotonic clock, seconds)

    const result = {
      run,
      loginUsableMs: Math.round(loginUsableMs),
      queueRowsMs: Math.round(queueRowsMs),
      loginJsTransferred,
      loginJsUncompressed,
      loginTotalTransferred,
      loginScripts: scripts.map((r) => ({ url: new URL(r.url).pathname, encoding: r.encoding, transferred: r.transferred, uncompressed: r.decoded })),
      afterSignIn: after.map((r) => ({
        url: new URL(r.url).pathname,
        type: r.type,
        status: r.status,
        transferred: r.transferred,
        startMs: Math.round((r.start - t0) * 1000),
        endMs: Math.round((r.end - t0) * 1000),
      })),
    };
    console.log(
      `  run ${run}: form usable ${result.loginUsableMs} ms, queue rows ${result.queueRowsMs} ms, login JS ${kb(loginJsTransferred)} transferred / ${kb(loginJsUncompressed)} uncompressed in ${scripts.length} files, total ${kb(loginTotalTransferred)}`,
    );
    return result;
  } finally {
    await context.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

async function main() {
  console.log(`perf:phone against ${BASE_URL}, ${RUNS} run(s), CPU ${PROFILE.cpuThrottlingRate}x, ${PROFILE.latencyMs} ms, 1.6 Mbit/s down, 750 kbit/s up, 375x812, cold cache`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 60_000,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const runs = [];
  try {
    for (let i = 1; i <= RUNS; i++) runs.push(await oneRun(browser, i));
  } finally {
    await browser.close().catch(() => {});
  }
  const medians = Object.fromEntries(
    ['loginUsableMs', 'queueRowsMs', 'loginJsTransferred', 'loginJsUncompressed', 'loginTotalTransferred'].map((k) => [k, median(runs.map((r) => r[k]))]),
  );
  const rows = [
    ['login form usable', `${medians.loginUsableMs} ms`, `< ${TARGETS.loginUsableMs} ms`, medians.loginUsableMs < TARGETS.loginUsableMs],
    ['queue rows after sign-in', `${medians.queueRowsMs} ms`, `< ${TARGETS.queueRowsMs} ms`, medians.queueRowsMs < TARGETS.queueRowsMs],
    ['login JS transferred', kb(medians.loginJsTransferred), `< ${kb(TARGETS.loginJsTransferredBytes)}`, medians.loginJsTransferred < TARGETS.loginJsTransferredBytes],
    ['login JS uncompressed', kb(medians.loginJsUncompressed), '', null],
    ['login page total transferred', kb(medians.loginTotalTransferred), '', null],
  ];
  console.log(`\nmedian of ${RUNS}:`);
  console.log(`  ${'what'.padEnd(30)}${'value'.padStart(12)}  ${'target'.padEnd(12)}`);
  for (const [what, value, target, ok] of rows) {
    console.log(`  ${what.padEnd(30)}${value.padStart(12)}  ${target.padEnd(12)}${ok === null ? '' : ok ? 'met' : 'MISSED'}`);
  }
  if (OUT) {
    await mkdir(path.dirname(path.resolve(OUT)), { recursive: true });
    await writeFile(OUT, JSON.stringify({ baseUrl: BASE_URL, at: new Date().toISOString(), profile: PROFILE, targets: TARGETS, runs: RUNS, medians, details: runs }, null, 2));
    console.log(`\nwrote ${OUT}`);
  }
}

await main();

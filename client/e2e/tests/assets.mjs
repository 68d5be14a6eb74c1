// Download size and caching (issue 11 item 2): the built SPA's assets arrive compressed and cached for a year, the
// index page is revalidated, and the login page loads neither the app shell nor ECharts.
import { BASE_URL, assert, newPage, realApiTest, test } from '../lib.mjs';

// Markers that survive minification: the side menu's test id lives only in the app shell (layout/AppLayout.tsx), and
// ECharts marks the elements it draws in with this attribute name.
const APP_SHELL_MARKER = 'side-menu';
const ECHARTS_MARKER = '_echarts_instance_';

/** Opens /login in a fresh context and returns every response it caused (path, type, headers), with the scripts' text. */
async function loadLoginPage(browser) {
  const { context, page } = await newPage(browser, { width: 375, height: 812 });
  const raw = [];
  page.on('response', (r) => raw.push(r));
  try {
    await page.goto(`${BASE_URL}/login`);
    await page.getByTestId('login-submit').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const responses = [];
    for (const r of raw) {
      const path = new URL(r.url()).pathname;
      const script = path.startsWith('/assets/') && path.endsWith('.js');
      responses.push({ path, type: r.request().resourceType(), headers: await r.allHeaders(), body: script ? await r.text() : null });
    }
    return { responses, scripts: responses.filter((r) => r.body !== null) };
  } finally {
    await context.close();
  }
}

test('the login page loads neither the app shell nor ECharts', async (browser) => {
  const { responses, scripts } = await loadLoginPage(browser);
  assert(scripts.length > 0, 'the login page loaded no script from /assets/');
  const paths = responses.map((r) => r.path);
  assert(!paths.some((p) => /\/assets\/AppLayout-/.test(p)), `the login page requested the app shell: ${paths.join(', ')}`);
  for (const s of scripts) {
    assert(!s.body.includes(APP_SHELL_MARKER), `${s.path} holds the app shell (${APP_SHELL_MARKER})`);
    assert(!s.body.includes(ECHARTS_MARKER), `${s.path} holds ECharts (${ECHARTS_MARKER})`);
  }
});

realApiTest('the SPA assets arrive compressed and immutable, index.html is no-cache', async (browser) => {
  const { responses, scripts } = await loadLoginPage(browser);
  const document = responses.find((r) => r.type === 'document');
  assert(document, 'no document response');
  assert(/no-cache/.test(document.headers['cache-control'] ?? ''), `index.html Cache-Control: ${document.headers['cache-control']}`);

  const assets = responses.filter((r) => /^\/assets\/.+\.(js|css)$/.test(r.path));
  assert(assets.some((r) => r.path.endsWith('.css')), 'no stylesheet from /assets/');
  assert(scripts.length > 0, 'no script from /assets/');
  for (const r of assets) {
    const h = r.headers;
    const what = r.path;
    assert(['br', 'gzip'].includes(h['content-encoding']), `${what} Content-Encoding: ${h['content-encoding']}`);
    assert(h['cache-control'] === 'public, max-age=31536000, immutable', `${what} Cache-Control: ${h['cache-control']}`);
    assert(/accept-encoding/i.test(h.vary ?? ''), `${what} Vary: ${h.vary}`);
  }

  // A deep link is the same index page, also revalidated; a missing asset is a 404, not the index page.
  const { context, page } = await newPage(browser);
  try {
    const deep = await page.goto(`${BASE_URL}/review/does-not-exist`);
    assert(/no-cache/.test((await deep.allHeaders())['cache-control'] ?? ''), 'a deep link is not no-cache');
    const missing = await page.request.get(`${BASE_URL}/assets/no-such-chunk-00000000.js`);
    assert(missing.status() === 404, `a missing asset answered ${missing.status()}`);
  } finally {
    await context.close();
  }
});

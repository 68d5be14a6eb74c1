// Issue 15: the yearly evaluation of the associations (manual scoring, approval refused while scores are missing, the public
// 榜单 with shared ranks) and the quarterly scheduling (季调度: the leader's cockpit, the report with its chart and .xlsx, a
// filer's own unit only). Screenshots: evaluation-2026-1366.png, public-evaluation-375.png, quarterly-1366.png.
import path from 'node:path';
import { BASE_URL, OUT_DIR, apiCall, assert, login, newPage, noErrorToasts, realApiTest, sidewaysOverflow } from '../lib.mjs';

const YEAR_OPEN = 2026; // the demo opens this year's evaluation once its period has closed (30 November)
const YEAR_PUBLISHED = 2025; // and publishes last year's

realApiTest('evaluation: a reviewer scores an association by hand, the leader cannot approve while scores are missing, anyone reads the 榜单 with shared ranks', async (browser) => {
  const reviewer = await newPage(browser, { width: 1366, height: 900 });
  const leader = await newPage(browser, { width: 1366, height: 900 });
  const visitor = await newPage(browser, { width: 375, height: 800 });
  try {
    // 1. The reviewer opens the year, scores 北京常德商会's manual indicators; its total rises by their sum.
    const rp = reviewer.page;
    await login(rp, 'reviewer', 'Reviewer#2026-Demo');
    await rp.goto(`${BASE_URL}/evaluations/${YEAR_OPEN}`);
    await rp.getByTestId('evaluation-table').waitFor({ state: 'visible' });
    const before = await apiCall(rp, 'GET', `/api/evaluations/${YEAR_OPEN}`);
    const row = before.rows.find((r) => r.associationName === '北京常德商会');
    assert(row, `北京常德商会 is not evaluated in ${YEAR_OPEN}`);
    const manual = before.scheme.groups.flatMap((g) => g.indicators).filter((i) => i.kind === 'Manual');
    assert(manual.length > 0, 'the scheme has no manual indicator');
    await rp.getByTestId(`evaluation-score-open-${row.associationId}`).click();
    let added = 0;
    for (const indicator of manual) {
      const score = Math.min(indicator.maxScore, 3);
      added += score;
      const input = rp.getByTestId(`evaluation-score-${indicator.code}`);
      await input.fill(String(score));
      await rp.getByTestId(`evaluation-note-${indicator.code}`).fill('E2E 走访核实');
    }
    await rp.getByTestId('evaluation-save').click();
    await rp.getByTestId('evaluation-save').waitFor({ state: 'hidden' });
    await noErrorToasts(rp, 'to the reviewer saving manual scores');
    const after = await apiCall(rp, 'GET', `/api/evaluations/${YEAR_OPEN}`);
    const scored = after.rows.find((r) => r.associationId === row.associationId);
    assert(scored.missingManualScores === 0, `北京常德商会 still misses ${scored.missingManualScores} manual scores`);
    const expected = Math.round((row.total - row.manualScores.reduce((s, m) => s + m.score, 0) + added) * 100) / 100;
    assert(Math.abs(scored.total - expected) < 0.005, `the total is ${scored.total}, expected ${expected}`);
    await rp.getByTestId(`evaluation-total-${row.associationId}`).filter({ hasText: String(scored.total) }).waitFor({ state: 'visible' });
    await rp.screenshot({ path: path.join(OUT_DIR, 'evaluation-2026-1366.png'), fullPage: true });

    // 2. The leader tries to approve while other associations miss manual scores: refused with the reason, nothing changes.
    const lp = leader.page;
    await login(lp, 'leader', 'Leader#2026-Demo');
    await lp.goto(`${BASE_URL}/evaluations/${YEAR_OPEN}`);
    await lp.getByTestId('evaluation-missing').waitFor({ state: 'visible' });
    assert(after.missingManualScores > 0, 'every manual score is in: the refusal cannot be shown');
    await lp.getByTestId('evaluation-approve').click();
    await lp.locator('.ant-message').getByText('尚有人工评分未录入，不能批准。').waitFor({ state: 'visible' });
    const unchanged = await apiCall(lp, 'GET', `/api/evaluations/${YEAR_OPEN}`);
    assert(unchanged.evaluation.status === after.evaluation.status && unchanged.revisions.length === after.revisions.length,
      `a refused approval changed the evaluation: ${JSON.stringify(unchanged.evaluation)}`);

    // 3. Anyone, on a phone, without signing in: the public page links last year's 榜单; equal totals share a rank (1, 2, 2, 4).
    const vp = visitor.page;
    await vp.goto(`${BASE_URL}/public/publications`);
    await vp.getByTestId(`public-evaluation-link-${YEAR_PUBLISHED}`).click();
    const table = vp.getByTestId('public-evaluation-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor({ state: 'visible' });
    const board = await (await vp.request.get(`${BASE_URL}/api/public/evaluations/${YEAR_PUBLISHED}`)).json();
    assert(board.rows.length > 0, 'the published 榜单 is empty');
    for (const r of board.rows) {
      const ahead = board.rows.filter((o) => o.total > r.total).length;
      assert(r.rank === ahead + 1, `${r.associationName} (${r.total}) is ranked ${r.rank}, but ${ahead} totals are higher`);
    }
    assert((await table.locator('tbody tr.ant-table-row').count()) === board.rows.length, 'the page does not list every published row');
    assert(!(await vp.content()).includes('联系电话'), 'the public 榜单 shows contacts');
    assert((await sidewaysOverflow(vp)) <= 1, 'the public 榜单 scrolls sideways at 375 px');
    await vp.screenshot({ path: path.join(OUT_DIR, 'public-evaluation-375.png'), fullPage: true });
  } finally {
    await reviewer.context.close();
    await leader.context.close();
    await visitor.context.close();
  }
});

realApiTest('quarterly: the leader sees the units ranked and the lagging ones, an admin reads the report with its chart and exports it, a filer sees its own unit only', async (browser) => {
  const { context, page } = await newPage(browser, { width: 1366, height: 900 });
  try {
    // 1. The leader's cockpit: the latest quarter's ranking and the lagging units, as the API has them.
    await login(page, 'leader', 'Leader#2026-Demo');
    await page.getByTestId('quarterly-cockpit').waitFor({ state: 'visible' });
    const cockpit = await apiCall(page, 'GET', '/api/quarterly/cockpit');
    assert(cockpit.latest, 'the cockpit has no quarterly report');
    const first = cockpit.ranking[0];
    await page.getByTestId(`cockpit-rank-${first.unitCode}`).getByText(first.unitName).waitFor({ state: 'visible' });
    assert(cockpit.lagging.length > 0 && cockpit.lagging.length < cockpit.ranking.length + 1, `lagging: ${cockpit.lagging.length}`);
    await page.getByTestId(`cockpit-lagging-${cockpit.lagging[0].unitCode}`).waitFor({ state: 'visible' });
    await page.getByTestId('cockpit-progress').waitFor({ state: 'visible' });
    await page.context().clearCookies();

    // 2. An admin: the report of the last ended quarter, ranked, lagging rows marked, the chart drawn, the .xlsx export.
    await login(page, 'admin', 'Admin#2026-Demo');
    await page.goto(`${BASE_URL}/quarterly`);
    await page.getByTestId('quarterly-summary').waitFor({ state: 'visible' });
    const report = await apiCall(page, 'GET', `/api/quarterly/reports/${cockpit.latest.year}/${cockpit.latest.quarter}`);
    const ranks = report.units.filter((u) => u.rank != null).map((u) => u.rank);
    assert(new Set(ranks).size > 1, `every unit shares one rank: ${ranks.join(', ')}`);
    for (const unit of report.units) await page.getByTestId(`quarterly-row-${unit.unitCode}`).waitFor({ state: 'visible' });
    const lagging = report.units.find((u) => u.lagging);
    await page.getByTestId(`quarterly-lagging-${lagging.unitCode}`).waitFor({ state: 'visible' });
    await page.getByTestId('quarterly-chart').locator('canvas, svg').first().waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('quarterly-export').click()]);
    assert(download.suggestedFilename().endsWith('.xlsx'), `the export is ${download.suggestedFilename()}`);
    await noErrorToasts(page, 'to the admin reading the quarterly report');
    await page.screenshot({ path: path.join(OUT_DIR, 'quarterly-1366.png'), fullPage: true });
    await page.context().clearCookies();

    // 3. A filer: its own unit's line only.
    await login(page, 'filer', 'Filer#2026-Demo');
    await page.goto(`${BASE_URL}/quarterly`);
    await page.getByTestId('quarterly-summary').waitFor({ state: 'visible' });
    const own = await apiCall(page, 'GET', `/api/quarterly/reports/${cockpit.latest.year}/${cockpit.latest.quarter}`);
    assert(own.units.length === 1, `a filer reads ${own.units.length} units' lines`);
    await page.getByTestId(`quarterly-row-${own.units[0].unitCode}`).waitFor({ state: 'visible' });
    assert((await page.locator('[data-testid^="quarterly-row-"]').count()) === 1, 'a filer sees other units in the report');
  } finally {
    await context.close();
  }
});

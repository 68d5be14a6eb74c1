// The workbenches (issue 11 items 3, 5, 7): the filer's counts, returned reasons and 新建备案; the leader's cockpit in 亿元;
// the reviewer's counts with no ECharts chunk loaded. Screenshots: workbench-{filer,leader,reviewer}-{1366,375}.png.
import path from 'node:path';
import { BASE_URL, OUT_DIR, apiCall, assert, creditCode, login, newPage, realApiTest, sidewaysOverflow } from '../lib.mjs';

/** A string ECharts' own code holds (the attribute it puts on a chart's DOM node), whatever its chunk is called. */
const ECHARTS_MARKER = '_echarts_instance_';

/** Records every script the page loads, with whether its body is ECharts. */
function recordScripts(page) {
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const entry = { url: response.url(), echarts: /echarts/i.test(response.url()) };
    scripts.push(entry);
    try {
      if ((await response.text()).includes(ECHARTS_MARKER)) entry.echarts = true;
    } catch {
      // A redirect or an aborted load has no body.
    }
  });
  return scripts;
}

const countOf = async (tile) => Number((await tile.locator('.ant-statistic-content-value').innerText()).replace(/[^\d]/g, ''));

/** The page at both widths: nothing scrolls sideways; a screenshot of each. */
async function checkWidths(page, name, ready) {
  for (const [width, height] of [
    [1366, 768],
    [375, 812],
  ]) {
    await page.setViewportSize({ width, height });
    await ready();
    // antd's responsive grid and useIsMobile follow the resize a moment later (matchMedia listeners): measure once settled.
    let overflow = await sidewaysOverflow(page);
    for (let i = 0; i < 30 && overflow > 1; i++) {
      await page.waitForTimeout(100);
      overflow = await sidewaysOverflow(page);
    }
    assert(overflow <= 1, `${name} scrolls sideways by ${overflow}px at ${width}px`);
    await page.screenshot({ path: path.join(OUT_DIR, `workbench-${name}-${width}.png`), fullPage: true });
  }
}

realApiTest('workbench: the filer sees its four counts, the returned reasons with an edit link, and 新建备案', async (browser) => {
  const stamp = `${Date.now()}`.slice(-8);
  const projectName = `E2E 工作台退回 ${stamp}`;
  const filer = await newPage(browser, { width: 1366, height: 768 });
  const reviewer = await newPage(browser);
  try {
    const fp = filer.page;
    await login(fp, 'filer', 'Filer#2026-Demo');
    await fp.getByTestId('filer-workbench').waitFor({ state: 'visible' });
    await fp.locator('[data-testid="workbench-drafts"] .ant-statistic').waitFor({ state: 'visible' });
    const before = await countOf(fp.getByTestId('workbench-drafts'));

    // A draft, and a filing the reviewer returns with two lines of reasons.
    const chains = await apiCall(fp, 'GET', '/api/industry-chains');
    const body = (name) => ({
      projectName: name,
      investorName: `E2E 工作台科技有限公司 ${stamp}`,
      creditCode: creditCode(`91430700MB${stamp.slice(0, 6)}`),
      sourceRegionCode: '440000',
      industryChainId: chains[0].id,
      category: 'Industrial',
      stage: 'Signed',
      plannedTotalInvestment: 150_000_000,
      plannedFixedAssetInvestment: 75_000_000,
      constructionContent: '建设厂房',
      contactName: '王联系',
      contactPhone: '13800138000',
    });
    await apiCall(fp, 'POST', '/api/filings', body(`E2E 工作台草稿 ${stamp}`));
    const draft = await apiCall(fp, 'POST', '/api/filings', body(projectName));
    const submitted = await apiCall(fp, 'POST', `/api/filings/${draft.id}/submit`, { version: draft.version });
    await login(reviewer.page, 'reviewer', 'Reviewer#2026-Demo');
    await apiCall(reviewer.page, 'POST', `/api/filings/${submitted.id}/return`, { version: submitted.version, reasons: '请补充投资协议\n并更正计划总投资' });

    await fp.reload();
    const drafts = fp.getByTestId('workbench-drafts');
    await fp.locator('[data-testid="workbench-drafts"] .ant-statistic').waitFor({ state: 'visible' });
    assert((await countOf(drafts)) === before + 1, `drafts: ${await countOf(drafts)}, expected ${before + 1}`);
    const own = await apiCall(fp, 'GET', '/api/workbench/filer');
    for (const key of ['drafts', 'returned', 'underReview', 'approvedThisWeek']) {
      const tile = fp.getByTestId(`workbench-${key}`);
      assert((await countOf(tile)) === own[key], `${key} shows ${await countOf(tile)}, the API says ${own[key]}`);
      assert((await tile.evaluate((el) => el.tagName)) === 'A', `the ${key} tile is not a link`);
    }
    assert((await fp.getByTestId('workbench-create').innerText()).replace(/\s/g, '') === '新建备案', '新建备案 missing');

    // The returned filing is listed with its reasons (line breaks kept) and a link to its edit form.
    const item = fp.getByTestId('workbench-returned-item').filter({ hasText: projectName });
    await item.waitFor({ state: 'visible' });
    assert((await item.getByTestId('workbench-returned-reason').innerText()).includes('请补充投资协议\n并更正计划总投资'), 'the reasons are not shown as written');

    // The tiles are keyboard links with a visible focus ring.
    const returnedTile = fp.getByTestId('workbench-returned');
    await returnedTile.focus();
    const ring = await returnedTile.evaluate((el) => ({ visible: el.matches(':focus-visible'), outline: getComputedStyle(el).outlineStyle }));
    assert(ring.visible && ring.outline !== 'none', `no visible focus on a tile: ${JSON.stringify(ring)}`);
    await checkWidths(fp, 'filer', () => fp.getByTestId('workbench-returned-item').first().waitFor({ state: 'visible' }));

    await fp.setViewportSize({ width: 1366, height: 768 });
    await item.getByTestId('workbench-returned-edit').click();
    await fp.waitForURL(new RegExp(`/filings/${draft.id}/edit$`));

    // A count opens the list filtered by its status.
    await fp.goto(`${BASE_URL}/dashboard`);
    await fp.getByTestId('workbench-returned').press('Enter');
    await fp.waitForURL(/\/filings\?status=Returned$/);
    await fp.getByTestId('filings-table').locator('.ant-table-row').filter({ hasText: projectName }).waitFor({ state: 'visible' });
    assert((await fp.getByTestId('filings-status-filter').innerText()).includes('退回修改'), 'the status filter does not show 退回修改');

    await fp.goto(`${BASE_URL}/dashboard`);
    await fp.getByTestId('workbench-create').click();
    await fp.waitForURL(/\/filings\/new$/);
    assert(filer.errors.length === 0, `page errors: ${filer.errors.join(' | ')}`);
  } finally {
    await filer.context.close();
    await reviewer.context.close();
  }
});

realApiTest("workbench: the leader's cockpit shows the headline figures in 亿元 above the reserve list", async (browser) => {
  const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
  try {
    const scripts = recordScripts(page);
    await login(page, 'leader', 'Leader#2026-Demo');
    await page.getByTestId('leader-headline').waitFor({ state: 'visible' });
    const amount = page.getByTestId('headline-year-amount');
    await amount.locator('.ant-statistic').waitFor({ state: 'visible' });
    const headline = await apiCall(page, 'GET', '/api/workbench/leader');

    const year = await page.getByTestId('headline-year-count').innerText();
    assert(year.includes(`${headline.year}年备案项目`) && year.includes(String(headline.thisYear.count)), `year figure: ${year}`);
    const amountText = (await amount.innerText()).replace(/\s/g, '');
    assert(/计划总投资[\d,.]+亿元$/.test(amountText), `the planned investment is not in 亿元: ${amountText}`);
    const yi = amountText.match(/([\d,.]+)亿元$/)[1].replace(/,/g, '');
    assert(Number(yi) * 100_000_000 - headline.thisYear.plannedTotalInvestment < 1, `shows ${yi} 亿元, the API says ${headline.thisYear.plannedTotalInvestment} yuan`);
    assert((await page.getByTestId('headline-week').innerText()).includes('亿元'), 'the week figure has no 亿元 amount');
    assert((await page.getByTestId('headline-reserve').innerText()).includes(String(headline.reserveList.count)), 'the reserve list size is missing');
    await page.getByTestId('reserve-list').waitFor({ state: 'visible' });
    // Control for the reviewer's test below: the cockpit draws a chart, and the marker finds its chunk.
    await page.waitForLoadState('networkidle');
    assert(scripts.some((s) => s.echarts), 'the cockpit loaded no ECharts chunk (is the marker still right?)');

    await checkWidths(page, 'leader', () => page.getByTestId('reserve-list').waitFor({ state: 'visible' }));
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await context.close();
  }
});

realApiTest("workbench: the reviewer's workbench shows the counts and loads no ECharts chunk", async (browser) => {
  const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
  try {
    const scripts = recordScripts(page);
    await login(page, 'reviewer', 'Reviewer#2026-Demo');
    await page.getByTestId('review-counts').waitFor({ state: 'visible' });
    await page.locator('[data-testid="review-count-underReview"] .ant-statistic').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const counts = await apiCall(page, 'GET', '/api/review/counts');
    assert((await countOf(page.getByTestId('review-count-overdue'))) === counts.overdue, 'the overdue count differs from the API');
    assert((await page.getByTestId('review-count-underReview').getAttribute('href')) === '/review', 'a count does not link to the queue');
    assert((await page.locator('canvas').count()) === 0, 'the workbench draws a chart');
    const loaded = scripts.filter((s) => s.echarts).map((s) => s.url);
    assert(loaded.length === 0, `ECharts loaded on the reviewer's workbench: ${loaded.join(', ')}`);
    assert(scripts.length > 0, 'no scripts were recorded');

    await checkWidths(page, 'reviewer', () => page.getByTestId('review-counts').waitFor({ state: 'visible' }));
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await context.close();
  }
});

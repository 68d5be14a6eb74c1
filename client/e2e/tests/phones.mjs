// Phones (issue 11 item 4): what only a browser shows at 375×812 — the public header fits its 64 px, the publication page
// says 公示期 once, a filing's details put labels above values, the analysis keeps its amounts whole, nothing scrolls
// sideways; and at 1366×768 the detail grid keeps labels and the credit code on one line.
import path from 'node:path';
import { BASE_URL, OUT_DIR, apiCall, assert, login, newPage, realApiTest, sidewaysOverflow, test } from '../lib.mjs';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1366, height: 768 };

async function noSidewaysScroll(page, where) {
  const overflow = await sidewaysOverflow(page);
  assert(overflow <= 1, `${where} scrolls sideways by ${overflow}px at ${page.viewportSize()?.width}px`);
}

/** Every element of the box lies inside it, and no text in it is cut (scrollWidth <= clientWidth). */
async function contained(page, testId) {
  return page.getByTestId(testId).evaluate((box) => {
    const outer = box.getBoundingClientRect();
    const problems = [];
    const describe = (el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    for (const el of box.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < outer.left - 0.5 || r.right > outer.right + 0.5 || r.top < outer.top - 0.5 || r.bottom > outer.bottom + 0.5)
        problems.push(`${describe(el)} spills out (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)})`);
      if (el.scrollWidth > el.clientWidth + 0.5 && getComputedStyle(el).overflow !== 'visible') problems.push(`${describe(el)} is cut`);
    }
    return { height: outer.height, problems };
  });
}

test('phones: the public header fits its 64 px, title whole, and the staff sign-in is reachable by name', async (browser) => {
  for (const [lang, viewport] of [
    ['zh-CN', PHONE],
    ['en-US', PHONE],
    ['zh-CN', DESKTOP],
  ]) {
    const { context, page } = await newPage(browser, viewport);
    try {
      await page.goto(`${BASE_URL}/public/publications`);
      if (lang === 'en-US') await page.getByTestId('lang-en-US').click();
      await page.getByTestId('public-header').waitFor({ state: 'visible' });
      await page.waitForTimeout(300); // the segmented control's thumb settles
      const { height, problems } = await contained(page, 'public-header');
      assert(height === 64, `the public header is ${height}px high (${lang}, ${viewport.width}px)`);
      assert(problems.length === 0, `the public header (${lang}, ${viewport.width}px): ${problems.join('; ')}`);
      const login = page.getByTestId('public-login-link');
      const name = (await login.getAttribute('aria-label')) ?? (await login.innerText());
      assert(name.includes(lang === 'zh-CN' ? '工作人员登录' : 'Staff sign-in'), `the sign-in link's name is "${name}"`);
      await noSidewaysScroll(page, `the public list (${lang})`);
      if (viewport === PHONE) await page.screenshot({ path: path.join(OUT_DIR, `public-header-${lang}-375.png`) });
      await login.click();
      await page.waitForURL(/\/login/);
    } finally {
      await context.close();
    }
  }
});

realApiTest('phones: a publication says 公示期 once and its info box gives the text the width', async (browser) => {
  const { context, page } = await newPage(browser, PHONE);
  try {
    await page.goto(`${BASE_URL}/public/publications`);
    const latest = page.getByTestId('public-publication-item').first();
    await latest.waitFor({ state: 'visible' });
    assert(!(await page.locator('body').innerText()).includes('公示期：公示期'), 'the list says 公示期 twice');
    await latest.locator('a').first().click();
    await page.waitForURL(/\/public\/publications\/[0-9a-f-]+$/);
    const info = page.getByTestId('publication-info');
    await info.waitFor({ state: 'visible' });
    const text = await info.innerText();
    assert((text.match(/公示期/g) ?? []).length === 1, `the publication's info says 公示期 ${(text.match(/公示期/g) ?? []).length} times: ${text}`);
    const alert = page.locator('[data-testid^="objections-"]').first();
    const widths = await alert.evaluate((a) => ({
      alert: a.getBoundingClientRect().width,
      message: (a.querySelector('.ant-alert-content') ?? a).getBoundingClientRect().width,
    }));
    assert(widths.message >= widths.alert * 0.8, `the info box's text gets ${Math.round(widths.message)} of ${Math.round(widths.alert)}px`);
    await alert.getByTestId('public-objection-status-link').waitFor({ state: 'visible' });
    await noSidewaysScroll(page, 'the publication');
    await page.screenshot({ path: path.join(OUT_DIR, 'phones-publication-375.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

/** The label cell of a detail grid's item and its value cell, as boxes, and whether the label's text is on one line. */
async function itemBoxes(page, gridTestId, label) {
  return page.getByTestId(gridTestId).evaluate((grid, label) => {
    const cell = [...grid.querySelectorAll('.ant-descriptions-item-label')].find((c) => c.textContent?.trim() === label);
    if (!cell) return null;
    const row = cell.closest('tr');
    const index = [...row.children].indexOf(cell.closest('th, td'));
    // Horizontal: the value is the label's next cell; vertical: the cell below in the next row.
    const valueCell = cell.closest('th, td').nextElementSibling?.classList.contains('ant-descriptions-item-content')
      ? cell.closest('th, td').nextElementSibling
      : (cell.closest('th, td').nextElementSibling?.querySelector('.ant-descriptions-item-content') ?? row.nextElementSibling?.children[index]);
    const content = valueCell?.querySelector('.ant-descriptions-item-content') ?? valueCell;
    const lines = (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return { label: box(cell), value: box(content), labelLines: lines(cell), valueLines: lines(content), valueText: content.textContent };
  }, label);
}

realApiTest('phones: a filing detail puts labels above values at 375 px and keeps labels and the credit code on one line at 1366 px', async (browser) => {
  const desktop = await newPage(browser, DESKTOP);
  const phone = await newPage(browser, PHONE);
  try {
    await login(desktop.page, 'reviewer', 'Reviewer#2026-Demo');
    const list = await apiCall(desktop.page, 'GET', '/api/filings?page=1&pageSize=50');
    const filing = list.items.find((f) => f.plannedTotalInvestment) ?? list.items[0];
    assert(filing, 'the demo data has no filing');
    const full = await apiCall(desktop.page, 'GET', `/api/filings/${filing.id}`);

    await desktop.page.goto(`${BASE_URL}/review/${filing.id}`);
    await desktop.page.getByTestId('filing-fields').waitFor({ state: 'visible' });
    const columns = await desktop.page
      .getByTestId('filing-fields')
      .evaluate((g) => Math.max(...[...g.querySelectorAll('tr')].map((tr) => tr.querySelectorAll('.ant-descriptions-item-label').length)));
    assert(columns === 2, `the detail grid has ${columns} columns at 1366px`);
    for (const label of ['计划固定资产投资', '统一社会信用代码', '投资方企业名称', '项目阶段']) {
      const b = await itemBoxes(desktop.page, 'filing-fields', label);
      if (!b) continue; // a label the filing's fields do not show
      assert(b.labelLines === 1, `"${label}" breaks over ${b.labelLines} lines at 1366px`);
      assert(Math.abs(b.label.top - b.value.top) < 2, `"${label}" is not beside its value at 1366px`);
    }
    if (full.creditCode) {
      const b = await itemBoxes(desktop.page, 'filing-fields', '统一社会信用代码');
      assert(b && b.valueLines === 1, `the credit code ${full.creditCode} breaks over ${b?.valueLines} lines at 1366px`);
    }
    await noSidewaysScroll(desktop.page, 'the filing detail');

    await login(phone.page, 'reviewer', 'Reviewer#2026-Demo');
    await phone.page.goto(`${BASE_URL}/review/${filing.id}`);
    await phone.page.getByTestId('filing-fields').waitFor({ state: 'visible' });
    for (const label of ['计划固定资产投资', '项目名称', '统一社会信用代码']) {
      const b = await itemBoxes(phone.page, 'filing-fields', label);
      if (!b) continue;
      assert(b.label.bottom <= b.value.top + 1, `"${label}" is not above its value at 375px (label ${JSON.stringify(b.label)}, value ${JSON.stringify(b.value)})`);
      assert(b.labelLines === 1, `"${label}" breaks over ${b.labelLines} lines at 375px`);
    }
    await noSidewaysScroll(phone.page, 'the filing detail');
    await phone.page.screenshot({ path: path.join(OUT_DIR, 'phones-detail-375.png'), fullPage: true });
  } finally {
    await desktop.context.close();
    await phone.context.close();
  }
});

realApiTest('phones: the analysis and the reserve list keep their amounts whole at 375 px and read 亿元', async (browser) => {
  const { context, page } = await newPage(browser, PHONE);
  try {
    await login(page, 'leader', 'Leader#2026-Demo');
    await page.goto(`${BASE_URL}/analysis`);
    const groups = page.getByTestId('analysis-list'); // stacked rows on a phone, the table on a wide screen
    await groups.waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const cut = await groups.evaluate((t) =>
      [...t.querySelectorAll('[data-testid="analysis-amount"]')].filter((el) => {
        const r = el.getBoundingClientRect();
        const box = t.getBoundingClientRect();
        return el.scrollWidth > el.clientWidth + 0.5 || r.right > box.right + 0.5 || r.left < box.left - 0.5;
      }).length,
    );
    const amounts = await groups.getByTestId('analysis-amount').count();
    assert(amounts > 0, 'the analysis shows no amounts');
    assert(cut === 0, `${cut} of ${amounts} amounts in the analysis are cut at 375px`);
    assert((await page.locator('body').innerText()).includes('亿元'), 'the analysis does not read 亿元');
    await noSidewaysScroll(page, 'the analysis');
    await page.screenshot({ path: path.join(OUT_DIR, 'phones-analysis-375.png'), fullPage: true });

    await page.goto(`${BASE_URL}/reserve`);
    await page.getByTestId('reserve-list').waitFor({ state: 'visible' });
    await page.locator('[data-testid="reserve-empty"], [data-testid^="reserve-region-"]').first().waitFor({ state: 'visible' });
    const rule = await page.getByTestId('reserve-rule').innerText();
    assert(rule.includes('亿元'), `the reserve rule does not read 亿元: ${rule}`);
    await noSidewaysScroll(page, 'the reserve list');
    await page.screenshot({ path: path.join(OUT_DIR, 'phones-reserve-375.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

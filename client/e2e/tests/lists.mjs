// Lists (issue 11 items 3, 6, 9): project names are real links a keyboard opens, 下一条 and 返回队列 after a decision, the
// filing unit on the reviewer's detail, 状态 and 审核截止 visible at 1366 px, admin tables as cards on a phone.
import path from 'node:path';
import { BASE_URL, OUT_DIR, apiCall, assert, confirmAndPost, creditCode, login, newPage, realApiTest, sidewaysOverflow } from '../lib.mjs';

/** The filer submits `count` filings with long names through the API; answers their ids, oldest first. */
async function submitFilings(browser, stamp, count) {
  const { context, page } = await newPage(browser);
  try {
    await login(page, 'filer', 'Filer#2026-Demo');
    const chains = await apiCall(page, 'GET', '/api/industry-chains');
    const ids = [];
    for (let i = 0; i < count; i++) {
      const draft = await apiCall(page, 'POST', '/api/filings', {
        projectName: `E2E 列表 ${stamp}-${i} 常德经济技术开发区智能装备制造产业园二期暨配套研发中心建设项目`,
        investorName: `E2E 湖南列表科技有限公司 ${stamp}-${i}`,
        creditCode: creditCode(`91430700MA${stamp.slice(3, 8)}${i}`),
        sourceRegionCode: '440000',
        industryChainId: chains[0].id,
        category: 'Industrial',
        stage: 'Signed',
        plannedTotalInvestment: 150_000_000 + i,
        plannedFixedAssetInvestment: 100_000_000,
        constructionContent: '建设厂房',
        contactName: '王联系',
        contactPhone: '13800138000',
      });
      const submitted = await apiCall(page, 'POST', `/api/filings/${draft.id}/submit`, { version: draft.version });
      ids.push(submitted.id);
    }
    return ids;
  } finally {
    await context.close();
  }
}

realApiTest('lists: the keyboard opens a filing from the review queue, then 下一条 and 返回队列 keep the queue', async (browser) => {
  const stamp = `${Date.now()}`.slice(-8);
  const ids = await submitFilings(browser, stamp, 2);
  const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
  try {
    await login(page, 'reviewer', 'Reviewer#2026-Demo');
    // Latest submission first: this run's two filings lead the queue, the second one on top.
    await page.goto(`${BASE_URL}/review?sort=SubmittedAt&direction=Desc`);
    const first = page.getByTestId('queue-row-link').first();
    await first.waitFor({ state: 'visible' });
    assert((await page.getByTestId('list-empty').count()) === 0, 'the queue shows an empty state beside its rows');
    const firstId = await first.getAttribute('data-filing-id');
    assert(firstId === ids[1], `the queue does not start with this run's last filing (${firstId})`);
    assert((await first.getAttribute('href')) === `/review/${firstId}`, 'the project name is not a link to the filing (Ctrl-click would open nothing)');

    // 状态 (the deadline tags) and 审核截止 stay on the screen beside a long name at 1366 px.
    const header = page.locator('.ant-table-thead th', { hasText: '审核截止' });
    const box = await header.boundingBox();
    assert(box && box.x + box.width <= 1366, `审核截止 is off the screen at 1366 px (${JSON.stringify(box)})`);
    const nameBox = await first.boundingBox();
    assert(nameBox && nameBox.width <= 262, `a long project name is ${nameBox?.width}px wide, not cut`);
    await page.screenshot({ path: path.join(OUT_DIR, 'lists-queue-1366.png') });

    // Tab from the last filter control to the first project name, and Enter opens it.
    await page.getByRole('button', { name: /清除筛选/ }).focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await first.evaluate((el) => el === document.activeElement)) break;
    }
    assert(await first.evaluate((el) => el === document.activeElement), 'Tab does not reach the first project name');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/review/${firstId}$`));
    await page.getByTestId('filing-detail').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelector('[data-testid="filing-unit"]')?.textContent?.includes('武陵区'), null, { timeout: 15_000 }).catch(() => {});
    const unit = await page.getByTestId('filing-unit').innerText();
    assert(unit.includes('武陵区'), `the filing unit (载体单位) is not shown: ${unit}`);

    // Approve: 下一条 opens the next filing of the same queue, 返回队列 goes back with its filters.
    await confirmAndPost(page, 'review-approve', 'approve');
    await page.getByTestId('filing-status-Approved').waitFor({ state: 'visible' });
    await page.getByTestId('review-next-bar').waitFor({ state: 'visible' });
    await page.getByTestId('review-next').click();
    await page.waitForURL(new RegExp(`/review/${ids[0]}$`));
    await page.getByTestId('filing-status-UnderReview').waitFor({ state: 'visible' });

    await page.getByTestId('review-return').click();
    await page.getByTestId('decision-reason').fill('E2E 请补充投资协议');
    await page.getByTestId('decision-ok').click();
    await page.getByTestId('filing-status-Returned').waitFor({ state: 'visible' });
    await page.getByTestId('review-back-to-queue').click();
    await page.waitForURL(/\/review\?sort=SubmittedAt&direction=Desc$/);
    await page.getByTestId('queue-row-link').first().waitFor({ state: 'visible' });
    const left = await page.locator(`[data-testid="queue-row-link"][data-filing-id="${ids[0]}"], [data-testid="queue-row-link"][data-filing-id="${ids[1]}"]`).count();
    assert(left === 0, 'a decided filing is still in the queue');
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await context.close();
  }
});

realApiTest('lists: the filer’s project names are links, admin tables are cards on a phone', async (browser) => {
  const filer = await newPage(browser, { width: 1366, height: 768 });
  try {
    await login(filer.page, 'filer', 'Filer#2026-Demo');
    await filer.page.goto(`${BASE_URL}/filings`);
    const link = filer.page.getByTestId('filing-row-link').first();
    await link.waitFor({ state: 'visible' });
    assert(/^\/filings\/[0-9a-f-]{36}$/.test((await link.getAttribute('href')) ?? ''), 'a filing name is not a link to /filings/:id');
    const search = filer.page.locator('input[data-testid="filings-search"], [data-testid="filings-search"] input').first();
    await search.fill('没有这个项目-E2E');
    await search.press('Enter');
    await filer.page.getByTestId('list-empty').waitFor({ state: 'visible' });
    assert((await filer.page.getByTestId('list-empty').innerText()).includes('没有符合条件'), 'no “nothing matches” state');
  } finally {
    await filer.context.close();
  }

  const admin = await newPage(browser, { width: 1366, height: 768 });
  try {
    await login(admin.page, 'admin', 'Admin#2026-Demo');
    await admin.page.setViewportSize({ width: 375, height: 812 });
    for (const route of ['/units', '/users', '/admin/associations', '/api-keys', '/audit']) {
      await admin.page.goto(`${BASE_URL}${route}`);
      // Cards, or (a fresh database has no associations) the empty state with its create button.
      await admin.page.locator('[data-testid="list-card"], [data-testid="list-empty"]').first().waitFor({ state: 'visible' }).catch(async (e) => {
        await admin.page.screenshot({ path: path.join(OUT_DIR, 'lists-cards-failed.png') });
        throw new Error(`${route}: no cards on a phone (${e.message.split('\n')[0]})`);
      });
      assert((await admin.page.locator('.ant-table').count()) === 0, `${route} still shows a table on a phone`);
      const overflow = await sidewaysOverflow(admin.page);
      assert(overflow <= 1, `${route} scrolls sideways by ${overflow}px at 375 px`);
    }
    await admin.page.goto(`${BASE_URL}/users`);
    await admin.page.getByTestId('list-card').first().waitFor({ state: 'visible' });
    await admin.page.screenshot({ path: path.join(OUT_DIR, 'lists-users-375.png') });
  } finally {
    await admin.context.close();
  }
});

// The filing form on a phone (issue 11 item 1): one round of validation, the first bad field below the sticky header,
// no stray draft, and a save that is announced when the submission after it fails.
import path from 'node:path';
import { apiCall, assert, BASE_URL, creditCode, OUT_DIR, pick, pickTree, realApiTest, sidewaysOverflow } from '../lib.mjs';
import { newPage } from '../lib.mjs';

const PHONE = { width: 375, height: 812 };

const REQUIRED = [
  '请填写“项目名称”。',
  '请填写“产业链”。',
  '请填写“项目类别”。',
  '请填写“项目阶段”。',
  '请填写“计划总投资”。',
  '请填写“计划固定资产投资”。',
  '请填写“建设内容”。',
  '请填写“投资方企业名称”。',
  '请填写“投资来源区域”。',
  '请填写“统一社会信用代码”。',
  '请填写“联系人”。',
  '请填写“联系电话”。',
];

async function phoneLogin(browser) {
  const { context, page, errors } = await newPage(browser, PHONE);
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-username').fill('filer');
  await page.getByTestId('login-password').fill('Filer#2026-Demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('menu-toggle').waitFor({ state: 'visible' });
  return { context, page, errors };
}

const filingCount = async (page) => (await apiCall(page, 'GET', '/api/filings?page=1&pageSize=1')).totalCount;

/** Waits until the element stops moving (a smooth scroll has ended) and returns its box. */
async function settledBox(locator) {
  let last = await locator.boundingBox();
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const box = await locator.boundingBox();
    if (box && last && Math.abs(box.y - last.y) < 0.5) return box;
    last = box;
  }
  return last;
}

async function openNewForm(page) {
  await page.goto(`${BASE_URL}/filings/new`);
  await page.getByTestId('filing-form').waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
}

realApiTest('form: on a phone an empty submission shows every missing field at once, the first below the header, and saves nothing', async (browser) => {
  const { context, page, errors } = await phoneLogin(browser);
  try {
    const before = await filingCount(page);
    await openNewForm(page);

    // Scrolled down to the buttons, as a filer is when tapping 提交审核.
    await page.getByTestId('filing-submit').scrollIntoViewIfNeeded();
    await page.getByTestId('filing-submit').click();

    const shown = page.locator('.ant-form-item-explain-error');
    await page.waitForFunction((n) => document.querySelectorAll('.ant-form-item-explain-error').length >= n, REQUIRED.length);
    const texts = await shown.allInnerTexts();
    for (const m of REQUIRED) assert(texts.includes(m), `"${m}" not shown in the first round; shown: ${texts.join(' | ')}`);
    assert(texts.length === REQUIRED.length, `expected ${REQUIRED.length} errors in one round, got ${texts.length}: ${texts.join(' | ')}`);
    await page.locator('.ant-message-warning', { hasText: '请补全标红的必填项后再提交' }).waitFor({ state: 'visible' });

    // The first bad field (项目名称), with its label, is in view and not under the sticky header.
    const item = page.locator('.ant-form-item', { has: page.getByTestId('filing-projectName') });
    const field = await settledBox(item);
    const header = await page.locator('.app-header').boundingBox();
    assert(field && header, 'no box for the field or the header');
    const headerBottom = header.y + header.height;
    assert(field.y >= headerBottom - 0.5, `the first bad field starts at ${field.y}px, under the header that ends at ${headerBottom}px`);
    assert(field.y + field.height <= PHONE.height, `the first bad field ends at ${field.y + field.height}px, below the screen`);
    const label = await page.locator('label[for="projectName"]').boundingBox();
    assert(label && label.y >= headerBottom - 0.5, 'the label of the first bad field is under the header');
    const error = await item.locator('.ant-form-item-explain-error').boundingBox();
    assert(error && error.y >= headerBottom && error.y + error.height <= PHONE.height, 'the first error message is not visible');
    assert((await sidewaysOverflow(page)) <= 1, 'the form scrolls sideways at 375px');
    await page.screenshot({ path: path.join(OUT_DIR, 'form-375-errors.png') });

    // Nothing was saved: still /filings/new, and no new filing in the list.
    assert(new URL(page.url()).pathname === '/filings/new', `the URL moved to ${page.url()}`);
    assert((await filingCount(page)) === before, 'a failed submission saved a draft');
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await context.close();
  }
});

realApiTest('form: a submission that fails after the save leaves an announced draft at its own URL', async (browser) => {
  const { context, page } = await phoneLogin(browser);
  try {
    const stamp = String(Date.now());
    await openNewForm(page);
    const projectName = `E2E 表单项目 ${stamp}`;
    await page.getByTestId('filing-projectName').fill(projectName);
    await pick(page, 'filing-industryChainId');
    await pick(page, 'filing-category', '工业');
    await pick(page, 'filing-stage', '签约');
    await page.getByTestId('filing-plannedTotalInvestment').fill('20000');
    await page.getByTestId('filing-plannedFixedAssetInvestment').fill('10000');
    await page.getByTestId('filing-constructionContent').fill('建设生产线。');
    await page.getByTestId('filing-investorName').fill(`E2E 投资方 ${stamp}`);
    await pickTree(page, 'filing-sourceRegionCode', '北京');
    await page.getByTestId('filing-creditCode').fill(creditCode(`91110000MA${stamp.slice(-6)}`));
    await page.getByTestId('filing-contactName').fill('王联系');
    await page.getByTestId('filing-contactPhone').fill('13800138000');

    // The connection drops after the draft is saved, before the submission reaches the server.
    await page.route('**/api/filings/*/submit', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('filing-submit').click();

    await page.getByTestId('filing-saved-not-submitted').waitFor({ state: 'visible' });
    await page.waitForURL(/\/filings\/[0-9a-f-]{36}\/edit$/);
    const id = new URL(page.url()).pathname.split('/')[2];
    const saved = await apiCall(page, 'GET', `/api/filings/${id}`);
    assert(saved.status === 'Draft' && saved.projectName === projectName, `the saved filing is ${saved.status} ${saved.projectName}`);
    await page.screenshot({ path: path.join(OUT_DIR, 'form-375-saved-not-submitted.png') });

    // Submitting again from the draft's address works.
    await page.unroute('**/api/filings/*/submit');
    await page.getByTestId('filing-submit').click();
    await page.waitForURL(new RegExp(`/filings/${id}$`));
    await page.getByTestId('filing-status-UnderReview').waitFor({ state: 'visible' });
  } finally {
    await context.close();
  }
});

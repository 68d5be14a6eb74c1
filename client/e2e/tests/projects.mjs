// Project tracking (issue 13 item 5): a filer's 项目跟踪 list and a project's page (on a desktop and at 375 px), the reviewers'
// 核实队列 with its overdue rows and export, and the way between an approved filing and its project. Runs on the demo data
// (DemoProjects seeds verification tasks due later, today and overdue on both filers' units).
import path from 'node:path';
import { BASE_URL, EVIDENCE_PDF, OUT_DIR, apiCall, assert, creditCode, login, newPage, noErrorToasts, realApiTest, sidewaysOverflow } from '../lib.mjs';

const PHONE = { width: 375, height: 812 };

realApiTest('projects: a filer opens 项目跟踪, sees progress and what is due, opens a project and its timeline', async (browser) => {
  const { context, page, errors } = await newPage(browser);
  try {
    await login(page, 'filer', 'Filer#2026-Demo');
    await page.getByTestId('nav-projects').click();
    const table = page.getByTestId('projects-table');
    await table.getByTestId('project-row-link').first().waitFor({ state: 'visible' });
    assert((await table.getByTestId('stage-progress').count()) > 0, 'the project list shows no stage progress');
    assert((await table.getByTestId('project-open-verifications').count()) > 0, 'no project of the filer shows work waiting for verification');
    const name = (await table.getByTestId('project-row-link').first().innerText()).trim();

    // 导入月报 from the list: the dialog offers the template, which downloads as .xlsx.
    await page.getByTestId('projects-import-reports').click();
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-import-template').click()]);
    assert(template.suggestedFilename().endsWith('.xlsx'), `the report template is ${template.suggestedFilename()}`);
    await page.keyboard.press('Escape');

    await table.getByTestId('project-row-link').first().click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const project = page.getByTestId('project-page');
    await project.waitFor({ state: 'visible' });
    assert((await project.innerText()).includes(name), `the project page does not name ${name}`);
    await page.getByTestId('project-facts').waitFor({ state: 'visible' });
    await page.locator('[data-testid="timeline-line"][data-kind="project"]').first().waitFor({ state: 'visible' });

    // Its filing, and back from an approved filing to its project.
    await page.getByTestId('project-filing-link').click();
    await page.getByTestId('filing-detail').waitFor({ state: 'visible' });
    await page.getByTestId('filing-project-link').click();
    await page.getByTestId('project-page').waitFor({ state: 'visible' });
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await context.close();
  }
});

realApiTest('projects: at 375 px the list is cards and the project page fits the screen', async (browser) => {
  const { context, page } = await newPage(browser, PHONE);
  try {
    await login(page, 'filer', 'Filer#2026-Demo');
    await page.goto(`${BASE_URL}/projects`);
    const cards = page.locator('[data-testid="projects-table"].responsive-table');
    await cards.getByTestId('project-row-link').first().waitFor({ state: 'visible' });
    let overflow = await sidewaysOverflow(page);
    assert(overflow <= 1, `the project list scrolls sideways by ${overflow}px at 375 px`);
    await cards.getByTestId('project-row-link').first().click();
    await page.getByTestId('project-timeline').waitFor({ state: 'visible' });
    overflow = await sidewaysOverflow(page);
    assert(overflow <= 1, `the project page scrolls sideways by ${overflow}px at 375 px`);
  } finally {
    await context.close();
  }
});

realApiTest('projects: a reviewer opens 核实队列, sees overdue rows first, exports it and opens a project', async (browser) => {
  const { context, page, errors } = await newPage(browser);
  try {
    await login(page, 'reviewer', 'Reviewer#2026-Demo');
    await page.getByTestId('nav-verification-queue').click();
    await page.waitForURL(/\/review\/verification/);
    const table = page.getByTestId('verification-table');
    await table.getByTestId('verification-row-link').first().waitFor({ state: 'visible' });
    const rows = table.locator('tbody tr.ant-table-row');
    assert((await rows.count()) >= 4, `the verification queue has ${await rows.count()} rows`);
    assert((await rows.first().getAttribute('class'))?.includes('row-overdue'), 'the first row (soonest deadline) is not an overdue one');

    const download = page.waitForEvent('download');
    await page.getByTestId('verification-export').click();
    const file = await download;
    assert(file.suggestedFilename().endsWith('.xlsx'), `the export is ${file.suggestedFilename()}`);

    await table.getByTestId('verification-row-link').first().click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByTestId('project-page').waitFor({ state: 'visible' });
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await context.close();
  }
});

/** A 1×1 PNG: the photo of the signing (the server checks the file's signature, not only its name). */
const PHOTO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Today in China time, as YYYY-MM-DD (milestone dates are China dates). */
function chinaToday() {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The funds class an investor's source region allows (home city 430700 常德, province 43): null for a home-province investor. */
function fundsFieldOf(code) {
  if (!code) return null;
  if (/^[A-Z]{2}$/.test(code)) return 'foreign';
  if (/^(71|81|82)/.test(code)) return 'hongKongMacaoTaiwan';
  if (/^[1-9][0-9]{5}$/.test(code) && !code.startsWith('43')) return 'domesticOutsideProvince';
  return null;
}

/** 亿元 text of the dashboard (`1,234.5 亿元`, `— 亿元` for none) in fen, exact. */
function yiTextToFen(text) {
  const number = text.replace(/亿元|,|\s/g, '');
  if (number === '—' || number === '') return 0n;
  const [whole, frac = ''] = number.split('.');
  return BigInt(whole) * 10_000_000_000n + BigInt((frac + '0000000000').slice(0, 10));
}

/** The leader's 项目推进 figures on the 领导驾驶舱: signed counts and the verified funds total (fen). */
async function readProgress(page) {
  await page.goto(`${BASE_URL}/`);
  const card = page.getByTestId('project-progress');
  await card.getByTestId('progress-signed').waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  const count = async (key) => Number((await card.getByTestId(`progress-${key}`).locator('.ant-statistic-content-value').innerText()).replace(/,/g, ''));
  return {
    signed: await count('signed'),
    signed1: await count('signed1'),
    signed5: await count('signed5'),
    fundsFen: yiTextToFen(await card.getByTestId('progress-funds-total').innerText()),
  };
}

/** Opens 项目跟踪 from the phone's menu drawer, searches for the project and opens it. */
async function openTrackedProject(page, name) {
  await page.getByTestId('menu-toggle').click();
  await page.getByTestId('nav-projects').click();
  await page.waitForURL(/\/projects(\?|$)/);
  await page.getByLabel('项目或投资方名称').fill(name);
  await page.getByLabel('项目或投资方名称').press('Enter');
  const cards = page.locator('[data-testid="projects-table"].responsive-table');
  const link = cards.getByTestId('project-row-link').filter({ hasText: name });
  await link.first().waitFor({ state: 'visible' });
  await link.first().click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  await page.getByTestId('project-page').waitFor({ state: 'visible' });
}

/** The reviewer opens 核实队列 (desktop), finds the row of the project with the subject, and opens its project. */
async function openFromVerificationQueue(page, name, subject) {
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('nav-verification-queue').click();
  await page.waitForURL(/\/review\/verification/);
  const table = page.getByTestId('verification-table');
  await table.getByTestId('verification-row-link').first().waitFor({ state: 'visible' });
  const row = table.locator('tbody tr.ant-table-row', { hasText: name }).filter({ hasText: subject });
  await row.first().waitFor({ state: 'visible' });
  await row.first().getByTestId('verification-row-link').click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  await page.getByTestId('project-page').waitFor({ state: 'visible' });
}

/**
 * A project of the filer's unit and an ended month of this year to report its funds for: approved no later than that month
 * (nothing is reported before the approval's month), going on, its investor outside the home province (the other classes are
 * all zero), and no funds report of that month yet. A project approved today cannot take one, so the demo data's older
 * approvals serve (数字经济产业大厦, 杭州, approved five weeks ago). Null in January (no month of this year has ended).
 */
async function fundsTarget(page) {
  const today = chinaToday();
  const year = Number(today.slice(0, 4));
  const lastMonth = Number(today.slice(5, 7)) - 1;
  const list = await apiCall(page, 'GET', '/api/projects?pageSize=100&status=Active');
  for (const p of list.items) {
    const field = fundsFieldOf(p.sourceRegionCode);
    if (!field) continue;
    const [ay, am] = p.approvedOn.slice(0, 7).split('-').map(Number);
    const reports = await apiCall(page, 'GET', `/api/projects/${p.id}/reports?kind=FundsInPlace`);
    for (let month = lastMonth; month >= 1; month--) {
      if (year < ay || (year === ay && month < am)) break;
      if (!reports.some((r) => r.year === year && r.month === month)) return { project: p, field, year, month };
    }
  }
  return null;
}

// Issue 13's phone flow: a filer at 375 px reports 签约 (agreement amount and a photo) on a newly approved project; the reviewer
// confirms it from 核实队列; the filer reports a month's funds in place (bank slip); the reviewer verifies it from 核实队列; the
// leader's 项目推进 shows one more industrial project signed (≥ 10亿: 15亿) and the funds total up by the amount.
realApiTest('projects: a filer on a phone reports 签约 and a month\'s funds, the reviewer confirms both, the leader\'s 项目推进 counts them', async (browser) => {
  const stamp = `${Date.now()}`.slice(-8);
  const projectName = `E2E 手机上报签约项目 ${stamp}`;
  const agreementWan = '150000'; // 15亿: counts in 其中协议投资≥10亿 too
  const fundsWan = '321.5'; // 3,215,000 元
  const fundsFen = 321_5000_00n; // 321.5 万元 in fen
  const filer = await newPage(browser, PHONE);
  const reviewer = await newPage(browser);
  const leader = await newPage(browser);
  try {
    const fp = filer.page;
    const rp = reviewer.page;
    const lp = leader.page;
    await login(lp, 'leader', 'Leader#2026-Demo');
    const before = await readProgress(lp);

    // Setup through the API: an industrial project in 洽谈 from 广东, filed, submitted and approved.
    await login(fp, 'filer', 'Filer#2026-Demo');
    await login(rp, 'reviewer', 'Reviewer#2026-Demo');
    const chains = await apiCall(fp, 'GET', '/api/industry-chains');
    const draft = await apiCall(fp, 'POST', '/api/filings', {
      projectName,
      investorName: `E2E 广东签约科技有限公司 ${stamp}`,
      creditCode: creditCode(`91440300MA${stamp.slice(2, 8)}`),
      sourceRegionCode: '440000',
      industryChainId: chains[0].id,
      category: 'Industrial',
      stage: 'Negotiating',
      plannedTotalInvestment: 1_600_000_000,
      plannedFixedAssetInvestment: 1_200_000_000,
      constructionContent: '建设智能终端生产线',
      contactName: '王联系',
      contactPhone: '13800138000',
    });
    const submitted = await apiCall(fp, 'POST', `/api/filings/${draft.id}/submit`, { version: draft.version });
    await apiCall(rp, 'POST', `/api/filings/${submitted.id}/approve`, { version: submitted.version });
    const target = await fundsTarget(fp);
    assert(target || chinaToday().slice(5, 7) === '01', 'no project of the filer\'s unit can take a funds report for an ended month of this year (the demo data\'s are used up: run against a fresh database)');

    // 1–2. The filer opens 项目跟踪 and the project, and reports 签约 with the agreement amount and a photo.
    await fp.goto(`${BASE_URL}/`);
    await openTrackedProject(fp, projectName);
    await fp.getByTestId('milestone-report').click();
    await fp.getByTestId('milestone-occurredOn').fill(chinaToday());
    await fp.getByTestId('milestone-amountWan').fill(agreementWan);
    await fp.getByTestId('milestone-evidence').setInputFiles({ name: '签约现场.png', mimeType: 'image/png', buffer: PHOTO_PNG });
    await fp.getByTestId('milestone-dialog-ok').click();
    const signed = fp.getByTestId('milestone-Signed');
    await signed.waitFor({ state: 'visible' });
    assert((await signed.innerText()).includes('待确认'), 'the reported 签约 is not shown as 待确认');
    assert((await signed.innerText()).includes('150,000'), 'the reported 签约 does not show its agreement amount');
    await fp.getByTestId('project-facts').getByText('1 项待核实').waitFor({ state: 'visible' });
    const projectId = fp.url().split('/').pop();
    const evidence = await apiCall(fp, 'GET', `/api/projects/${projectId}/evidence?subject=Milestone`);
    assert(JSON.stringify(evidence).includes('签约现场.png'), `the photo was not stored with the milestone: ${JSON.stringify(evidence).slice(0, 300)}`);
    assert((await sidewaysOverflow(fp)) <= 1, 'the project page scrolls sideways at 375 px');
    await noErrorToasts(fp, 'to the filer reporting 签约');

    // 3. The reviewer finds the task in 核实队列 (项目节点), opens the project and confirms; the queue no longer lists it.
    await openFromVerificationQueue(rp, projectName, '项目节点');
    await rp.getByTestId('milestone-Signed').getByTestId('milestone-confirm').click();
    await rp.getByTestId('milestone-Signed').getByText('已确认').waitFor({ state: 'visible' });
    await rp.getByTestId('project-facts').getByText('150,000').waitFor({ state: 'visible' });
    await noErrorToasts(rp, 'to the reviewer confirming 签约');
    await rp.getByTestId('nav-verification-queue').click();
    await rp.getByTestId('verification-table').getByTestId('verification-row-link').first().waitFor({ state: 'visible' });
    // The list may first show what it held before (cached) while it asks again: wait for the row to go, not for one reading.
    await rp.getByTestId('verification-table').locator('tbody tr.ant-table-row', { hasText: projectName }).first()
      .waitFor({ state: 'detached' })
      .catch(() => assert(false, 'the confirmed 签约 is still in 核实队列'));

    // 4. The filer reports the funds of an ended month (bank slip), on a project approved before that month.
    if (target) {
      await fp.goto(`${BASE_URL}/`);
      await openTrackedProject(fp, target.project.projectName);
      const panel = fp.getByTestId('reports-panel');
      await panel.getByTestId('report-month').click();
      const form = fp.getByTestId('report-form');
      await form.locator('.ant-picker').click();
      await fp
        .locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-cell-in-view .ant-picker-cell-inner')
        .filter({ hasText: new RegExp(`^${target.month}月$`) })
        .click();
      await fp.getByTestId(`report-${target.field}`).fill(fundsWan);
      await fp.getByTestId('report-evidence').setInputFiles({ name: '银行回单.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
      await fp.getByTestId('report-submit').click();
      const line = panel.getByTestId(`report-${target.year}-${target.month}-r1`);
      await line.waitFor({ state: 'visible' });
      assert((await line.innerText()).includes('待核实') && (await line.innerText()).includes('321.5'), `the report reads: ${await line.innerText()}`);
      assert((await sidewaysOverflow(fp)) <= 1, 'the project page scrolls sideways at 375 px after the report');
      const slips = await apiCall(fp, 'GET', `/api/projects/${target.project.id}/evidence?subject=FundsReport`);
      assert(JSON.stringify(slips).includes('银行回单.pdf'), 'the bank slip was not stored with the report');
      await noErrorToasts(fp, 'to the filer reporting funds');

      // 5. The reviewer verifies it from 核实队列 (到位资金).
      await openFromVerificationQueue(rp, target.project.projectName, '到位资金');
      const toVerify = rp.getByTestId('reports-panel').getByTestId(`report-${target.year}-${target.month}-r1`);
      await toVerify.getByTestId('report-verify').click();
      await toVerify.getByText('已核实').waitFor({ state: 'visible' });
      await noErrorToasts(rp, 'to the reviewer verifying funds');
    }

    // 6. The leader's 项目推进: one more signed (≥ 10亿, not ≥ 50亿), the funds total up by the amount.
    const after = await readProgress(lp);
    await lp.screenshot({ path: path.join(OUT_DIR, 'leader-progress-375-flow.png'), fullPage: true });
    assert(after.signed === before.signed + 1, `新签约工业项目 went from ${before.signed} to ${after.signed}`);
    assert(after.signed1 === before.signed1 + 1, `其中协议投资≥10亿 went from ${before.signed1} to ${after.signed1}`);
    assert(after.signed5 === before.signed5, `其中协议投资≥50亿 went from ${before.signed5} to ${after.signed5}`);
    const expected = before.fundsFen + (target ? fundsFen : 0n);
    assert(after.fundsFen === expected, `实际到位资金 went from ${before.fundsFen} to ${after.fundsFen} fen, expected ${expected}`);
    const errors = [...filer.errors, ...reviewer.errors, ...leader.errors];
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await filer.context.close();
    await reviewer.context.close();
    await leader.context.close();
  }
});

// Issue 14 end to end: an association's user records a lead in its portal (on a phone); the center asks its opinion, it
// answers, and the center assigns the lead to 武陵区; the unit files the project with the lead linked, which proposes the
// association's credit, and the reviewer confirms it; then the yearly reward calculation: the reviewer recalculates last
// year (a new revision of the demo's approved one), confirms a pending project's impact, submits; the leader approves; the
// association sees its approved lines. A project filed today has no ended month to report funds for, so the reward half runs
// on the demo's last year (DemoRewards: verified funds of 2025 credited to 北京常德商会, one project's impact pending).
import { apiCall, assert, BASE_URL, creditCode, login, newPage, pick, realApiTest, sidewaysOverflow } from '../lib.mjs';

const PHONE = { width: 375, height: 812 };

realApiTest('associations: a lead from the portal is assessed, assigned, filed and credited; the year\'s rewards are approved and the association sees them', async (browser) => {
  const stamp = `${Date.now()}`.slice(-8);
  const company = `E2E 线索企业 ${stamp}`;
  const association = await newPage(browser, PHONE);
  const reviewer = await newPage(browser);
  const filer = await newPage(browser);
  const leader = await newPage(browser);
  try {
    const ap = association.page;
    const rp = reviewer.page;
    await login(ap, 'association', 'Assoc#2026-Demo');
    await login(rp, 'reviewer', 'Reviewer#2026-Demo');

    // 1. The association records a lead in its portal, at 375 px.
    await ap.goto(`${BASE_URL}/association`);
    const leads = ap.getByTestId('portal-leads');
    await leads.getByTestId('lead-new').click();
    await ap.getByTestId('lead-company').fill(company);
    await ap.getByTestId('lead-amount').fill('300000000');
    await ap.getByTestId('lead-known').fill('拟在常德投资建设新能源电池项目，已与投资方初步接触。');
    await ap.getByTestId('lead-save').click();
    await leads.getByTestId('portal-lead-list').getByText(company).first().waitFor({ state: 'visible' });
    const overflow = await sidewaysOverflow(ap);
    assert(overflow <= 1, `the portal scrolls sideways by ${overflow}px at 375 px`);

    // 2. The center finds it and asks the association's opinion.
    const openLead = async () => {
      await rp.goto(`${BASE_URL}/leads`);
      await rp.getByTestId('leads-search').fill(company);
      await rp.getByTestId('leads-search').press('Enter');
      await rp.getByTestId('leads-table').getByTestId('lead-open').filter({ hasText: company }).first().click();
      await rp.getByTestId('lead-detail').waitFor({ state: 'visible' });
    };
    await openLead();
    await rp.getByTestId('lead-request-opinion').click();
    await pick(rp, 'lead-opinion-associations', '北京常德商会', { exact: true });
    await rp.getByTestId('lead-opinion-question').fill('请了解投资方实力及落地意向。');
    await rp.getByTestId('lead-action-ok').click();
    await rp.getByTestId('lead-action-ok').waitFor({ state: 'hidden' });

    // 3. The association answers in its portal.
    await ap.reload();
    const request = ap.getByTestId('opinion-request').filter({ hasText: company });
    await request.first().waitFor({ state: 'visible' });
    await request.first().getByTestId('opinion-answer').fill('投资方为行业龙头，意向明确，建议尽快对接。');
    await request.first().getByTestId('opinion-submit').click();
    await request.first().waitFor({ state: 'hidden' });

    // 4. The center reads the answer in the assessment record and assigns the lead to 武陵区.
    await openLead();
    await rp.getByTestId('lead-opinion').filter({ hasText: '行业龙头' }).first().waitFor({ state: 'visible' });
    await rp.getByTestId('lead-assign').click();
    await pick(rp, 'lead-assign-unit', '武陵区');
    await rp.getByTestId('lead-action-ok').click();
    await rp.getByTestId('lead-action-ok').waitFor({ state: 'hidden' });

    // 5. The unit files the project with the lead linked and submits; the reviewer approves.
    const fp = filer.page;
    await login(fp, 'filer', 'Filer#2026-Demo');
    const assigned = await apiCall(fp, 'GET', `/api/leads?status=Assigned&search=${encodeURIComponent(company)}&page=1&pageSize=5`);
    const lead = assigned.items.find((l) => l.companyName === company);
    assert(lead, `the filer does not see the lead assigned to its unit (${company})`);
    const chains = await apiCall(fp, 'GET', '/api/industry-chains');
    const draft = await apiCall(fp, 'POST', '/api/filings', {
      projectName: `E2E 线索落地项目 ${stamp}`,
      investorName: company,
      creditCode: creditCode(`91440300MB${stamp.slice(2, 8)}`),
      sourceRegionCode: '440000',
      industryChainId: chains[0].id,
      category: 'Industrial',
      stage: 'Negotiating',
      plannedTotalInvestment: 300_000_000,
      plannedFixedAssetInvestment: 200_000_000,
      constructionContent: '建设新能源电池生产线',
      contactName: '王联系',
      contactPhone: '13800138000',
      leadId: lead.id,
    });
    const submitted = await apiCall(fp, 'POST', `/api/filings/${draft.id}/submit`, { version: draft.version });
    await apiCall(rp, 'POST', `/api/filings/${submitted.id}/approve`, { version: submitted.version });

    // 6. The lead's source became the proposed credit: the reviewer confirms it on the filing.
    await rp.goto(`${BASE_URL}/review/${submitted.id}`);
    const card = rp.getByTestId('credit-card');
    await card.getByText('北京常德商会').first().waitFor({ state: 'visible' });
    await card.getByTestId('credit-confirm').first().click();
    await card.getByTestId('credit-confirm').waitFor({ state: 'hidden' });
    const credits = await apiCall(rp, 'GET', `/api/filings/${submitted.id}/credits`);
    assert(credits.some((c) => c.status === 'Confirmed' && c.source === 'Lead'), `the lead's credit is not confirmed: ${JSON.stringify(credits)}`);

    // 7. Last year's rewards: a new revision of the approved calculation, a pending impact confirmed, recalculated, submitted.
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear() - 1;
    await rp.goto(`${BASE_URL}/rewards`);
    await pick(rp, 'reward-year', String(year));
    await rp.getByTestId('reward-calculate').click();
    await rp.getByTestId('reward-status').filter({ hasText: '草稿' }).waitFor({ state: 'visible' });
    const pending = rp.getByTestId('reward-impact-confirm');
    if (await pending.count()) {
      await pending.first().click();
      await rp.getByTestId('reward-calculate').click();
    }
    await rp.getByTestId('reward-lines').getByTestId('reward-outcome').first().waitFor({ state: 'visible' });
    await rp.getByTestId('reward-submit').click();
    await rp.getByTestId('reward-status').filter({ hasText: '待批准' }).waitFor({ state: 'visible' });

    // 8. The leader approves it.
    const lp = leader.page;
    await login(lp, 'leader', 'Leader#2026-Demo');
    await lp.goto(`${BASE_URL}/rewards`);
    await pick(lp, 'reward-year', String(year));
    await lp.getByTestId('reward-approve').click();
    await lp.getByTestId('reward-status').filter({ hasText: '已批准' }).waitFor({ state: 'visible' });

    // 9. The association sees its approved lines of that year.
    await ap.reload();
    const rewards = ap.getByTestId(`portal-reward-year-${year}`);
    await rewards.waitFor({ state: 'visible' });
    assert((await rewards.getByTestId('portal-reward-line').count()) > 0, `the association sees no reward line of ${year}`);
  } finally {
    for (const p of [association, reviewer, filer, leader]) await p.context.close();
  }
});

realApiTest('credit: a filer names an ambassador as the recommender, the reviewer confirms it, and the ambassador\'s record lists the project', async (browser) => {
  const stamp = `${Date.now()}`.slice(-8);
  const projectName = `E2E 大使引荐项目 ${stamp}`;
  const filer = await newPage(browser);
  const reviewer = await newPage(browser);
  const admin = await newPage(browser);
  try {
    const fp = filer.page;
    const rp = reviewer.page;
    await login(fp, 'filer', 'Filer#2026-Demo');
    await login(rp, 'reviewer', 'Reviewer#2026-Demo');
    const chains = await apiCall(fp, 'GET', '/api/industry-chains');
    const draft = await apiCall(fp, 'POST', '/api/filings', {
      projectName,
      investorName: `E2E 大使引荐企业 ${stamp}`,
      creditCode: creditCode(`91440300MC${stamp.slice(2, 8)}`),
      sourceRegionCode: '440000',
      industryChainId: chains[0].id,
      category: 'Industrial',
      stage: 'Negotiating',
      plannedTotalInvestment: 150_000_000,
      plannedFixedAssetInvestment: 100_000_000,
      constructionContent: '建设智能装备生产线',
      contactName: '李联系',
      contactPhone: '13800138001',
    });
    const submitted = await apiCall(fp, 'POST', `/api/filings/${draft.id}/submit`, { version: draft.version });
    await apiCall(rp, 'POST', `/api/filings/${submitted.id}/approve`, { version: submitted.version });

    // The filer proposes the credit on its filing: no association, an ambassador of this year picked from the lookup.
    await fp.goto(`${BASE_URL}/filings/${submitted.id}`);
    const card = fp.getByTestId('credit-card');
    await card.getByTestId('credit-propose').click();
    await card.getByTestId('credit-recommender-kind').getByText('招商大使').click();
    await pick(fp, 'credit-recommender-pick');
    // The option reads "赵宏伟（CD-ZSDS-2026-006，北京常德商会）"; the credit shows the name.
    const option = (await fp.locator('[data-testid="credit-recommender-pick"] .ant-select-selection-item').first().innerText()).trim();
    const ambassador = option.split('（')[0].trim();
    await card.getByTestId('credit-submit').click();
    await card.getByTestId('credit-recommender-name').filter({ hasText: ambassador }).first().waitFor({ state: 'visible' });

    // The reviewer confirms it.
    await rp.goto(`${BASE_URL}/review/${submitted.id}`);
    const review = rp.getByTestId('credit-card');
    await review.getByTestId('credit-recommender-name').filter({ hasText: ambassador }).first().waitFor({ state: 'visible' });
    await review.getByTestId('credit-confirm').first().click();
    await review.getByTestId('credit-confirm').waitFor({ state: 'hidden' });

    // The admin opens the ambassador's record: the project is among its credited projects.
    const ap = admin.page;
    await login(ap, 'admin', 'Admin#2026-Demo');
    await ap.goto(`${BASE_URL}/admin/ambassadors`);
    // This year's appointment (the lookup offers only those; a reappointed ambassador also has last year's record).
    await pick(ap, 'ambassador-year-filter', String(new Date(Date.now() + 8 * 3600_000).getUTCFullYear()), { exact: true });
    await ap.getByTestId('ambassador-search').fill(ambassador);
    await ap.getByTestId('ambassador-search').press('Enter');
    await ap.getByTestId('ambassador-detail').first().click();
    const drawer = ap.getByTestId('ambassador-detail-drawer');
    await drawer.getByTestId('ambassador-credit').filter({ hasText: projectName }).first().waitFor({ state: 'visible' });
  } finally {
    for (const p of [filer, reviewer, admin]) await p.context.close();
  }
});

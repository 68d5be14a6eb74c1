// 推送订阅: an admin registers a webhook to a receiver this script starts on loopback (the instance runs in Development,
// where loopback targets are allowed), a filer files and submits a filing, and the delivery log shows it delivered;
// the receiver got it signed with the secret the page showed once.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import path from 'node:path';
import { BASE_URL, OUT_DIR, apiCall, assert, checkStably, creditCode, login, newPage, realApiTest } from '../lib.mjs';

/** A receiver on 127.0.0.1 (free port) that answers 200 and keeps every request's headers and raw body. */
async function startReceiver() {
  const received = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/hook`, received, close: () => new Promise((r) => server.close(r)) };
}

realApiTest('webhooks: a submission reaches a subscribed receiver, signed, and the log shows it delivered', async (browser) => {
  const receiver = await startReceiver();
  const admin = await newPage(browser);
  const filer = await newPage(browser);
  try {
    const stamp = String(Date.now());
    await login(admin.page, 'admin', 'Admin#2026-Demo');
    await admin.page.getByTestId('nav-webhooks').click();
    await admin.page.waitForURL(/\/admin\/webhooks$/);
    await admin.page.getByTestId('webhook-create').click();
    const dialog = admin.page.getByRole('dialog');
    await dialog.getByTestId('webhook-url-input').fill(receiver.url);
    await checkStably(dialog.getByRole('checkbox', { name: /备案提交/ }));
    await dialog.getByLabel('说明').fill(`E2E 接收端 ${stamp}`);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const secret = (await admin.page.getByTestId('webhook-secret').innerText()).trim();
    assert(secret.startsWith('whsec_'), `the secret shown is "${secret}"`);
    await admin.page.getByTestId('webhook-secret-done').click();
    await admin.page.getByText(`E2E 接收端 ${stamp}`).waitFor();

    await login(filer.page, 'filer', 'Filer#2026-Demo');
    const chains = await apiCall(filer.page, 'GET', '/api/industry-chains');
    const draft = await apiCall(filer.page, 'POST', '/api/filings', {
      projectName: `E2E 推送项目 ${stamp}`,
      investorName: `E2E 湖南推送科技有限公司 ${stamp}`,
      creditCode: creditCode(`91430700MB${stamp.slice(-6)}`),
      sourceRegionCode: '440000',
      industryChainId: chains[0].id,
      category: 'Industrial',
      stage: 'Signed',
      plannedTotalInvestment: 120_000_000,
      plannedFixedAssetInvestment: 80_000_000,
      constructionContent: '建设厂房',
      contactName: '王联系',
      contactPhone: '13800138000',
    });
    await apiCall(filer.page, 'POST', `/api/filings/${draft.id}/submit`, { version: draft.version });

    // Delivered within seconds (the commit enqueues the delivery job); the log follows pending deliveries by itself.
    const deadline = Date.now() + 60_000;
    while (!receiver.received.some((r) => JSON.parse(r.body).data?.filingId === draft.id) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
    }
    const hit = receiver.received.find((r) => JSON.parse(r.body).data?.filingId === draft.id);
    assert(hit, `the receiver got ${receiver.received.length} requests, none for the filing`);
    assert(hit.headers['x-investpromo-event'] === 'filing.submitted', `event header ${hit.headers['x-investpromo-event']}`);
    const expected = 'v1=' + createHmac('sha256', secret).update(`${hit.headers['x-investpromo-timestamp']}.${hit.body}`).digest('hex');
    assert(hit.headers['x-investpromo-signature'] === expected, 'the signature does not verify with the secret shown');

    await admin.page.reload();
    const row = admin.page.getByTestId('webhook-log').locator('tr', { hasText: '备案提交' }).filter({ hasText: receiver.url }).first();
    await row.getByTestId('delivery-status').filter({ hasText: '已送达' }).waitFor({ timeout: 30_000 });
    await admin.page.screenshot({ path: path.join(OUT_DIR, 'webhooks-log.png') });
    assert(BASE_URL.length > 0, 'no base URL');
  } finally {
    await admin.context.close();
    await filer.context.close();
    await receiver.close();
  }
});

// Accessibility (issue 11 items 8, 10 and 11): axe-core injected into the login page, the filing form, the review queue and
// the public publication page, failing on any serious or critical violation; screen-reader names in Chinese; a visible
// focus on the login page's public link; no expected 401 in a visitor's console.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { BASE_URL, assert, login, newPage, realApiTest, test } from '../lib.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page (WCAG 2.x A/AA rules and best practices) and returns the serious and critical violations. */
async function axeViolations(page) {
  // evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses an inline <script>
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function expectNoSeriousViolations(page, where) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // antd's enter animations
  const violations = await axeViolations(page);
  for (const v of violations) console.log(`       axe ${where}: ${v.id} (${v.impact}) ${v.help}\n         ${v.targets.slice(0, 8).join('\n         ')}`);
  assert(violations.length === 0, `${where}: ${violations.length} serious or critical axe violation(s): ${violations.map((v) => v.id).join(', ')}`);
}

/** Screen-reader names that are antd's English internals (icon names, "segmented control"). */
async function englishNames(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-label]')]
      .filter((el) => !el.closest('[aria-hidden="true"]') && el.getAttribute('aria-hidden') !== 'true')
      .map((el) => el.getAttribute('aria-label'))
      .filter((name) => /^(segmented control|[a-z]+(-[a-z]+)*)$/.test(name)),
  );
}

test('a11y: the login page has no serious axe violations, Chinese names, unspaced buttons and a visible focus on its public link', async (browser) => {
  const { context, page } = await newPage(browser);
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  try {
    await page.goto(`${BASE_URL}/login`);
    await page.getByTestId('login-submit').waitFor();
    await expectNoSeriousViolations(page, 'login');
    assert((await page.getByTestId('login-submit').innerText()) === '登录', `the submit button reads "${await page.getByTestId('login-submit').innerText()}", not 登录`);
    const english = await englishNames(page);
    assert(english.length === 0, `English screen-reader names on the login page: ${english.join(', ')}`);

    const link = page.getByTestId('login-publications-link');
    for (let i = 0; i < 12 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    assert(await link.evaluate((a) => a === document.activeElement), 'Tab never reaches the public publications link');
    const outline = await link.evaluate((a) => getComputedStyle(a).outlineStyle + ' ' + getComputedStyle(a).outlineWidth);
    assert(!outline.startsWith('none') && !outline.endsWith(' 0px'), `the focused public link shows no outline (${outline})`);
    assert(!consoleErrors.some((e) => e.includes('401')), `the login page logs an expected 401: ${consoleErrors.join(' | ')}`);
  } finally {
    await context.close();
  }
});

realApiTest('a11y: the public publication page has no serious axe violations and logs no 401 for a visitor', async (browser) => {
  const { context, page } = await newPage(browser);
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  try {
    await page.goto(`${BASE_URL}/public/publications`);
    const latest = page.getByTestId('public-publication-item').first();
    await latest.waitFor({ state: 'visible' });
    await expectNoSeriousViolations(page, 'public publications');
    await latest.locator('a').first().click();
    await page.waitForURL(/\/public\/publications\/[^/]+$/);
    await page.locator('[data-testid="objections-open"], [data-testid="objections-closed"]').first().waitFor({ state: 'visible' });
    await expectNoSeriousViolations(page, 'public publication');
    const english = await englishNames(page);
    assert(english.length === 0, `English screen-reader names on the publication page: ${english.join(', ')}`);
    assert(consoleErrors.length === 0, `a visitor's console shows errors: ${consoleErrors.join(' | ')}`);
  } finally {
    await context.close();
  }
});

realApiTest('a11y: the filing form (filer) has no serious axe violations', async (browser) => {
  const { context, page } = await newPage(browser);
  try {
    await login(page, 'filer', 'Filer#2026-Demo');
    await page.goto(`${BASE_URL}/filings/new`);
    await page.getByTestId('filing-form').waitFor({ state: 'visible' });
    await expectNoSeriousViolations(page, 'filing form');
  } finally {
    await context.close();
  }
});

realApiTest('a11y: the review queue (reviewer) has no serious axe violations and its pager buttons have Chinese names', async (browser) => {
  const { context, page } = await newPage(browser);
  try {
    await login(page, 'reviewer', 'Reviewer#2026-Demo');
    await page.goto(`${BASE_URL}/review`);
    await page.getByTestId('queue-table').waitFor({ state: 'visible' });
    await page.locator('[data-testid="queue-table"] .ant-table-row').first().waitFor({ state: 'visible' });
    await expectNoSeriousViolations(page, 'review queue');
    const english = await englishNames(page);
    assert(english.length === 0, `English screen-reader names in the queue: ${english.join(', ')}`);
    const pager = page.locator('.ant-pagination');
    if (await pager.count()) {
      assert((await page.getByRole('button', { name: '上一页' }).count()) > 0, 'the pager has no 上一页 button');
      assert((await page.getByRole('button', { name: '下一页' }).count()) > 0, 'the pager has no 下一页 button');
    }
  } finally {
    await context.close();
  }
});

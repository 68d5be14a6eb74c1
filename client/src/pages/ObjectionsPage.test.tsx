import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes, type Handler } from '../test/utils';

const reviewer = { id: '3', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'], unitName: '常德市投资促进中心' };
const pending = {
  id: 'o1',
  publicationId: 'p1',
  publicationLabel: '2025年第12期',
  entryId: 'e1',
  filingId: 'f1',
  projectName: '新能源电池项目',
  objectorName: '王先生',
  contact: 'wang@example.com',
  text: '该项目投资方实际并未签约，公示信息不实。',
  lodgedAt: '2025-03-11T02:30:00Z',
  hasEvidence: true,
  evidenceFileName: '合同.pdf',
  evidenceSizeBytes: 2048,
  status: 'Pending',
  version: 3,
};

function setup(answer: Handler = () => undefined, path = '/objections') {
  let current: Record<string, unknown> = pending;
  const { calls } = mockFetch((url, init) => {
    const custom = answer(url, init);
    if (custom) return custom;
    if (url === '/api/auth/me') return { status: 200, body: reviewer };
    if (url === '/api/objections?status=Pending&page=1&pageSize=1') return { status: 200, body: { items: [pending], page: 1, pageSize: 1, totalCount: 7 } };
    if (url.startsWith('/api/objections?')) return { status: 200, body: { items: [current], page: 1, pageSize: 20, totalCount: 1 } };
    if (url === '/api/objections/o1') return { status: 200, body: current };
    if (url === '/api/objections/o1/dismiss' && init.method === 'POST') {
      const { reason } = JSON.parse(String(init.body)) as { reason: string };
      current = { ...pending, status: 'Dismissed', decisionReason: reason, decidedAt: '2025-03-12T02:00:00Z', decidedByName: '李审核', version: 4 };
      return { status: 200, body: current };
    }
    if (url === '/api/objections/o1/uphold' && init.method === 'POST') {
      const { reason, remedy } = JSON.parse(String(init.body)) as { reason: string; remedy: string };
      current = { ...pending, status: 'Upheld', remedy, decisionReason: reason, decidedAt: '2025-03-12T02:00:00Z', decidedByName: '李审核', version: 4 };
      return { status: 200, body: current };
    }
    return undefined;
  });
  renderRoutes(routes, path);
  return { calls, body: (suffix: string) => JSON.parse(String(calls.find((c) => c.url === `/api/objections/o1/${suffix}`)?.init.body)) as unknown };
}

async function openDrawer() {
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('objection-open'));
  const detail = await screen.findByTestId('objection-detail');
  return { user, detail };
}

describe('异议复核 (reviewers)', () => {
  beforeAll(async () => {
    await import('./ObjectionsPage');
  });
  const { matchMedia } = window;
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    // A desktop screen: antd's responsive columns (min-width queries) show, the phone layout (max-width) does not.
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('min-width') })) as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = matchMedia;
    vi.unstubAllGlobals();
  });

  it('lists the objections waiting for re-review by default, with the pending count on the menu', async () => {
    const { calls } = setup();
    const table = await screen.findByTestId('objections-table');
    expect(await within(table).findByText('新能源电池项目')).toBeInTheDocument();
    expect(within(table).getByText('2025年第12期')).toBeInTheDocument();
    expect(within(table).getByText('2025-03-11 10:30')).toBeInTheDocument();
    expect(within(table).getByText('王先生')).toBeInTheDocument();
    expect(within(table).getByText('wang@example.com')).toBeInTheDocument();
    expect(within(table).getByText('该项目投资方实际并未签约，公示信息不实。')).toBeInTheDocument();
    expect(within(table).getByText('待复核')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/objections?status=Pending&page=1&pageSize=20')).toBe(true);
    expect(await screen.findByTestId('objections-pending-badge')).toHaveTextContent('7');
    expect(within(screen.getByTestId('nav-objections')).getByText('异议复核')).toBeInTheDocument();
  });

  it('asks for a reason, then dismisses with the version read and the reason', async () => {
    const { calls, body } = setup();
    const { user, detail } = await openDrawer();
    expect(within(detail).getByTestId('objection-filing-link')).toHaveAttribute('href', '/review/f1');
    expect(within(detail).getByText('合同.pdf')).toBeInTheDocument();

    await user.click(within(detail).getByTestId('objection-dismiss'));
    expect(await screen.findByText(/该异议记为不成立/)).toBeInTheDocument(); // what confirming does
    await user.click(screen.getByTestId('objection-decision-ok'));
    expect(await screen.findByText('此项为必填项')).toBeInTheDocument();
    expect(calls.some((c) => c.url.endsWith('/dismiss'))).toBe(false);

    await user.type(screen.getByTestId('objection-reason'), '经核实，投资协议已签署。');
    await user.click(screen.getByTestId('objection-decision-ok'));

    expect(await screen.findByText('已记录：异议不成立')).toBeInTheDocument();
    expect(body('dismiss')).toEqual({ version: 3, reason: '经核实，投资协议已签署。' });
    const after = await screen.findByTestId('objection-detail');
    await waitFor(() => expect(within(after).getByText('异议不成立')).toBeInTheDocument());
    expect(within(after).getByText('经核实，投资协议已签署。')).toBeInTheDocument();
    expect(within(after).queryByTestId('objection-actions')).not.toBeInTheDocument();
  });

  it('upholds with the chosen remedy (退回修改), the version and the reason', async () => {
    const { calls, body } = setup();
    const { user, detail } = await openDrawer();
    await user.click(within(detail).getByTestId('objection-uphold'));
    await user.type(await screen.findByTestId('objection-reason'), '投资方信息有误，请更正后重新提交。');
    await user.click(screen.getByTestId('objection-decision-ok'));
    expect(await screen.findByText('此项为必填项')).toBeInTheDocument(); // the remedy must be chosen
    expect(calls.some((c) => c.url.endsWith('/uphold'))).toBe(false);

    await user.click(screen.getByText('退回修改'));
    await user.click(screen.getByTestId('objection-decision-ok'));
    expect(await screen.findByText('已记录：异议成立')).toBeInTheDocument();
    expect(body('uphold')).toEqual({ version: 3, remedy: 'Return', reason: '投资方信息有误，请更正后重新提交。' });
    await waitFor(() => expect(within(screen.getByTestId('objection-detail')).getByText('异议成立 · 退回修改')).toBeInTheDocument());
  });

  it('shows the standard reload message when someone else decided first (409 stale) and reads the objection again', async () => {
    let stale = true;
    const { calls } = setup((url, init) => {
      if (url === '/api/objections/o1/dismiss' && init.method === 'POST' && stale) {
        stale = false;
        return { status: 409, body: { status: 409, code: 'concurrency.stale', title: 'Conflict', detail: '该记录已被他人修改。' } };
      }
      return undefined;
    });
    const { user, detail } = await openDrawer();
    const reads = () => calls.filter((c) => c.url === '/api/objections/o1').length;
    await waitFor(() => expect(reads()).toBeGreaterThan(0));
    const before = reads();
    await user.click(within(detail).getByTestId('objection-dismiss'));
    await user.type(await screen.findByTestId('objection-reason'), '不成立');
    await user.click(screen.getByTestId('objection-decision-ok'));

    expect(await screen.findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('objection-reason')).not.toBeInTheDocument());
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
  });

  it("lists a filing's objections with the same actions on the filing as reviewers see it", async () => {
    const filing = {
      id: 'f1',
      unitId: 'u1',
      projectName: '新能源电池项目',
      status: 'UnderReReview',
      version: 9,
      createdAt: '2025-03-01T01:00:00Z',
      foreignInvestor: false,
      history: [
        { id: 'h1', at: '2025-03-11T02:30:00Z', actorName: '社会公众', actorDisplayName: '社会公众', action: 'ObjectionReceived', reason: '该项目投资方实际并未签约，公示信息不实。', changes: '{"status":["Approved","UnderReReview"],"objection":[null,"o1"]}' },
      ],
    };
    const { calls, body } = setup((url) => {
      if (url === '/api/filings/f1') return { status: 200, body: filing };
      if (url === '/api/filings/f1/attachments') return { status: 200, body: [] };
      if (url === '/api/filings/f1/duplicates') return { status: 200, body: { filing: {}, suspectedDuplicates: [] } };
      return undefined;
    }, '/review/f1');
    const user = userEvent.setup();
    expect(await screen.findByTestId('filing-status-UnderReReview')).toHaveTextContent('复核中');
    expect(screen.getByTestId('filing-under-re-review')).toBeInTheDocument();
    const history = screen.getByTestId('filing-history');
    expect(within(history).getByText('收到公示异议')).toBeInTheDocument();
    expect(within(history).getByText('状态：已备案 → 复核中')).toBeInTheDocument();

    const panel = await screen.findByTestId('filing-objections');
    expect(calls.some((c) => c.url === '/api/objections?filingId=f1&page=1&pageSize=50')).toBe(true);
    await user.click(within(panel).getByTestId('objection-dismiss'));
    await user.type(await screen.findByTestId('objection-reason'), '经核实不成立');
    await user.click(screen.getByTestId('objection-decision-ok'));
    expect(await screen.findByText('已记录：异议不成立')).toBeInTheDocument();
    expect(body('dismiss')).toEqual({ version: 3, reason: '经核实不成立' });
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/filings/f1').length).toBeGreaterThan(1)); // the filing is read again
  });
});

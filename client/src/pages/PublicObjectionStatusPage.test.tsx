import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes } from '../test/utils';

const pending = {
  lodgedAt: '2025-03-11T02:30:00Z',
  status: 'Pending',
  remedy: null,
  decisionReason: null,
  decidedAt: null,
  projectName: '新能源电池项目',
  publicationLabel: '2025年第12期',
};

function setup(answer: (code: string) => { status: number; body: unknown }) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
    if (url === '/api/public/objections/status' && init.method === 'POST') {
      const { receiptCode } = JSON.parse(String(init.body)) as { receiptCode: string };
      return answer(receiptCode);
    }
    return undefined;
  });
  const { router } = renderRoutes(routes, '/public/objections/status');
  return { calls, router };
}

async function lookUp(code: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByTestId('objection-status-code'), code);
  await user.click(screen.getByTestId('objection-status-submit'));
  return user;
}

describe('objection status check (异议查询)', () => {
  beforeAll(async () => {
    await import('./PublicObjectionStatusPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('says so when no objection has the code, without sending the visitor to /login', async () => {
    const { calls, router } = setup(() => ({ status: 404, body: { status: 404, title: 'Not Found', detail: '未找到。' } }));
    await lookUp('AAAA-BBBB-CCCC-DDDD');
    expect(await screen.findByTestId('objection-status-not-found')).toHaveTextContent('未找到该回执码对应的异议，请核对后重新输入。');
    expect(screen.queryByTestId('objection-receipt-result')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/public/objections/status');
    expect(JSON.parse(String(calls.find((c) => c.url === '/api/public/objections/status')?.init.body))).toEqual({ receiptCode: 'AAAA-BBBB-CCCC-DDDD' });
  });

  it('shows a malformed code as an error on the field', async () => {
    setup(() => ({ status: 400, body: { status: 400, code: 'validation.failed', errors: { receiptCode: ['回执码格式不正确。'] } } }));
    await lookUp('123');
    const error = await screen.findByText('回执码格式不正确。');
    expect(error.closest('.ant-form-item')).toContainElement(screen.getByTestId('objection-status-code'));
  });

  it('shows an open objection as 复核中', async () => {
    setup(() => ({ status: 200, body: pending }));
    await lookUp(' 7k2m-q9xd-4tbh-wn3r ');
    const result = await screen.findByTestId('objection-receipt-result');
    expect(result).toHaveTextContent('新能源电池项目');
    expect(result).toHaveTextContent('2025年第12期');
    expect(result).toHaveTextContent('2025-03-11 10:30');
    expect(screen.getByTestId('objection-receipt-status')).toHaveTextContent('复核中');
    expect(result).toHaveTextContent('投资促进中心正在复核');
  });

  it('shows the outcome, its remedy and the reason once decided', async () => {
    setup(() => ({
      status: 200,
      body: { ...pending, status: 'Upheld', remedy: 'Revoke', decisionReason: '经核实，投资方未签约。', decidedAt: '2025-03-13T06:00:00Z' },
    }));
    await lookUp('7K2M-Q9XD-4TBH-WN3R');
    expect(await screen.findByTestId('objection-receipt-status')).toHaveTextContent('异议成立 · 撤销备案');
    expect(screen.getByTestId('objection-receipt-reason')).toHaveTextContent('经核实，投资方未签约。');
    expect(screen.getByTestId('objection-receipt-result')).toHaveTextContent('2025-03-13 14:00');
  });
});

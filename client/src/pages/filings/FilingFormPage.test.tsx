import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const filer = { id: '2', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' };
const draft = (over: object = {}) => ({
  id: 'f1',
  unitId: 'u1',
  foreignInvestor: false,
  status: 'Draft',
  version: 1,
  createdAt: '2026-11-23T01:00:00Z',
  history: [],
  ...over,
});

function setup() {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: filer };
    if (url.startsWith('/api/regions') || url.startsWith('/api/industry-chains')) return { status: 200, body: [] };
    if (url.startsWith('/api/associations?')) return { status: 200, body: { items: [], page: 1, pageSize: 200, totalCount: 0 } };
    if (url === '/api/filings' && init.method === 'POST') {
      const body = JSON.parse(init.body as string) as object;
      return { status: 201, body: draft(body) };
    }
    if (url === '/api/filings/f1/submit')
      return {
        status: 400,
        body: {
          status: 400,
          title: 'One or more validation errors occurred.',
          code: 'validation.failed',
          errors: { contactPhone: ['提交前必须填写“联系电话”。'], investorName: ['提交前必须填写“投资方名称”。'] },
        },
      };
    if (url === '/api/filings/f1') return { status: 200, body: draft() };
    return undefined;
  });
  renderRoutes(routes, '/filings/new');
  return calls;
}

describe('FilingFormPage', () => {
  beforeAll(async () => {
    await import('./FilingFormPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends 万元 as exact yuan and shows the fields a submission misses on those fields', async () => {
    const calls = setup();
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('filing-projectName'), '智能装备产业园');
    await user.type(screen.getByTestId('filing-plannedTotalInvestment'), '12345.67');
    await user.type(screen.getByTestId('filing-plannedFixedAssetInvestment'), '0.07');
    expect(await screen.findByTestId('filing-scale-band')).toHaveTextContent('1亿元（含）–10亿元');
    await user.click(screen.getByTestId('filing-submit'));

    expect(await screen.findByText('提交前必须填写“联系电话”。')).toBeInTheDocument();
    expect(screen.getByText('提交前必须填写“投资方名称”。')).toBeInTheDocument();
    const post = calls.find((c) => c.url === '/api/filings' && c.init.method === 'POST')!;
    const sent = JSON.parse(post.init.body as string) as Record<string, unknown>;
    expect(sent.plannedTotalInvestment).toBe(123456700);
    expect(sent.plannedFixedAssetInvestment).toBe(700);
    expect(post.init.body as string).toContain('"plannedTotalInvestment":123456700');
    expect(sent.projectName).toBe('智能装备产业园');
    const submit = calls.find((c) => c.url === '/api/filings/f1/submit')!;
    expect(JSON.parse(submit.init.body as string)).toEqual({ version: 1 });
  });

  it('rejects an amount with more than two decimals of a yuan before sending', async () => {
    const calls = setup();
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('filing-plannedTotalInvestment'), '1.0000001');
    await user.click(screen.getByTestId('filing-save-draft'));
    expect(await screen.findByText('请输入不小于0的金额,最多6位小数(即精确到分)')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.init.method === 'POST')).toBe(false));
  });
});

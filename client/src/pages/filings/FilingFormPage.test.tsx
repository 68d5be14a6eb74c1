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
    expect(await screen.findByText('请输入不小于0的金额，最多6位小数（即精确到分）')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.init.method === 'POST')).toBe(false));
  });
});

const region = (code: string, name: string, nameEn: string, kind: string, parentCode?: string, isActive = true) => ({
  code,
  name,
  nameEn,
  kind,
  parentCode,
  sortOrder: 1,
  isActive,
  version: 0,
});
const REGIONS = [
  region('430000', '湖南省', 'Hunan', 'Province'),
  region('810000', '香港特别行政区', 'Hong Kong SAR', 'Province'),
  region('FI', '芬兰', 'Finland', 'Country'),
  region('430700', '常德市', 'Changde', 'City', '430000'),
  region('430100', '长沙市', 'Changsha', 'City', '430000', false),
];

function setupRegions(sourceRegionCode?: string) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: filer };
    if (url.startsWith('/api/regions')) return { status: 200, body: REGIONS };
    if (url.startsWith('/api/industry-chains')) return { status: 200, body: [] };
    if (url.startsWith('/api/associations?')) return { status: 200, body: { items: [], page: 1, pageSize: 200, totalCount: 0 } };
    if (url === '/api/filings' && init.method === 'POST') return { status: 201, body: draft(JSON.parse(init.body as string) as object) };
    if (url === '/api/filings/f1') return { status: 200, body: draft({ sourceRegionCode }) };
    return undefined;
  });
  renderRoutes(routes, sourceRegionCode ? '/filings/f1/edit' : '/filings/new');
  return calls;
}

const creditCodeLabel = () => screen.getByText('统一社会信用代码', { selector: 'label' });

describe('FilingFormPage source region', () => {
  beforeAll(async () => {
    await import('./FilingFormPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['FI', '港澳台及境外投资方无需填写', false],
    ['810000', '港澳台及境外投资方无需填写', false],
    ['430700', '18位；境内投资方提交时必填', true],
    ['430000', '18位；境内投资方提交时必填', true],
  ])('with %s the credit code hint reads %s', async (code, hint, required) => {
    setupRegions(code);
    await waitFor(() => expect(screen.getByTestId('filing-creditCode-hint')).toHaveTextContent(hint));
    expect(creditCodeLabel().classList.contains('ant-form-item-required')).toBe(required);
  });

  it('shows a city and a deactivated region that a draft already has', async () => {
    setupRegions('430100');
    expect(await screen.findByTitle('长沙市（停用）')).toBeInTheDocument();
  });

  it('finds a city by its pinyin name and files it by code', async () => {
    const calls = setupRegions();
    const user = userEvent.setup();
    expect(await screen.findByTestId('filing-creditCode-hint')).toHaveTextContent('18位；境外投资方可不填');
    const picker = screen.getByTestId('filing-sourceRegionCode');
    await user.click(picker.querySelector('input') ?? picker);
    await user.type(picker.querySelector('input') ?? picker, 'changde');
    await user.click(await screen.findByTitle('常德市'));
    await waitFor(() => expect(screen.getByTestId('filing-creditCode-hint')).toHaveTextContent('境内投资方提交时必填'));
    await user.type(screen.getByTestId('filing-projectName'), '常德项目');
    await user.click(screen.getByTestId('filing-save-draft'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/filings' && c.init.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.url === '/api/filings' && c.init.method === 'POST')!;
    expect((JSON.parse(post.init.body as string) as Record<string, unknown>).sourceRegionCode).toBe('430700');
  });
});

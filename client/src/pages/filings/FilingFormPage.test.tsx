import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes, stubXhr } from '../../test/utils';

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

const COMPLETE = {
  projectName: '智能装备产业园',
  investorName: '湖南某某科技有限公司',
  creditCode: '91430702760750218M',
  sourceRegionCode: '430700',
  industryChainId: 'c1',
  category: 'Industrial',
  stage: 'Signed',
  plannedTotalInvestment: 150000000,
  plannedFixedAssetInvestment: 70000000,
  constructionContent: '建设厂房',
  contactName: '王联系',
  contactPhone: '0736-7654321',
};

/** The answers of a filer's form: a new draft is f1; its submission is refused with `submitErrors` when given. */
function setup(path = '/filings/new', existing: object = draft(), submitErrors?: Record<string, string[]>) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: filer };
    if (url.startsWith('/api/regions') || url.startsWith('/api/industry-chains')) return { status: 200, body: [] };
    if (url.startsWith('/api/associations?')) return { status: 200, body: { items: [], page: 1, pageSize: 200, totalCount: 0 } };
    if (url === '/api/filings' && init.method === 'POST') {
      const body = JSON.parse(init.body as string) as object;
      return { status: 201, body: draft(body) };
    }
    if (url === '/api/filings/f1/submit')
      return submitErrors
        ? { status: 400, body: { status: 400, title: 'One or more validation errors occurred.', code: 'validation.failed', errors: submitErrors } }
        : { status: 200, body: draft({ ...COMPLETE, status: 'UnderReview', version: 2 }) };
    if (url === '/api/filings/f1' && init.method === 'PUT') return { status: 200, body: { ...existing, ...(JSON.parse(init.body as string) as object), version: 2 } };
    if (url === '/api/filings/f1') return { status: 200, body: existing };
    if (url === '/api/filings/f1/attachments') return { status: 200, body: [] };
    return undefined;
  });
  const { router } = renderRoutes(routes, path);
  return { calls, router };
}

/** The labels the form marks as required (antd's asterisk). */
const requiredLabels = () => [...document.querySelectorAll('label.ant-form-item-required')].map((l) => l.textContent);

const REQUIRED_MESSAGES = [
  '请填写“项目名称”。', '请填写“产业链”。', '请填写“项目类别”。', '请填写“项目阶段”。', '请填写“计划总投资”。', '请填写“计划固定资产投资”。',
  '请填写“建设内容”。', '请填写“投资方企业名称”。', '请填写“投资来源区域”。', '请填写“统一社会信用代码”。', '请填写“联系人”。', '请填写“联系电话”。',
];

// antd forms render slowly in jsdom, more so on a busy machine.
const SLOW = { timeout: 120_000 };
const FIRST = { timeout: 45_000 };

describe('FilingFormPage', SLOW, () => {
  beforeAll(async () => {
    await import('./FilingFormPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    vi.stubGlobal('scrollTo', vi.fn());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('marks every field a submission needs, and no other', async () => {
    setup();
    await screen.findByTestId('filing-projectName', {}, FIRST);
    expect(requiredLabels().sort()).toEqual(
      ['项目名称', '产业链', '项目类别', '项目阶段', '计划总投资（万元）', '计划固定资产投资（万元）', '建设内容', '投资方企业名称', '投资来源区域', '统一社会信用代码', '联系人', '联系电话'].sort(),
    );
    expect(screen.getByTestId('filing-required-note')).toHaveTextContent('标 * 的为提交审核时的必填项');
  });

  it('submitting an empty form shows every missing field at once and sends nothing', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    await screen.findByTestId('filing-projectName', {}, FIRST);
    await user.click(screen.getByTestId('filing-submit'));

    for (const m of REQUIRED_MESSAGES) expect(await screen.findByText(m)).toBeInTheDocument();
    expect(document.querySelectorAll('.ant-form-item-explain-error')).toHaveLength(REQUIRED_MESSAGES.length);
    expect(calls.some((c) => c.init.method === 'POST' || c.init.method === 'PUT')).toBe(false);
    expect(await screen.findByText('请补全标红的必填项后再提交')).toBeInTheDocument();
    // The first wrong field in page order is brought into view and focused (lib/scrollToFirstError).
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('filing-projectName')));
  });

  it('saving a draft asks only for the project name', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('filing-save-draft'));

    expect(await screen.findByText('请填写“项目名称”。')).toBeInTheDocument();
    expect(document.querySelectorAll('.ant-form-item-explain-error')).toHaveLength(1);
    expect(calls.some((c) => c.init.method === 'POST')).toBe(false);
  });

  it('a planned total of 0 is refused on submission in the words the server uses', async () => {
    setup();
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('filing-plannedTotalInvestment'), '0');
    await user.click(screen.getByTestId('filing-submit'));
    expect(await screen.findByText('“计划总投资”不能为 0，提交审核前请填写大于 0 的金额。')).toBeInTheDocument();
  });

  it('sends 万元 as exact yuan', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('filing-projectName', {}, FIRST), '智能装备产业园');
    await user.type(screen.getByTestId('filing-plannedTotalInvestment'), '12345.67');
    await user.type(screen.getByTestId('filing-plannedFixedAssetInvestment'), '0.07');
    expect(await screen.findByTestId('filing-scale-band')).toHaveTextContent('1亿元（含）–10亿元');
    await user.click(screen.getByTestId('filing-save-draft'));

    await waitFor(() => expect(calls.some((c) => c.url === '/api/filings' && c.init.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.url === '/api/filings' && c.init.method === 'POST')!;
    const sent = JSON.parse(post.init.body as string) as Record<string, unknown>;
    expect(sent.plannedTotalInvestment).toBe(123456700);
    expect(sent.plannedFixedAssetInvestment).toBe(700);
    expect(post.init.body as string).toContain('"plannedTotalInvestment":123456700');
    expect(sent.projectName).toBe('智能装备产业园');
  });

  it('a submission the server refuses after the save: the draft is announced at its own URL, every field error at once', async () => {
    // A complete draft opened for editing passes the form's checks; the server still refuses (say, rules changed meanwhile).
    const { calls, router } = setup('/filings/f1/edit', draft(COMPLETE), {
      contactPhone: ['“联系电话”应为手机号或带区号的固话（如 0736-1234567）。'],
      investorName: ['请填写“投资方企业名称”。'],
    });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('filing-projectName')).toHaveValue('智能装备产业园'));
    await user.click(screen.getByTestId('filing-submit'));

    expect(await screen.findByText('“联系电话”应为手机号或带区号的固话（如 0736-1234567）。')).toBeInTheDocument();
    expect(screen.getByText('请填写“投资方企业名称”。')).toBeInTheDocument();
    expect(screen.getByTestId('filing-saved-not-submitted')).toHaveTextContent('已保存为草稿，但尚未提交审核');
    expect(screen.getAllByText('请补全标红的必填项后再提交').length).toBeGreaterThan(0);
    expect(router.state.location.pathname).toBe('/filings/f1/edit');
    const submit = calls.find((c) => c.url === '/api/filings/f1/submit')!;
    expect(JSON.parse(submit.init.body as string)).toEqual({ version: 2 });
  });

  it('rejects an amount with more than two decimals of a yuan before sending', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('filing-plannedTotalInvestment'), '1.0000001');
    await user.click(screen.getByTestId('filing-save-draft'));
    expect(await screen.findByText('“计划总投资”应为不小于 0 的金额，最多 6 位小数（即精确到分）。')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.init.method === 'POST')).toBe(false));
  });

  it('keeps the line breaks of the return reasons', async () => {
    setup('/filings/f1/edit', draft({ ...COMPLETE, status: 'Returned', returnReason: '1. 投资方企业名称有误\n2. 请补充协议' }));
    const reasons = await screen.findByTestId('filing-return-reasons');
    const text = within(reasons).getByText(/投资方企业名称有误/);
    expect(text.textContent).toBe('1. 投资方企业名称有误\n2. 请补充协议');
    expect(text).toHaveStyle({ whiteSpace: 'pre-wrap' });
  });

  it('stages attachments on a new form and uploads them to the draft its first save creates', async () => {
    const { calls, router } = setup();
    const sent = stubXhr({ status: 201, body: { attachment: { id: 'a1', fileName: '协议.pdf' }, filingVersion: 2 } });
    const user = userEvent.setup();
    const attachments = await screen.findByTestId('filing-attachments');
    // The attachments come before the buttons that save them.
    expect(attachments.compareDocumentPosition(screen.getByTestId('filing-submit')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('attachment-staged-hint')).toHaveTextContent('附件将在首次保存');
    await user.upload(attachments.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF-1.4'], '协议.pdf', { type: 'application/pdf' }));
    expect(await screen.findByTestId('attachment-staged')).toHaveTextContent('协议.pdf');
    expect(sent).toHaveLength(0);

    await user.type(screen.getByTestId('filing-projectName'), '带附件的项目');
    await user.click(screen.getByTestId('filing-save-draft'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/filings/f1/edit'));
    expect(calls.some((c) => c.url === '/api/filings' && c.init.method === 'POST')).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/api/filings/f1/attachments');
    expect(sent[0].form.get('version')).toBe('1');
    expect(sent[0].form.get('kind')).toBe('Agreement');
  });

  it('refuses to stage a file type the server does not take', async () => {
    setup();
    const user = userEvent.setup({ applyAccept: false });
    const attachments = await screen.findByTestId('filing-attachments');
    await user.upload(attachments.querySelector('input[type="file"]') as HTMLInputElement, new File(['MZ'], '程序.exe'));
    expect(await screen.findByText('不支持该文件类型：程序.exe')).toBeInTheDocument();
    expect(screen.queryByTestId('attachment-staged')).not.toBeInTheDocument();
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

describe('FilingFormPage source region', SLOW, () => {
  beforeAll(async () => {
    await import('./FilingFormPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['FI', '港澳台及境外投资方可不填；如填写，须为有效的18位代码', false],
    ['810000', '港澳台及境外投资方可不填；如填写，须为有效的18位代码', false],
    ['430700', '18位；境内投资方提交审核时必填', true],
    ['430000', '18位；境内投资方提交审核时必填', true],
  ])('with %s the credit code hint reads %s', async (code, hint, required) => {
    setupRegions(code);
    await waitFor(() => expect(screen.getByTestId('filing-creditCode-hint')).toHaveTextContent(hint), FIRST);
    expect(creditCodeLabel().classList.contains('ant-form-item-required')).toBe(required);
  });

  it('shows a city and a deactivated region that a draft already has', async () => {
    setupRegions('430100');
    expect(await screen.findByTitle('长沙市（停用）')).toBeInTheDocument();
  });

  it('finds a city by its pinyin name and files it by code', async () => {
    const calls = setupRegions();
    const user = userEvent.setup();
    expect(await screen.findByTestId('filing-creditCode-hint')).toHaveTextContent('18位；境内投资方提交审核时必填，港澳台及境外投资方可不填');
    expect(creditCodeLabel().classList.contains('ant-form-item-required')).toBe(true);
    const picker = screen.getByTestId('filing-sourceRegionCode');
    await user.click(picker.querySelector('input') ?? picker);
    await user.type(picker.querySelector('input') ?? picker, 'changde');
    await user.click(await screen.findByTitle('常德市'));
    await waitFor(() => expect(screen.getByTestId('filing-creditCode-hint')).toHaveTextContent('境内投资方提交审核时必填'));
    await user.type(screen.getByTestId('filing-projectName'), '常德项目');
    await user.click(screen.getByTestId('filing-save-draft'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/filings' && c.init.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.url === '/api/filings' && c.init.method === 'POST')!;
    expect((JSON.parse(post.init.body as string) as Record<string, unknown>).sourceRegionCode).toBe('430700');
  });
});

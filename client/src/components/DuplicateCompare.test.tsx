import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DuplicateFilingDto, DuplicateNoticeDto, FilingDto } from '../api';
import { changeLanguage } from '../i18n';
import { mockFetch, renderRoutes } from '../test/utils';
import { DuplicateCompare, differingFields, matchedFields } from './DuplicateCompare';
import { DuplicatesPanel } from './DuplicatesPanel';
import { useDuplicateWarning } from './useDuplicateWarning';

const filing: DuplicateFilingDto = {
  filingId: 'f1',
  projectName: '智能装备产业园',
  investorName: '湖南某某科技有限公司',
  creditCode: '91430702760750218M',
  unitId: 'u1',
  unitName: '武陵区',
  industryChainId: 'c1',
  industryChainName: '先进装备制造',
  sourceRegionCode: '440000',
  sourceRegionName: '广东省',
  plannedTotalInvestment: 1_500_000_000,
  stage: undefined,
  status: 'UnderReview',
  submittedAt: undefined,
  reasons: [],
};

const duplicate: DuplicateFilingDto = {
  ...filing,
  filingId: 'f2',
  projectName: '智能装备产业园项目',
  unitId: 'u2',
  unitName: '鼎城区',
  plannedTotalInvestment: 1_400_000_000,
  status: 'Approved',
  reasons: ['SameCreditCode', 'SameNameSameChainRegionAmount'],
};

const field = (column: HTMLElement, name: string) => column.querySelector(`[data-field="${name}"]`)!;

describe('DuplicateCompare', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('finds the differing fields by value (ids and amounts), not by display text', () => {
    expect(differingFields(filing, duplicate)).toEqual(['projectName', 'plannedTotal', 'unit', 'status']);
    expect(differingFields(filing, { ...filing, industryChainName: '另一个名字' })).toEqual([]);
    expect(differingFields(filing, { ...filing, creditCode: undefined })).toEqual(['creditCode']);
    expect([...matchedFields(['SameNameSameInvestor'])]).toEqual(['projectName', 'investorName']);
  });

  it('shows both filings side by side, highlights differences, names the matched rules and offers dismissal', async () => {
    const onDismiss = vi.fn();
    renderRoutes([{ path: '/', element: <DuplicateCompare filing={filing} duplicate={duplicate} onDismiss={onDismiss} /> }], '/');

    const left = await screen.findByTestId('duplicate-left');
    const right = screen.getByTestId('duplicate-right');
    expect(within(left).getByText('武陵区')).toBeInTheDocument();
    expect(within(right).getByText('鼎城区')).toBeInTheDocument();
    expect(within(right).getByText('140,000.00 万元')).toBeInTheDocument();
    // Differences are marked on both sides; a field the rule matched on and that is equal is marked as the match.
    expect(field(left, 'unit')).toHaveAttribute('data-state', 'diff');
    expect(field(right, 'plannedTotal')).toHaveAttribute('data-state', 'diff');
    expect(field(right, 'creditCode')).toHaveAttribute('data-state', 'match');
    expect(field(right, 'sourceRegion')).toHaveAttribute('data-state', 'match');
    expect(field(right, 'investorName')).toHaveAttribute('data-state', 'same');
    const reasons = screen.getByTestId('duplicate-reasons');
    expect(within(reasons).getByText('统一社会信用代码相同')).toBeInTheDocument();
    expect(within(reasons).getByText('项目名称相近，产业链与来源地相同，总投资相差不超过20%')).toBeInTheDocument();
    expect(within(right).getByRole('link', { name: '查看该项目' })).toHaveAttribute('href', '/review/f2');

    await userEvent.setup().click(screen.getByTestId('duplicate-dismiss'));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('offers no dismissal without the handler (not a reviewer)', async () => {
    renderRoutes([{ path: '/', element: <DuplicateCompare filing={filing} duplicate={duplicate} /> }], '/');
    expect(await screen.findByTestId('duplicate-left')).toBeInTheDocument();
    expect(screen.queryByTestId('duplicate-dismiss')).not.toBeInTheDocument();
  });
});

describe('DuplicatesPanel', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('marks a pair as not duplicate after confirmation and shows the list again', async () => {
    let dismissed = false;
    const { calls } = mockFetch((url, init) => {
      if (url === '/api/filings/f1/duplicates') return { status: 200, body: { filing, suspectedDuplicates: dismissed ? [] : [duplicate] } };
      if (url === '/api/filings/f1/duplicates/f2/dismiss' && init.method === 'POST') {
        dismissed = true;
        return { status: 204 };
      }
      return undefined;
    });
    renderRoutes([{ path: '/', element: <DuplicatesPanel filingId="f1" canDismiss /> }], '/');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('duplicate-dismiss'));
    await user.type(await screen.findByTestId('duplicate-dismiss-reason'), '不同地块');
    await user.click(screen.getByTestId('duplicate-dismiss-ok'));

    expect(await screen.findByTestId('duplicates-none')).toBeInTheDocument();
    const post = calls.find((c) => c.init.method === 'POST')!;
    expect(JSON.parse(post.init.body as string)).toEqual({ reason: '不同地块' });
    expect(calls.filter((c) => c.url === '/api/filings/f1/duplicates').length).toBeGreaterThanOrEqual(2);
  });
});

describe('DuplicatesPanel for a filer', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows another unit\'s look-alike as the message only, its own unit\'s side by side, and offers no dismissal', async () => {
    const own = { ...duplicate, unitId: 'u1', unitName: '武陵区', filingId: 'f3', reasons: ['SameCreditCode'] } as DuplicateFilingDto;
    const notice = { unitName: '鼎城区', reasons: ['SameCreditCode'], message: '与鼎城区已受理项目疑似重复（统一社会信用代码相同）' } as DuplicateNoticeDto;
    mockFetch((url) => (url === '/api/filings/f1/duplicates' ? { status: 200, body: { filing, suspectedDuplicates: [own], otherUnitMatches: [notice] } } : undefined));
    renderRoutes([{ path: '/', element: <DuplicatesPanel filingId="f1" canDismiss={false} /> }], '/');

    const notices = await screen.findAllByTestId('duplicate-notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toHaveTextContent('与鼎城区已受理项目疑似重复（统一社会信用代码相同）');
    expect(screen.getAllByTestId('duplicate-compare')).toHaveLength(1);
    expect(within(screen.getByTestId('duplicate-right')).getByRole('link', { name: '查看该项目' })).toHaveAttribute('href', '/filings/f3');
    expect(screen.queryByTestId('duplicate-dismiss')).not.toBeInTheDocument();
  });

  it('shows only the messages when every look-alike is another unit\'s', async () => {
    const notice = { unitName: '鼎城区', reasons: ['SameNameSameInvestor'], message: '与鼎城区已受理项目疑似重复（项目名称相近且投资方相同）' } as DuplicateNoticeDto;
    mockFetch((url) => (url === '/api/filings/f1/duplicates' ? { status: 200, body: { filing, suspectedDuplicates: [], otherUnitMatches: [notice] } } : undefined));
    renderRoutes([{ path: '/', element: <DuplicatesPanel filingId="f1" canDismiss={false} /> }], '/');

    expect(await screen.findByTestId('duplicate-notice')).toHaveTextContent('项目名称相近且投资方相同');
    expect(screen.queryByTestId('duplicate-compare')).not.toBeInTheDocument();
    expect(screen.queryByTestId('duplicates-none')).not.toBeInTheDocument();
  });
});

function Warner({ f }: { f: FilingDto }) {
  const warn = useDuplicateWarning();
  return <button onClick={() => warn(f)}>submit-done</button>;
}

describe('useDuplicateWarning', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('tells the filer about look-alikes after submitting, and stays silent without any', async () => {
    const submitted = { id: 'f1', unitId: 'u1', foreignInvestor: false, reviewDueProvisional: false, status: 'UnderReview', version: 1, createdAt: '2026-11-20T00:00:00Z', history: [], attachmentCount: 0 } as Partial<FilingDto> as FilingDto;
    renderRoutes([{ path: '/', element: <><Warner f={submitted} /><Warner f={{ ...submitted, suspectedDuplicates: [duplicate] }} /></> }], '/');
    const [quiet, loud] = await screen.findAllByRole('button', { name: 'submit-done' });
    const user = userEvent.setup();
    await user.click(quiet);
    expect(screen.queryByTestId('duplicate-warning')).not.toBeInTheDocument();
    await user.click(loud);
    const warning = await screen.findByTestId('duplicate-warning');
    expect(warning).toHaveTextContent('鼎城区');
    expect(warning).toHaveTextContent('统一社会信用代码相同');
  });

  it('words another unit\'s look-alike as the server\'s message only', async () => {
    const submitted = { id: 'f1', unitId: 'u1', foreignInvestor: false, reviewDueProvisional: false, status: 'UnderReview', version: 1, createdAt: '2026-11-20T00:00:00Z', history: [], attachmentCount: 0 } as Partial<FilingDto> as FilingDto;
    const notice = { unitName: '鼎城区', reasons: ['SameCreditCode'], message: '与鼎城区已受理项目疑似重复（统一社会信用代码相同）' } as DuplicateNoticeDto;
    renderRoutes([{ path: '/', element: <Warner f={{ ...submitted, suspectedDuplicates: [], otherUnitMatches: [notice] }} /> }], '/');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'submit-done' }));
    const warning = await screen.findByTestId('duplicate-warning');
    expect(within(warning).getByTestId('duplicate-notice')).toHaveTextContent('与鼎城区已受理项目疑似重复（统一社会信用代码相同）');
    expect(warning).not.toHaveTextContent('智能装备产业园');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const reviewer = { id: '3', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'], unitName: '常德市投资促进中心' };
const filer = { id: '4', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' };
const row = {
  id: 'l1',
  companyName: '深圳远航新材料股份有限公司',
  industryChainName: '新材料',
  intendedInvestment: 150000000,
  sourceRegionCode: '440300',
  sourceKind: 'Ambassador',
  sourceName: '王大使',
  status: 'UnderAssessment',
  recordedByName: 'reviewer',
  createdAt: '2026-12-01T02:00:00Z',
  version: 2,
};
const detail = {
  ...row,
  known: '董事长为常德籍。',
  opinions: [
    { id: 'r1', leadId: 'l1', companyName: row.companyName, associationId: 'a1', associationName: '北京常德商会', question: '请了解情况。', askedByName: 'reviewer', askedAt: '2026-12-01T03:00:00Z', answer: '经营稳健。', answeredByName: 'association', answeredAt: '2026-12-02T03:00:00Z', version: 1 },
    { id: 'r2', leadId: 'l1', companyName: row.companyName, associationId: 'a1', associationName: '北京常德商会', question: '请确认考察时间。', askedByName: 'reviewer', askedAt: '2026-12-03T03:00:00Z', version: 0 },
  ],
  history: [
    { at: '2026-12-01T02:00:00Z', action: 'Recorded', actorName: 'reviewer' },
    { at: '2026-12-01T03:00:00Z', action: 'OpinionRequested', actorName: 'reviewer', detail: '北京常德商会' },
  ],
};

function setup(user: object, path = '/leads', current: Record<string, unknown> = detail) {
  let lead = current;
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: user };
    if (url.startsWith('/api/leads?')) return { status: 200, body: { items: [{ ...row, ...lead, opinions: undefined, history: undefined }], page: 1, pageSize: 20, totalCount: 1 } };
    if (url === '/api/leads/l1') return { status: 200, body: lead };
    if (url === '/api/leads/l1/shelve' && init.method === 'POST') {
      const { reason } = JSON.parse(String(init.body)) as { reason: string };
      lead = { ...lead, status: 'Shelved', decisionNote: reason, version: 3 };
      return { status: 200, body: lead };
    }
    if (url.startsWith('/api/units')) return { status: 200, body: { items: [{ id: 'u1', code: '430702', name: '武陵区' }], page: 1, pageSize: 200, totalCount: 1 } };
    if (url.startsWith('/api/reference-data')) return { status: 200, body: [] };
    if (url.startsWith('/api/people/recommenders?kind=Ambassador'))
      return { status: 200, body: [{ id: 'p1', name: '陈志远', year: 2026, certificateNumber: 'CD-ZSDS-2026-001', company: '深圳远航' }] };
    if (url === '/api/leads' && init.method === 'POST') return { status: 201, body: { ...detail, id: 'l2', sourceKind: 'Ambassador', sourceId: 'p1', sourceName: '陈志远', status: 'Recorded' } };
    if (url.startsWith('/api/associations')) return { status: 200, body: { items: [{ id: 'a1', name: '北京常德商会' }], page: 1, pageSize: 200, totalCount: 1 } };
    return undefined;
  });
  renderRoutes(routes, path);
  return { calls };
}

describe('招商线索 (/leads)', () => {
  beforeAll(async () => {
    await import('./LeadsPage');
    await import('./LeadFormPage');
  });
  const { matchMedia } = window;
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('min-width') })) as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = matchMedia;
    vi.unstubAllGlobals();
  });

  it('lists the leads and opens one with its source, opinions and record', async () => {
    setup(reviewer);
    const table = await screen.findByTestId('leads-table');
    expect(await within(table).findByText('深圳远航新材料股份有限公司')).toBeInTheDocument();
    expect(within(table).getByText('招商大使：王大使')).toBeInTheDocument();
    expect(within(table).getByText('15,000.00')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(table).getByTestId('lead-open'));
    const drawer = await screen.findByTestId('lead-detail');
    expect(within(drawer).getByText('经营稳健。', { exact: false })).toBeInTheDocument();
    expect(within(drawer).getByText('待答复')).toBeInTheDocument();
    expect(within(drawer).getByText('征求意见：北京常德商会')).toBeInTheDocument();
    for (const id of ['lead-request-opinion', 'lead-assign', 'lead-merge', 'lead-shelve']) expect(within(drawer).getByTestId(id)).toBeInTheDocument();
  });

  it('shelves a lead with its reason and the version read', async () => {
    const { calls } = setup(reviewer);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lead-open'));
    await user.click(await screen.findByTestId('lead-shelve'));
    await user.type(await screen.findByTestId('lead-shelve-reason'), '企业暂停扩张。');
    await user.click(screen.getByTestId('lead-action-ok'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/leads/l1/shelve')).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.url === '/api/leads/l1/shelve')?.init.body))).toEqual({ reason: '企业暂停扩张。', version: 2 });
  });

  it('lets a filer start a filing from a lead assigned to its unit, without the center buttons', async () => {
    setup(filer, '/leads?status=Assigned', { ...detail, status: 'Assigned', assignedUnitId: 'u1', assignedUnitName: '武陵区' });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lead-open'));
    const drawer = await screen.findByTestId('lead-detail');
    expect(within(drawer).queryByTestId('lead-assign')).not.toBeInTheDocument();
    expect(within(drawer).getByTestId('lead-start-filing')).toHaveAttribute('href', '/filings/new?leadId=l1');
  });

  it('records a lead brought by an ambassador of this year, picked by name', async () => {
    const { calls } = setup(reviewer, '/leads/new');
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('lead-company', undefined, { timeout: 15_000 }), '深圳远航新材料股份有限公司');
    await user.click(within(screen.getByTestId('lead-source-kind')).getByRole('combobox'));
    await user.click((await screen.findAllByTitle('招商大使')).find((el) => el.classList.contains('ant-select-item-option'))!);
    await user.click(within(await screen.findByTestId('lead-source-ambassador')).getByRole('combobox'));
    await user.click(await screen.findByTitle('陈志远（CD-ZSDS-2026-001，深圳远航）'));
    await user.click(screen.getByTestId('lead-save'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/leads' && c.init.method === 'POST')).toBe(true));
    const body = JSON.parse(String(calls.find((c) => c.url === '/api/leads' && c.init.method === 'POST')?.init.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ companyName: '深圳远航新材料股份有限公司', sourceKind: 'Ambassador', sourceId: 'p1' });
  });
});

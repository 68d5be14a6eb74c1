import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const associationUser = { id: '9', userName: 'association', displayName: '北京常德商会联络员', roles: ['Association'] };
const request = {
  id: 'r1',
  leadId: 'l1',
  companyName: '深圳远航新材料股份有限公司',
  associationId: 'a1',
  associationName: '北京常德商会',
  question: '请了解企业经营状况。',
  askedByName: 'reviewer',
  askedAt: '2026-12-01T02:00:00Z',
  version: 0,
};
const lead = {
  id: 'l2',
  companyName: '北京华芯半导体有限公司',
  intendedInvestment: 300000000,
  sourceKind: 'Association',
  sourceName: '北京常德商会',
  status: 'Recorded',
  recordedByName: 'association',
  createdAt: '2026-12-02T02:00:00Z',
  version: 0,
};

function setup() {
  let answered = false;
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: associationUser };
    if (url.startsWith('/api/association-portal/opinion-requests?')) {
      return { status: 200, body: { items: answered ? [] : [request], page: 1, pageSize: 50, totalCount: answered ? 0 : 1 } };
    }
    if (url === '/api/association-portal/opinion-requests/r1/answer' && init.method === 'POST') {
      answered = true;
      return { status: 200, body: { ...request, answer: '经营稳健。', answeredByName: 'association', answeredAt: '2026-12-03T02:00:00Z', version: 1 } };
    }
    if (url.startsWith('/api/leads?')) return { status: 200, body: { items: [lead], page: 1, pageSize: 50, totalCount: 1 } };
    if (url === '/api/leads' && init.method === 'POST') return { status: 201, body: { ...lead, id: 'l3', companyName: String(JSON.parse(String(init.body)).companyName), opinions: [], history: [] } };
    if (url.startsWith('/api/reference-data') || url.startsWith('/api/units')) return { status: 200, body: url.includes('units') ? { items: [], page: 1, pageSize: 200, totalCount: 0 } : [] };
    return undefined;
  });
  renderRoutes(routes, '/association');
  return { calls };
}

describe('商会门户：招商线索', () => {
  beforeAll(async () => {
    await import('./AssociationPortalPage');
  });
  const { matchMedia } = window;
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    // A phone (375 px): no min-width query matches.
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('max-width') })) as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = matchMedia;
    vi.unstubAllGlobals();
  });

  it('lists its open opinion requests and its leads, and answers a request once', async () => {
    const { calls } = setup();
    const requests = await screen.findByTestId('opinion-requests');
    expect(await within(requests).findByText('深圳远航新材料股份有限公司')).toBeInTheDocument();
    expect(within(await screen.findByTestId('portal-lead-list')).getByText('北京华芯半导体有限公司')).toBeInTheDocument();
    expect(screen.getByText('待研判')).toBeInTheDocument();

    const user = userEvent.setup();
    expect(screen.getByTestId('opinion-submit')).toBeDisabled();
    await user.type(screen.getByTestId('opinion-answer'), '经营稳健。');
    await user.click(screen.getByTestId('opinion-submit'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/association-portal/opinion-requests/r1/answer')).toBe(true));
    const sent = JSON.parse(String(calls.find((c) => c.url.endsWith('/r1/answer'))?.init.body)) as unknown;
    expect(sent).toEqual({ answer: '经营稳健。', version: 0 });
    expect(await screen.findByText('暂无待答复的征求意见')).toBeInTheDocument();
  });

  it('submits a lead with its own association as the source (no source fields shown)', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lead-new'));
    expect(screen.queryByTestId('lead-source-kind')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('lead-company'), '长沙某某公司');
    await user.type(screen.getByTestId('lead-amount'), '5000');
    await user.click(screen.getByTestId('lead-save'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/leads' && c.init.method === 'POST')).toBe(true));
    const body = JSON.parse(String(calls.find((c) => c.url === '/api/leads' && c.init.method === 'POST')?.init.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ companyName: '长沙某某公司', intendedInvestment: 50000000, sourceKind: 'Association' });
    expect(body.sourceId).toBeUndefined();
  });
});

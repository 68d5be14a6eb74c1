import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../AppProviders';
import { changeLanguage } from '../i18n';
import { mockFetch } from '../test/utils';
import { CreditCard } from './CreditCard';

const claim = {
  id: 'c1',
  filingId: 'f1',
  associationId: 'a1',
  associationName: '北京常德商会',
  recommenderKind: null,
  recommenderId: null,
  recommenderName: null,
  source: 'Filer',
  leadId: null,
  status: 'Proposed',
  proposedByName: 'filer',
  proposedAt: '2026-11-23T02:00:00Z',
  decidedByName: null,
  decidedAt: null,
  reason: null,
  version: 1,
  evidence: [{ id: 'e1', creditId: 'c1', fileName: '引荐函.pdf', contentType: 'application/pdf', sizeBytes: 10, uploadedAt: '2026-11-23T02:00:00Z', uploadedByName: 'filer' }],
};

function renderCard(canPropose: boolean, canDecide: boolean) {
  return render(
    <AppProviders queryClient={createQueryClient()}>
      <CreditCard filingId="f1" canPropose={canPropose} canDecide={canDecide} />
    </AppProviders>,
  );
}

describe('CreditCard', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows a claim with its status and evidence; a reviewer may confirm or reject it', async () => {
    mockFetch((url) =>
      url === '/api/filings/f1/credits' ? { status: 200, body: [claim] } : url.startsWith('/api/associations') ? { status: 200, body: { items: [], page: 1, pageSize: 200, totalCount: 0 } } : undefined,
    );
    renderCard(false, true);
    const item = await screen.findByTestId('credit-item');
    expect(item).toHaveTextContent('北京常德商会');
    expect(item).toHaveTextContent('待审核');
    expect(screen.getByRole('link', { name: '引荐函.pdf' })).toHaveAttribute('href', '/api/credits/c1/evidence/e1/content');
    expect(screen.getByTestId('credit-confirm')).toBeInTheDocument();
    expect(screen.getByTestId('credit-reject')).toBeInTheDocument();
    expect(screen.queryByTestId('credit-propose')).not.toBeInTheDocument();
  });

  it('lets a filer propose when nothing is confirmed, and shows the history of a change', async () => {
    const superseded = { ...claim, id: 'c0', status: 'Superseded', reason: '经核实另有引荐方', decidedByName: 'reviewer', decidedAt: '2026-11-24T02:00:00Z', evidence: [] };
    mockFetch((url) =>
      url === '/api/filings/f1/credits' ? { status: 200, body: [superseded] } : url.startsWith('/api/associations') ? { status: 200, body: { items: [], page: 1, pageSize: 200, totalCount: 0 } } : undefined,
    );
    renderCard(true, false);
    expect(await screen.findByText(/经核实另有引荐方/)).toBeInTheDocument();
    expect(screen.getByTestId('credit-propose')).toBeInTheDocument();
    expect(screen.queryByTestId('credit-confirm')).not.toBeInTheDocument();
  });

  it("shows a claim's recommender with its kind", async () => {
    const byAmbassador = { ...claim, associationId: null, associationName: null, recommenderKind: 'Ambassador', recommenderId: 'p1', recommenderName: '陈志远', source: 'Lead' };
    mockFetch((url) => (url === '/api/filings/f1/credits' ? { status: 200, body: [byAmbassador] } : undefined));
    renderCard(false, false);
    expect(await screen.findByTestId('credit-recommender-name')).toHaveTextContent('招商大使：陈志远');
    expect(screen.getByTestId('credit-item')).toHaveTextContent('来自线索');
  });

  it("lets a filer propose one of this year's ambassadors, searched on the server by name, as the recommender", async () => {
    const chen = { id: 'p1', name: '陈志远', year: 2026, certificateNumber: 'CD-ZSDS-2026-001', company: '深圳远航' };
    const { calls } = mockFetch((url, init) => {
      if (url === '/api/filings/f1/credits' && init.method === 'POST') return { status: 201, body: { ...claim, recommenderKind: 'Ambassador', recommenderId: 'p1', recommenderName: '陈志远' } };
      if (url === '/api/filings/f1/credits') return { status: 200, body: [] };
      if (url.startsWith('/api/associations')) return { status: 200, body: { items: [], page: 1, pageSize: 200, totalCount: 0 } };
      if (url.startsWith('/api/people/recommenders?kind=Ambassador')) return { status: 200, body: [chen] };
      return undefined;
    });
    renderCard(true, false);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('credit-propose'));
    const form = await screen.findByTestId('credit-form');
    expect(within(form).queryByTestId('credit-recommender-pick')).not.toBeInTheDocument();
    await user.click(within(form).getByText('招商大使'));
    await user.click(within(await within(form).findByTestId('credit-recommender-pick')).getByRole('combobox'));
    await user.keyboard('陈');
    await waitFor(() => expect(calls.some((c) => c.url === '/api/people/recommenders?kind=Ambassador&search=%E9%99%88')).toBe(true));
    await user.click(await screen.findByTitle('陈志远（CD-ZSDS-2026-001，深圳远航）'));
    await user.click(within(form).getByTestId('credit-submit'));

    await waitFor(() => expect(calls.some((c) => c.url === '/api/filings/f1/credits' && c.init.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.url === '/api/filings/f1/credits' && c.init.method === 'POST')!;
    expect(JSON.parse(String(post.init.body))).toEqual({ recommenderKind: 'Ambassador', recommenderId: 'p1' });
  });

  it('asks a named person for a name', async () => {
    mockFetch((url) =>
      url === '/api/filings/f1/credits' ? { status: 200, body: [] } : url.startsWith('/api/associations') ? { status: 200, body: { items: [], page: 1, pageSize: 200, totalCount: 0 } } : undefined,
    );
    renderCard(true, false);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('credit-propose'));
    const form = await screen.findByTestId('credit-form');
    await user.click(within(form).getByText('其他引荐人'));
    await user.click(within(form).getByTestId('credit-submit'));
    expect(await within(form).findByText('请填写“引荐人姓名”。')).toBeInTheDocument();
  });
});

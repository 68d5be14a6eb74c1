import { render, screen } from '@testing-library/react';
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
});

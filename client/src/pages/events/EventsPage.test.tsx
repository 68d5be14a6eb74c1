import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const reviewer = { id: '3', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'], unitName: '常德市投资促进中心' };
const leader = { id: '5', userName: 'leader', displayName: '王市长', roles: ['Leader'] };
const row = {
  id: 'e1',
  kind: 'NativesConference',
  title: '2026 年北京常德籍德商大会',
  startsOn: '2026-11-20',
  endsOn: '2026-11-21',
  place: '北京',
  invitedCompanyCount: 150,
  status: 'Proposed',
  proposedByAssociationId: 'a1',
  proposedByAssociationName: '北京常德商会',
  associations: [{ associationId: 'a1', associationName: '北京常德商会', role: 'Host' }],
  leadCount: 0,
  signedProjectCount: 0,
  createdAt: '2026-11-22T02:00:00Z',
  version: 1,
};
const detail = {
  ...row,
  invitedCompanies: ['北京华芯半导体有限公司'],
  recordedByName: 'association',
  leads: [],
  signedProjects: [],
  files: [{ id: 'f1', eventId: 'e1', fileName: '合影.jpg', contentType: 'image/jpeg', sizeBytes: 1000, isPhoto: true, uploadedAt: '2026-11-22T02:00:00Z', uploadedByName: 'association' }],
};

function setup(user: object, path = '/events') {
  let current: Record<string, unknown> = detail;
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: user };
    if (url.startsWith('/api/events?')) return { status: 200, body: { items: [{ ...row, ...current, invitedCompanies: undefined, leads: undefined, signedProjects: undefined, files: undefined }], page: 1, pageSize: 20, totalCount: 1 } };
    if (url === '/api/events/e1') return { status: 200, body: current };
    if (url === '/api/events/e1/confirm' && init.method === 'POST') {
      current = { ...current, status: 'Confirmed', decidedByName: 'reviewer', decidedAt: '2026-11-23T02:00:00Z', version: 2 };
      return { status: 200, body: current };
    }
    if (url === '/api/events/e1/reject' && init.method === 'POST') {
      current = { ...current, status: 'Rejected', rejectionReason: String(JSON.parse(String(init.body)).reason), version: 2 };
      return { status: 200, body: current };
    }
    if (url.startsWith('/api/associations')) return { status: 200, body: { items: [{ id: 'a1', name: '北京常德商会' }], page: 1, pageSize: 200, totalCount: 1 } };
    if (url.startsWith('/api/units')) return { status: 200, body: { items: [], page: 1, pageSize: 200, totalCount: 0 } };
    if (url.startsWith('/api/reference-data')) return { status: 200, body: [] };
    return undefined;
  });
  renderRoutes(routes, path);
  return { calls };
}

describe('招商活动 (/events)', () => {
  beforeAll(async () => {
    await import('./EventsPage');
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

  it('lists the queue of proposals from the URL and opens one with its associations and photos', async () => {
    const { calls } = setup(reviewer, '/events?status=Proposed');
    const table = await screen.findByTestId('events-table');
    expect(await within(table).findByText('2026 年北京常德籍德商大会')).toBeInTheDocument();
    expect(within(table).getByText('德商大会/乡贤大会')).toBeInTheDocument();
    expect(within(table).getByText('北京常德商会（承办）')).toBeInTheDocument();
    expect(calls.some((c) => c.url.startsWith('/api/events?') && c.url.includes('status=Proposed'))).toBe(true);

    const user = userEvent.setup();
    await user.click(within(table).getByTestId('event-open'));
    const drawer = await screen.findByTestId('event-detail');
    expect(within(drawer).getByText('北京华芯半导体有限公司')).toBeInTheDocument();
    expect(within(drawer).getByTestId('event-file')).toHaveAttribute('href', '/api/events/e1/files/f1/content');
    expect(within(drawer).getByTestId('event-confirm')).toBeInTheDocument();
  });

  it('rejects a proposal with the reason and the version read', async () => {
    const { calls } = setup(reviewer);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('event-open'));
    await user.click(await screen.findByTestId('event-reject'));
    await user.type(await screen.findByTestId('event-reject-reason'), '不属于招商活动。');
    await user.click(screen.getByTestId('event-reject-ok'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/events/e1/reject')).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.url === '/api/events/e1/reject')?.init.body))).toEqual({ reason: '不属于招商活动。', version: 1 });
  });

  it('confirms a proposal', async () => {
    const { calls } = setup(reviewer);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('event-open'));
    await user.click(await screen.findByTestId('event-confirm'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/events/e1/confirm')).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.url === '/api/events/e1/confirm')?.init.body))).toEqual({ version: 1 });
  });

  it('lets a leader read and export but not record, edit or decide', async () => {
    setup(leader);
    const user = userEvent.setup();
    expect(await screen.findByTestId('events-export')).toBeInTheDocument();
    expect(screen.queryByTestId('event-new')).not.toBeInTheDocument();
    await user.click(await screen.findByTestId('event-open'));
    const drawer = await screen.findByTestId('event-detail');
    expect(within(drawer).queryByTestId('event-confirm')).not.toBeInTheDocument();
    expect(within(drawer).queryByTestId('event-edit')).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const associationUser = { id: '9', userName: 'association', displayName: '北京常德商会联络员', roles: ['Association'] };
const rejected = {
  id: 'e2',
  kind: 'Symposium',
  title: '商会会员联谊茶话会',
  startsOn: '2026-09-01',
  endsOn: '2026-09-01',
  place: '北京市东城区',
  invitedCompanyCount: 0,
  status: 'Rejected',
  proposedByAssociationId: 'a1',
  proposedByAssociationName: '北京常德商会',
  associations: [{ associationId: 'a1', associationName: '北京常德商会', role: 'Host' }],
  leadCount: 0,
  signedProjectCount: 0,
  createdAt: '2026-09-02T02:00:00Z',
  version: 2,
};

function setup() {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: associationUser };
    if (url.startsWith('/api/events?')) return { status: 200, body: { items: [rejected], page: 1, pageSize: 10, totalCount: 1 } };
    if (url === '/api/events/e2') {
      return { status: 200, body: { ...rejected, invitedCompanies: [], recordedByName: 'association', rejectionReason: '会员内部联谊，不属于招商活动。', leads: [], signedProjects: [], files: [] } };
    }
    if (url === '/api/association-portal/events' && init.method === 'POST') {
      return { status: 201, body: { ...rejected, id: 'e3', status: 'Proposed', title: String(JSON.parse(String(init.body)).title), invitedCompanies: [], recordedByName: 'association', leads: [], signedProjects: [], files: [] } };
    }
    if (url.startsWith('/api/leads?')) return { status: 200, body: { items: [], page: 1, pageSize: 100, totalCount: 0 } };
    if (url.startsWith('/api/associations')) return { status: 200, body: { items: [{ id: 'a1', name: '北京常德商会' }], page: 1, pageSize: 200, totalCount: 1 } };
    if (url.startsWith('/api/reference-data') || url.startsWith('/api/units')) return { status: 200, body: url.includes('units') ? { items: [], page: 1, pageSize: 200, totalCount: 0 } : [] };
    return undefined;
  });
  renderRoutes(routes, '/association');
  return { calls };
}

describe('商会门户：招商活动', () => {
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

  it('lists its events and shows the center\'s reason for a rejected one, without edit buttons', async () => {
    setup();
    const section = await screen.findByTestId('portal-events');
    expect(await within(section).findByText('商会会员联谊茶话会')).toBeInTheDocument();
    expect(within(section).getByText('已退回')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(section).getByTestId('portal-event-open'));
    expect(await screen.findByTestId('event-rejection-reason')).toHaveTextContent('会员内部联谊，不属于招商活动。');
    expect(screen.queryByTestId('event-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('event-confirm')).not.toBeInTheDocument();
  });

  it('proposes an event with its own role', async () => {
    const { calls } = setup();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('event-propose'));
    await user.type(await screen.findByTestId('event-title'), '在京常德籍企业家座谈会');
    await user.type(screen.getByTestId('event-place'), '北京常德商会');
    await user.click(screen.getByTestId('event-starts-on'));
    await user.type(screen.getByTestId('event-starts-on'), '2026-11-10{Enter}');
    await user.click(screen.getByTestId('event-ends-on'));
    await user.type(screen.getByTestId('event-ends-on'), '2026-11-10{Enter}');
    await user.click(screen.getByTestId('event-save'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/association-portal/events')).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.url === '/api/association-portal/events')?.init.body))).toMatchObject({
      kind: 'Promotion',
      title: '在京常德籍企业家座谈会',
      startsOn: '2026-11-10',
      endsOn: '2026-11-10',
      place: '北京常德商会',
      ownRole: 'Host',
      invitedCompanyCount: 0,
    });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { UNREAD_POLL_MS } from '../lib/useNotifications';
import { routes } from '../routes';
import { mockFetch, renderRoutes } from '../test/utils';

const filer = { id: '2', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' };
const returned = {
  id: 'n1',
  kind: 'FilingReturned',
  filingId: 'f1',
  projectName: '智能装备产业园',
  reason: '请补充投资协议',
  filings: [],
  createdAt: '2026-11-23T02:00:00Z',
  readAt: null,
};
const approved = { ...returned, id: 'n2', kind: 'FilingApproved', filingId: 'f2', reason: null, readAt: '2026-11-23T03:00:00Z' };

function setup() {
  let unread = 1;
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: filer };
    if (url === '/api/notifications/unread-count') return { status: 200, body: { count: unread } };
    if (url.startsWith('/api/notifications?')) return { status: 200, body: { items: [returned, approved], page: 1, pageSize: 8, totalCount: 2 } };
    if (url === '/api/notifications/n1/read' && init.method === 'POST') {
      unread = 0;
      return { status: 204 };
    }
    if (url === '/api/filings/f1') return { status: 200, body: { id: 'f1', unitId: 'u1', status: 'Returned', version: 3, createdAt: '2026-11-23T01:00:00Z', foreignInvestor: false, history: [] } };
    if (url === '/api/filings/f1/attachments') return { status: 200, body: [] };
    if (url === '/api/filings/f1/credits') return { status: 200, body: [] };
    if (url.startsWith('/api/filings')) return { status: 200, body: { items: [], page: 1, pageSize: 20, totalCount: 0 } };
    return undefined;
  });
  const { router } = renderRoutes(routes, '/filings');
  return { calls, router };
}

describe('NotificationBell', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('polls the unread count every minute', () => {
    expect(UNREAD_POLL_MS).toBe(60_000);
  });

  it('shows the unread count, lists notifications worded from kind and parameters, and opening one marks it read and goes to the filing', async () => {
    const { calls, router } = setup();
    const user = userEvent.setup();

    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(within(bell).getByText('1')).toBeInTheDocument());
    await user.click(bell);

    const items = await screen.findAllByTestId('notification-item');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('项目被退回修改');
    expect(items[0]).toHaveTextContent('“智能装备产业园”被退回修改，理由：请补充投资协议');
    expect(items[0]).toHaveAttribute('data-unread', 'true');
    expect(items[1]).toHaveTextContent('项目已备案');
    expect(items[1]).toHaveAttribute('data-unread', 'false');
    expect(calls.some((c) => c.url === '/api/notifications?page=1&pageSize=8&unreadOnly=false&order=UnreadFirst')).toBe(true);

    await user.click(items[0]);

    await waitFor(() => expect(router.state.location.pathname).toBe('/filings/f1'));
    expect(calls.filter((c) => c.url === '/api/notifications/n1/read' && c.init.method === 'POST')).toHaveLength(1);
    await waitFor(() => expect(within(screen.getByTestId('notification-bell')).queryByText('1')).not.toBeInTheDocument());
  });

  it('words notifications in English too', async () => {
    await changeLanguage('en-US');
    setup();
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('notification-bell'));

    const items = await screen.findAllByTestId('notification-item');
    expect(items[0]).toHaveTextContent('Filing returned for correction');
    expect(items[0]).toHaveTextContent('"智能装备产业园" was returned. Reasons: 请补充投资协议');
  });
});

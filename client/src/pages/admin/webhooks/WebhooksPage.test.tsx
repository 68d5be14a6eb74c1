import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../../i18n';
import { routes } from '../../../routes';
import { mockFetch, renderRoutes, type MockResponse } from '../../../test/utils';

const admin = { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const subscription = {
  id: 's1',
  url: 'https://hooks.example.com/investpromo',
  eventTypes: ['filing.submitted', 'filing.approved'],
  description: '省平台',
  status: 'Active',
  failingSince: null,
  createdAt: '2026-11-20T02:00:00Z',
  version: 4,
};
const delivered = {
  id: 'd1',
  eventId: 'e1',
  eventType: 'filing.submitted',
  subscriptionId: 's1',
  subscriptionUrl: subscription.url,
  status: 'Delivered',
  attempts: 3,
  lastStatusCode: 200,
  lastError: null,
  lastResponse: 'ok',
  lastAttemptAt: '2026-11-23T02:01:00Z',
  nextAttemptAt: null,
  deliveredAt: '2026-11-23T02:01:00Z',
  createdAt: '2026-11-23T02:00:00Z',
  redeliveryOf: null,
};
const types = ['filing.submitted', 'filing.approved', 'filing.returned', 'filing.revoked', 'publication.published', 'objection.lodged', 'objection.decided'];

function setup(write: (url: string, init: RequestInit) => MockResponse | undefined = () => undefined) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: admin };
    if (init.method && init.method !== 'GET') return write(url, init);
    if (url === '/api/webhooks/subscriptions') return { status: 200, body: [subscription] };
    if (url === '/api/webhooks/event-types') return { status: 200, body: types };
    if (url.startsWith('/api/webhooks/deliveries')) return { status: 200, body: { items: [delivered], page: 1, pageSize: 20, totalCount: 1 } };
    return undefined;
  });
  renderRoutes(routes, '/admin/webhooks');
  return calls;
}

describe('WebhooksPage', () => {
  beforeAll(async () => {
    await import('./WebhooksPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists subscriptions with their events in Chinese, and the delivery log with its status', async () => {
    setup();
    expect(await screen.findByText('省平台', undefined, { timeout: 40_000 })).toBeInTheDocument();
    expect(screen.getAllByText('备案提交').length).toBeGreaterThanOrEqual(2); // the subscription's tag and the log's event
    expect(screen.getByText('备案通过')).toBeInTheDocument();
    expect(screen.getByTestId('webhook-status')).toHaveTextContent('正常');
    expect(await screen.findByTestId('delivery-status')).toHaveTextContent('已送达');
    expect(screen.getByText('HTTP 200')).toBeInTheDocument();
  });

  it('creates a subscription and shows the generated secret once, with a copy button', async () => {
    const calls = setup((url) =>
      url === '/api/webhooks/subscriptions'
        ? { status: 201, body: { subscription: { ...subscription, id: 's2', url: 'https://erp.example.com/hook' }, secret: 'whsec_abc123' } }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('webhook-create', undefined, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog');
    const url = within(dialog).getByLabelText('推送地址');
    await user.clear(url);
    await user.type(url, 'https://erp.example.com/hook');
    await user.click(within(dialog).getByLabelText(/异议受理/));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent('whsec_abc123');
    expect(screen.getByRole('button', { name: /复制密钥/ })).toBeInTheDocument();
    const post = calls.find((c) => c.init.method === 'POST')!;
    expect(JSON.parse(post.init.body as string)).toEqual({ url: 'https://erp.example.com/hook', eventTypes: ['objection.lodged'] });
  });

  it('shows the server refusing a private address on the URL field', async () => {
    setup(() => ({
      status: 400,
      body: { status: 400, title: 'Bad', code: 'webhooks.url-private', errors: { url: ['推送地址指向内网、本机或保留地址，不允许使用。'] } },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('webhook-create', undefined, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('推送地址'), '10.0.0.1/hook');
    await user.click(within(dialog).getByLabelText(/备案通过/));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('推送地址指向内网、本机或保留地址，不允许使用。')).toBeInTheDocument();
  });

  it('pauses with the version it read, pings, and redelivers a finished delivery', async () => {
    const calls = setup((url) => {
      if (url === '/api/webhooks/subscriptions/s1') return { status: 200, body: { subscription: { ...subscription, status: 'Paused', version: 5 }, secret: null } };
      if (url === '/api/webhooks/subscriptions/s1/ping') return { status: 202, body: { ...delivered, id: 'd2', eventType: 'ping', status: 'Pending' } };
      if (url === '/api/webhooks/deliveries/d1/redeliver') return { status: 202, body: { ...delivered, id: 'd3', status: 'Pending', redeliveryOf: 'd1' } };
      return undefined;
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('switch', { name: '启用' }, { timeout: 15_000 }));
    await waitFor(() => expect(calls.some((c) => c.init.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.init.method === 'PUT')!;
    expect(JSON.parse(put.init.body as string)).toMatchObject({ url: subscription.url, paused: true, version: 4 });

    await user.click(screen.getByTestId('webhook-ping'));
    await user.click(await screen.findByTestId('webhook-redeliver'));
    await waitFor(() => expect(calls.map((c) => c.url)).toEqual(expect.arrayContaining(['/api/webhooks/subscriptions/s1/ping', '/api/webhooks/deliveries/d1/redeliver'])));
  });

  it('speaks English too', async () => {
    await changeLanguage('en-US');
    setup();
    expect(await screen.findByText('Delivery log', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByTestId('delivery-status')).toHaveTextContent('Delivered');
    expect(screen.getAllByText('Filing submitted').length).toBeGreaterThanOrEqual(1);
  });
});

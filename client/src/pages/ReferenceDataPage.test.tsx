import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes, type MockResponse } from '../test/utils';

const admin = { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const reviewer = { id: '2', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] };
const equip = { id: 'c1', code: 'EQUIP', name: '高端装备制造', group: '先进制造业', sortOrder: 10, isActive: true, version: 2 };

function setup(me: object, write: (url: string, init: RequestInit) => MockResponse | undefined = () => ({ status: 500 })) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: me };
    if (url.startsWith('/api/industry-chains?')) return { status: 200, body: [equip] };
    if (url.startsWith('/api/industry-chains')) return write(url, init);
    return undefined;
  });
  renderRoutes(routes, '/reference-data');
  return calls;
}

describe('ReferenceDataPage: industry chains', () => {
  beforeAll(async () => {
    await import('./ReferenceDataPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is read-only for a reviewer', async () => {
    setup(reviewer);
    // The first render of the page (lazy route, antd styles) is the slow one on a busy machine.
    expect(await screen.findByText('高端装备制造', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('chain-create')).not.toBeInTheDocument();
    expect(screen.queryByTestId('chain-edit-EQUIP')).not.toBeInTheDocument();
  });

  it('lets an admin add a chain and shows the server field errors on the form', async () => {
    const calls = setup(admin, (_, init) =>
      init.method === 'POST'
        ? { status: 409, body: { status: 409, title: 'Conflict', code: 'industry-chain.code-taken', detail: '产业链编码已存在。' } }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('chain-create'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('编码'), 'equip');
    await user.type(within(dialog).getByLabelText('名称'), '重复的链');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('产业链编码已存在。')).toBeInTheDocument();
    const post = calls.find((c) => c.init.method === 'POST')!;
    expect(post.url).toBe('/api/industry-chains');
    expect(JSON.parse(post.init.body as string)).toMatchObject({ code: 'equip', name: '重复的链', sortOrder: 20 });
  });

  it('deactivates a chain with the version read', async () => {
    const calls = setup(admin, (_, init) => (init.method === 'PUT' ? { status: 200, body: { ...equip, isActive: false, version: 3 } } : undefined));
    await userEvent.setup().click(await screen.findByTestId('chain-toggle-EQUIP'));
    await waitFor(() => expect(calls.some((c) => c.init.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.init.method === 'PUT')!;
    expect(put.url).toBe('/api/industry-chains/c1');
    expect(JSON.parse(put.init.body as string)).toMatchObject({ name: '高端装备制造', isActive: false, version: 2 });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes, type MockResponse } from '../test/utils';

const admin = { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const unit = { id: 'u3', code: 'WL', name: '武陵区', kind: 'County', version: 3, createdAt: '2026-01-02T00:00:00Z' };

function setup(write: (url: string, init: RequestInit) => MockResponse) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: admin };
    if (url.startsWith('/api/units?')) return { status: 200, body: { items: [unit], page: 1, pageSize: 20, totalCount: 41 } };
    if (url.startsWith('/api/units')) return write(url, init);
    return undefined;
  });
  renderRoutes(routes, '/units');
  return calls;
}

const listCalls = (calls: { url: string }[]) => calls.filter((c) => c.url.startsWith('/api/units?'));

describe('UnitsPage', () => {
  beforeAll(async () => {
    await import('./UnitsPage'); // the route lazy-loads it; warm the module so the first test is not slow
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('pages on the server', async () => {
    const calls = setup(() => ({ status: 500 }));
    expect(await screen.findByText('武陵区', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('共 41 条')).toBeInTheDocument();
    expect(listCalls(calls)[0].url).toBe('/api/units?page=1&pageSize=20');
    await userEvent.setup().click(screen.getByTitle('3'));
    await waitFor(() => expect(listCalls(calls).map((c) => c.url)).toContain('/api/units?page=3&pageSize=20'));
  });

  it('sends the version it read and, on a stale version, says so and reloads', async () => {
    const calls = setup(() => ({
      status: 409,
      body: { status: 409, title: 'Conflict', code: 'concurrency.stale', detail: 'CarrierUnit changed' },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByText('编辑'));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText('单位名称');
    await user.clear(name);
    await user.type(name, '武陵区（新）');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    const put = calls.find((c) => c.init.method === 'PUT')!;
    expect(put.url).toBe('/api/units/u3');
    expect(JSON.parse(put.init.body as string)).toMatchObject({ name: '武陵区（新）', kind: 'County', version: 3 });
    await waitFor(() => expect(listCalls(calls).length).toBeGreaterThanOrEqual(2));
  });

  it('shows server field errors on the matching form item', async () => {
    setup(() => ({
      status: 400,
      body: { status: 400, title: '输入有误', code: 'validation', errors: { code: ['编码已存在'] } },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('unit-create'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('单位编码'), 'WL');
    await user.type(within(dialog).getByLabelText('单位名称'), '武陵区');
    await user.click(within(dialog).getByLabelText('单位类型'));
    await user.click(await screen.findByTitle('县区'));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('编码已存在')).toBeInTheDocument();
  });

  it('deletes with the version after confirming, and explains a refused delete', async () => {
    const calls = setup(() => ({
      status: 409,
      body: { status: 409, title: 'Conflict', code: 'unit.has-users', detail: '该单位下仍有用户，不能删除' },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByText('删除'));
    const confirm = await screen.findByText('确定删除“武陵区”吗？');
    const pop = confirm.closest('.ant-popover') as HTMLElement;
    await user.click(within(pop).getByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByText('该单位下仍有用户，不能删除')).toBeInTheDocument();
    const del = calls.find((c) => c.init.method === 'DELETE')!;
    expect(del.url).toBe('/api/units/u3?version=3');
  });

  it('says so when the list cannot be loaded', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: admin };
      if (url.startsWith('/api/units?')) return { status: 403, body: { status: 403, title: '禁止访问', detail: '您无权查看载体单位' } };
      return undefined;
    });
    renderRoutes(routes, '/units');
    expect(await screen.findByTestId('query-error')).toHaveTextContent('您无权查看载体单位');
  });
});

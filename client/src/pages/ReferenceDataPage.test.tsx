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

const changde = { code: '430700', name: '常德市', nameEn: 'Changde', kind: 'City', parentCode: '430000', sortOrder: 7, isActive: true, version: 1 };
const hunan = { code: '430000', name: '湖南省', nameEn: 'Hunan', kind: 'Province', sortOrder: 18, isActive: true, version: 0 };

function setupRegions(me: object, write: (url: string, init: RequestInit) => MockResponse | undefined = () => ({ status: 500 })) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: me };
    if (url.startsWith('/api/industry-chains?')) return { status: 200, body: [equip] };
    if (url.startsWith('/api/regions?')) return { status: 200, body: url.includes('kind=City') ? [changde] : [hunan] };
    if (url.startsWith('/api/regions')) return write(url, init);
    return undefined;
  });
  renderRoutes(routes, '/reference-data');
  return calls;
}

describe('ReferenceDataPage: source regions', () => {
  beforeAll(async () => {
    await import('./ReferenceDataPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  const openRegions = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(await screen.findByRole('tab', { name: '投资来源地区' }, { timeout: 15_000 }));
    expect(await screen.findByText('湖南省')).toBeInTheDocument();
  };

  it('is read-only for a reviewer', async () => {
    setupRegions(reviewer);
    await openRegions(userEvent.setup());
    expect(screen.queryByTestId('region-create')).not.toBeInTheDocument();
    expect(screen.queryByTestId('region-edit-430000')).not.toBeInTheDocument();
  });

  it('lets an admin add a city and shows the server problem', async () => {
    const calls = setupRegions(admin, (_, init) =>
      init.method === 'POST'
        ? { status: 422, body: { status: 422, title: 'Unprocessable', code: 'region.province-missing', detail: '该城市所属的省级行政区不存在,请先添加省级行政区。' } }
        : undefined,
    );
    const user = userEvent.setup();
    await openRegions(user);
    await user.click(screen.getByTestId('region-create'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('region-code'), ' 990100 ');
    await user.type(within(dialog).getByTestId('region-name'), '测试市');
    await user.type(within(dialog).getByTestId('region-nameEn'), 'Ceshi');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('该城市所属的省级行政区不存在,请先添加省级行政区。')).toBeInTheDocument();
    const post = calls.find((c) => c.init.method === 'POST')!;
    expect(post.url).toBe('/api/regions');
    expect(JSON.parse(post.init.body as string)).toEqual({ code: '990100', name: '测试市', nameEn: 'Ceshi' });
  });

  it('lists the cities and deactivates one with the version read', async () => {
    const calls = setupRegions(admin, (_, init) => (init.method === 'PUT' ? { status: 200, body: { ...changde, isActive: false, version: 2 } } : undefined));
    const user = userEvent.setup();
    await openRegions(user);
    await user.click(screen.getByText('城市'));
    await user.click(await screen.findByTestId('region-toggle-430700'));
    await waitFor(() => expect(calls.some((c) => c.init.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.init.method === 'PUT')!;
    expect(put.url).toBe('/api/regions/430700');
    expect(JSON.parse(put.init.body as string)).toEqual({ name: '常德市', nameEn: 'Changde', isActive: false, version: 1 });
  });
});

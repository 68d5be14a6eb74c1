import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const reviewer = { id: '2', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] };
const emptyPage = { items: [], page: 1, pageSize: 20, totalCount: 0 };
const regions = [
  { code: '440000', name: '广东省', nameEn: 'Guangdong', kind: 'Province', isActive: true, version: 0 },
  { code: '440300', name: '深圳市', nameEn: 'Shenzhen', kind: 'City', parentCode: '440000', isActive: true, version: 0 },
  { code: '810000', name: '香港特别行政区', nameEn: 'Hong Kong', kind: 'Province', isActive: true, version: 0 },
  { code: 'SG', name: '新加坡', nameEn: 'Singapore', kind: 'Country', isActive: true, version: 0 },
];

describe('ReviewQueuePage source filters', () => {
  beforeAll(async () => {
    await import('./ReviewQueuePage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks the server for a province (its cities roll up) and for a source class', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: reviewer };
      if (url.startsWith('/api/review/queue')) return { status: 200, body: emptyPage };
      if (url.startsWith('/api/regions')) return { status: 200, body: regions };
      return undefined;
    });
    renderRoutes(routes, '/review');
    await screen.findByTestId('queue-table', undefined, { timeout: 15_000 });
    const user = userEvent.setup();

    await user.click(within(screen.getByTestId('filter-source-origin')).getByRole('combobox'));
    await user.click(await screen.findByTitle('港澳台'));
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/review/queue?') && c.url.includes('sourceOrigin=HongKongMacaoTaiwan'))).toBe(true));

    await user.click(within(screen.getByTestId('filter-source-region')).getByRole('combobox'));
    await user.click(await screen.findByTitle('广东省'));
    await waitFor(() =>
      expect(calls.some((c) => c.url.includes('sourceRegionCode=440000') && c.url.includes('sourceOrigin=HongKongMacaoTaiwan'))).toBe(true),
    );
  });

  it('shows a skeleton while the queue loads, never the faded empty text, then says what to do when it is empty', async () => {
    let answer: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: reviewer };
      if (url.startsWith('/api/regions')) return { status: 200, body: regions };
      return undefined;
    });
    const fetchMock = globalThis.fetch as unknown as (input: string, init?: RequestInit) => Promise<Response>;
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      if (String(input).startsWith('/api/review/queue')) {
        await gate;
        return new Response(JSON.stringify(emptyPage), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }
      return fetchMock(input, init);
    });
    renderRoutes(routes, '/review');
    const table = await screen.findByTestId('queue-table', undefined, { timeout: 15_000 });
    expect(await within(table).findByTestId('list-loading')).toBeInTheDocument();
    expect(within(table).queryByText('没有待审核的备案')).toBeNull();
    answer!();
    const empty = await within(table).findByTestId('list-empty');
    expect(empty).toHaveTextContent('没有待审核的备案');
    expect(empty).toHaveTextContent('新提交的备案会按审核截止时间排在这里');
  });

  it('names every filter for screen readers, not only by placeholder, and keeps them in the URL', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: reviewer };
      if (url.startsWith('/api/review/queue')) return { status: 200, body: emptyPage };
      if (url.startsWith('/api/regions')) return { status: 200, body: regions };
      return undefined;
    });
    const { router } = renderRoutes(routes, '/review?category=Industrial');
    const filters = await screen.findByTestId('queue-filters', undefined, { timeout: 15_000 });
    for (const name of ['载体单位', '产业链', '项目类别', '来源省份/国家', '来源类别', '规模', '项目阶段', '排序', '排序方向']) {
      expect(within(filters).getByRole('combobox', { name })).toBeInTheDocument();
    }
    expect(within(filters).getByLabelText('提交日期起')).toBeInTheDocument();
    expect(within(filters).getByLabelText('提交日期止')).toBeInTheDocument();
    expect(await screen.findByText('没有符合筛选条件的待审核备案')).toBeInTheDocument();
    await userEvent.setup().click(screen.getAllByRole('button', { name: /清除筛选/ })[0]);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const reviewer = { id: '3', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] };
const leader = { id: '5', userName: 'leader', displayName: '王市长', roles: ['Leader'] };
const item = {
  id: 'p1',
  medium: '常德日报',
  publishedOn: '2026-10-01',
  title: '北京常德商会助力家乡招商引资',
  url: 'https://example.com/news/1',
  associationId: 'a1',
  associationName: '北京常德商会',
  createdAt: '2026-10-01T02:00:00Z',
  version: 3,
};

function setup(user: object) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: user };
    if (url.startsWith('/api/publicity?')) return { status: 200, body: { items: [item], page: 1, pageSize: 20, totalCount: 1 } };
    if (url === '/api/publicity/p1' && init.method === 'PUT') return { status: 200, body: { ...item, ...JSON.parse(String(init.body)), version: 4 } };
    if (url.startsWith('/api/associations')) return { status: 200, body: { items: [{ id: 'a1', name: '北京常德商会' }], page: 1, pageSize: 200, totalCount: 1 } };
    if (url.startsWith('/api/reference-data')) return { status: 200, body: [] };
    return undefined;
  });
  renderRoutes(routes, '/publicity');
  return { calls };
}

describe('宣传报道 (/publicity)', () => {
  beforeAll(async () => {
    await import('./PublicityPage');
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

  it('lists the items with their links and edits one at the version read', async () => {
    const { calls } = setup(reviewer);
    const table = await screen.findByTestId('publicity-table');
    expect(await within(table).findByTestId('publicity-link')).toHaveAttribute('href', 'https://example.com/news/1');
    expect(within(table).getByText('常德日报')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(table).getByTestId('publicity-edit'));
    const title = await screen.findByTestId('publicity-title');
    await user.clear(title);
    await user.type(title, '新标题');
    await user.click(screen.getByTestId('publicity-save'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/publicity/p1')).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.url === '/api/publicity/p1')?.init.body))).toMatchObject({ title: '新标题', url: 'https://example.com/news/1', version: 3 });
  });

  it('refuses a link that is not http or https before sending', async () => {
    const { calls } = setup(reviewer);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('publicity-edit'));
    const url = await screen.findByTestId('publicity-url');
    await user.clear(url);
    await user.type(url, 'ftp://example.com');
    await user.click(screen.getByTestId('publicity-save'));
    expect(await screen.findByText('“链接”应为以 http:// 或 https:// 开头的网址。')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/publicity/p1')).toBe(false);
  });

  it('shows a leader the list without the center buttons', async () => {
    setup(leader);
    expect(await screen.findByTestId('publicity-link')).toBeInTheDocument();
    expect(screen.queryByTestId('publicity-new')).not.toBeInTheDocument();
    expect(screen.queryByTestId('publicity-edit')).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import * as download from '../../lib/download';
import { routes } from '../../routes';
import { mockFetch, renderRoutes } from '../../test/utils';

const reviewer = { id: '2', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] };
const filer = { id: '1', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1' };
const emptyPage = { items: [], page: 1, pageSize: 20, totalCount: 0 };
const task = (id: string, projectName: string, overdue: boolean) => ({
  id,
  projectId: `p-${id}`,
  projectName,
  unitId: 'u1',
  unitName: '武陵区',
  subject: 'Milestone',
  subjectId: `m-${id}`,
  summary: '签约 2026-11-25，协议投资额 12亿元',
  submittedAt: '2026-11-30T02:00:00Z',
  dueOn: '2026-12-03',
  dueAt: '2026-12-03T16:00:00Z',
  dueProvisional: false,
  isOverdue: overdue,
  isDueToday: false,
});

describe('VerificationQueuePage (核实队列)', () => {
  beforeAll(async () => {
    await import('./VerificationQueuePage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lists the tasks with overdue rows marked, each opening its project', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: reviewer };
      if (url.startsWith('/api/projects/verification-queue')) return { status: 200, body: { items: [task('a', '逾期项目', true), task('b', '未逾期项目', false)], page: 1, pageSize: 20, totalCount: 2 } };
      if (url.startsWith('/api/units')) return { status: 200, body: emptyPage };
      return undefined;
    });
    renderRoutes(routes, '/review/verification');

    const table = await screen.findByTestId('verification-table', undefined, { timeout: 15_000 });
    const links = await within(table).findAllByTestId('verification-row-link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/projects/p-a', '/projects/p-b']);
    expect(within(table).getAllByTestId('tag-overdue')).toHaveLength(1);
    expect(links[0].closest('tr')).toHaveClass('row-overdue');
    expect(links[1].closest('tr')).not.toHaveClass('row-overdue');
    expect(table).toHaveTextContent('项目节点');
    expect(screen.getByTestId('nav-verification-queue').closest('li')).toHaveClass('ant-menu-item-selected');
  });

  it('filters on the server, exports the same filters and says what to do when nothing matches', async () => {
    const save = vi.spyOn(download, 'saveBlob').mockImplementation(() => {});
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: reviewer };
      if (url.startsWith('/api/projects/verification-queue/export')) return { status: 200, body: 'xlsx', headers: { 'Content-Disposition': "attachment; filename*=UTF-8''x.xlsx" } };
      if (url.startsWith('/api/projects/verification-queue')) return { status: 200, body: emptyPage };
      if (url.startsWith('/api/units')) return { status: 200, body: emptyPage };
      return undefined;
    });
    renderRoutes(routes, '/review/verification?overdue=true');
    const table = await screen.findByTestId('verification-table', undefined, { timeout: 15_000 });
    expect(await within(table).findByTestId('list-empty')).toHaveTextContent('没有符合筛选条件的待核实事项');

    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('verification-filter-subject')).getByRole('combobox'));
    await user.click(await screen.findByTitle('到位资金'));
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/projects/verification-queue?') && c.url.includes('subject=FundsReport') && c.url.includes('overdue=true'))).toBe(true));

    await user.click(screen.getByTestId('verification-export'));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const exported = calls.find((c) => c.url.startsWith('/api/projects/verification-queue/export'))!;
    expect(exported.url).toContain('subject=FundsReport');
    expect(exported.url).toContain('overdue=true');
  });

  it('is not for filers', async () => {
    mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: filer } : undefined));
    renderRoutes(routes, '/review/verification');
    expect(await screen.findByText('403', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('verification-table')).toBeNull();
  });
});

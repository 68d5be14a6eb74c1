import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { project } from '../../test/projects';
import { mockFetch, renderRoutes } from '../../test/utils';

const filer = { id: '1', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1' };
const reviewer = { id: '2', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] };
const emptyPage = { items: [], page: 1, pageSize: 20, totalCount: 0 };


describe('ProjectsPage (项目跟踪)', () => {
  beforeAll(async () => {
    await import('./ProjectsPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows each project with its stage as progress, the agreement amount and what waits for verification', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: filer };
      if (url.startsWith('/api/projects?')) return { status: 200, body: { items: [project, { ...project, id: 'p2', projectName: '已终止项目', status: 'Stopped', stage: 'Started', agreementAmount: undefined, openVerifications: 0 }], page: 1, pageSize: 20, totalCount: 2 } };
      return undefined;
    });
    renderRoutes(routes, '/projects');

    const table = await screen.findByTestId('projects-table', undefined, { timeout: 15_000 });
    const links = await within(table).findAllByTestId('project-row-link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/projects/p1', '/projects/p2']);
    const progress = within(table).getAllByTestId('stage-progress');
    expect(progress.map((p) => p.getAttribute('data-step'))).toEqual(['2', '3']);
    expect(progress[0]).toHaveTextContent('签约');
    expect(table).toHaveTextContent('120,000');
    expect(within(table).getByTestId('project-open-verifications')).toHaveTextContent('2 项待核实');
    expect(within(table).getByTestId('project-status-Stopped')).toHaveTextContent('已终止');
    // A filer's list is its own unit's: no unit filter.
    expect(screen.queryByTestId('projects-filter-unit')).toBeNull();
  });

  it('asks the server with the chosen filters, and offers to clear them when nothing matches', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: reviewer };
      if (url.startsWith('/api/projects?')) return { status: 200, body: emptyPage };
      if (url.startsWith('/api/units')) return { status: 200, body: { items: [{ id: 'u2', code: '430703', name: '鼎城区', kind: 'County', isActive: true, version: 0 }], page: 1, pageSize: 200, totalCount: 1 } };
      return undefined;
    });
    renderRoutes(routes, '/projects?stage=Started');
    const table = await screen.findByTestId('projects-table', undefined, { timeout: 15_000 });
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/projects?') && c.url.includes('stage=Started'))).toBe(true));
    expect(await within(table).findByTestId('list-empty')).toHaveTextContent('没有符合条件的项目');

    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('projects-filter-status')).getByRole('combobox'));
    await user.click(await screen.findByTitle('已终止'));
    await waitFor(() => expect(calls.some((c) => c.url.includes('status=Stopped') && c.url.includes('stage=Started'))).toBe(true));
    expect(screen.getByTestId('projects-filter-unit')).toBeInTheDocument();
  });

  it('says that approved filings are tracked when there is none yet', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: filer };
      if (url.startsWith('/api/projects?')) return { status: 200, body: emptyPage };
      return undefined;
    });
    renderRoutes(routes, '/projects');
    const empty = await within(await screen.findByTestId('projects-table', undefined, { timeout: 15_000 })).findByTestId('list-empty');
    expect(empty).toHaveTextContent('还没有跟踪的项目');
    expect(empty).toHaveTextContent('备案通过的项目会自动进入跟踪');
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { project } from '../../test/projects';
import { mockFetch, renderRoutes } from '../../test/utils';

const filer = { id: '1', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1' };
const reviewer = { id: '2', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] };
const timeline = [
  { kind: 'milestone', subjectId: 'm1', on: '2026-11-25', at: '2026-11-26T02:00:00Z', title: '签约', detail: undefined, status: 'Reported', amount: 1_200_000_000, actorName: '张填报' },
  { kind: 'project', subjectId: 'p1', on: '2026-11-20', at: '2026-11-20T07:00:00Z', title: '备案通过，开始跟踪', detail: undefined, status: 'Approved', amount: undefined, actorName: undefined },
];

describe('ProjectPage', () => {
  beforeAll(async () => {
    await import('./ProjectPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the project's facts, a link to its filing and its timeline newest first", async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: filer };
      if (url === '/api/projects/p1') return { status: 200, body: project };
      if (url === '/api/projects/p1/timeline') return { status: 200, body: timeline };
      return undefined;
    });
    renderRoutes(routes, '/projects/p1');

    const page = await screen.findByTestId('project-page', undefined, { timeout: 15_000 });
    expect(page).toHaveTextContent('智能装备产业园');
    const facts = screen.getByTestId('project-facts');
    expect(facts).toHaveTextContent('湖南中联智能装备有限公司');
    expect(facts).toHaveTextContent('2026-11-25');
    expect(facts).toHaveTextContent('120,000');
    expect(facts).toHaveTextContent('2 项待核实');
    expect(within(facts).getByTestId('stage-progress')).toHaveTextContent('签约');
    expect(screen.getByTestId('project-filing-link')).toHaveAttribute('href', '/filings/p1');

    const lines = await within(screen.getByTestId('project-timeline')).findAllByTestId('timeline-line');
    expect(lines.map((l) => l.getAttribute('data-kind'))).toEqual(['milestone', 'project']);
    expect(lines[0]).toHaveTextContent('120,000.00 万元');
    expect(lines[1]).toHaveTextContent('备案通过，开始跟踪');
  });

  it("sends a reviewer to the reviewer's filing page and says so when the timeline is empty", async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: reviewer };
      if (url === '/api/projects/p1') return { status: 200, body: { ...project, status: 'Stopped', stoppedOn: '2026-12-01', stopReason: '投资方撤资' } };
      if (url === '/api/projects/p1/timeline') return { status: 200, body: [] };
      return undefined;
    });
    renderRoutes(routes, '/projects/p1');

    await screen.findByTestId('project-page', undefined, { timeout: 15_000 });
    expect(screen.getByTestId('project-filing-link')).toHaveAttribute('href', '/review/p1');
    expect(screen.getByTestId('project-facts')).toHaveTextContent('投资方撤资');
    expect(screen.getByTestId('project-status-Stopped')).toBeInTheDocument();
    expect(await within(screen.getByTestId('project-timeline')).findByTestId('list-empty')).toHaveTextContent('暂无动态');
  });

  it('says the project is not there when the server answers 404', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 200, body: filer };
      if (url === '/api/projects/p9') return { status: 404, body: { title: '未找到', status: 404, code: 'not-found' } };
      return undefined;
    });
    renderRoutes(routes, '/projects/p9');
    expect(await screen.findByRole('alert', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('project-page')).toBeNull();
  });
});

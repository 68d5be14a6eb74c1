import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProjectDto, ProjectMilestoneDto } from '../../api';
import { changeLanguage } from '../../i18n';
import { mockFetch, renderRoutes } from '../../test/utils';
import { MilestonesPanel, nextKind } from './MilestonesPanel';

const filer = { id: 'u1', userName: 'filer', displayName: '填报员', roles: ['Filer'], unitId: 'unit-1' };
const otherFiler = { ...filer, id: 'u2', unitId: 'unit-2' };
const reviewer = { id: 'u3', userName: 'reviewer', displayName: '审核员', roles: ['Reviewer'] };

const project = {
  id: 'p1',
  unitId: 'unit-1',
  unitName: '武陵区',
  projectName: '智能装备产业园',
  approvedOn: '2026-03-02',
  stage: 'Signed',
  filedStage: 'Negotiating',
  status: 'Active',
  isAboveDesignatedSize: false,
  version: 3,
} as unknown as ProjectDto;

const signed: ProjectMilestoneDto = {
  id: 'm1',
  projectId: 'p1',
  kind: 'Signed',
  occurredOn: '2026-04-01',
  agreementAmount: 1_200_000_000,
  note: '协议已签',
  status: 'Confirmed',
  returnReason: undefined,
  reportedAt: '2026-04-02T02:00:00Z',
  reportedByName: 'filer',
  decidedAt: '2026-04-03T02:00:00Z',
  decidedByName: 'reviewer',
  externalReference: undefined,
  history: [
    { action: 'Reported', at: '2026-04-02T02:00:00Z', actorName: 'filer', occurredOn: '2026-04-01', agreementAmount: 1_200_000_000, reason: '协议已签' },
    { action: 'Confirmed', at: '2026-04-03T02:00:00Z', actorName: 'reviewer', occurredOn: '2026-04-01', agreementAmount: 1_200_000_000, reason: undefined },
  ],
  version: 2,
};
const started: ProjectMilestoneDto = { ...signed, id: 'm2', kind: 'Started', occurredOn: '2026-05-01', agreementAmount: undefined, note: undefined, status: 'Reported', history: [], version: 1 };

function renderPanel(me: object, milestones: ProjectMilestoneDto[], p: ProjectDto = project) {
  const onChanged = vi.fn();
  const fetch = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: me };
    if (url === '/api/projects/p1/milestones' && (init.method ?? 'GET') === 'GET') return { status: 200, body: milestones };
    if (url === '/api/projects/p1/milestones' && init.method === 'POST') return { status: 201, body: { ...started, status: 'Reported' } };
    if (url.startsWith('/api/projects/p1/milestones/') && init.method === 'POST') return { status: 200, body: started };
    return undefined;
  });
  renderRoutes([{ path: '/p', element: <MilestonesPanel project={p} onChanged={onChanged} /> }], '/p');
  return { fetch, onChanged };
}

describe('MilestonesPanel', () => {
  beforeAll(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the three steps with status, date, amount in 万元 and history', async () => {
    renderPanel(filer, [signed]);

    const step = await screen.findByTestId('milestone-Signed');
    expect(within(step).getByText('已确认')).toBeInTheDocument();
    expect(within(step).getByText('2026-04-01')).toBeInTheDocument();
    expect(within(step).getByText('120,000.00')).toBeInTheDocument();
    expect(within(step).getByText(/reviewer 确认 2026-04-01/)).toBeInTheDocument();
    expect(screen.getAllByText('尚未上报')).toHaveLength(2);
  });

  it('lets the unit report the next milestone with a photo from the camera or a PDF', async () => {
    const { fetch, onChanged } = renderPanel(filer, [signed]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: '上报开工' }));
    const dialog = await screen.findByRole('dialog');
    const fileInput = within(dialog).getByLabelText('照片或文件');
    expect(fileInput).toHaveAttribute('accept', 'image/*,application/pdf');
    expect(within(dialog).queryByLabelText('协议投资额（万元）')).not.toBeInTheDocument();
    const date = within(dialog).getByLabelText('日期');
    await user.type(date, '2026-05-01');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const post = fetch.calls.find((c) => c.url === '/api/projects/p1/milestones' && c.init.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toMatchObject({ kind: 'Started', occurredOn: '2026-05-01' });
  });

  it('asks for the agreement amount when signing', async () => {
    renderPanel(filer, []);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: '上报签约' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('日期'), '2026-04-01');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));

    expect(await within(dialog).findByText('请填写大于0的协议投资额（万元，最多6位小数）')).toBeInTheDocument();
  });

  it('gives reviewers confirm and return, and no report button', async () => {
    const { fetch } = renderPanel(reviewer, [signed, started]);
    const user = userEvent.setup();

    const step = await screen.findByTestId('milestone-Started');
    expect(screen.queryByRole('button', { name: /^上报/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '终止/撤资' })).toBeInTheDocument();
    await user.click(within(step).getByRole('button', { name: '确认' }));

    await waitFor(() => expect(fetch.calls.some((c) => c.url === '/api/projects/p1/milestones/m2/confirm')).toBe(true));
    const confirm = fetch.calls.find((c) => c.url === '/api/projects/p1/milestones/m2/confirm');
    expect(JSON.parse(String(confirm?.init.body))).toEqual({ version: 1 });
  });

  it('offers nothing to report to another unit or on a stopped project', async () => {
    renderPanel(otherFiler, [signed]);
    await screen.findByTestId('milestone-Signed');
    expect(screen.queryByRole('button', { name: /^上报/ })).not.toBeInTheDocument();
  });

  it('says a stopped project takes nothing new', async () => {
    renderPanel(filer, [signed], { ...project, status: 'Stopped', stoppedOn: '2026-06-01', stopReason: '撤资' } as ProjectDto);
    expect(await screen.findByText('项目已于 2026-06-01 终止：撤资。不再接受新的上报。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^上报/ })).not.toBeInTheDocument();
  });

  it('reports the next kind only after every earlier one is in, a returned one first', () => {
    expect(nextKind([])).toBe('Signed');
    expect(nextKind([signed])).toBe('Started');
    expect(nextKind([{ ...signed, status: 'Reported' }])).toBe('Started');
    expect(nextKind([{ ...signed, status: 'Returned' }])).toBeUndefined();
    expect(nextKind([signed, started, { ...started, kind: 'Completed' }])).toBeUndefined();
  });
});

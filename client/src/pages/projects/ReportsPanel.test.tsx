import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectDto } from '../../api';
import { changeLanguage } from '../../i18n';
import { mockFetch, renderRoutes } from '../../test/utils';
import { ReportsPanel } from './ReportsPanel';

const project = { id: 'p1', unitId: 'u1', unitName: '武陵区', projectName: '智能装备产业园', status: 'Active', version: 3 } as unknown as ProjectDto;

const base = {
  projectId: 'p1', unitId: 'u1', kind: 'FundsInPlace', year: 2026, hongKongMacaoTaiwan: 0, foreign: 0, note: null, supersedesId: null,
  rejectionReason: null, submittedAt: '2026-06-02T02:00:00Z', submittedByName: '张填报', decidedAt: null, decidedByName: null, externalReference: null,
};
const reports = [
  { ...base, id: 'r3', month: 5, revision: 2, status: 'Rejected', counts: false, domesticOutsideProvince: 1_500_000, amount: 1_500_000, rejectionReason: '缺少回单', version: 2 },
  { ...base, id: 'r2', month: 5, revision: 1, status: 'Verified', counts: true, domesticOutsideProvince: 1_000_000, amount: 1_000_000, version: 2 },
  { ...base, id: 'r1', month: 4, revision: 1, status: 'Submitted', counts: false, domesticOutsideProvince: 12_345.67, amount: 12_345.67, version: 1 },
];

const users = {
  filer: { id: '1', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' },
  reviewer: { id: '2', userName: 'reviewer', displayName: '李审核', roles: ['Reviewer'] },
};

function render(user: unknown) {
  const onChanged = vi.fn();
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: user };
    if (url.startsWith('/api/projects/p1/reports?')) return { status: 200, body: reports };
    if (url === '/api/projects/p1/reports/r1/verify' && init.method === 'POST') return { status: 200, body: { ...reports[2], status: 'Verified', version: 2 } };
    return undefined;
  });
  renderRoutes([{ path: '/', element: <ReportsPanel project={project} onChanged={onChanged} /> }], '/');
  return { calls, onChanged };
}

describe('ReportsPanel', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows each month with its revisions, status and amounts in 万元, and lets a filer correct only the latest decided revision', async () => {
    render(users.filer);
    const rejected = await screen.findByTestId('report-2026-5-r2', undefined, { timeout: 15_000 });
    expect(rejected).toHaveTextContent('2026年5月');
    expect(rejected).toHaveTextContent('第2版');
    expect(rejected).toHaveTextContent('已退回');
    expect(rejected).toHaveTextContent('150.00 万元');
    expect(rejected).toHaveTextContent('退回理由：缺少回单');
    expect(within(rejected).getByTestId('report-correct')).toBeInTheDocument();
    // The verified first revision still counts but is not the latest: no correction from it; a submitted one waits.
    expect(within(screen.getByTestId('report-2026-5-r1')).queryByTestId('report-correct')).toBeNull();
    expect(screen.getByTestId('report-2026-4-r1')).toHaveTextContent('1.234567 万元');
    expect(within(screen.getByTestId('report-2026-4-r1')).queryByTestId('report-correct')).toBeNull();
    expect(screen.queryByTestId('report-verify')).toBeNull();
  });

  it("opens the filer's form with the three source classes and an evidence input that takes the camera", async () => {
    render(users.filer);
    await userEvent.click(await screen.findByTestId('report-month', undefined, { timeout: 15_000 }));
    const form = await screen.findByTestId('report-form');
    for (const field of ['domesticOutsideProvince', 'hongKongMacaoTaiwan', 'foreign']) {
      expect(within(form).getByTestId(`report-${field}`)).toBeInTheDocument();
    }
    expect(within(form).getByTestId('report-evidence')).toHaveAttribute('accept', 'image/*,application/pdf');
  });

  it('lets a reviewer verify a submitted report with its version', async () => {
    const { calls, onChanged } = render(users.reviewer);
    const submitted = await screen.findByTestId('report-2026-4-r1', undefined, { timeout: 15_000 });
    expect(screen.queryByTestId('report-month')).toBeNull();
    await userEvent.click(within(submitted).getByTestId('report-verify'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const verify = calls.find((c) => c.url === '/api/projects/p1/reports/r1/verify');
    expect(JSON.parse(verify!.init.body as string)).toEqual({ version: 1 });
    expect(within(submitted).getByTestId('report-reject')).toBeInTheDocument();
  });
});

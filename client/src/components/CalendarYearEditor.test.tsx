import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarYearDto } from '../api';
import { changeLanguage } from '../i18n';
import { dayErrors, dayState, monthCells, setDay } from '../lib/calendarMonth';
import { mockFetch, renderRoutes, type MockResponse } from '../test/utils';
import { CalendarYearEditor } from './CalendarYearEditor';

const y2026: CalendarYearDto = {
  year: 2026,
  version: 7,
  source: '国办发明电〔2025〕7号',
  days: [
    { date: '2026-10-01', kind: 'Holiday', name: '国庆节' },
    { date: '2026-09-20', kind: 'MakeUpWorkday', name: '国庆节' },
  ],
};

function setup(answer: (body: unknown) => MockResponse, data?: CalendarYearDto, year = 2026) {
  const onSaved = vi.fn();
  const onStale = vi.fn();
  const { calls } = mockFetch((url, init) => (url.startsWith('/api/calendar/years/') && init.method === 'PUT' ? answer(JSON.parse(init.body as string)) : undefined));
  renderRoutes([{ path: '/', element: <CalendarYearEditor year={year} data={data} onSaved={onSaved} onStale={onStale} /> }], '/');
  return { calls, onSaved, onStale };
}

const puts = (calls: { url: string; init: RequestInit }[]) => calls.filter((c) => c.init.method === 'PUT');

describe('calendar month helpers', () => {
  it('lays a month out Monday first and tells each day apart', () => {
    const cells = monthCells(2026, 10); // 2026-10-01 is a Thursday
    expect(cells.slice(0, 4)).toEqual([null, null, null, '2026-10-01']);
    expect(cells.length % 7).toBe(0);
    const listed = new Map(y2026.days.map((d) => [d.date, d]));
    expect(dayState('2026-10-01', listed)).toBe('Holiday');
    expect(dayState('2026-09-20', listed)).toBe('MakeUpWorkday');
    expect(dayState('2026-10-10', listed)).toBe('Weekend');
    expect(dayState('2026-10-12', listed)).toBe('Workday');
  });

  it('keeps the list sorted, replaces a day and removes it', () => {
    const days = setDay(y2026.days, '2026-10-02', 'Holiday', ' 国庆节 ');
    expect(days.map((d) => d.date)).toEqual(['2026-09-20', '2026-10-01', '2026-10-02']);
    expect(days[2].name).toBe('国庆节');
    expect(setDay(days, '2026-10-01', undefined).map((d) => d.date)).toEqual(['2026-09-20', '2026-10-02']);
    expect(dayErrors({ 'days[1].name': ['名称必填'], source: ['过长'], year: ['x'] }, days)).toEqual({ '2026-10-01': ['名称必填'], source: ['过长'], '': ['x'] });
  });
});

describe('CalendarYearEditor', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('creates a new year from the month view without a version', async () => {
    const { calls, onSaved } = setup((body) => ({ status: 200, body: { year: 2027, version: 0, ...(body as object) } }), undefined, 2027);
    const user = userEvent.setup();
    // 2027-01-01 is a Friday: a working day until marked.
    await user.click(await screen.findByRole('button', { name: /^2027-01-01 工作日/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('节假日'));
    await user.type(await within(dialog).findByTestId('calendar-day-name'), '元旦');
    await user.click(within(dialog).getByTestId('calendar-day-ok'));
    await waitFor(() => expect(screen.getByRole('button', { name: /^2027-01-01 节假日 元旦/ })).toHaveAttribute('data-state', 'Holiday'));

    await user.click(screen.getByTestId('calendar-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const put = puts(calls)[0];
    expect(put.url).toBe('/api/calendar/years/2027');
    const body = JSON.parse(put.init.body as string) as Record<string, unknown>;
    expect(body.days).toEqual([{ date: '2027-01-01', kind: 'Holiday', name: '元旦' }]);
    expect(body).not.toHaveProperty('version');
  }, 40_000);

  it('removes a day from the list and saves with the version read', async () => {
    const { calls } = setup((body) => ({ status: 200, body: { ...y2026, version: 8, ...(body as object) } }), y2026);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: /列表/ }));
    await user.click(await screen.findByRole('button', { name: '删除 2026-09-20' }));
    await user.click(screen.getByTestId('calendar-save'));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(JSON.parse(puts(calls)[0].init.body as string)).toEqual({
      days: [{ date: '2026-10-01', kind: 'Holiday', name: '国庆节' }],
      source: '国办发明电〔2025〕7号',
      version: 7,
    });
  });

  it('shows the server field errors on the day they are about', async () => {
    setup(() => ({
      status: 400,
      body: { status: 400, title: '提交的数据有误', code: 'validation.failed', errors: { 'days[0].kind': ['调休上班日必须是周六或周日。'] } },
    }), y2026);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: /列表/ }));
    await user.click(await screen.findByRole('button', { name: '删除 2026-10-01' }));
    await user.click(screen.getByTestId('calendar-save'));
    // days[0] of what was sent is 2026-09-20 (the list is sorted by date).
    expect(await screen.findByTestId('calendar-day-error')).toHaveTextContent('调休上班日必须是周六或周日。');
    expect(screen.getByTestId('calendar-field-errors')).toHaveTextContent('2026-09-20');
  });

  it('on a stale version says so and asks the page to reload', async () => {
    const { onStale } = setup(() => ({ status: 409, body: { status: 409, title: 'Conflict', code: 'concurrency.stale' } }), y2026);
    const user = userEvent.setup();
    // January shows first; 2026-01-05 is a Monday.
    await user.click(await screen.findByRole('button', { name: /^2026-01-05 工作日/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('节假日'));
    await user.type(await within(dialog).findByTestId('calendar-day-name'), '测试');
    await user.click(within(dialog).getByTestId('calendar-day-ok'));
    await user.click(screen.getByTestId('calendar-save'));
    expect(await screen.findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    expect(onStale).toHaveBeenCalled();
  });
});

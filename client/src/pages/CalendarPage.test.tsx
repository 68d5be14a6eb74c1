import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes } from '../test/utils';

const admin = { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const y2026 = { year: 2026, holidays: 33, makeUpWorkdays: 6, version: 7, source: '国办发明电〔2025〕7号' };

describe('CalendarPage import', () => {
  beforeAll(async () => {
    await import('./CalendarPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('leaves the version out for a new year and sends the version read for an existing one', async () => {
    const { calls } = mockFetch((url, init) => {
      if (url === '/api/auth/me') return { status: 200, body: admin };
      if (url === '/api/calendar/years') return { status: 200, body: [y2026] };
      if (url.endsWith('/import') && init.method === 'POST') {
        const year = Number(url.split('/')[4]);
        return { status: 200, body: { year, version: 0, days: [] } };
      }
      if (url.startsWith('/api/calendar/years/')) return { status: 200, body: { year: 2026, version: 7, days: [] } };
      return undefined;
    });
    renderRoutes(routes, '/admin/calendar');
    const user = userEvent.setup();
    const file = () => new File(['{"year":0,"days":[]}'], 'year.json', { type: 'application/json' });
    const input = () => document.querySelector('input[type="file"]') as HTMLInputElement;
    await screen.findByText('33', undefined, { timeout: 15_000 }); // the 2026 row; the first render is slow on a busy machine

    const year = screen.getByLabelText('导入年份');
    await user.clear(year);
    await user.type(year, '2031');
    await user.upload(input(), file());
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/import'))).toHaveLength(1));
    const created = calls.find((c) => c.url.endsWith('/import'))!;
    expect(created.url).toBe('/api/calendar/years/2031/import');
    expect((created.init.body as FormData).has('version')).toBe(false);

    await user.clear(year);
    await user.type(year, '2026');
    await user.upload(input(), file());
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/import'))).toHaveLength(2));
    const replaced = calls.filter((c) => c.url.endsWith('/import'))[1];
    expect(replaced.url).toBe('/api/calendar/years/2026/import');
    expect((replaced.init.body as FormData).get('version')).toBe('7');
  }, 40_000); // two uploads through the whole page: slow on a busy machine
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes } from '../test/utils';

const admin = { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const entry = (over: Record<string, unknown>) => ({
  id: 'a1',
  occurredAt: '2026-11-23T01:00:00Z',
  userId: '1',
  userName: 'admin',
  entityType: 'CarrierUnit',
  entityId: '0193aaaa-0000-7000-8000-000000000001',
  action: 'Modified',
  before: '{"name":"甲"}',
  after: '{"name":"乙"}',
  entityName: '武陵区',
  ...over,
});

function setup() {
  const { calls } = mockFetch((url) => {
    if (url === '/api/auth/me') return { status: 200, body: admin };
    if (url === '/api/audit/entity-types') return { status: 200, body: ['Filing', 'CarrierUnit', 'ApplicationUser', 'Association', 'NewThing'] };
    if (url.startsWith('/api/audit?'))
      return {
        status: 200,
        body: {
          items: [
            entry({}),
            entry({ id: 'a2', entityType: 'ApplicationUser', entityName: '张填报', entityId: '0193aaaa-0000-7000-8000-000000000002' }),
            entry({ id: 'a3', entityType: 'Association', entityName: '0193aaaa-0000-7000-8000-000000000003', entityId: '0193aaaa-0000-7000-8000-000000000003' }),
          ],
          page: 1,
          pageSize: 20,
          totalCount: 3,
        },
      };
    return undefined;
  });
  renderRoutes(routes, '/audit');
  return calls;
}

describe('AuditPage', () => {
  beforeAll(async () => {
    await import('./AuditPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows Chinese type names and the objects names, the id only when there is no name', async () => {
    setup();
    const objects = await screen.findAllByTestId('audit-object', {}, { timeout: 30_000 });
    expect(objects.map((o) => o.textContent)).toEqual(['武陵区', '张填报', '0193aaaa-0000-7000-8000-000000000003']);
    const table = screen.getByRole('table');
    expect(within(table).getByText('载体单位')).toBeInTheDocument();
    expect(within(table).getByText('用户')).toBeInTheDocument();
    expect(within(table).getByText('商协会')).toBeInTheDocument();
    expect(within(table).queryByText('ApplicationUser')).toBeNull();
  });

  it('filters by a type chosen from the server list, by its Chinese name', async () => {
    const calls = setup();
    const user = userEvent.setup();
    await screen.findAllByTestId('audit-object', {}, { timeout: 30_000 });

    await user.click(screen.getByRole('combobox', { name: '对象类型' }));
    // the dropdown's items carry their label as title; a type without a translation shows its name
    expect(await screen.findByTitle('备案项目')).toBeInTheDocument();
    expect(screen.getByTitle('NewThing')).toBeInTheDocument();
    await user.click(screen.getByTitle('用户'));
    await user.click(screen.getByTestId('audit-search'));

    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/audit?page=1&pageSize=20&entityType=ApplicationUser'));
  });

  it('names a changed field in Chinese, with the code beside it', async () => {
    setup();
    const user = userEvent.setup();
    await screen.findAllByTestId('audit-object', {}, { timeout: 30_000 });
    await user.click(document.querySelector('.ant-table-row-expand-icon') as HTMLElement);
    const diff = await screen.findByTestId('audit-diff');
    expect(within(diff).getByText('名称')).toBeInTheDocument();
    expect(within(diff).getByText('name')).toBeInTheDocument();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { mockFetch, renderRoutes } from '../test/utils';
import { setViewportWidth } from '../test/viewport';
import { AppLayout } from './AppLayout';
import { menuForRoles } from './menu';

const admin = { id: '1', userName: 'admin', displayName: '管理员', roles: ['Admin'] };
const filer = { id: '2', userName: 'filer', displayName: '张三', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' };
const GROUP_HEADINGS = ['备案审核', '项目跟踪与分析', '商协会与人脉', '认定与奖励', '系统管理'];

function renderLayout(user: typeof admin | typeof filer) {
  mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: user } : undefined));
  return renderRoutes([{ element: <AppLayout />, children: [{ path: '/blank', element: <div data-testid="blank-page" /> }] }], '/blank');
}

const testIds = (root: HTMLElement) => [...root.querySelectorAll('[data-testid^="nav-"]')].map((el) => el.getAttribute('data-testid'));

describe('the side menu', () => {
  let restoreViewport: (() => void) | undefined;
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    restoreViewport?.();
    restoreViewport = undefined;
    vi.unstubAllGlobals();
  });

  it("lists an admin's items under group headings, every item with its test id, in the menu's order", async () => {
    restoreViewport = setViewportWidth(1280);
    renderLayout(admin);
    const menu = await screen.findByTestId('side-menu');
    expect(GROUP_HEADINGS.map((h) => within(menu).getByText(h).closest('[data-testid^="menu-group-"]')?.getAttribute('data-testid'))).toEqual([
      'menu-group-filings',
      'menu-group-tracking',
      'menu-group-network',
      'menu-group-rewards',
      'menu-group-system',
    ]);
    expect(testIds(menu)).toEqual(menuForRoles(['Admin']).map((i) => i.testId));
    const system = within(menu).getByTestId('menu-group-system').closest('.ant-menu-item-group') as HTMLElement;
    expect(testIds(system)).toEqual([
      'nav-units',
      'nav-users',
      'nav-api-keys',
      'nav-webhooks',
      'nav-audit',
      'nav-calendar',
      'nav-reference-data',
      'nav-hangfire',
    ]);
    expect(within(menu).getByTestId('nav-dashboard').closest('.ant-menu-item-group')).toBeNull();
  });

  it('parts the groups by dividers instead of headings when the side bar is collapsed, keeping every item', async () => {
    restoreViewport = setViewportWidth(1280);
    renderLayout(admin);
    const menu = await screen.findByTestId('side-menu');
    fireEvent.click(screen.getByTestId('menu-toggle'));
    await waitFor(() => expect(within(menu).queryByTestId('menu-group-system')).toBeNull());
    expect(menu.querySelectorAll('.ant-menu-item-divider')).toHaveLength(GROUP_HEADINGS.length);
    expect(testIds(menu)).toEqual(menuForRoles(['Admin']).map((i) => i.testId));
    fireEvent.click(screen.getByTestId('menu-toggle'));
    expect(await within(menu).findByTestId('menu-group-system')).toHaveTextContent('系统管理');
  });

  it('groups the menu in the phone drawer too', async () => {
    restoreViewport = setViewportWidth(375);
    renderLayout(admin);
    fireEvent.click(await screen.findByTestId('menu-toggle'));
    const menu = await screen.findByTestId('side-menu');
    expect(within(menu).getByTestId('menu-group-network')).toHaveTextContent('商协会与人脉');
    expect(testIds(menu)).toEqual(menuForRoles(['Admin']).map((i) => i.testId));
  });

  it("keeps a filer's short menu one flat list", async () => {
    restoreViewport = setViewportWidth(1280);
    renderLayout(filer);
    const menu = await screen.findByTestId('side-menu');
    expect(testIds(menu)).toEqual(['nav-dashboard', 'nav-filings', 'nav-projects', 'nav-service-due', 'nav-quarterly', 'nav-leads', 'nav-events', 'nav-my-unit']);
    expect(menu.querySelector('.ant-menu-item-group')).toBeNull();
    expect(menu.querySelector('.ant-menu-item-divider')).toBeNull();
  });

  it('translates the headings', async () => {
    restoreViewport = setViewportWidth(1280);
    await changeLanguage('en-US');
    renderLayout(admin);
    const menu = await screen.findByTestId('side-menu');
    expect(within(menu).getByTestId('menu-group-filings')).toHaveTextContent('Filings & review');
    expect(within(menu).getByTestId('menu-group-system')).toHaveTextContent('System');
  });
});

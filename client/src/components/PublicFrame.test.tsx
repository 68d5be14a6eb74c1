import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../i18n';
import { renderRoutes } from '../test/utils';
import { setViewportWidth } from '../test/viewport';
import { PublicFrame } from './PublicFrame';

const page = [{ path: '/', element: <PublicFrame>正文</PublicFrame> }];

describe('PublicFrame: the public header', () => {
  let restore = () => {};
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => restore());

  it('on a phone keeps to one line: the short title, the compact switch and the sign-in as an icon named 工作人员登录', async () => {
    restore = setViewportWidth(375);
    renderRoutes(page, '/');
    const title = await screen.findByTestId('public-title');
    expect(title).toHaveTextContent('招商项目公示');
    expect(title).toHaveAttribute('title', '招商引资项目备案公示');
    const login = screen.getByRole('link', { name: '工作人员登录' });
    expect(login).toHaveAttribute('href', '/login');
    expect(login.textContent).toBe(''); // the icon only; its name is the aria-label
    expect(screen.getByTestId('lang-zh-CN')).toHaveTextContent('中');
  });

  it('on a wide screen says the full title and 工作人员登录 in words', async () => {
    restore = setViewportWidth(1366);
    renderRoutes(page, '/');
    expect(await screen.findByTestId('public-title')).toHaveTextContent('招商引资项目备案公示');
    const login = screen.getByRole('link', { name: '工作人员登录' });
    expect(login).not.toHaveAttribute('aria-label');
    expect(login).toHaveTextContent('工作人员登录');
    expect(screen.getByTestId('lang-zh-CN')).toHaveTextContent('中文');
  });
});

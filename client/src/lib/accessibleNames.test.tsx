import { LockOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { act, screen, waitFor } from '@testing-library/react';
import { Button, Form, Input, Pagination, Segmented, Select } from 'antd';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../i18n';
import { renderRoutes } from '../test/utils';

function Sample() {
  return (
    <div>
      <Input prefix={<LockOutlined />} aria-label="密码" />
      <Button icon={<SearchOutlined />}>搜索项目</Button>
      <Button icon={<ReloadOutlined />} data-testid="bare" />
      <Button icon={<ReloadOutlined />} aria-label="重新加载" data-testid="own" />
      <Segmented options={['甲', '乙']} data-testid="seg" />
      <Pagination total={500} defaultCurrent={5} />
    </div>
  );
}

describe('accessible names', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('hides decorative icons, so no English icon name is read out', async () => {
    renderRoutes([{ path: '/', element: <Sample /> }], '/');
    await screen.findByText('搜索项目');
    await waitFor(() => expect(document.querySelectorAll('.anticon[role="img"]:not([aria-hidden="true"])')).toHaveLength(0));
    expect(screen.queryByRole('img', { name: 'lock' })).toBeNull();
    expect(screen.getByRole('button', { name: '搜索项目' })).toBeInTheDocument();
  });

  it('names icon-only buttons in Chinese, keeping a name the page gave', async () => {
    renderRoutes([{ path: '/', element: <Sample /> }], '/');
    await waitFor(() => expect(screen.getByTestId('bare')).toHaveAttribute('aria-label', '刷新'));
    expect(screen.getByTestId('own')).toHaveAttribute('aria-label', '重新加载');
  });

  it('names the pager buttons and the Segmented control', async () => {
    renderRoutes([{ path: '/', element: <Sample /> }], '/');
    expect(await screen.findByRole('button', { name: '上一页' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一页' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: '选项' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'segmented control' })).toBeNull();
  });

  it('follows a language switch', async () => {
    renderRoutes([{ path: '/', element: <Sample /> }], '/');
    await screen.findByRole('button', { name: '上一页' });
    await act(() => changeLanguage('en-US'));
    expect(await screen.findByRole('button', { name: 'Previous Page' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('bare')).toHaveAttribute('aria-label', 'Refresh'));
    expect(screen.getByRole('radiogroup', { name: 'Options' })).toBeInTheDocument();
  });

  it('leaves aria-required on a required Select’s combobox only, not on its root div', async () => {
    renderRoutes(
      [
        {
          path: '/',
          element: (
            <Form>
              <Form.Item label="产业链" name="chain" required>
                <Select data-testid="chain" options={[{ value: 1, label: '甲' }]} />
              </Form.Item>
            </Form>
          ),
        },
      ],
      '/',
    );
    const root = await screen.findByTestId('chain');
    await waitFor(() => expect(root).not.toHaveAttribute('aria-required'));
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-required', 'true');
  });
});

import { act, fireEvent, screen, within } from '@testing-library/react';
import { Button, Table } from 'antd';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../i18n';
import { queueQueryOf, queueSearchOf, QUEUE_DEFAULTS, filingPath } from '../lib/filingPath';
import { renderRoutes } from '../test/utils';
import { ResponsiveTable } from './AdminList';
import { FilingLink } from './FilingLink';
import { listStates, type ListQueryState } from './ListStates';

const empty = { description: '没有待审核的备案', hint: '新提交的备案会出现在这里', action: <Button>刷新</Button> };
const columns = [{ title: '项目名称', dataIndex: 'name' }, { title: '状态', dataIndex: 'status' }, { title: '操作', key: 'actions', render: () => <a href="#x">编辑</a> }];
const rows = [{ id: 'a', name: '智能装备产业园', status: '审核中' }];

function renderTable(query: ListQueryState, data: typeof rows | undefined) {
  return renderRoutes([{ path: '/', element: <Table rowKey="id" columns={columns} dataSource={data ?? []} {...listStates(query, data, empty)} data-testid="t" /> }], '/');
}

describe('listStates: loading is not empty', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('shows a skeleton, not the empty text, until the first answer', async () => {
    renderTable({ isFetching: true, error: null, data: undefined }, undefined);
    expect(await screen.findByTestId('list-loading')).toHaveAttribute('aria-label', '正在加载…');
    expect(screen.queryByText('没有待审核的备案')).toBeNull();
    expect(screen.queryByTestId('list-empty')).toBeNull();
  });

  it('shows the skeleton, not the old empty text, while an empty list reloads', async () => {
    renderTable({ isFetching: true, error: null, data: { items: [] } }, []);
    expect(await screen.findByTestId('list-loading')).toBeInTheDocument();
    expect(screen.queryByText('没有待审核的备案')).toBeNull();
  });

  it('shows the empty state with what to do next once an empty answer is in', async () => {
    renderTable({ isFetching: false, error: null, data: { items: [] } }, []);
    const state = await screen.findByTestId('list-empty');
    expect(state).toHaveTextContent('没有待审核的备案');
    expect(state).toHaveTextContent('新提交的备案会出现在这里');
    expect(within(state).getByRole('button', { name: /刷\s*新/ })).toBeInTheDocument();
    expect(screen.queryByTestId('list-loading')).toBeNull();
  });

  it('shows rows with a spinner over them while they reload, and nothing of the empty states', async () => {
    const { container } = renderTable({ isFetching: true, error: null, data: { items: rows } }, rows);
    expect(await screen.findByText('智能装备产业园')).toBeInTheDocument();
    expect(container.querySelector('.ant-spin-spinning')).not.toBeNull();
    expect(screen.queryByTestId('list-empty')).toBeNull();
    expect(screen.queryByTestId('list-loading')).toBeNull();
  });

  it('says nothing more under a failed query (QueryError says it, with a retry)', async () => {
    renderTable({ isFetching: false, error: new Error('x'), data: undefined }, undefined);
    await screen.findByText('项目名称');
    expect(screen.queryByTestId('list-empty')).toBeNull();
    expect(screen.queryByTestId('list-loading')).toBeNull();
  });
});

describe('FilingLink', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => {
    delete (HTMLElement.prototype as unknown as Record<string, unknown>).scrollWidth;
    delete (HTMLElement.prototype as unknown as Record<string, unknown>).clientWidth;
  });

  it('is a real link to the filing (Tab reaches it, Ctrl-click opens a new tab), cut at its maximum width', async () => {
    renderRoutes([{ path: '/', element: <FilingLink id="f1" name="智能装备产业园" to="/review/f1" maxWidth={200} testId="row-link" /> }], '/');
    const link = await screen.findByRole('link', { name: '智能装备产业园' });
    expect(link).toHaveAttribute('href', '/review/f1');
    expect(link).toHaveStyle({ maxWidth: '200px', textOverflow: 'ellipsis', whiteSpace: 'nowrap', overflow: 'hidden' });
    link.focus();
    expect(link).toHaveFocus();
  });

  it('shows the whole name in a tooltip when it is cut, and not when it fits', async () => {
    const long = '常德经济技术开发区智能装备制造产业园二期暨配套研发中心建设项目';
    renderRoutes(
      [
        {
          path: '/',
          element: (
            <>
              <FilingLink id="f1" name={long} to="/filings/f1" />
              <FilingLink id="f2" name="短名" to="/filings/f2" />
            </>
          ),
        },
      ],
      '/',
    );
    const cut = await screen.findByRole('link', { name: long });
    Object.defineProperty(cut, 'scrollWidth', { configurable: true, value: 600 });
    Object.defineProperty(cut, 'clientWidth', { configurable: true, value: 260 });
    act(() => fireEvent.mouseEnter(cut));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(long);
    act(() => fireEvent.mouseLeave(cut));

    const fits = screen.getByRole('link', { name: '短名' });
    act(() => fireEvent.focus(fits));
    expect(screen.queryAllByRole('tooltip').filter((t) => t.textContent === '短名')).toHaveLength(0);
  });

  it('names an unnamed draft, and links each user to the page their role reads filings on', async () => {
    renderRoutes([{ path: '/', element: <FilingLink id="f9" name={undefined} to="/filings/f9" /> }], '/');
    expect(await screen.findByRole('link', { name: '未命名项目' })).toHaveAttribute('href', '/filings/f9');
    expect(filingPath('f9', ['Reviewer'])).toBe('/review/f9');
    expect(filingPath('f9', ['Admin'])).toBe('/review/f9');
    expect(filingPath('f9', ['Filer'])).toBe('/filings/f9');
    expect(filingPath('f9', ['Leader'])).toBe('/filings/f9');
  });
});

describe('the review queue in the URL', () => {
  it('keeps filters, sort and page, leaves the defaults out and ignores what is not a filter', () => {
    const query = { ...QUEUE_DEFAULTS, page: 3, unitId: 'u1', category: 'Industrial' as const, direction: 'Desc' as const };
    const search = queueSearchOf(query, QUEUE_DEFAULTS);
    expect(search).toBe('?page=3&direction=Desc&unitId=u1&category=Industrial');
    expect(queueQueryOf(search, QUEUE_DEFAULTS)).toEqual(query);
    expect(queueQueryOf('?evil=1&page=-2&pageSize=x', QUEUE_DEFAULTS)).toEqual(QUEUE_DEFAULTS);
  });
});

describe('ResponsiveTable on a phone', () => {
  const { matchMedia } = window;
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('max-width') })) as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = matchMedia;
  });

  it('shows each row as a card with every column labelled (no sideways scroll), actions at its foot', async () => {
    renderRoutes([{ path: '/', element: <ResponsiveTable rowKey="id" columns={columns} dataSource={rows} pagination={false} /> }], '/');
    const card = await screen.findByTestId('list-card');
    expect(card).toHaveTextContent('智能装备产业园');
    expect(card).toHaveTextContent('状态');
    expect(card).toHaveTextContent('审核中');
    expect(within(card).getByRole('link', { name: '编辑' })).toBeInTheDocument();
    expect(document.querySelector('.ant-table')).toBeNull();
  });

  it('keeps the loading and empty states', async () => {
    renderRoutes(
      [{ path: '/', element: <ResponsiveTable rowKey="id" columns={columns} dataSource={[]} {...listStates({ isFetching: false, error: null, data: [] }, [], empty)} /> }],
      '/',
    );
    expect(await screen.findByTestId('list-empty')).toHaveTextContent('没有待审核的备案');
  });
});

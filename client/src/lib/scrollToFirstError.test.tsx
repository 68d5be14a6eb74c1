import { act, render, screen } from '@testing-library/react';
import { Form, Input } from 'antd';
import type { FormInstance } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCROLL_GAP, scrollBelowHeader, stickyHeaderBottom, validateAndScroll } from './scrollToFirstError';

function box(el: Element, top: number, height: number) {
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + height, height, left: 0, right: 375, width: 375, x: 0, y: top, toJSON: () => ({}) });
}

function header(height = 64, position = 'sticky') {
  const h = document.createElement('header');
  h.className = 'app-header';
  h.style.position = position;
  document.body.appendChild(h);
  box(h, 0, height);
  return h;
}

describe('scrollBelowHeader', () => {
  let scrollTo: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    scrollTo = vi.fn();
    vi.stubGlobal('scrollTo', scrollTo);
    Object.defineProperty(window, 'scrollY', { value: 500, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 812, configurable: true });
  });
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('measures the sticky header, not a header that scrolls away', () => {
    header(64);
    expect(stickyHeaderBottom()).toBe(64);
    document.body.innerHTML = '';
    header(64, 'static');
    expect(stickyHeaderBottom()).toBe(0);
  });

  it('moves a field the header covers to just below the header', () => {
    header(64);
    const field = document.createElement('div');
    document.body.appendChild(field);
    box(field, 30, 80);

    expect(scrollBelowHeader(field, { smooth: false })).toBe(500 + 30 - 64 - SCROLL_GAP);
    expect(scrollTo).toHaveBeenCalledWith({ top: 500 + 30 - 64 - SCROLL_GAP, behavior: 'auto' });
  });

  it('moves a field below the fold up to below the header', () => {
    header(56);
    const field = document.createElement('div');
    document.body.appendChild(field);
    box(field, 900, 80);

    expect(scrollBelowHeader(field, { smooth: false })).toBe(500 + 900 - 56 - SCROLL_GAP);
  });

  it('leaves a field that is wholly visible below the header alone', () => {
    header(64);
    const field = document.createElement('div');
    document.body.appendChild(field);
    box(field, 200, 80);

    expect(scrollBelowHeader(field)).toBeNull();
    expect(scrollTo).not.toHaveBeenCalled();
  });
});

describe('validateAndScroll', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('brings the first wrong field in page order (not rule order) into view and focuses it without a second scroll', async () => {
    const scrollTo = vi.fn();
    vi.stubGlobal('scrollTo', scrollTo);
    let form!: FormInstance;
    function Probe() {
      const [f] = Form.useForm();
      form = f;
      return (
        <Form form={f}>
          <Form.Item name="a" label="A">
            <Input />
          </Form.Item>
          <Form.Item name="b" label="B" rules={[{ required: true, message: 'B!' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="c" label="C" rules={[{ required: true, message: 'C!' }]}>
            <Input />
          </Form.Item>
        </Form>
      );
    }
    render(<Probe />);
    header(64);
    const b = document.getElementById('b')!;
    box(b.closest('.ant-form-item')!, -300, 60);
    const focus = vi.spyOn(b, 'focus');

    await act(async () => {
      await expect(validateAndScroll(form, { focus: true, smooth: false })).rejects.toBeTruthy();
    });

    expect(await screen.findByText('B!')).toBeInTheDocument();
    expect(screen.getByText('C!')).toBeInTheDocument();
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(scrollTo.mock.calls[0][0]).toEqual({ top: Math.max(0, window.scrollY - 300 - 64 - SCROLL_GAP), behavior: 'auto' });
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
  });
});

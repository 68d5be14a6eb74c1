import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../AppProviders';
import { changeLanguage } from '../i18n';
import { mockFetch, stubXhr } from '../test/utils';
import { FilingAttachments, formatBytes } from './FilingAttachments';

const agreement = {
  id: 'a1',
  filingId: 'f1',
  fileName: '招商协议.pdf',
  contentType: 'application/pdf',
  sizeBytes: 2 * 1024 * 1024,
  kind: 'Agreement',
  sha256: 'ab'.repeat(32),
  uploadedAt: '2026-11-23T02:00:00Z',
  uploadedByName: '张填报',
};

function renderList(props: Partial<Parameters<typeof FilingAttachments>[0]> = {}) {
  return render(
    <AppProviders queryClient={createQueryClient()}>
      <FilingAttachments filingId="f1" filingVersion={1} editable={false} {...props} />
    </AppProviders>,
  );
}

describe('FilingAttachments', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    document.cookie = 'XSRF-TOKEN=tok123';
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists attachments with a download link, read-only for a reader', async () => {
    mockFetch((url) => (url === '/api/filings/f1/attachments' ? { status: 200, body: [agreement] } : undefined));
    renderList();

    const item = await screen.findByTestId('attachment-item');
    expect(item).toHaveTextContent('招商协议.pdf');
    expect(item).toHaveTextContent('协议');
    expect(item).toHaveTextContent('2.0 MB');
    expect(screen.getByRole('link', { name: '下载' })).toHaveAttribute('href', '/api/filings/f1/attachments/a1/content');
    expect(screen.queryByTestId('attachment-upload')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除附件' })).not.toBeInTheDocument();
  });

  it('shows the empty state', async () => {
    mockFetch((url) => (url === '/api/filings/f1/attachments' ? { status: 200, body: [] } : undefined));
    renderList();

    expect(await screen.findByText('暂无附件')).toBeInTheDocument();
  });

  it('uploads with the kind, the version and the CSRF header, shows progress, and reports the new version', async () => {
    let listed = [] as (typeof agreement)[];
    mockFetch((url) => (url === '/api/filings/f1/attachments' ? { status: 200, body: listed } : undefined));
    const photo = { ...agreement, id: 'a2', fileName: '现场.png', kind: 'Photo', contentType: 'image/png', sizeBytes: 500 };
    const sent = stubXhr({ status: 201, body: { attachment: photo, filingVersion: 2 } });
    const onChanged = vi.fn();
    const user = userEvent.setup();
    const { container } = renderList({ editable: true, onChanged });
    await screen.findByText('暂无附件');

    await user.click(screen.getByRole('combobox', { name: '附件类别' }));
    await user.click(await screen.findByTitle('照片'));
    listed = [photo];
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '现场.png', { type: 'image/png' }));

    expect(await screen.findByTestId('attachment-progress')).toHaveTextContent('正在上传 现场.png');
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(2));
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe('POST');
    expect(sent[0].url).toBe('/api/filings/f1/attachments');
    expect(sent[0].headers['X-XSRF-TOKEN']).toBe('tok123');
    expect(sent[0].form.get('kind')).toBe('Photo');
    expect(sent[0].form.get('version')).toBe('1');
    expect((sent[0].form.get('file') as File).name).toBe('现场.png');
    expect(await screen.findByText('已上传 现场.png')).toBeInTheDocument();
    expect(await screen.findByTestId('attachment-item')).toHaveTextContent('现场.png');
  });

  it("shows the server's field error when a file is refused", async () => {
    mockFetch((url) => (url === '/api/filings/f1/attachments' ? { status: 200, body: [] } : undefined));
    stubXhr({
      status: 400,
      body: { status: 400, code: 'validation.failed', title: '提交的数据有误', errors: { file: ['文件内容不是 PDF 格式,与扩展名 .pdf 不符。'] } },
    });
    const onChanged = vi.fn();
    const user = userEvent.setup();
    const { container } = renderList({ editable: true, onChanged });
    await screen.findByText('暂无附件');

    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, new File(['<html>'], '伪装.pdf', { type: 'application/pdf' }));

    expect(await screen.findByText('文件内容不是 PDF 格式,与扩展名 .pdf 不符。')).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('refuses a file over 20 MB before sending it', async () => {
    mockFetch((url) => (url === '/api/filings/f1/attachments' ? { status: 200, body: [] } : undefined));
    const sent = stubXhr({ status: 201, body: {} });
    const user = userEvent.setup();
    const { container } = renderList({ editable: true });
    await screen.findByText('暂无附件');
    const big = new File(['x'], '大文件.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });

    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, big);

    expect(await screen.findByText('文件不能超过 20 MB')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('deletes after confirmation with the filing version', async () => {
    const { calls } = mockFetch((url, init) => {
      if (url === '/api/filings/f1/attachments') return { status: 200, body: [agreement] };
      if (url.startsWith('/api/filings/f1/attachments/a1') && init.method === 'DELETE') return { status: 200, body: { filingId: 'f1', filingVersion: 4 } };
      return undefined;
    });
    const onChanged = vi.fn();
    const user = userEvent.setup();
    renderList({ editable: true, filingVersion: 3, onChanged });

    await user.click(await screen.findByRole('button', { name: '删除附件' }));
    await user.click(await screen.findByRole('button', { name: '确 定' }).catch(() => screen.findByRole('button', { name: '确定' })));

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(4));
    expect(calls.some((c) => c.url === '/api/filings/f1/attachments/a1?version=3' && c.init.method === 'DELETE')).toBe(true);
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

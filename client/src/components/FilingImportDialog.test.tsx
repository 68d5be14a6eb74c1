import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../AppProviders';
import { api, type FilingImportResultDto } from '../api';
import { changeLanguage } from '../i18n';
import { mockFetch } from '../test/utils';
import { FilingImportDialog } from './FilingImportDialog';

const filer = { id: '2', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' };

function renderDialog(onImported = vi.fn()) {
  mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: filer } : undefined));
  render(
    <AppProviders queryClient={createQueryClient()}>
      <FilingImportDialog open onClose={vi.fn()} onImported={onImported} />
    </AppProviders>,
  );
  return onImported;
}

const xlsx = () => new File([new Uint8Array([80, 75, 3, 4])], '项目.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

async function chooseAndUpload() {
  const user = userEvent.setup();
  const input = (await screen.findByTestId('import-file')).querySelector('input[type=file]') ?? document.querySelector('input[type=file]');
  await user.upload(input as HTMLInputElement, xlsx());
  await user.click(screen.getByTestId('import-submit'));
  return user;
}

describe('FilingImportDialog', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('uploads the file with progress and shows the imported count, the per-row errors and the report link', async () => {
    const result: FilingImportResultDto = {
      totalRows: 3,
      importedCount: 2,
      failedCount: 1,
      importedIds: ['a', 'b'],
      errors: [{ row: 4, projectName: '坏行', errors: [{ field: 'creditCode', column: '统一社会信用代码', message: '统一社会信用代码无效。' }] }],
      reportFileName: '导入错误报告_20261123.xlsx',
      reportBase64: btoa('PK'),
    };
    const upload = vi.spyOn(api.filings, 'import').mockImplementation(async (_file, onProgress) => {
      onProgress?.(50);
      return result;
    });
    const onImported = renderDialog();

    const user = await chooseAndUpload();

    expect(await screen.findByTestId('import-summary')).toHaveTextContent('共 3 行：成功导入 2 行草稿，1 行有错误未导入。');
    expect(upload).toHaveBeenCalledWith(expect.any(File), expect.any(Function));
    expect((upload.mock.calls[0]![0] as File).name).toBe('项目.xlsx');
    const errors = screen.getByTestId('import-errors');
    expect(errors).toHaveTextContent('坏行');
    expect(errors).toHaveTextContent('统一社会信用代码: 统一社会信用代码无效。');
    expect(errors).toHaveTextContent('4');
    expect(onImported).toHaveBeenCalledWith(result);

    await user.click(screen.getByTestId('import-report'));
    expect(URL.createObjectURL).toHaveBeenCalled();
  });

  it('shows why an unreadable file imported nothing', async () => {
    vi.spyOn(api.filings, 'import').mockRejectedValue({
      status: 400,
      code: 'validation.failed',
      errors: { file: ['无法读取文件,请上传由导入模板填写的 .xlsx 文件。'] },
    });
    const onImported = renderDialog();

    await chooseAndUpload();

    expect(await screen.findByTestId('import-file-error')).toHaveTextContent('无法读取文件');
    expect(screen.queryByTestId('import-summary')).not.toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('downloads the template through the API', async () => {
    const template = vi.spyOn(api.filings, 'importTemplate').mockResolvedValue({ data: new Blob(['x']), fileName: '项目备案导入模板.xlsx' });
    renderDialog();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('import-template'));
    await waitFor(() => expect(template).toHaveBeenCalled());
    expect(URL.createObjectURL).toHaveBeenCalled();
  });
});

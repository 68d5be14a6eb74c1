import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../AppProviders';
import { api, type ReportImportResultDto } from '../../api';
import { changeLanguage } from '../../i18n';
import { mockFetch } from '../../test/utils';
import { ImportReportsButton, ImportReportsDialog } from './ImportReportsDialog';

const filer = { id: '2', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' };

function renderDialog(onImported = vi.fn()) {
  mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: filer } : undefined));
  render(
    <AppProviders queryClient={createQueryClient()}>
      <ImportReportsDialog open onClose={vi.fn()} onImported={onImported} />
    </AppProviders>,
  );
  return onImported;
}

const xlsx = () => new File([new Uint8Array([80, 75, 3, 4])], '月报.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

async function chooseAndUpload() {
  const user = userEvent.setup();
  const input = (await screen.findByTestId('report-import-file')).querySelector('input[type=file]') ?? document.querySelector('input[type=file]');
  await user.upload(input as HTMLInputElement, xlsx());
  await user.click(screen.getByTestId('report-import-submit'));
  return user;
}

const result: ReportImportResultDto = {
  totalRows: 3,
  importedCount: 1,
  failedCount: 2,
  importedIds: ['a'],
  errors: [
    { row: 3, project: '智能装备产业园', errors: [{ field: 'month', column: '月', code: 'report.month-not-ended', message: '该月尚未结束，月末后才能上报。' }] },
    { row: 4, project: 'x-123', errors: [{ field: 'projectId', column: '项目编号', code: 'report-import.project-not-found', message: '找不到编号为“x-123”的本单位项目。' }] },
  ],
  reportFileName: '月报导入错误报告_20261206.xlsx',
  reportBase64: btoa('PK'),
};

describe('ImportReportsDialog', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('uploads the file with progress, then shows the count, each row’s reasons with their column, and the report link', async () => {
    let progressSeen = false;
    const upload = vi.spyOn(api.reportImport, 'upload').mockImplementation(async (_file, onProgress) => {
      onProgress?.(40);
      await waitFor(() => expect(screen.getByTestId('report-import-progress')).toBeInTheDocument());
      progressSeen = true;
      return result;
    });
    const onImported = renderDialog();

    const user = await chooseAndUpload();

    expect(await screen.findByTestId('report-import-summary')).toHaveTextContent('共 3 行：成功导入 1 份月报，2 行有错误未导入。');
    expect(progressSeen).toBe(true);
    expect((upload.mock.calls[0]![0] as File).name).toBe('月报.xlsx');
    const errors = screen.getByTestId('report-import-errors');
    expect(errors).toHaveTextContent('智能装备产业园');
    expect(errors).toHaveTextContent('月：该月尚未结束，月末后才能上报。');
    expect(errors).toHaveTextContent('项目编号：找不到编号为“x-123”的本单位项目。');
    expect(errors.querySelector('[data-code="report-import.project-not-found"]')).not.toBeNull();
    expect(onImported).toHaveBeenCalledWith(result);

    await user.click(screen.getByTestId('report-import-report'));
    expect(URL.createObjectURL).toHaveBeenCalled();
  });

  it('does not call onImported when no row was saved', async () => {
    vi.spyOn(api.reportImport, 'upload').mockResolvedValue({ ...result, importedCount: 0, importedIds: [] });
    const onImported = renderDialog();
    await chooseAndUpload();
    expect(await screen.findByTestId('report-import-summary')).toHaveTextContent('成功导入 0 份月报');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('shows why an unreadable file imported nothing', async () => {
    vi.spyOn(api.reportImport, 'upload').mockRejectedValue({
      status: 400,
      code: 'validation.failed',
      errors: { file: ['第1行的列名与导入模板不符。'] },
    });
    const onImported = renderDialog();

    await chooseAndUpload();

    expect(await screen.findByTestId('report-import-file-error')).toHaveTextContent('列名与导入模板不符');
    expect(screen.queryByTestId('report-import-summary')).not.toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('downloads the template through the API', async () => {
    const template = vi.spyOn(api.reportImport, 'template').mockResolvedValue({ data: new Blob(['x']), fileName: '项目月报导入模板.xlsx' });
    renderDialog();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('report-import-template'));
    await waitFor(() => expect(template).toHaveBeenCalled());
    expect(URL.createObjectURL).toHaveBeenCalled();
  });

  it('opens from the “导入月报” button', async () => {
    mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: filer } : undefined));
    render(
      <AppProviders queryClient={createQueryClient()}>
        <ImportReportsButton />
      </AppProviders>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '导入月报' }));
    expect(await screen.findByText('从 Excel 导入项目月报')).toBeInTheDocument();
  });
});

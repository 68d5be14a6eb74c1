import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../AppProviders';
import { changeLanguage } from '../i18n';
import { mockFetch } from '../test/utils';
import { ExcelImportDialog, type ExcelImportResult } from './ExcelImportDialog';

const filer = { id: '2', userName: 'filer', displayName: '张填报', roles: ['Filer'], unitId: 'u1', unitName: '武陵区' };

interface FieldError {
  column: string;
  message: string;
}
interface RowError {
  row: number;
  who?: string;
  errors: FieldError[];
}
type Result = ExcelImportResult<RowError>;

const result: Result = {
  totalRows: 2,
  importedCount: 0,
  failedCount: 2,
  errors: [
    { row: 2, who: '甲', errors: [{ column: '列A', message: '不能为空' }] },
    { row: 3, errors: [{ column: '列B', message: '格式不对' }] },
  ],
  reportBase64: btoa('PK'),
  reportFileName: undefined,
};

function renderDialog(props: { reportFileName?: string; upload?: () => Promise<Result>; template?: () => Promise<{ data: Blob; fileName?: string }> } = {}) {
  mockFetch((url) => (url === '/api/auth/me' ? { status: 200, body: filer } : undefined));
  const onClose = vi.fn();
  const onImported = vi.fn();
  render(
    <AppProviders queryClient={createQueryClient()}>
      <ExcelImportDialog<FieldError, RowError, Result>
        open
        onClose={onClose}
        onImported={onImported}
        testId="thing-import"
        title="导入东西"
        help="说明"
        width={700}
        template={props.template ?? (async () => ({ data: new Blob(['x']) }))}
        templateFileName="东西模板.xlsx"
        upload={props.upload ?? (async () => result)}
        summary={({ imported, failed, total }) => `${total}/${imported}/${failed}`}
        reportFileName={props.reportFileName}
        subject={{ title: '谁', dataIndex: 'who' }}
        renderError={(e, i) => (
          <li key={i}>
            {e.column}={e.message}
          </li>
        )}
      />
    </AppProviders>,
  );
  return { onClose, onImported };
}

async function chooseAndUpload() {
  const user = userEvent.setup();
  const input = (await screen.findByTestId('thing-import-file')).querySelector('input[type=file]') ?? document.querySelector('input[type=file]');
  await user.upload(input as HTMLInputElement, new File([new Uint8Array([80, 75, 3, 4])], 'a.xlsx'));
  await user.click(screen.getByTestId('thing-import-submit'));
  return user;
}

describe('ExcelImportDialog', () => {
  let downloads: string[];
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    downloads = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('prefixes the testids, renders the summary, the subject column (— when empty) and each reason; no onImported when nothing was saved', async () => {
    const { onImported } = renderDialog({ reportFileName: '报告.xlsx' });
    const user = await chooseAndUpload();

    expect(await screen.findByTestId('thing-import-summary')).toHaveTextContent('2/0/2');
    const errors = screen.getByTestId('thing-import-errors');
    expect(errors).toHaveTextContent('甲');
    expect(errors).toHaveTextContent('—');
    expect(errors).toHaveTextContent('列A=不能为空');
    expect(errors).toHaveTextContent('列B=格式不对');
    expect(onImported).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('thing-import-report'));
    expect(downloads).toEqual(['报告.xlsx']);
  });

  it('offers no report download without a report file name, even when the server sent a report', async () => {
    renderDialog();
    await chooseAndUpload();
    expect(await screen.findByTestId('thing-import-summary')).toBeInTheDocument();
    expect(screen.queryByTestId('thing-import-report')).not.toBeInTheDocument();
  });

  it('names the template by the fallback when the server gives no name', async () => {
    const template = vi.fn(async () => ({ data: new Blob(['x']) }));
    renderDialog({ template });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('thing-import-template'));
    await waitFor(() => expect(downloads).toEqual(['东西模板.xlsx']));
    expect(template).toHaveBeenCalledTimes(1);
  });

  it('forgets the file and the result on close', async () => {
    const { onClose } = renderDialog();
    const user = await chooseAndUpload();
    expect(await screen.findByTestId('thing-import-summary')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: '关闭' }).at(-1)!); // the footer's, not the ✕
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('thing-import-summary')).not.toBeInTheDocument();
    expect(screen.getByTestId('thing-import-submit')).toBeDisabled();
  });
});

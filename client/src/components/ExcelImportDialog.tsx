import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadedFile } from '../api';
import { toProblem } from '../api/problem';
import { base64ToBlob, saveBlob, XLSX_TYPE } from '../lib/download';
import { useProblem } from '../lib/useProblem';

/** One rejected row of an import: its spreadsheet row number and the reasons (each with its column). */
export interface ExcelImportRowError<F> {
  row: number;
  errors: F[];
}

/** What every Excel import answers: the counts, the rejected rows and, when the server wrote one, the error report to download. */
export interface ExcelImportResult<R extends ExcelImportRowError<unknown>> {
  totalRows: number;
  importedCount: number;
  failedCount: number;
  errors: R[];
  reportFileName?: string;
  reportBase64?: string;
}

export interface ExcelImportDialogProps<F, R extends ExcelImportRowError<F>, T extends ExcelImportResult<R>> {
  open: boolean;
  onClose: () => void;
  /** Called after rows were imported (importedCount > 0), so lists refresh. */
  onImported?: (result: T) => void;
  /** Prefix of every data-testid: `${testId}-submit`, `-template`, `-file`, `-progress`, `-file-error`, `-summary`, `-report`, `-errors`. */
  testId: string;
  title: ReactNode;
  help: ReactNode;
  width: number;
  /** Fetches the template; `templateFileName` names it when the server gives no name. */
  template: () => Promise<DownloadedFile>;
  templateFileName: string;
  upload: (file: File, onProgress: (percent: number) => void) => Promise<T>;
  /** The summary line for the counts. */
  summary: (counts: { imported: number; failed: number; total: number }) => ReactNode;
  /** Fallback name of the error report; without it the dialog offers no report download. */
  reportFileName?: string;
  /** The column naming what a rejected row was about (project, name …); empty values show “—”. */
  subject: { title: ReactNode; dataIndex: Exclude<keyof R, symbol> };
  /** One reason of a rejected row, as a list item. */
  renderError: (error: F, index: number) => ReactNode;
}

/**
 * The Excel import dialog shared by 批量导入 (filings), 导入月报 and 导入在外知名人士: download the template, upload it filled in with
 * progress, see how many rows were saved and, per row, why the others were not, and download the error report where there is one.
 */
export function ExcelImportDialog<F, R extends ExcelImportRowError<F>, T extends ExcelImportResult<R>>({
  open,
  onClose,
  onImported,
  testId,
  title,
  help,
  width,
  template,
  templateFileName,
  upload,
  summary,
  reportFileName,
  subject,
  renderError,
}: ExcelImportDialogProps<F, R, T>) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [result, setResult] = useState<T>();
  const [fileError, setFileError] = useState<string>();
  const [templateBusy, setTemplateBusy] = useState(false);
  const uploading = progress !== undefined;

  const reset = () => {
    setFile(undefined);
    setProgress(undefined);
    setResult(undefined);
    setFileError(undefined);
  };

  const downloadTemplate = async () => {
    setTemplateBusy(true);
    try {
      const downloaded = await template();
      saveBlob(downloaded.data, downloaded.fileName || templateFileName);
    } catch (error) {
      showProblem(error);
    } finally {
      setTemplateBusy(false);
    }
  };

  const submit = async () => {
    if (!file) return;
    setFileError(undefined);
    setResult(undefined);
    setProgress(0);
    try {
      const answer = await upload(file, setProgress);
      setResult(answer);
      if (answer.importedCount > 0) onImported?.(answer);
    } catch (error) {
      const message = toProblem(error).errors?.file?.join(' ');
      if (message) setFileError(message);
      else showProblem(error);
    } finally {
      setProgress(undefined);
    }
  };

  const downloadReport = () => {
    if (!result?.reportBase64 || reportFileName === undefined) return;
    saveBlob(base64ToBlob(result.reportBase64, XLSX_TYPE), result.reportFileName || reportFileName);
  };

  const close = () => {
    if (uploading) return;
    reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      width={width}
      footer={[
        <Button key="close" onClick={close} disabled={uploading}>
          {t('excel.close')}
        </Button>,
        <Button key="upload" type="primary" onClick={() => void submit()} disabled={!file} loading={uploading} data-testid={`${testId}-submit`}>
          {t('excel.upload')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {help}
        </Typography.Paragraph>
        <Button icon={<DownloadOutlined />} loading={templateBusy} onClick={() => void downloadTemplate()} data-testid={`${testId}-template`}>
          {t('excel.downloadTemplate')}
        </Button>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          disabled={uploading}
          beforeUpload={(f) => {
            setFile(f);
            setResult(undefined);
            setFileError(undefined);
            return false;
          }}
          onRemove={() => setFile(undefined)}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          data-testid={`${testId}-file`}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('excel.dropHint')}</p>
        </Upload.Dragger>
        {uploading && <Progress percent={progress} status="active" data-testid={`${testId}-progress`} />}
        {fileError && <Alert type="error" showIcon message={fileError} data-testid={`${testId}-file-error`} />}
        {result && (
          <>
            <Alert
              type={result.failedCount > 0 ? 'warning' : 'success'}
              showIcon
              data-testid={`${testId}-summary`}
              message={summary({ imported: result.importedCount, failed: result.failedCount, total: result.totalRows })}
              action={
                reportFileName !== undefined && result.reportBase64 ? (
                  <Button size="small" icon={<DownloadOutlined />} onClick={downloadReport} data-testid={`${testId}-report`}>
                    {t('excel.downloadReport')}
                  </Button>
                ) : undefined
              }
            />
            {result.errors.length > 0 && (
              <Table<R>
                size="small"
                rowKey="row"
                data-testid={`${testId}-errors`}
                dataSource={result.errors}
                pagination={result.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('excel.row'), dataIndex: 'row', width: 70 },
                  { title: subject.title, dataIndex: subject.dataIndex, render: (v?: string | null) => v || '—' },
                  {
                    title: t('excel.reasons'),
                    dataIndex: 'errors',
                    render: (_: unknown, r) => <ul style={{ margin: 0, paddingInlineStart: 16 }}>{r.errors.map(renderError)}</ul>,
                  },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}

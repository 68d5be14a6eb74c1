import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ReportImportResultDto, type ReportImportRowErrorDto } from '../../api';
import { toProblem } from '../../api/problem';
import { base64ToBlob, saveBlob, XLSX_TYPE } from '../../lib/download';
import { useProblem } from '../../lib/useProblem';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called after rows were imported, so the project list and pages refresh. */
  onImported?: (result: ReportImportResultDto) => void;
}

/**
 * 导入月报 (issue 13 item 6): download the monthly report template, upload it filled in with progress, see how many reports were
 * saved and, per row, why the others were not (each reason with its column), and download the error report to correct and upload.
 */
export function ImportReportsDialog({ open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [result, setResult] = useState<ReportImportResultDto>();
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
      const template = await api.reportImport.template();
      saveBlob(template.data, template.fileName || t('reportImport.templateFileName'));
    } catch (error) {
      showProblem(error);
    } finally {
      setTemplateBusy(false);
    }
  };

  const upload = async () => {
    if (!file) return;
    setFileError(undefined);
    setResult(undefined);
    setProgress(0);
    try {
      const answer = await api.reportImport.upload(file, setProgress);
      setResult(answer);
      if (answer.importedCount > 0) onImported?.(answer);
    } catch (error) {
      const problem = toProblem(error);
      const message = problem.errors?.file?.join(' ');
      if (message) setFileError(message);
      else showProblem(error);
    } finally {
      setProgress(undefined);
    }
  };

  const downloadReport = () => {
    if (!result?.reportBase64) return;
    saveBlob(base64ToBlob(result.reportBase64, XLSX_TYPE), result.reportFileName || t('reportImport.reportFileName'));
  };

  const close = () => {
    if (uploading) return;
    reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('reportImport.title')}
      onCancel={close}
      width={800}
      footer={[
        <Button key="close" onClick={close} disabled={uploading}>
          {t('excel.close')}
        </Button>,
        <Button key="upload" type="primary" onClick={() => void upload()} disabled={!file} loading={uploading} data-testid="report-import-submit">
          {t('excel.upload')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('reportImport.help')}
        </Typography.Paragraph>
        <Button icon={<DownloadOutlined />} loading={templateBusy} onClick={() => void downloadTemplate()} data-testid="report-import-template">
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
          data-testid="report-import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('excel.dropHint')}</p>
        </Upload.Dragger>
        {uploading && <Progress percent={progress} status="active" data-testid="report-import-progress" />}
        {fileError && <Alert type="error" showIcon message={fileError} data-testid="report-import-file-error" />}
        {result && (
          <>
            <Alert
              type={result.failedCount > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="report-import-summary"
              message={t('reportImport.summary', { imported: result.importedCount, failed: result.failedCount, total: result.totalRows })}
              action={
                result.reportBase64 ? (
                  <Button size="small" icon={<DownloadOutlined />} onClick={downloadReport} data-testid="report-import-report">
                    {t('excel.downloadReport')}
                  </Button>
                ) : undefined
              }
            />
            {result.errors.length > 0 && (
              <Table<ReportImportRowErrorDto>
                size="small"
                rowKey="row"
                data-testid="report-import-errors"
                dataSource={result.errors}
                pagination={result.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('excel.row'), dataIndex: 'row', width: 70 },
                  { title: t('reportImport.project'), dataIndex: 'project', render: (v?: string | null) => v || '—' },
                  {
                    title: t('excel.reasons'),
                    dataIndex: 'errors',
                    render: (_: unknown, r) => (
                      <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                        {r.errors.map((e, i) => (
                          <li key={i} data-code={e.code}>
                            <b>{e.column}</b>
                            {t('reportImport.columnSeparator')}
                            {e.message}
                          </li>
                        ))}
                      </ul>
                    ),
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

/** The “导入月报” button with its dialog, for the project list's toolbar (filers and API-key callers report). */
export function ImportReportsButton({ onImported }: { onImported?: (result: ReportImportResultDto) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="report-import-open">
        {t('reportImport.button')}
      </Button>
      <ImportReportsDialog open={open} onClose={() => setOpen(false)} onImported={onImported} />
    </>
  );
}

import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ReportImportFieldErrorDto, type ReportImportResultDto, type ReportImportRowErrorDto } from '../../api';
import { ExcelImportDialog } from '../../components/ExcelImportDialog';

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
  return (
    <ExcelImportDialog<ReportImportFieldErrorDto, ReportImportRowErrorDto, ReportImportResultDto>
      open={open}
      onClose={onClose}
      onImported={onImported}
      testId="report-import"
      title={t('reportImport.title')}
      help={t('reportImport.help')}
      width={800}
      template={() => api.reportImport.template()}
      templateFileName={t('reportImport.templateFileName')}
      upload={(file, onProgress) => api.reportImport.upload(file, onProgress)}
      summary={(counts) => t('reportImport.summary', counts)}
      reportFileName={t('reportImport.reportFileName')}
      subject={{ title: t('reportImport.project'), dataIndex: 'project' }}
      renderError={(e, i) => (
        <li key={i} data-code={e.code}>
          <b>{e.column}</b>
          {t('reportImport.columnSeparator')}
          {e.message}
        </li>
      )}
    />
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

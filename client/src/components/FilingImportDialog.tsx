import { useTranslation } from 'react-i18next';
import { api, type FilingImportFieldErrorDto, type FilingImportResultDto, type FilingImportRowErrorDto } from '../api';
import { ExcelImportDialog } from './ExcelImportDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called after rows were imported, so lists refresh. */
  onImported?: (result: FilingImportResultDto) => void;
}

/** 批量导入: download the template, upload it filled in, see what was imported and why rows were rejected. */
export function FilingImportDialog({ open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  return (
    <ExcelImportDialog<FilingImportFieldErrorDto, FilingImportRowErrorDto, FilingImportResultDto>
      open={open}
      onClose={onClose}
      onImported={onImported}
      testId="import"
      title={t('excel.importTitle')}
      help={t('excel.importHelp')}
      width={760}
      template={() => api.filings.importTemplate()}
      templateFileName={t('excel.templateFileName')}
      upload={(file, onProgress) => api.filings.import(file, onProgress)}
      summary={(counts) => t('excel.importSummary', counts)}
      reportFileName={t('excel.reportFileName')}
      subject={{ title: t('filings.projectName'), dataIndex: 'projectName' }}
      renderError={(e, i) => (
        <li key={i}>
          <b>{e.column}</b>: {e.message}
        </li>
      )}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { targetsApi, type TargetImportFieldErrorDto, type TargetImportResultDto, type TargetImportRowErrorDto } from '../../api';
import { ExcelImportDialog } from '../../components/ExcelImportDialog';

/** 导入目标任务: the year's template (every unit with its current figures), the upload; any bad row imports nothing and is listed. */
export function TargetsImportDialog({ open, year, onClose, onImported }: { open: boolean; year: number; onClose: () => void; onImported?: () => void }) {
  const { t } = useTranslation();
  return (
    <ExcelImportDialog<TargetImportFieldErrorDto, TargetImportRowErrorDto, TargetImportResultDto>
      open={open}
      onClose={onClose}
      onImported={() => onImported?.()}
      testId="targets-import-dialog"
      title={t('targets.import')}
      help={t('targets.importHelp')}
      width={800}
      template={() => targetsApi.importTemplate(year)}
      templateFileName={t('targets.templateFileName')}
      upload={(file, onProgress) => targetsApi.import(file, onProgress)}
      summary={(counts) => t('targets.importSummary', counts)}
      subject={{ title: t('targets.unit'), dataIndex: 'name' }}
      renderError={(e, i) => (
        <li key={i}>
          {e.column}：{e.message}
        </li>
      )}
    />
  );
}

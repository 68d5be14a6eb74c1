import { useTranslation } from 'react-i18next';
import { api, type NativeImportFieldErrorDto, type NativeImportResultDto, type NativeImportRowErrorDto } from '../../api';
import { ExcelImportDialog } from '../../components/ExcelImportDialog';

/** 导入在外知名人士: the template, the upload with progress, how many rows were saved and why the others were not. */
export function NativeImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported?: () => void }) {
  const { t } = useTranslation();
  return (
    <ExcelImportDialog<NativeImportFieldErrorDto, NativeImportRowErrorDto, NativeImportResultDto>
      open={open}
      onClose={onClose}
      onImported={() => onImported?.()}
      testId="native-import"
      title={t('people.nativeImport')}
      help={t('people.nativeImportHelp')}
      width={800}
      template={() => api.people.natives.importTemplate()}
      templateFileName={t('people.nativeTemplateFileName')}
      upload={(file, onProgress) => api.people.natives.import(file, onProgress)}
      summary={(counts) => t('people.nativeImportSummary', counts)}
      subject={{ title: t('people.name'), dataIndex: 'name' }}
      renderError={(e, i) => (
        <li key={i}>
          {e.column}：{e.message}
        </li>
      )}
    />
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadedFile } from '../api';
import { saveBlob } from '../lib/download';
import { useProblem } from '../lib/useProblem';

/** Exports the list as it is filtered now (every matching row, not the page) and saves the .xlsx; spins meanwhile. */
export function ExportButton({ run, fallbackName, testId }: { run: () => Promise<DownloadedFile>; fallbackName: string; testId?: string }) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [busy, setBusy] = useState(false);

  const onClick = async () => {
    setBusy(true);
    try {
      const file = await run();
      saveBlob(file.data, file.fileName || fallbackName);
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void onClick()} data-testid={testId}>
      {busy ? t('excel.exporting') : t('excel.export')}
    </Button>
  );
}

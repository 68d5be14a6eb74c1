import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type NativeImportResultDto, type NativeImportRowErrorDto } from '../../api';
import { toProblem } from '../../api/problem';
import { saveBlob } from '../../lib/download';
import { useProblem } from '../../lib/useProblem';

/** 导入在外知名人士: the template, the upload with progress, how many rows were saved and why the others were not. */
export function NativeImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported?: () => void }) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [result, setResult] = useState<NativeImportResultDto>();
  const [fileError, setFileError] = useState<string>();
  const uploading = progress !== undefined;

  const downloadTemplate = async () => {
    try {
      const template = await api.people.natives.importTemplate();
      saveBlob(template.data, template.fileName || t('people.nativeTemplateFileName'));
    } catch (error) {
      showProblem(error);
    }
  };

  const upload = async () => {
    if (!file) return;
    setFileError(undefined);
    setResult(undefined);
    setProgress(0);
    try {
      const answer = await api.people.natives.import(file, setProgress);
      setResult(answer);
      if (answer.importedCount > 0) onImported?.();
    } catch (error) {
      const message = toProblem(error).errors?.file?.join(' ');
      if (message) setFileError(message);
      else showProblem(error);
    } finally {
      setProgress(undefined);
    }
  };

  const close = () => {
    if (uploading) return;
    setFile(undefined);
    setResult(undefined);
    setFileError(undefined);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('people.nativeImport')}
      onCancel={close}
      width={800}
      footer={[
        <Button key="close" onClick={close} disabled={uploading}>
          {t('excel.close')}
        </Button>,
        <Button key="upload" type="primary" onClick={() => void upload()} disabled={!file} loading={uploading} data-testid="native-import-submit">
          {t('excel.upload')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('people.nativeImportHelp')}
        </Typography.Paragraph>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()} data-testid="native-import-template">
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
          data-testid="native-import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('excel.dropHint')}</p>
        </Upload.Dragger>
        {uploading && <Progress percent={progress} status="active" data-testid="native-import-progress" />}
        {fileError && <Alert type="error" showIcon message={fileError} data-testid="native-import-file-error" />}
        {result && (
          <Alert
            type={result.failedCount > 0 ? 'warning' : 'success'}
            showIcon
            data-testid="native-import-summary"
            message={t('people.nativeImportSummary', { imported: result.importedCount, failed: result.failedCount, total: result.totalRows })}
          />
        )}
        {result && result.errors.length > 0 && (
          <Table<NativeImportRowErrorDto>
            size="small"
            rowKey="row"
            data-testid="native-import-errors"
            dataSource={result.errors}
            pagination={result.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('excel.row'), dataIndex: 'row', width: 70 },
              { title: t('people.name'), dataIndex: 'name', render: (v?: string | null) => v || '—' },
              {
                title: t('excel.reasons'),
                key: 'errors',
                render: (_, r) => (
                  <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                    {r.errors.map((e, i) => (
                      <li key={i}>
                        {e.column}：{e.message}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}

import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Popconfirm, Progress, Select, Space, Tag, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AttachmentKind, type FilingAttachmentDto } from '../api';
import { toProblem } from '../api/problem';
import { formatDateTime } from '../lib/time';
import { useProblem } from '../lib/useProblem';
import { QueryError } from './QueryError';

export const ATTACHMENT_KINDS: AttachmentKind[] = ['Agreement', 'Photo', 'Other'];
/** What the server accepts by default (Attachments:AllowedTypes); it checks again, by extension and content. */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.xls,.xlsx,.ofd';
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file chosen before the filing exists: uploaded with its kind right after the first save (`useFilingFormSave`). */
export interface StagedAttachment {
  key: string;
  file: File;
  kind: AttachmentKind;
}

/** Whether the server would take the file's name, by its extension (it checks the content again). */
export function isAcceptedAttachment(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 && ATTACHMENT_ACCEPT.split(',').includes(fileName.slice(dot).toLowerCase());
}

interface Props {
  /** The filing; none yet on a new form: files chosen are then staged (`staged`, `onStagedChange`) and uploaded after its first save. */
  filingId?: string;
  /** The filing's version as last read; every upload or removal answers with the new one. */
  filingVersion?: number;
  staged?: StagedAttachment[];
  onStagedChange?: (staged: StagedAttachment[]) => void;
  /** The filer's own draft or returned filing: upload and delete are offered. */
  editable: boolean;
  onChanged?: (filingVersion: number) => void;
  /**
   * Refetch the filing after a change (the detail page). The form page passes false: a refetch would reset fields
   * the user has not saved yet, so the filing is only marked stale and the form keeps the new version itself.
   */
  refetchFiling?: boolean;
}

/** A filing's attachments (agreements, photos): list and download for every reader; upload with progress and delete for the filer. */
export function FilingAttachments({ filingId, filingVersion = 0, staged = [], onStagedChange, editable, onChanged, refetchFiling = true }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<AttachmentKind>('Agreement');
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);

  const list = useQuery({
    queryKey: ['filing-attachments', filingId],
    queryFn: ({ signal }) => api.attachments.list(filingId!, signal),
    enabled: !!filingId,
  });

  const changed = async (version: number) => {
    onChanged?.(version);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['filing-attachments', filingId] }),
      queryClient.invalidateQueries({ queryKey: ['filing', filingId], refetchType: refetchFiling ? 'active' : 'none' }),
      queryClient.invalidateQueries({ queryKey: ['filings'] }),
    ]);
  };

  const remove = useMutation({
    mutationFn: (a: FilingAttachmentDto) => api.attachments.remove(filingId!, a.id, filingVersion),
    onSuccess: async (r) => {
      message.success(t('attachments.removed'));
      await changed(r.filingVersion);
    },
    onError: (e) => showProblem(e),
  });

  const items = list.data ?? [];
  const count = filingId ? items.length : staged.length;
  const full = count >= MAX_ATTACHMENTS;

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const blob = file as File;
    if (!filingId) {
      onStagedChange?.([...staged, { key: `${Date.now()}-${staged.length}-${blob.name}`, file: blob, kind }]);
      onSuccess?.(null);
      return;
    }
    setProgress({ name: blob.name, percent: 0 });
    api.attachments
      .upload(filingId, blob, blob.name, kind, filingVersion, (percent) => {
        setProgress({ name: blob.name, percent });
        onProgress?.({ percent });
      })
      .then(async (added) => {
        onSuccess?.(added);
        message.success(t('attachments.uploaded', { name: added.attachment.fileName }));
        await changed(added.filingVersion);
      })
      .catch((e: unknown) => {
        onError?.(e as Error);
        // The upload has no form fields to mark: a field error (type, content, size) is shown as the message itself.
        const fieldErrors = Object.values(toProblem(e).errors ?? {}).flat();
        if (fieldErrors.length > 0) message.error(fieldErrors.join(' '));
        else showProblem(e);
      })
      .finally(() => setProgress(null));
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (file.size > ATTACHMENT_MAX_BYTES) {
      message.error(t('attachments.tooLarge', { max: 20 }));
      return Upload.LIST_IGNORE;
    }
    if (!filingId && !isAcceptedAttachment(file.name)) {
      // Staged files are checked here as far as the client can, so few are refused after the save.
      message.error(t('attachments.typeNotAccepted', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  return (
    <div data-testid="filing-attachments">
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        <PaperClipOutlined /> {t('attachments.title')} ({count})
      </Typography.Title>
      {editable && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<AttachmentKind>
            value={kind}
            onChange={setKind}
            style={{ width: 120 }}
            aria-label={t('attachments.kind')}
            data-testid="attachment-kind"
            options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`attachmentKind.${k}`) }))}
          />
          <Upload accept={ATTACHMENT_ACCEPT} showUploadList={false} customRequest={customRequest} beforeUpload={beforeUpload} disabled={!!progress || full}>
            <Button icon={<UploadOutlined />} loading={!!progress} disabled={full} data-testid="attachment-upload">
              {t('attachments.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {full ? t('attachments.full', { max: MAX_ATTACHMENTS }) : t('attachments.hint', { max: 20 })}
          </Typography.Text>
          {!filingId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="attachment-staged-hint">
              {t('attachments.stagedHint')}
            </Typography.Text>
          )}
        </Space>
      )}
      {progress && (
        <div data-testid="attachment-progress" style={{ marginBottom: 12 }}>
          <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
            {t('attachments.uploading', { name: progress.name })}
          </Typography.Text>
          <Progress percent={progress.percent} size="small" />
        </div>
      )}
      {!filingId ? (
        <List<StagedAttachment>
          size="small"
          bordered
          locale={{ emptyText: t('attachments.empty') }}
          dataSource={staged}
          rowKey="key"
          renderItem={(s) => (
            <List.Item
              data-testid="attachment-staged"
              actions={[
                <Button
                  key="remove"
                  type="link"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={`${t('attachments.removeStaged')} ${s.file.name}`}
                  onClick={() => onStagedChange?.(staged.filter((x) => x.key !== s.key))}
                />,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space size={4} wrap>
                    <Tag>{t(`attachmentKind.${s.kind}`)}</Tag>
                    <span style={{ wordBreak: 'break-all' }}>{s.file.name}</span>
                    <Tag color="gold">{t('attachments.staged')}</Tag>
                  </Space>
                }
                description={formatBytes(s.file.size)}
              />
            </List.Item>
          )}
        />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <List<FilingAttachmentDto>
          size="small"
          bordered
          loading={list.isLoading}
          locale={{ emptyText: t('attachments.empty') }}
          dataSource={items}
          renderItem={(a) => (
            <List.Item
              data-testid="attachment-item"
              actions={[
                <a key="download" href={api.attachments.contentUrl(filingId, a.id)} download={a.fileName} aria-label={t('attachments.download')}>
                  <DownloadOutlined /> {t('attachments.download')}
                </a>,
                ...(editable
                  ? [
                      <Popconfirm
                        key="delete"
                        title={t('attachments.confirmDelete', { name: a.fileName })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => remove.mutate(a)}
                      >
                        <Button type="link" danger size="small" icon={<DeleteOutlined />} aria-label={t('attachments.delete')} loading={remove.isPending && remove.variables?.id === a.id} />
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space size={4} wrap>
                    <Tag>{t(`attachmentKind.${a.kind}`)}</Tag>
                    <span style={{ wordBreak: 'break-all' }}>{a.fileName}</span>
                  </Space>
                }
                description={`${formatBytes(a.sizeBytes)} · ${a.uploadedByName} · ${formatDateTime(a.uploadedAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

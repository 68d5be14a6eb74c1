import { CopyOutlined, DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Progress, Result, Space, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type LodgedObjectionDto, type PublicationEntryDto } from '../api';
import { formatDate, formatDateTime } from '../lib/time';
import { useProblem } from '../lib/useProblem';
import { DetailGrid } from './DetailGrid';
import { formatBytes } from './FilingAttachments';

/** What the server accepts by default (Objections:AllowedEvidenceTypes, MaxEvidenceBytes); it checks again, by extension and content. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp';
export const EVIDENCE_MAX_MB = 10;
const EVIDENCE_MAX_BYTES = EVIDENCE_MAX_MB * 1024 * 1024;
const EVIDENCE_NAME = /\.(pdf|jpe?g|png|webp)$/i;
/** The objection's limits (Domain/Objections/Objection). */
export const OBJECTION_NAME_MAX = 50;
export const OBJECTION_CONTACT_MAX = 100;
export const OBJECTION_TEXT_MIN = 10;
export const OBJECTION_TEXT_MAX = 2000;

interface Values {
  objectorName: string;
  contact: string;
  text: string;
  /** null, not undefined, so the key is in the form's store and a server error on `file` lands on its field. */
  file: File | null;
}
const EMPTY: Values = { objectorName: '', contact: '', text: '', file: null };

/** The optional evidence file as a form control: one file, checked for type and size before it is kept. */
function EvidenceInput({ value, onChange, disabled }: { value?: File | null; onChange?: (file: File | null) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!EVIDENCE_NAME.test(file.name)) message.error(t('objections.evidenceBadType'));
    else if (file.size > EVIDENCE_MAX_BYTES) message.error(t('objections.evidenceTooLarge', { max: EVIDENCE_MAX_MB }));
    else onChange?.(file);
    return Upload.LIST_IGNORE; // kept in the form, sent with it
  };
  return value ? (
    <Space wrap data-testid="objection-evidence-file">
      <PaperClipOutlined />
      <span style={{ wordBreak: 'break-all' }}>{value.name}</span>
      <Typography.Text type="secondary">{formatBytes(value.size)}</Typography.Text>
      <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => onChange?.(null)} disabled={disabled} aria-label={t('objections.evidenceRemove')} />
    </Space>
  ) : (
    <Upload accept={EVIDENCE_ACCEPT} showUploadList={false} beforeUpload={beforeUpload} disabled={disabled}>
      <Button icon={<UploadOutlined />} disabled={disabled} data-testid="objection-evidence">
        {t('objections.evidencePick')}
      </Button>
    </Upload>
  );
}

/** The receipt, shown once after lodging: the code, prominently, with a copy button and the note to keep it. */
function Receipt({ lodged }: { lodged: LodgedObjectionDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(lodged.receiptCode);
      message.success(t('objections.copied'));
    } catch {
      message.warning(t('objections.copyFailed'));
    }
  };
  return (
    <div data-testid="objection-receipt">
      <Result status="success" title={t('objections.lodgedTitle')} style={{ padding: '8px 0 16px' }} />
      <Typography.Text type="secondary">{t('objections.receiptCode')}</Typography.Text>
      <div className="receipt-code" data-testid="objection-receipt-code">
        {lodged.receiptCode}
      </div>
      <Button icon={<CopyOutlined />} onClick={() => void copy()} style={{ margin: '8px 0 12px' }} data-testid="objection-receipt-copy">
        {t('objections.copy')}
      </Button>
      <Alert type="warning" showIcon message={t('objections.keepCode')} style={{ marginBottom: 12 }} />
      <DetailGrid narrow style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('objections.project')}>{lodged.projectName}</Descriptions.Item>
        <Descriptions.Item label={t('objections.publication')}>{lodged.publicationLabel}</Descriptions.Item>
        <Descriptions.Item label={t('objections.lodgedAt')}>{formatDateTime(lodged.lodgedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('objections.publicityEndsOn')}>{formatDate(lodged.publicityEndsOn)}</Descriptions.Item>
      </DetailGrid>
      <Link to="/public/objections/status" data-testid="objection-receipt-status-link">
        {t('publications.checkObjection')}
      </Link>
    </div>
  );
}

interface Props {
  publicationId: string;
  entry: PublicationEntryDto;
  onClose: () => void;
  /** The objection was lodged: the entry is now under re-review. */
  onLodged: (lodged: LodgedObjectionDto) => void;
  /** The server refused because the window or the entry closed meanwhile: the publication should be read again. */
  onStale: () => void;
}

/**
 * 提出异议: name, phone or e-mail, the objection (with a counter) and optional evidence (upload progress shown). The
 * server's field errors land on the fields; on success the receipt code replaces the form, and the dialog then closes
 * only through "我已保存回执码".
 */
export function ObjectionFormModal({ publicationId, entry, onClose, onLodged, onStale }: Props) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [form] = Form.useForm<Values>();
  const [progress, setProgress] = useState<number | null>(null);
  const [lodged, setLodged] = useState<LodgedObjectionDto | null>(null);

  const lodge = useMutation({
    mutationFn: (v: Values) =>
      api.objections.lodge(publicationId, entry.id, { objectorName: v.objectorName, contact: v.contact, text: v.text, file: v.file ?? undefined }, v.file ? setProgress : undefined),
    onMutate: (v) => setProgress(v.file ? 0 : null),
    onSuccess: (r) => {
      setLodged(r);
      onLodged(r);
    },
    onError: (e) => {
      const p = showProblem(e, form);
      if (p.code === 'objection.publicity-ended' || p.code === 'objection.entry-closed' || p.status === 404) {
        onStale();
        onClose();
      }
    },
    onSettled: () => setProgress(null),
  });
  const busy = lodge.isPending;

  return (
    <Modal
      open
      title={lodged ? t('objections.lodgedTitle') : t('objections.formTitle', { project: entry.projectName })}
      closable={!lodged && !busy}
      maskClosable={false}
      keyboard={!lodged}
      onCancel={onClose}
      footer={
        lodged ? (
          <Button type="primary" onClick={onClose} data-testid="objection-receipt-done">
            {t('objections.savedIt')}
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="objection-submit">
              {t('objections.submit')}
            </Button>
          </Space>
        )
      }
    >
      {lodged ? (
        <Receipt lodged={lodged} />
      ) : (
        <Form<Values> form={form} layout="vertical" initialValues={EMPTY} onFinish={(v) => lodge.mutate(v)} disabled={busy} data-testid="objection-form">
          <Typography.Paragraph type="secondary">{t('objections.formIntro')}</Typography.Paragraph>
          <Form.Item
            name="objectorName"
            label={t('objections.objectorName')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: OBJECTION_NAME_MAX, message: t('validation.maxLength', { max: OBJECTION_NAME_MAX }) },
            ]}
          >
            <Input autoComplete="name" maxLength={OBJECTION_NAME_MAX} data-testid="objection-name" />
          </Form.Item>
          <Form.Item
            name="contact"
            label={t('objections.contact')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: OBJECTION_CONTACT_MAX, message: t('validation.maxLength', { max: OBJECTION_CONTACT_MAX }) },
            ]}
          >
            <Input placeholder={t('objections.contactPlaceholder')} maxLength={OBJECTION_CONTACT_MAX} data-testid="objection-contact" />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('objections.text')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              {
                validator: (_, v?: string) =>
                  !v || v.trim().length === 0 || v.trim().length >= OBJECTION_TEXT_MIN
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('validation.minLength', { min: OBJECTION_TEXT_MIN }))),
              },
            ]}
          >
            <Input.TextArea
              rows={5}
              showCount
              maxLength={OBJECTION_TEXT_MAX}
              placeholder={t('objections.textPlaceholder', { min: OBJECTION_TEXT_MIN, max: OBJECTION_TEXT_MAX })}
              data-testid="objection-text"
            />
          </Form.Item>
          <Form.Item name="file" label={t('objections.evidence')} extra={t('objections.evidenceHint', { max: EVIDENCE_MAX_MB })}>
            <EvidenceInput disabled={busy} />
          </Form.Item>
          {progress !== null && (
            <div data-testid="objection-progress">
              <Typography.Text type="secondary">{t('objections.uploading')}</Typography.Text>
              <Progress percent={progress} size="small" />
            </div>
          )}
        </Form>
      )}
    </Modal>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type ObjectionDto, type ObjectionRemedy } from '../api';
import { isConcurrencyConflict } from '../api/problem';
import { saveBlob } from '../lib/download';
import { formatDateTime } from '../lib/time';
import { useObjectionDecided } from '../lib/useObjections';
import { useProblem } from '../lib/useProblem';
import { DetailGrid } from './DetailGrid';
import { formatBytes } from './FilingAttachments';
import { ObjectionStatusTag } from './ObjectionTags';

/** The reason a reviewer gives (Filing.ReasonMaxLength). */
const REASON_MAX = 1000;
const REMEDIES: ObjectionRemedy[] = ['Revoke', 'Return'];

type Decision = 'dismiss' | 'uphold';
interface DecisionValues {
  reason: string;
  remedy?: ObjectionRemedy;
}

/**
 * 异议不成立 / 异议成立 for a pending objection: a dialog asks for the reason (and, to uphold, 撤销备案 or 退回修改), says
 * what will happen and is confirmed with its own button. Sends the objection's version as read: a stale one is the
 * standard "modified by someone else" message, and the objection is read again.
 */
export function ObjectionDecisionButtons({ objection, onChanged }: { objection: ObjectionDto; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const decided = useObjectionDecided();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [form] = Form.useForm<DecisionValues>();

  const decide = useMutation({
    mutationFn: ({ kind, v }: { kind: Decision; v: DecisionValues }) =>
      kind === 'dismiss'
        ? api.objections.dismiss(objection.id, objection.version, v.reason)
        : api.objections.uphold(objection.id, objection.version, v.remedy ?? 'Revoke', v.reason),
    onSuccess: (o, { kind }) => {
      message.success(t(kind === 'dismiss' ? 'objections.dismissed' : 'objections.upheld'));
      close();
      decided(o);
      onChanged?.();
    },
    onError: (e) => {
      const p = showProblem(e, form);
      // Someone else decided (or changed) it meanwhile: close and show it as it is now.
      if (isConcurrencyConflict(p) || p.status === 409 || p.status === 404) {
        close();
        onChanged?.();
      }
    },
  });

  // The dialog is mounted only while open; its form is emptied as it closes (while still connected).
  function close() {
    form.resetFields();
    setDecision(null);
  }

  if (objection.status !== 'Pending') return null;

  return (
    <>
      <Space wrap data-testid="objection-actions">
        <Button onClick={() => setDecision('dismiss')} data-testid="objection-dismiss">
          {t('objections.dismiss')}
        </Button>
        <Button danger onClick={() => setDecision('uphold')} data-testid="objection-uphold">
          {t('objections.uphold')}
        </Button>
      </Space>
      {decision && (
        <Modal
          open
          title={`${decision === 'uphold' ? t('objections.uphold') : t('objections.dismiss')} · ${objection.projectName}`}
          okText={decision === 'uphold' ? t('objections.confirmUphold') : t('objections.confirmDismiss')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: decision === 'uphold', 'data-testid': 'objection-decision-ok' } as ButtonProps}
          confirmLoading={decide.isPending}
          onOk={() => form.submit()}
          onCancel={close}
        >
          <Alert
            type={decision === 'uphold' ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            message={decision === 'uphold' ? t('objections.upholdWarning') : t('objections.dismissWarning')}
          />
          <Form<DecisionValues> form={form} layout="vertical" onFinish={(v) => decide.mutate({ kind: decision, v })}>
            {decision === 'uphold' && (
              <Form.Item name="remedy" label={t('objections.remedyLabel')} rules={[{ required: true, message: t('validation.required') }]}>
                <Radio.Group data-testid="objection-remedy">
                  {REMEDIES.map((r) => (
                    <Radio key={r} value={r} data-testid={`objection-remedy-${r}`}>
                      {t(`objections.remedy.${r}`)}
                    </Radio>
                  ))}
                </Radio.Group>
              </Form.Item>
            )}
            <Form.Item
              name="reason"
              label={t('objections.reason')}
              rules={[
                { required: true, whitespace: true, message: t('validation.required') },
                { max: REASON_MAX, message: t('validation.maxLength', { max: REASON_MAX }) },
              ]}
            >
              <Input.TextArea rows={4} showCount maxLength={REASON_MAX} placeholder={t('objections.reasonPlaceholder')} data-testid="objection-reason" />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}

/** Downloads the evidence through the API (the session cookie) under the name the objector gave it. */
function EvidenceDownload({ objection }: { objection: ObjectionDto }) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [busy, setBusy] = useState(false);
  if (!objection.hasEvidence) return <>{t('objections.noEvidence')}</>;
  const name = objection.evidenceFileName ?? 'evidence';
  const download = async () => {
    setBusy(true);
    try {
      const file = await api.objections.evidence(objection.id);
      saveBlob(file.data, file.fileName || name);
    } catch (e) {
      showProblem(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap size={4}>
      <span style={{ wordBreak: 'break-all' }}>{name}</span>
      {objection.evidenceSizeBytes !== undefined && <Typography.Text type="secondary">{formatBytes(objection.evidenceSizeBytes)}</Typography.Text>}
      <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()} data-testid="objection-evidence-download">
        {t('objections.download')}
      </Button>
    </Space>
  );
}

/**
 * One objection as reviewers see it: project (a link to the filing) and publication, the objector and contact, the
 * text, the evidence, the outcome once decided, and the decision buttons while it is pending.
 */
export function ObjectionDetail({ objection: o, showFilingLink = true, onChanged }: { objection: ObjectionDto; showFilingLink?: boolean; onChanged?: () => void }) {
  const { t } = useTranslation();
  const decided = o.status !== 'Pending';
  return (
    <div data-testid="objection-detail" data-objection-id={o.id}>
      <DetailGrid style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('objections.project')} span="filled">
          <Space wrap size={4}>
            <span>{o.projectName}</span>
            {showFilingLink && (
              <Link to={`/review/${o.filingId}`} data-testid="objection-filing-link">
                {t('objections.openFiling')}
              </Link>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('objections.publication')}>
          <Link to={`/public/publications/${o.publicationId}`} target="_blank">
            {o.publicationLabel}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('objections.lodgedAt')}>{formatDateTime(o.lodgedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('objections.objector')}>{o.objectorName}</Descriptions.Item>
        <Descriptions.Item label={t('objections.contact')}>
          <Typography.Text copyable={{ text: o.contact }}>{o.contact}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('objections.text')} span="filled">
          <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="objection-text-full">
            {o.text}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('objections.evidenceLabel')} span="filled">
          <EvidenceDownload objection={o} />
        </Descriptions.Item>
        <Descriptions.Item label={t('objections.statusFilter')} span={decided ? 1 : 'filled'}>
          <ObjectionStatusTag status={o.status} remedy={o.remedy} labels="reviewStatus" />
        </Descriptions.Item>
        {decided && <Descriptions.Item label={t('objections.decidedAt')}>{formatDateTime(o.decidedAt)}</Descriptions.Item>}
        {decided && (
          <Descriptions.Item label={t('objections.decidedBy')} span="filled">
            {o.decidedByName || '—'}
          </Descriptions.Item>
        )}
        {decided && (
          <Descriptions.Item label={t('objections.decisionReason')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{o.decisionReason || '—'}</span>
          </Descriptions.Item>
        )}
      </DetailGrid>
      <ObjectionDecisionButtons objection={o} onChanged={onChanged} />
    </div>
  );
}

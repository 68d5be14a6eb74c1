import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Space, Spin, Tag, Timeline, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, type FilingDto, type FilingHistoryDto } from '../../api';
import { isConcurrencyConflict } from '../../api/problem';
import { useAuth } from '../../auth/AuthContext';
import { DuplicatesPanel } from '../../components/DuplicatesPanel';
import { FilingAttachments } from '../../components/FilingAttachments';
import { FilingObjectionsPanel } from '../../components/FilingObjectionsPanel';
import { FilingStatusTag } from '../../components/FilingTags';
import { QueryError } from '../../components/QueryError';
import { useDuplicateWarning } from '../../components/useDuplicateWarning';
import { filingActionsFor } from '../../lib/filingActions';
import { formatWan } from '../../lib/money';
import { formatDate, formatDateTime } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useProblem } from '../../lib/useProblem';

const HISTORY_COLORS: Record<string, string> = {
  Approved: 'green',
  Returned: 'orange',
  Revoked: 'red',
  Withdrawn: 'gray',
  Submitted: 'blue',
  Resubmitted: 'blue',
  ObjectionReceived: 'orange',
  ObjectionDismissed: 'green',
  ObjectionUpheld: 'red',
};

/** Keys of a history entry's changes that are not shown (an objection's id means nothing to a reader). */
const HIDDEN_CHANGES = new Set(['objection']);

/** "What changed" of a history entry: the server's JSON, shown as field: value lines ([before, after] as before → after). */
function Changes({ json }: { json?: string }) {
  const { t } = useTranslation();
  if (!json) return null;
  let lines: string[];
  try {
    const v = JSON.parse(json) as unknown;
    const value = (k: string, x: unknown) => (x === null || x === undefined ? '—' : k === 'status' ? t(`filingStatus.${String(x)}`) : String(x));
    lines =
      v && typeof v === 'object'
        ? Object.entries(v as Record<string, unknown>).filter(([k]) => !HIDDEN_CHANGES.has(k)).map(([k, x]) => {
            const label = t(`filings.${k}`, { defaultValue: k });
            if (Array.isArray(x) && x.length === 2) return `${label}: ${value(k, x[0])} → ${value(k, x[1])}`;
            if (x && typeof x === 'object' && !Array.isArray(x)) {
              const o = x as Record<string, unknown>;
              if ('from' in o || 'to' in o) return `${label}: ${String(o.from ?? '—')} → ${String(o.to ?? '—')}`;
              if ('before' in o || 'after' in o) return `${label}: ${String(o.before ?? '—')} → ${String(o.after ?? '—')}`;
            }
            return `${label}: ${typeof x === 'string' ? x : JSON.stringify(x)}`;
          })
        : [String(v)];
  } catch {
    lines = [json];
  }
  return (
    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', wordBreak: 'break-all' }}>
      {t('filings.changes')}：
      {lines.map((l) => (
        <div key={l}>{l}</div>
      ))}
    </div>
  );
}

function HistoryItem({ h }: { h: FilingHistoryDto }) {
  const { t } = useTranslation();
  return (
    <div data-testid="filing-history-item">
      <div>
        <strong>{t(`filingAction.${h.action}`)}</strong> ·{' '}
        <span title={h.actorName} data-testid="filing-history-actor">
          {h.actorDisplayName || h.actorName}
        </span>{' '}
        · <Typography.Text type="secondary">{formatDateTime(h.at)}</Typography.Text>
      </div>
      {h.reason && <div style={{ whiteSpace: 'pre-wrap' }}>{h.reason}</div>}
      <Changes json={h.changes} />
    </div>
  );
}

type Decision = 'return' | 'revoke' | null;

/** A filing with its status, deadline, reasons and history, and the buttons the user's role allows. */
export function FilingDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { user } = useAuth();
  const { id } = useParams();
  const options = useFilingOptions(true);
  const [decision, setDecision] = useState<Decision>(null);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const fromReview = location.pathname.startsWith('/review');

  const warnDuplicates = useDuplicateWarning();
  const filing = useQuery({ queryKey: ['filing', id], queryFn: ({ signal }) => api.filings.get(id!, signal), enabled: !!id });

  const act = useMutation({
    mutationFn: async ({ kind, reason }: { kind: 'submit' | 'withdraw' | 'approve' | 'return' | 'revoke'; reason?: string }) => {
      const f = filing.data!;
      switch (kind) {
        case 'submit':
          return { kind, f: await api.filings.submit(f.id, f.version) };
        case 'withdraw':
          return { kind, f: await api.filings.withdraw(f.id, f.version) };
        case 'approve':
          return { kind, f: await api.filings.approve(f.id, f.version) };
        case 'return':
          return { kind, f: await api.filings.return(f.id, f.version, reason ?? '') };
        case 'revoke':
          return { kind, f: await api.filings.revoke(f.id, f.version, reason ?? '') };
      }
    },
    onSuccess: ({ kind, f }) => {
      queryClient.setQueryData(['filing', f.id], f);
      void queryClient.invalidateQueries({ queryKey: ['filings'] });
      void queryClient.invalidateQueries({ queryKey: ['review'] });
      const done = { submit: 'filings.submitted', withdraw: 'filings.withdrawn', approve: 'review.approved', return: 'review.returned', revoke: 'review.revoked' }[kind];
      message.success(t(done));
      if (kind === 'submit') warnDuplicates(f);
      setDecision(null);
    },
    onError: (e) => {
      const p = showProblem(e, decision ? reasonForm : undefined);
      if (isConcurrencyConflict(p) || p.status === 409 || p.status === 404) {
        setDecision(null);
        void filing.refetch();
      }
    },
  });

  if (filing.isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (filing.error || !filing.data) return <QueryError error={filing.error ?? new Error(t('filings.notFound'))} onRetry={() => void filing.refetch()} />;
  const f: FilingDto = filing.data;
  const actions = filingActionsFor(f.status, user?.roles ?? []);
  const busy = act.isPending;
  const yesNo = (v?: string) => v || '—';
  const roles = user?.roles ?? [];
  // Reviewers (and admins) compare a live filing with its look-alikes; the list may hold other units' filings.
  const canDismiss = roles.includes('Reviewer') || roles.includes('Admin');
  const showDuplicates = canDismiss && (f.status === 'UnderReview' || f.status === 'Approved');
  // Objections are lodged against published approvals: reviewers and admins see and decide them here.
  const showObjections = canDismiss && (f.status === 'Approved' || f.status === 'UnderReReview' || f.status === 'Revoked' || f.status === 'Returned');
  // Admins open a filing from 异议复核 (the review queue is the reviewers').
  const backTo = fromReview ? (roles.includes('Reviewer') ? '/review' : '/objections') : '/filings';

  const openDecision = (d: Decision) => {
    reasonForm.resetFields();
    setDecision(d);
  };

  return (
    <Card
      className="page-card"
      data-testid="filing-detail"
      title={
        <Space wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(backTo)} aria-label={t('common.back')} />
          <span>{f.projectName || t('filings.detail')}</span>
          <FilingStatusTag status={f.status} />
        </Space>
      }
    >
      {f.status === 'Returned' && f.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('filings.returnReasons')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{f.returnReason}</span>} data-testid="filing-return-reasons" />
      )}
      {f.status === 'UnderReReview' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('filings.underReReviewNotice')} data-testid="filing-under-re-review" />
      )}
      {f.status === 'Revoked' && f.revokedReason && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('filings.revokedReason')} description={f.revokedReason} />
      )}
      {actions.length > 0 && (
        <Space wrap style={{ marginBottom: 16 }} data-testid="filing-actions">
          {actions.includes('edit') && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/filings/${f.id}/edit`)} data-testid="filing-edit">
              {t('common.edit')}
            </Button>
          )}
          {actions.includes('submit') && (
            <Popconfirm title={t('filings.submitConfirm')} onConfirm={() => act.mutateAsync({ kind: 'submit' }).catch(() => undefined)} okButtonProps={{ 'data-testid': 'confirm-ok' } as ButtonProps}>
              <Button type="primary" loading={busy} data-testid="filing-detail-submit">
                {f.status === 'Returned' ? t('filings.resubmit') : t('filings.submit')}
              </Button>
            </Popconfirm>
          )}
          {actions.includes('withdraw') && (
            <Popconfirm title={t('filings.withdrawConfirm')} onConfirm={() => act.mutateAsync({ kind: 'withdraw' }).catch(() => undefined)} okButtonProps={{ 'data-testid': 'confirm-ok' } as ButtonProps}>
              <Button danger loading={busy} data-testid="filing-withdraw">
                {t('filings.withdraw')}
              </Button>
            </Popconfirm>
          )}
          {actions.includes('approve') && (
            <Popconfirm title={t('review.approveConfirm')} onConfirm={() => act.mutateAsync({ kind: 'approve' }).catch(() => undefined)} okButtonProps={{ 'data-testid': 'confirm-ok' } as ButtonProps}>
              <Button type="primary" loading={busy} data-testid="review-approve">
                {t('review.approve')}
              </Button>
            </Popconfirm>
          )}
          {actions.includes('return') && (
            <Button danger onClick={() => openDecision('return')} disabled={busy} data-testid="review-return">
              {t('review.return')}
            </Button>
          )}
          {actions.includes('revoke') && (
            <Button danger onClick={() => openDecision('revoke')} disabled={busy} data-testid="review-revoke">
              {t('review.revoke')}
            </Button>
          )}
        </Space>
      )}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} data-testid="filing-fields">
        <Descriptions.Item label={t('filings.projectName')}>{yesNo(f.projectName)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.status')}>{t(`filingStatus.${f.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.investorName')}>{yesNo(f.investorName)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.creditCode')}>{f.foreignInvestor && !f.creditCode ? t('filings.foreignInvestor') : yesNo(f.creditCode)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.sourceRegion')}>{options.regionName(f.sourceRegionCode)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.industryChain')}>{options.chainName(f.industryChainId)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.category')}>{f.category ? t(`category.${f.category}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('filings.stage')}>{f.stage ? t(`stage.${f.stage}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('filings.plannedTotal')}>
          <span data-testid="filing-total">{formatWan(f.plannedTotalInvestment)}</span> {f.scaleBand && <Tag color="blue">{t(`scaleBand.${f.scaleBand}`)}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.plannedFixed')}>{formatWan(f.plannedFixedAssetInvestment)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.constructionContent')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{yesNo(f.constructionContent)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.association')}>{options.associationName(f.associationId)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.recommenderName')}>
          {yesNo(f.recommenderName)} {f.recommenderContact ? `（${f.recommenderContact}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.contactName')}>{yesNo(f.contactName)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.contactPhone')}>{yesNo(f.contactPhone)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.submittedAt')}>{formatDateTime(f.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.reviewDue')}>
          <span data-testid="filing-review-due">{f.reviewDueOn ? formatDate(f.reviewDueOn) : '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.decidedAt')}>{formatDateTime(f.decidedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.createdAt')}>{formatDateTime(f.createdAt)}</Descriptions.Item>
      </Descriptions>
      {showObjections && <FilingObjectionsPanel filingId={f.id} />}
      {showDuplicates && <DuplicatesPanel filingId={f.id} canDismiss={canDismiss} />}
      <FilingAttachments
        filingId={f.id}
        filingVersion={f.version}
        editable={(user?.roles ?? []).includes('Filer') && (f.status === 'Draft' || f.status === 'Returned')}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('filings.history')}
      </Typography.Title>
      <Timeline
        data-testid="filing-history"
        items={[...f.history]
          .sort((a, b) => b.at.localeCompare(a.at))
          .map((h) => ({ key: h.id, color: HISTORY_COLORS[h.action] ?? 'gray', children: <HistoryItem h={h} /> }))}
      />
      <Modal
        open={decision !== null}
        title={decision === 'revoke' ? t('review.revokeTitle') : t('review.returnTitle')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'decision-ok' } as ButtonProps}
        confirmLoading={busy}
        onOk={() => reasonForm.submit()}
        onCancel={() => setDecision(null)}
        forceRender
      >
        <Form<{ reason: string }>
          form={reasonForm}
          layout="vertical"
          onFinish={(v) => decision && act.mutate({ kind: decision, reason: v.reason })}
        >
          <Form.Item
            name="reason"
            label={decision === 'revoke' ? t('review.revokeReason') : t('review.reasons')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 1000, message: t('validation.maxLength', { max: 1000 }) },
            ]}
          >
            <Input.TextArea rows={4} placeholder={t('review.reasonsPlaceholder')} data-testid="decision-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

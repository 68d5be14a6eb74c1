import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Spin } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, type FilingDto } from '../../api';
import { isConcurrencyConflict } from '../../api/problem';
import { useAuth } from '../../auth/AuthContext';
import { FormModal } from '../../components/FormModal';
import { DuplicatesPanel } from '../../components/DuplicatesPanel';
import { CreditCard } from '../../components/CreditCard';
import { FilingAttachments } from '../../components/FilingAttachments';
import { FilingObjectionsPanel } from '../../components/FilingObjectionsPanel';
import { FilingStatusTag } from '../../components/FilingTags';
import { QueryError } from '../../components/QueryError';
import { useDuplicateWarning } from '../../components/useDuplicateWarning';
import { maySeeContacts } from '../../lib/contacts';
import { filingActionsFor } from '../../lib/filingActions';
import { queueContextOf } from '../../lib/filingPath';
import { useNextInQueue } from '../../lib/useNextInQueue';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useProblem } from '../../lib/useProblem';
import { textRules } from '../../lib/validation';
import { FilingFieldsView } from './FilingFieldsView';
import { FilingHistory } from './FilingHistory';

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
  // Opened from the review queue: its filters and this filing's place in it, for 下一条 and 返回队列.
  const queue = queueContextOf(location.state);
  // The filing this reviewer decided here (approve or return): then 下一条 and 返回队列 are offered.
  const [decidedId, setDecidedId] = useState<string>();
  const isReviewer = !!user?.roles.includes('Reviewer');
  const offerNext = fromReview && isReviewer && !!id && decidedId === id;
  const next = useNextInQueue(id, queue, offerNext);

  const warnDuplicates = useDuplicateWarning();
  const filing = useQuery({ queryKey: ['filing', id], queryFn: ({ signal }) => api.filings.get(id!, signal), enabled: !!id });
  // The filing's unit by name (载体单位): the filing carries its id only.
  const unitId = filing.data?.unitId;
  const unit = useQuery({ queryKey: ['units', 'one', unitId], queryFn: ({ signal }) => api.units.get(unitId!, signal), enabled: !!unitId, staleTime: 5 * 60_000 });

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
      if (kind === 'approve' || kind === 'return') setDecidedId(f.id);
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
  const roles = user?.roles ?? [];
  // Reviewers (and admins) compare a live filing with its look-alikes; the list may hold other units' filings.
  const canDismiss = roles.includes('Reviewer') || roles.includes('Admin');
  // Filers see their own filing's look-alikes too: their own unit's side by side, another unit's as a message only.
  const showDuplicates = (canDismiss || roles.includes('Filer')) && (f.status === 'UnderReview' || f.status === 'Approved');
  // Objections are lodged against published approvals: reviewers and admins see and decide them here.
  const showObjections = canDismiss && (f.status === 'Approved' || f.status === 'UnderReReview' || f.status === 'Revoked' || f.status === 'Returned');
  // Admins open a filing from 异议复核 (the review queue is the reviewers').
  const queuePath = `/review${queue?.queueSearch ?? ''}`;
  const backTo = fromReview ? (roles.includes('Reviewer') ? queuePath : '/objections') : '/filings';

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
      extra={
        // An approval that stands is a tracked project under the filing's id.
        (f.status === 'Approved' || f.status === 'UnderReReview') && (
          <Link to={`/projects/${f.id}`} data-testid="filing-project-link">
            {t('tracking.openProject')}
          </Link>
        )
      }
    >
      {offerNext && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="review-next-bar"
          message={next.data === null ? t('lists.queueDone') : t('lists.decidedHint')}
          description={
            <Space wrap>
              {next.data !== null && (
                <Button type="primary" autoFocus loading={next.isFetching} onClick={() => next.data && navigate(next.data.path, { state: next.data.state })} data-testid="review-next">
                  {t('lists.next')}
                </Button>
              )}
              <Button autoFocus={next.data === null} onClick={() => navigate(queuePath)} data-testid="review-back-to-queue">
                {t('lists.backToQueue')}
              </Button>
            </Space>
          }
        />
      )}
      {f.status === 'Returned' && f.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('filings.returnReasons')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{f.returnReason}</span>} data-testid="filing-return-reasons" />
      )}
      {f.status === 'UnderReReview' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('filings.underReReviewNotice')} data-testid="filing-under-re-review" />
      )}
      {f.status === 'Revoked' && f.revokedReason && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('filings.revokedReason')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{f.revokedReason}</span>} data-testid="filing-revoked-reason" />
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
      <FilingFieldsView f={f} options={options} showContacts={maySeeContacts(roles)} unitName={unit.data?.name} />
      {showObjections && <FilingObjectionsPanel filingId={f.id} />}
      {showDuplicates && <DuplicatesPanel filingId={f.id} canDismiss={canDismiss} />}
      <FilingAttachments
        filingId={f.id}
        filingVersion={f.version}
        editable={(user?.roles ?? []).includes('Filer') && (f.status === 'Draft' || f.status === 'Returned')}
      />
      <CreditCard
        filingId={f.id}
        canPropose={(user?.roles ?? []).includes('Filer') && f.status !== 'Withdrawn' && f.status !== 'Revoked'}
        canDecide={isReviewer || (user?.roles ?? []).includes('Admin')}
      />
      <FilingHistory history={f.history} />
      <FormModal<{ reason: string }>
        open={decision !== null}
        title={decision === 'revoke' ? t('review.revokeTitle') : t('review.returnTitle')}
        okText={t('common.confirm')}
        okButtonProps={{ danger: true, 'data-testid': 'decision-ok' } as ButtonProps}
        form={reasonForm}
        saving={busy}
        onFinish={(v) => decision && act.mutate({ kind: decision, reason: v.reason })}
        onCancel={() => setDecision(null)}
      >
        <Form.Item name="reason" label={decision === 'revoke' ? t('review.revokeReason') : t('review.reasons')} rules={textRules(t, 1000, true)}>
          <Input.TextArea rows={4} placeholder={t('review.reasonsPlaceholder')} data-testid="decision-reason" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

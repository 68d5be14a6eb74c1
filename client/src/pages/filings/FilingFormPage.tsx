import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Result, Space, Spin, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api';
import { FilingAttachments } from '../../components/FilingAttachments';
import { QueryError } from '../../components/QueryError';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useIsMobile } from '../../lib/useIsMobile';
import { validateAndScroll } from '../../lib/scrollToFirstError';
import { FilingFormFields, type FilingIntent } from './FilingFormFields';
import type { FilingForm } from './filingForm';
import { useFilingFormSave } from './useFilingFormSave';

/**
 * 新建/修改备案 (/filings/new, /filings/:id/edit): save a draft as it is, or save and submit it for review. Submitting checks
 * every field at once and brings the first wrong one into view below the header; an incomplete form sends nothing.
 */
export function FilingFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const { id } = useParams();
  // 据此填报项目 on a lead assigned to the unit opens /filings/new?leadId=…: the lead is preselected.
  const [params] = useSearchParams();
  const leadFromLink = id ? undefined : (params.get('leadId') ?? undefined);
  const [form] = Form.useForm<FilingForm>();
  const intent = useRef<FilingIntent>('draft');
  const options = useFilingOptions(true);
  const existing = useQuery({
    queryKey: ['filing', id],
    queryFn: ({ signal }) => api.filings.get(id!, signal),
    enabled: !!id,
  });
  // Focusing an input on a phone opens the keyboard over the form: there the field is only scrolled to.
  const scroll = { focus: !isMobile };

  const { saveDraft, submit, attachmentVersion, attachmentsChanged, staged, setStaged, savedNotSubmitted } = useFilingFormSave(id, form, existing, scroll);

  const run = (which: FilingIntent) => {
    intent.current = which;
    validateAndScroll(form, scroll).then(
      (v) => (which === 'draft' ? saveDraft.mutate(v) : submit.mutate(v)),
      () => message.warning(t('filings.incomplete')),
    );
  };

  if (id && existing.isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (id && existing.error) return <QueryError error={existing.error} onRetry={() => void existing.refetch()} />;
  const status = existing.data?.status;
  if (status && status !== 'Draft' && status !== 'Returned') {
    return <Result status="info" title={t(`filingStatus.${status}`)} extra={<Button onClick={() => navigate(`/filings/${id}`)}>{t('common.back')}</Button>} />;
  }

  const busy = saveDraft.isPending || submit.isPending;

  return (
    <Card title={id ? t('filings.edit') : t('filings.create')} className="page-card" data-testid="filing-form">
      {status === 'Returned' && existing.data?.returnReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('filings.returnReasons')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{existing.data.returnReason}</span>}
          data-testid="filing-return-reasons"
        />
      )}
      {savedNotSubmitted && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('filings.savedNotSubmitted')} data-testid="filing-saved-not-submitted" />}
      <Typography.Paragraph type="secondary" data-testid="filing-required-note">
        {t('filings.requiredNote')}
      </Typography.Paragraph>
      <Form<FilingForm> form={form} layout="vertical" disabled={busy} initialValues={leadFromLink ? { leadId: leadFromLink } : undefined}>
        <FilingFormFields form={form} options={options} intent={intent} />
        {/* Attachments come before the buttons that save them; on a new form they wait for the first save. */}
        <FilingAttachments
          filingId={existing.data?.id}
          filingVersion={attachmentVersion ?? existing.data?.version}
          staged={staged}
          onStagedChange={setStaged}
          editable={!existing.data || existing.data.status === 'Draft' || existing.data.status === 'Returned'}
          refetchFiling={false}
          onChanged={attachmentsChanged}
        />
        <Space wrap style={{ marginTop: 24 }}>
          <Button onClick={() => run('draft')} loading={saveDraft.isPending} disabled={busy} data-testid="filing-save-draft">
            {t('filings.saveDraft')}
          </Button>
          <Button type="primary" onClick={() => run('submit')} loading={submit.isPending} disabled={busy} data-testid="filing-submit">
            {status === 'Returned' ? t('filings.resubmit') : t('filings.submit')}
          </Button>
          <Button onClick={() => navigate(id ? `/filings/${id}` : '/filings')} disabled={busy}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Result, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api';
import { FilingAttachments } from '../../components/FilingAttachments';
import { QueryError } from '../../components/QueryError';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { FilingFormFields } from './FilingFormFields';
import type { FilingForm } from './filingForm';
import { useFilingFormSave } from './useFilingFormSave';

/** 新建/修改备案 (/filings/new, /filings/:id/edit): save a draft as it is, or save and submit it for review. */
export function FilingFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [form] = Form.useForm<FilingForm>();
  const options = useFilingOptions(true);
  const existing = useQuery({
    queryKey: ['filing', id],
    queryFn: ({ signal }) => api.filings.get(id!, signal),
    enabled: !!id,
  });

  const { saveDraft, submit, attachmentVersion, attachmentsChanged } = useFilingFormSave(id, form, existing);

  const run = (which: 'draft' | 'submit') => {
    form
      .validateFields()
      .then((v) => (which === 'draft' ? saveDraft.mutate(v) : submit.mutate(v)))
      .catch(() => undefined);
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
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('filings.returnReasons')} description={existing.data.returnReason} data-testid="filing-return-reasons" />
      )}
      <Form<FilingForm> form={form} layout="vertical" disabled={busy} scrollToFirstError>
        <FilingFormFields form={form} options={options} />
        <Space wrap>
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
      {existing.data && (
        <FilingAttachments
          filingId={existing.data.id}
          filingVersion={attachmentVersion ?? existing.data.version}
          editable={existing.data.status === 'Draft' || existing.data.status === 'Returned'}
          refetchFiling={false}
          onChanged={attachmentsChanged}
        />
      )}
    </Card>
  );
}

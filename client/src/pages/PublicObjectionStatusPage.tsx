import { useMutation } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type ObjectionReceiptDto } from '../api';
import { toProblem } from '../api/problem';
import { DetailGrid } from '../components/DetailGrid';
import { ObjectionStatusTag } from '../components/ObjectionTags';
import { PublicFrame } from '../components/PublicFrame';
import { formatDateTime } from '../lib/time';
import { useProblem } from '../lib/useProblem';

/** The receipt as the objector sees it: where it stands and, once decided, the outcome and the reviewer's reason. */
function ReceiptResult({ r }: { r: ObjectionReceiptDto }) {
  const { t } = useTranslation();
  const decided = r.status !== 'Pending';
  return (
    <Card size="small" style={{ marginTop: 16 }} data-testid="objection-receipt-result">
      <DetailGrid>
        <Descriptions.Item label={t('objections.project')}>{r.projectName}</Descriptions.Item>
        <Descriptions.Item label={t('objections.publication')}>{r.publicationLabel}</Descriptions.Item>
        <Descriptions.Item label={t('objections.lodgedAt')}>{formatDateTime(r.lodgedAt)}</Descriptions.Item>
        <Descriptions.Item label={decided ? t('objections.outcome') : t('objections.currentStatus')}>
          <span data-testid="objection-receipt-status">
            <ObjectionStatusTag status={r.status} remedy={r.remedy} />
          </span>
        </Descriptions.Item>
        {decided && <Descriptions.Item label={t('objections.decidedAt')} span="filled">{formatDateTime(r.decidedAt)}</Descriptions.Item>}
        {decided && (
          <Descriptions.Item label={t('objections.decisionReason')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }} data-testid="objection-receipt-reason">
              {r.decisionReason || '—'}
            </span>
          </Descriptions.Item>
        )}
      </DetailGrid>
      {!decided && <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>{t('objections.pendingNote')}</Typography.Paragraph>}
    </Card>
  );
}

/** Anyone: 异议查询 — enter the receipt code and see the objection's status, outcome and reason. */
export function PublicObjectionStatusPage() {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [form] = Form.useForm<{ receiptCode: string }>();
  const lookup = useMutation({
    mutationFn: (code: string) => api.objections.receipt(code),
    onError: (e) => {
      // An unknown code is an answer, not a failure: say so on the page.
      if (toProblem(e).status !== 404) showProblem(e, form);
    },
  });
  const notFound = lookup.isError && toProblem(lookup.error).status === 404;

  return (
    <PublicFrame>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/public/publications">{t('publications.publicTitle')}</Link> }, { title: t('objections.statusTitle') }]} />
      <Card title={t('objections.statusTitle')} className="page-card" data-testid="objection-status-page">
        <Typography.Paragraph type="secondary">{t('objections.statusIntro')}</Typography.Paragraph>
        <Form<{ receiptCode: string }>
          form={form}
          layout="vertical"
          initialValues={{ receiptCode: '' }}
          onFinish={(v) => lookup.mutate(v.receiptCode)}
          onValuesChange={() => lookup.isError && lookup.reset()}
          style={{ maxWidth: 480 }}
        >
          <Form.Item name="receiptCode" label={t('objections.receiptCode')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input
              placeholder={t('objections.codePlaceholder')}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', textTransform: 'uppercase' }}
              data-testid="objection-status-code"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={lookup.isPending} data-testid="objection-status-submit">
            {t('objections.lookup')}
          </Button>
        </Form>
        {notFound && <Alert type="warning" showIcon style={{ marginTop: 16 }} message={t('objections.notFound')} data-testid="objection-status-not-found" />}
        {lookup.data && !lookup.isPending && <ReceiptResult r={lookup.data} />}
      </Card>
    </PublicFrame>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type LeadOpinionDto } from '../../api';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { formatWan } from '../../lib/money';
import { formatDateTime } from '../../lib/time';
import { useProblem } from '../../lib/useProblem';
import { LeadForm } from '../leads/LeadForm';
import { LeadStatusTag } from '../leads/LeadsPage';

/** One open opinion request with its answer box (答复一次即定). */
function OpinionRequest({ request }: { request: LeadOpinionDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblem();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState('');
  const submit = useMutation({
    mutationFn: () => api.associationPortal.answer(request.id, answer, request.version),
    onSuccess: () => {
      message.success(t('leads.answered'));
      void queryClient.invalidateQueries({ queryKey: ['association-portal', 'opinion-requests'] });
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
    },
    onError: (e) => problem(e),
  });
  return (
    <Card size="small" style={{ width: '100%' }} data-testid="opinion-request">
      <Typography.Text strong>{request.companyName}</Typography.Text>
      <div style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{request.question}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('leads.askedBy')}：{request.askedByName} {formatDateTime(request.askedAt)}
      </Typography.Text>
      <Input.TextArea
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        placeholder={t('leads.answerPlaceholder')}
        aria-label={t('leads.answer')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        style={{ marginTop: 8 }}
        data-testid="opinion-answer"
      />
      <Button
        type="primary"
        style={{ marginTop: 8 }}
        disabled={answer.trim() === ''}
        loading={submit.isPending}
        onClick={() => submit.mutate()}
        data-testid="opinion-submit"
      >
        {t('leads.submitAnswer')}
      </Button>
    </Card>
  );
}

/**
 * The association portal's leads (招商线索): the opinion requests it has still to answer, the leads it recorded or was asked
 * about, and a form to submit a new lead (its own association is the source). One column, usable at 375 px.
 */
export function LeadsSection() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const requests = useQuery({
    queryKey: ['association-portal', 'opinion-requests', { openOnly: true }],
    queryFn: ({ signal }) => api.associationPortal.opinionRequests({ page: 1, pageSize: 50, openOnly: true }, signal),
  });
  const leads = useQuery({
    queryKey: ['leads', 'list', { page: 1, pageSize: 50, purpose: 'portal' }],
    queryFn: ({ signal }) => api.leads.list({ page: 1, pageSize: 50 }, signal),
  });

  return (
    <Card
      title={t('portal.leads')}
      data-testid="portal-leads"
      extra={
        !adding && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="lead-new">
            {t('leads.new')}
          </Button>
        )
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {adding && (
          <Card size="small" title={t('leads.newTitle')}>
            <LeadForm onSaved={() => setAdding(false)} onCancel={() => setAdding(false)} />
          </Card>
        )}
        <Typography.Title level={5} style={{ margin: 0 }}>{t('leads.openRequests')}</Typography.Title>
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
        <List<LeadOpinionDto>
          data-testid="opinion-requests"
          dataSource={requests.data?.items ?? []}
          {...listStates(requests, requests.data?.items, { description: t('leads.noOpenRequests') })}
          split={false}
          renderItem={(r) => (
            <List.Item style={{ padding: '4px 0' }}>
              <OpinionRequest request={r} />
            </List.Item>
          )}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>{t('leads.myLeads')}</Typography.Title>
        <QueryError error={leads.error} onRetry={() => void leads.refetch()} />
        <List
          data-testid="portal-lead-list"
          dataSource={leads.data?.items ?? []}
          {...listStates(leads, leads.data?.items, { description: t('leads.empty') })}
          renderItem={(l) => (
            <List.Item style={{ display: 'block' }}>
              <Space wrap size={4}>
                <Typography.Text strong>{l.companyName}</Typography.Text>
                <LeadStatusTag status={l.status} />
              </Space>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.intendedInvestment == null ? '' : `${formatWan(l.intendedInvestment)} ${t('leads.amountUnit')} · `}
                  {l.assignedUnitName ? <Tag>{l.assignedUnitName}</Tag> : null}
                  {formatDateTime(l.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, List, Progress, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, clients } from '../../../api';
import { useAuth } from '../../../auth/AuthContext';
import { formatWan } from '../../../lib/money';

const yuan = (wan: number) => Math.round(wan * 1_000_000) / 100; // 万元 → yuan, exact to the fen
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 以购代补: one year's contract, payments, year-end evaluation and service subsidies, with the budget used and remaining. */
export function PurchasedServicePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const canEdit = (user?.roles ?? []).some((r) => r === 'Admin' || r === 'Reviewer');
  const queryClient = useQueryClient();
  const years = useQuery({ queryKey: ['purchased-service'], queryFn: ({ signal }) => clients.purchasedService.listPurchasedServiceYears(signal) });
  const [selected, setSelected] = useState<string>();
  const yearId = selected ?? years.data?.[0]?.id;
  const year = useQuery({
    queryKey: ['purchased-service', yearId],
    queryFn: ({ signal }) => clients.purchasedService.getPurchasedServiceYear(yearId!, signal),
    enabled: !!yearId,
  });
  const associations = useQuery({ queryKey: ['associations', 'options'], queryFn: ({ signal }) => api.associations.list({ page: 1, pageSize: 200 }, signal), enabled: canEdit });
  const done = () => {
    message.success(t('purchasedService.saved'));
    void queryClient.invalidateQueries({ queryKey: ['purchased-service'] });
  };
  const create = useMutation({
    mutationFn: (v: { year: number; contractor: string; contractAmount: number }) =>
      clients.purchasedService.createPurchasedServiceYear({ year: v.year, contractor: v.contractor, contractAmount: yuan(v.contractAmount) }),
    onSuccess: (y) => {
      setSelected(y.id);
      done();
    },
  });
  const pay = useMutation({
    mutationFn: (v: { paidOn: Dayjs; amount: number; note?: string }) =>
      clients.purchasedService.addPurchasedServicePayment(yearId!, { paidOn: day(v.paidOn), amount: yuan(v.amount), note: v.note }),
    onSuccess: done,
  });
  const subsidise = useMutation({
    mutationFn: (v: { associationId: string; paidOn: Dayjs; amount: number; note?: string }) =>
      clients.purchasedService.addServiceSubsidy(yearId!, { associationId: v.associationId, paidOn: day(v.paidOn), amount: yuan(v.amount), note: v.note }),
    onSuccess: done,
  });
  const evaluate = useMutation({
    mutationFn: (v: { result: string; evaluatedOn: Dayjs; note?: string }) =>
      clients.purchasedService.recordPurchasedServiceEvaluation(yearId!, { version: year.data!.version, result: v.result, evaluatedOn: day(v.evaluatedOn), note: v.note }),
    onSuccess: done,
  });
  const y = year.data;
  const percent = y && y.budgetLimit > 0 ? Math.min(100, Math.round((y.used / y.budgetLimit) * 1000) / 10) : 0;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={t('purchasedService.title')}
        extra={
          <Select
            style={{ minWidth: 120 }}
            value={yearId}
            onChange={setSelected}
            options={(years.data ?? []).map((x) => ({ value: x.id, label: String(x.year) }))}
            data-testid="purchased-service-year"
          />
        }
      >
        {!years.isLoading && (years.data ?? []).length === 0 && <Typography.Paragraph>{t('purchasedService.empty')}</Typography.Paragraph>}
        {y && (
          <>
            <Descriptions column={{ xs: 1, lg: 2 }} size="small">
              <Descriptions.Item label={t('purchasedService.contractor')}>{y.contractor}</Descriptions.Item>
              <Descriptions.Item label={t('purchasedService.contractAmount')}>{formatWan(y.contractAmount)}</Descriptions.Item>
              <Descriptions.Item label={t('purchasedService.budgetLimit')}>{formatWan(y.budgetLimit)}</Descriptions.Item>
              <Descriptions.Item label={t('purchasedService.used')}>{formatWan(y.used)}</Descriptions.Item>
              <Descriptions.Item label={t('purchasedService.remaining')}>{formatWan(y.remaining)}</Descriptions.Item>
              <Descriptions.Item label={t('purchasedService.evaluation')}>
                {y.evaluationResult ? `${y.evaluationResult}（${y.evaluatedOn ?? ''}）` : '—'}
              </Descriptions.Item>
            </Descriptions>
            <Progress percent={percent} data-testid="purchased-service-budget" />
          </>
        )}
        {canEdit && (
          <Form layout="inline" onFinish={(v) => create.mutate(v)} style={{ marginTop: 12, rowGap: 8 }} data-testid="purchased-service-new">
            <Form.Item name="year" rules={[{ required: true }]}>
              <InputNumber placeholder={t('purchasedService.year')} min={2000} max={2099} />
            </Form.Item>
            <Form.Item name="contractor" rules={[{ required: true }]}>
              <Input placeholder={t('purchasedService.contractor')} maxLength={200} />
            </Form.Item>
            <Form.Item name="contractAmount" rules={[{ required: true }]}>
              <InputNumber placeholder={t('purchasedService.contractAmount')} min={0} precision={6} style={{ width: 180 }} />
            </Form.Item>
            <Button htmlType="submit" loading={create.isPending}>
              {t('purchasedService.newYear')}
            </Button>
          </Form>
        )}
      </Card>
      {y && (
        <Card title={t('purchasedService.payments')} size="small">
          <List
            dataSource={y.payments}
            locale={{ emptyText: t('purchasedService.noEntries') }}
            renderItem={(p) => <List.Item>{`${p.paidOn} · ${formatWan(p.amount)} 万元${p.note ? ` · ${p.note}` : ''}`}</List.Item>}
          />
          {canEdit && (
            <Form layout="inline" onFinish={(v) => pay.mutate(v)} style={{ rowGap: 8 }} data-testid="purchased-service-payment">
              <Form.Item name="paidOn" rules={[{ required: true }]}>
                <DatePicker placeholder={t('purchasedService.paidOn')} />
              </Form.Item>
              <Form.Item name="amount" rules={[{ required: true }]}>
                <InputNumber placeholder={t('purchasedService.amount')} min={0} precision={6} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="note">
                <Input placeholder={t('purchasedService.note')} maxLength={500} />
              </Form.Item>
              <Button htmlType="submit" loading={pay.isPending}>
                {t('purchasedService.addPayment')}
              </Button>
            </Form>
          )}
        </Card>
      )}
      {y && (
        <Card title={t('purchasedService.subsidies')} size="small">
          <List
            dataSource={y.subsidies}
            locale={{ emptyText: t('purchasedService.noEntries') }}
            renderItem={(s) => <List.Item>{`${s.paidOn} · ${s.associationName} · ${formatWan(s.amount)} 万元${s.note ? ` · ${s.note}` : ''}`}</List.Item>}
          />
          {canEdit && (
            <Form layout="inline" onFinish={(v) => subsidise.mutate(v)} style={{ rowGap: 8 }} data-testid="purchased-service-subsidy">
              <Form.Item name="associationId" rules={[{ required: true }]}>
                <Select
                  placeholder={t('purchasedService.association')}
                  style={{ minWidth: 180 }}
                  options={(associations.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
                />
              </Form.Item>
              <Form.Item name="paidOn" rules={[{ required: true }]}>
                <DatePicker placeholder={t('purchasedService.paidOn')} />
              </Form.Item>
              <Form.Item name="amount" rules={[{ required: true }]}>
                <InputNumber placeholder={t('purchasedService.amount')} min={0} precision={6} style={{ width: 160 }} />
              </Form.Item>
              <Button htmlType="submit" loading={subsidise.isPending}>
                {t('purchasedService.addSubsidy')}
              </Button>
            </Form>
          )}
        </Card>
      )}
      {y && canEdit && (
        <Card title={t('purchasedService.evaluation')} size="small">
          <Form layout="inline" onFinish={(v) => evaluate.mutate(v)} style={{ rowGap: 8 }} data-testid="purchased-service-evaluation">
            <Form.Item name="result" rules={[{ required: true }]}>
              <Input placeholder={t('purchasedService.evaluationResult')} maxLength={100} />
            </Form.Item>
            <Form.Item name="evaluatedOn" rules={[{ required: true }]}>
              <DatePicker placeholder={t('purchasedService.evaluatedOn')} />
            </Form.Item>
            <Form.Item name="note">
              <Input placeholder={t('purchasedService.note')} maxLength={500} />
            </Form.Item>
            <Button htmlType="submit" loading={evaluate.isPending}>
              {t('purchasedService.saveEvaluation')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}

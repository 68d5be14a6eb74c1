import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rewardsApi, type RewardCalculationDto, type RewardLineDto, type RewardOutcome } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { ResponsiveTable } from '../../components/AdminList';
import { listStates } from '../../components/ListStates';
import { saveBlob } from '../../lib/download';
import { formatWan } from '../../lib/money';
import { useProblem } from '../../lib/useProblem';

const OUTCOMES: RewardOutcome[] = ['Eligible', 'ImpactNotConfirmed', 'BelowThreshold', 'ExcludedCategory', 'FundsOutsideValidity', 'NoConfirmedCredit', 'CapReduction'];

export const outcomeColor = (o: RewardOutcome): string =>
  o === 'Eligible' ? 'green' : o === 'ImpactNotConfirmed' ? 'orange' : o === 'CapReduction' ? 'red' : 'default';

/** The last ended year in China time (the default reward year). */
export function lastEndedYear(now = new Date()): number {
  const china = new Date(now.getTime() + 8 * 3600 * 1000);
  return china.getUTCFullYear() - 1;
}

/**
 * 奖励测算: a year's calculation (draft → submitted → approved → paid), its per-association totals with the cap and reduction,
 * its lines with each outcome and reason, the revisions and a correction's differences, the export.
 */
export function RewardsPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(lastEndedYear());
  const [chosen, setChosen] = useState<string>();
  const [outcome, setOutcome] = useState<RewardOutcome>();
  const [page, setPage] = useState(1);
  const [paying, setPaying] = useState(false);
  const [payForm] = Form.useForm<{ paidOn: Dayjs; voucherNumber: string }>();
  const mayCalculate = hasRole('Reviewer', 'Admin');
  const mayApprove = hasRole('Leader', 'Admin');

  const revisions = useQuery({ queryKey: ['rewards', 'calculations', year], queryFn: ({ signal }) => rewardsApi.calculations(year, signal) });
  const current: RewardCalculationDto | undefined = revisions.data?.find((c) => c.id === chosen) ?? revisions.data?.[0];
  const detail = useQuery({ queryKey: ['rewards', 'calculation', current?.id], queryFn: ({ signal }) => rewardsApi.get(current!.id, signal), enabled: !!current });
  const lines = useQuery({
    queryKey: ['rewards', 'lines', current?.id, outcome, page],
    queryFn: ({ signal }) => rewardsApi.lines(current!.id, page, 20, outcome, undefined, signal),
    enabled: !!current,
  });
  const diff = useQuery({
    queryKey: ['rewards', 'diff', current?.id],
    queryFn: ({ signal }) => rewardsApi.diff(current!.id, signal),
    enabled: !!current && current.revision > 1,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['rewards'] });
  const step = useMutation({
    mutationFn: (action: () => Promise<RewardCalculationDto>) => action(),
    onSuccess: (c) => {
      setChosen(c.id);
      void refresh();
    },
    onError: (error) => showProblem(error),
  });
  const confirmImpact = useMutation({
    mutationFn: (projectId: string) => rewardsApi.confirmImpact(projectId, year),
    onSuccess: () => void message.success(t('rewards.impactConfirmed')),
    onError: (error) => showProblem(error),
  });
  const exportLines = useMutation({
    mutationFn: () => rewardsApi.exportLines(current!.id, outcome),
    onSuccess: (file) => saveBlob(file.data, file.fileName || `rewards-${year}.xlsx`),
    onError: (error) => showProblem(error),
  });

  const years = Array.from({ length: lastEndedYear() - 2021 + 1 }, (_, i) => lastEndedYear() + 1 - i);
  const status = current?.status;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="rewards-page">
      <Card title={t('rewards.title')}>
        <Space wrap>
          <Select
            aria-label={t('rewards.year')}
            data-testid="reward-year"
            value={year}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: y }))}
            onChange={(y) => {
              setYear(y);
              setChosen(undefined);
              setPage(1);
            }}
          />
          {mayCalculate && (
            <Button type="primary" data-testid="reward-calculate" loading={step.isPending} onClick={() => step.mutate(() => rewardsApi.calculate(year))}>
              {current ? t('rewards.recalculate') : t('rewards.calculate')}
            </Button>
          )}
          {mayCalculate && status === 'Draft' && (
            <Button data-testid="reward-submit" onClick={() => step.mutate(() => rewardsApi.submit(current!.id, current!.version))}>
              {t('rewards.submit')}
            </Button>
          )}
          {mayApprove && status === 'Submitted' && (
            <Button type="primary" data-testid="reward-approve" onClick={() => step.mutate(() => rewardsApi.approve(current!.id, current!.version))}>
              {t('rewards.approve')}
            </Button>
          )}
          {mayApprove && status === 'Approved' && (
            <Button data-testid="reward-pay" onClick={() => setPaying(true)}>
              {t('rewards.pay')}
            </Button>
          )}
          {current && (
            <Button data-testid="reward-export" loading={exportLines.isPending} onClick={() => exportLines.mutate()}>
              {t('rewards.export')}
            </Button>
          )}
        </Space>
        {current ? (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }} data-testid="reward-summary">
            <Descriptions.Item label={t('rewards.revisions')}>
              <Space>
                {t('rewards.revision', { n: current.revision })}
                <Tag data-testid="reward-status">{t(`rewards.status.${current.status}`)}</Tag>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('rewards.policy')}>{current.policyName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('rewards.countUntil')}>{current.countUntil ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('rewards.cap')}>{formatWan(current.annualCapYuan)}</Descriptions.Item>
            <Descriptions.Item label={t('rewards.totalPayable')}>
              <span data-testid="reward-total">{formatWan(current.totalPayable)}</span>
            </Descriptions.Item>
            {current.paidOn && (
              <Descriptions.Item label={t('rewards.paidOn')}>
                {current.paidOn}（{current.voucherNumber}）
              </Descriptions.Item>
            )}
          </Descriptions>
        ) : (
          revisions.isSuccess && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 16 }} data-testid="reward-none">
              {t('rewards.none')}。{t('rewards.noneHint')}
            </Typography.Paragraph>
          )
        )}
        {(revisions.data?.length ?? 0) > 1 && (
          <Space wrap style={{ marginTop: 8 }} data-testid="reward-revisions">
            {revisions.data!.map((c) => (
              <Button key={c.id} size="small" type={c.id === current?.id ? 'primary' : 'default'} onClick={() => setChosen(c.id)}>
                {t('rewards.revision', { n: c.revision })} · {t(`rewards.status.${c.status}`)}
              </Button>
            ))}
          </Space>
        )}
      </Card>

      {current && (
        <Card title={t('rewards.association')} data-testid="reward-associations">
          <ResponsiveTable
            rowKey={(r) => r.associationId ?? 'none'}
            dataSource={detail.data?.associations ?? []}
            pagination={false}
            {...listStates(detail, detail.data?.associations, { description: t('rewards.noLines') })}
            columns={[
              { title: t('rewards.association'), dataIndex: 'associationName' },
              { title: t('rewards.sum'), dataIndex: 'sum', align: 'right', render: (v: number) => formatWan(v) },
              { title: t('rewards.reduction'), dataIndex: 'reduction', align: 'right', render: (v: number) => (v ? formatWan(v) : '—') },
              { title: t('rewards.payable'), dataIndex: 'payable', align: 'right', render: (v: number) => <strong>{formatWan(v)}</strong> },
            ]}
          />
        </Card>
      )}

      {current && (
        <Card
          title={t('rewards.project')}
          extra={
            <Select
              allowClear
              placeholder={t('rewards.allOutcomes')}
              aria-label={t('rewards.outcome')}
              style={{ width: 200 }}
              value={outcome}
              onChange={(o) => {
                setOutcome(o);
                setPage(1);
              }}
              options={OUTCOMES.map((o) => ({ value: o, label: t(`rewards.outcomes.${o}`) }))}
            />
          }
        >
          <ResponsiveTable<RewardLineDto>
            data-testid="reward-lines"
            rowKey="id"
            dataSource={lines.data?.items ?? []}
            {...listStates(lines, lines.data?.items, { description: t('rewards.noLines') })}
            pagination={{ current: page, pageSize: 20, total: lines.data?.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: t('rewards.association'), dataIndex: 'associationName' },
              { title: t('rewards.project'), dataIndex: 'projectName', render: (v: string | null) => v ?? t('rewards.capReductionLine') },
              { title: t('rewards.category'), dataIndex: 'category', render: (v: string | null) => (v ? t(`categories.${v}`) : '—') },
              { title: t('rewards.countedFunds'), dataIndex: 'countedFunds', align: 'right', render: (v: number, l) => (l.projectId ? formatWan(v) : '—') },
              {
                title: t('rewards.outcome'),
                dataIndex: 'outcome',
                render: (o: RewardOutcome, l) => (
                  <Space wrap>
                    <Tag color={outcomeColor(o)} title={l.reasonCode} data-testid="reward-outcome">
                      {t(`rewards.outcomes.${o}`)}
                    </Tag>
                    {o === 'ImpactNotConfirmed' && mayCalculate && l.projectId && (
                      <Button size="small" data-testid="reward-impact-confirm" loading={confirmImpact.isPending} onClick={() => confirmImpact.mutate(l.projectId!)}>
                        {t('rewards.confirmImpact')}
                      </Button>
                    )}
                  </Space>
                ),
              },
              { title: t('rewards.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => formatWan(v) },
            ]}
          />
        </Card>
      )}

      {current && current.revision > 1 && (
        <Card title={t('rewards.diff')} data-testid="reward-diff">
          <Table
            size="small"
            scroll={{ x: 'max-content' }}
            rowKey={(r) => `${r.associationId}-${r.projectId}`}
            dataSource={diff.data?.rows ?? []}
            pagination={false}
            {...listStates(diff, diff.data?.rows, { description: t('rewards.noDiff') })}
            columns={[
              { title: t('rewards.association'), dataIndex: 'associationName' },
              { title: t('rewards.project'), dataIndex: 'projectName', render: (v: string | null) => v ?? t('rewards.capReductionLine') },
              { title: t('rewards.before'), dataIndex: 'baseAmount', align: 'right', render: (v: number | null) => formatWan(v) },
              { title: t('rewards.after'), dataIndex: 'amount', align: 'right', render: (v: number | null) => formatWan(v) },
              { title: t('rewards.change'), dataIndex: 'change', align: 'right', render: (v: number) => formatWan(v) },
            ]}
          />
        </Card>
      )}

      <Modal
        open={paying}
        title={t('rewards.pay')}
        onCancel={() => setPaying(false)}
        okButtonProps={{ 'data-testid': 'reward-pay-ok' } as ButtonProps}
        onOk={async () => {
          const values = await payForm.validateFields();
          step.mutate(() => rewardsApi.pay(current!.id, { paidOn: values.paidOn.format('YYYY-MM-DD'), voucherNumber: values.voucherNumber, version: current!.version }));
          setPaying(false);
        }}
      >
        <Form form={payForm} layout="vertical">
          <Form.Item name="paidOn" label={t('rewards.paidOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="voucherNumber" label={t('rewards.voucher')} rules={[{ required: true, max: 64 }]}>
            <Input data-testid="reward-voucher" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

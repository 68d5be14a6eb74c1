import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { evaluationsApi, type EvaluationDetailDto, type EvaluationRowDto } from '../../api';
import { toProblem } from '../../api/problem';
import { useAuth } from '../../auth/AuthContext';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/time';
import { EvaluationBarChart } from './EvaluationBarChart';

const problemText = (e: unknown) => {
  const p = toProblem(e);
  return p.detail ?? p.title ?? String(e);
};

/** Reviewers, admins and leaders: every year's evaluation; an admin opens a closed year. */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState<number | null>(new Date().getFullYear() - 1);
  const list = useQuery({ queryKey: ['evaluations'], queryFn: ({ signal }) => evaluationsApi.list(signal) });
  const open = useMutation({
    mutationFn: (y: number) => evaluationsApi.open(y),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['evaluations'] }),
    onError: (e) => void message.error(problemText(e)),
  });
  return (
    <Card title={t('evaluations.title')} className="page-card"
      extra={hasRole('Admin') ? (
        <Space wrap>
          <InputNumber aria-label={t('evaluations.year')} value={year} min={2000} max={2099} onChange={(v) => setYear(v)} data-testid="evaluation-open-year" />
          <Button type="primary" loading={open.isPending} disabled={!year} onClick={() => year && open.mutate(year)} data-testid="evaluation-open">
            {t('evaluations.open')}
          </Button>
        </Space>
      ) : undefined}>
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : (
        <Table rowKey="id" size="small" pagination={false} scroll={{ x: true }} dataSource={list.data ?? []}
          {...listStates(list, list.data, { description: t('evaluations.empty') })}
          columns={[
            { title: t('evaluations.year'), dataIndex: 'year', render: (y: number) => <Link to={`/evaluations/${y}`} data-testid={`evaluation-year-${y}`}>{y}</Link> },
            { title: t('evaluations.period'), render: (_, e) => `${formatDate(e.periodStart)} – ${formatDate(e.periodEnd)}` },
            { title: t('evaluations.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`evaluations.statuses.${s}`)}</Tag> },
            { title: t('evaluations.revision'), dataIndex: 'revision' },
            { title: t('evaluations.deadline'), dataIndex: 'scoringDeadline', render: (d: string) => formatDate(d) },
            { title: t('evaluations.associations'), dataIndex: 'associationCount' },
          ]} />
      )}
    </Card>
  );
}

/** One year's evaluation: ranked table, reviewers' manual scoring, approval, a chart of the top totals. */
export function EvaluationYearPage() {
  const { t } = useTranslation();
  const { year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [scoring, setScoring] = useState<EvaluationRowDto | null>(null);
  const key = ['evaluations', year];
  const detail = useQuery({ queryKey: key, queryFn: ({ signal }) => evaluationsApi.get(year, signal) });
  const approve = useMutation({
    mutationFn: (d: EvaluationDetailDto) => evaluationsApi.approve(year, d.evaluation.version),
    onSuccess: (d) => { queryClient.setQueryData(key, d); void message.success(t('evaluations.approved')); },
    onError: (e) => void message.error(problemText(e)),
  });
  if (detail.error) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const groups = d?.scheme.groups ?? [];
  const canScore = hasRole('Reviewer', 'Admin');
  return (
    <Card loading={detail.isLoading} className="page-card"
      title={t('evaluations.yearTitle', { year })}
      extra={d && hasRole('Leader', 'Admin') ? (
        <Button type="primary" loading={approve.isPending} disabled={d.evaluation.status === 'Published'}
          onClick={() => approve.mutate(d)} data-testid="evaluation-approve">
          {t('evaluations.approve')}
        </Button>
      ) : undefined}>
      {d && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag data-testid="evaluation-status">{t(`evaluations.statuses.${d.evaluation.status}`)}</Tag>
            <span>{t('evaluations.period')}：{formatDate(d.evaluation.periodStart)} – {formatDate(d.evaluation.periodEnd)}</span>
            <span>{t('evaluations.deadline')}：{formatDate(d.evaluation.scoringDeadline)}</span>
            <span data-testid="evaluation-missing">{t('evaluations.missing', { count: d.missingManualScores })}</span>
            {d.evaluation.revision > 0 && <span>{t('evaluations.revisionN', { n: d.evaluation.revision })}</span>}
          </Space>
          <Typography.Paragraph type="secondary">{d.scheme.name}</Typography.Paragraph>
          <EvaluationBarChart rows={d.rows.slice(0, 20).map((r) => ({ name: r.associationName, total: r.total }))} />
          <Table rowKey="associationId" size="small" pagination={false} scroll={{ x: true }} dataSource={d.rows} data-testid="evaluation-table"
            columns={[
              { title: t('evaluations.rank'), dataIndex: 'rank', fixed: 'left' },
              { title: t('evaluations.association'), dataIndex: 'associationName' },
              { title: t('evaluations.total'), dataIndex: 'total', render: (v: number, r) => <strong data-testid={`evaluation-total-${r.associationId}`}>{v}</strong> },
              ...groups.map((g) => ({ title: `${g.name}（${g.maxScore}）`, key: g.code, render: (_: unknown, r: EvaluationRowDto) => r.groupScores[g.code] })),
              { title: t('evaluations.values'), key: 'values', render: (_: unknown, r: EvaluationRowDto) => (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {Object.entries(r.values).filter(([, v]) => v).map(([k, v]) => `${t(`evaluations.metrics.${k}`)} ${v}`).join('；') || '—'}
                </Typography.Text>
              ) },
              { title: t('evaluations.published'), dataIndex: 'wouldPublish', render: (v: boolean) => (v ? <Tag color="green">{t('evaluations.inList')}</Tag> : null) },
              ...(canScore ? [{ title: '', key: 'score', render: (_: unknown, r: EvaluationRowDto) => (
                <Button size="small" onClick={() => setScoring(r)} data-testid={`evaluation-score-open-${r.associationId}`}>
                  {t('evaluations.score')}{r.missingManualScores ? `（${t('evaluations.missing', { count: r.missingManualScores })}）` : ''}
                </Button>
              ) }] : []),
            ]} />
          {scoring && <ScoreModal detail={d} row={scoring} onClose={() => setScoring(null)} onSaved={(x) => { queryClient.setQueryData(key, x); setScoring(null); }} />}
        </>
      )}
    </Card>
  );
}

function ScoreModal({ detail, row, onClose, onSaved }: { detail: EvaluationDetailDto; row: EvaluationRowDto; onClose: () => void; onSaved: (d: EvaluationDetailDto) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const manual = detail.scheme.groups.flatMap((g) => g.indicators).filter((i) => i.kind === 'Manual');
  const published = detail.evaluation.revision > 0;
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) => evaluationsApi.score(detail.evaluation.year, row.associationId, {
      reason: (values.reason as string | undefined) || undefined,
      scores: manual.map((i) => {
        const existing = row.manualScores.find((s) => s.indicatorCode === i.code);
        return { indicatorCode: i.code, score: Number(values[`score-${i.code}`]), note: (values[`note-${i.code}`] as string | undefined) || undefined,
          evidence: (values[`evidence-${i.code}`] as string | undefined) || undefined, version: existing?.version };
      }),
    }),
    onSuccess: onSaved,
    onError: (e) => void message.error(problemText(e)),
  });
  const initial = Object.fromEntries(manual.flatMap((i) => {
    const s = row.manualScores.find((x) => x.indicatorCode === i.code);
    return [[`score-${i.code}`, s?.score], [`note-${i.code}`, s?.note], [`evidence-${i.code}`, s?.evidence]];
  }));
  return (
    <Modal open title={t('evaluations.scoreTitle', { name: row.associationName })} onCancel={onClose} okText={t('evaluations.save')}
      okButtonProps={{ 'data-testid': 'evaluation-save', loading: save.isPending } as never} onOk={() => void form.validateFields().then((v) => save.mutate(v))}>
      <Form form={form} layout="vertical" initialValues={initial}>
        {manual.map((i) => (
          <div key={i.code}>
            <Form.Item name={`score-${i.code}`} label={`${i.name}（0–${i.maxScore}）`} rules={[{ required: true, message: t('evaluations.scoreRequired') }]}>
              <InputNumber min={0} max={i.maxScore} step={0.5} precision={2} style={{ width: '100%' }} data-testid={`evaluation-score-${i.code}`} />
            </Form.Item>
            <Form.Item name={`note-${i.code}`} label={t('evaluations.note')}><Input maxLength={1000} data-testid={`evaluation-note-${i.code}`} /></Form.Item>
            <Form.Item name={`evidence-${i.code}`} label={t('evaluations.evidence')}><Input maxLength={1000} /></Form.Item>
          </div>
        ))}
        {published && (
          <Form.Item name="reason" label={t('evaluations.reason')} rules={[{ required: true, message: t('evaluations.reasonRequired') }]}>
            <Input.TextArea maxLength={1000} data-testid="evaluation-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

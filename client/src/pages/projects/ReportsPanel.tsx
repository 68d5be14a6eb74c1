import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, List, Modal, Segmented, Space, Tag, Typography, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type MonthlyReportDto, type MonthlyReportKind } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { listStates } from '../../components/ListStates';
import { formatWan, isValidWan, wanToYuan } from '../../lib/money';
import { validateAndScroll } from '../../lib/scrollToFirstError';
import { useProblem } from '../../lib/useProblem';
import type { ProjectPanelProps } from './panelProps';

const STATUS_COLOR: Record<string, string> = { Submitted: 'processing', Verified: 'success', Rejected: 'error', Superseded: 'default' };

interface ReportForm {
  month: Dayjs;
  domesticOutsideProvince?: string;
  hongKongMacaoTaiwan?: string;
  foreign?: string;
  amount?: string;
  note?: string;
}

/** Amount fields typed in 万元 (exact, at most six decimals), sent in yuan. */
const wanRule = (message: string) => ({
  validator: (_: unknown, value?: string) => (!value || isValidWan(value) ? Promise.resolve() : Promise.reject(new Error(message))),
});

/** The report form: the month, the three source classes (funds) or the amount (investment), a note and an evidence file. */
function ReportDialog({
  projectId,
  kind,
  correcting,
  onClose,
  onSaved,
}: {
  projectId: string;
  kind: MonthlyReportKind;
  correcting?: MonthlyReportDto;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReportForm>();
  const [file, setFile] = useState<File | undefined>();
  const showProblem = useProblem();
  const save = useMutation({
    mutationFn: async (values: ReportForm) => {
      const figures = {
        domesticOutsideProvince: kind === 'FundsInPlace' ? (wanToYuan(values.domesticOutsideProvince) ?? 0) : undefined,
        hongKongMacaoTaiwan: kind === 'FundsInPlace' ? (wanToYuan(values.hongKongMacaoTaiwan) ?? 0) : undefined,
        foreign: kind === 'FundsInPlace' ? (wanToYuan(values.foreign) ?? 0) : undefined,
        amount: kind === 'FixedAssetInvestment' ? wanToYuan(values.amount) : undefined,
        note: values.note || undefined,
      };
      const report = correcting
        ? await api.reports.correct(projectId, correcting.id, { version: correcting.version, ...figures })
        : await api.reports.report(projectId, { kind, year: values.month.year(), month: values.month.month() + 1, ...figures });
      if (file) await api.reports.uploadEvidence(projectId, kind === 'FundsInPlace' ? 'FundsReport' : 'InvestmentReport', report.id, file);
      return report;
    },
    onSuccess: () => {
      onSaved();
      onClose();
    },
    onError: (error) => showProblem(error, form),
  });
  const submit = async () => save.mutate(await validateAndScroll(form));
  const wan = t('reports.wan');
  return (
    <Modal
      open
      title={correcting ? t('reports.correctTitle', { revision: correcting.revision + 1 }) : t(kind === 'FundsInPlace' ? 'reports.reportFunds' : 'reports.reportInvestment')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('reports.submit')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'report-submit' } as ButtonProps}
      width={520}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="report-form">
        {!correcting && (
          <Form.Item name="month" label={t('reports.month')} rules={[{ required: true, message: t('reports.monthRequired') }]}>
            <DatePicker picker="month" style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        )}
        {kind === 'FundsInPlace' ? (
          <>
            {(['domesticOutsideProvince', 'hongKongMacaoTaiwan', 'foreign'] as const).map((field) => (
              <Form.Item key={field} name={field} label={t(`reports.${field}`)} rules={[wanRule(t('reports.amountInvalid'))]} extra={t('reports.sourceHint')}>
                <Input inputMode="decimal" suffix={wan} placeholder="0" data-testid={`report-${field}`} />
              </Form.Item>
            ))}
          </>
        ) : (
          <Form.Item name="amount" label={t('reports.amount')} rules={[{ required: true, message: t('reports.amountRequired') }, wanRule(t('reports.amountInvalid'))]}>
            <Input inputMode="decimal" suffix={wan} data-testid="report-amount" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('reports.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t('reports.evidence')} extra={t('reports.evidenceHint')}>
          <input
            type="file"
            accept="image/*,application/pdf"
            data-testid="report-evidence"
            aria-label={t('reports.evidence')}
            onChange={(e) => setFile(e.target.files?.[0])}
            style={{ maxWidth: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A reviewer's reject dialog: the reason is required. */
function RejectDialog({ report, onClose, onDone }: { report: MonthlyReportDto; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const showProblem = useProblem();
  const reject = useMutation({
    mutationFn: (reason: string) => api.reports.reject(report.projectId, report.id, report.version, reason),
    onSuccess: () => {
      onDone();
      onClose();
    },
    onError: (error) => showProblem(error, form),
  });
  return (
    <Modal open title={t('reports.rejectTitle')} onCancel={onClose} okText={t('reports.reject')} okButtonProps={{ danger: true }} confirmLoading={reject.isPending}
      onOk={async () => reject.mutate((await validateAndScroll(form)).reason)}>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('reports.reason')} rules={[{ required: true, whitespace: true, message: t('reports.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="report-reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One revision: month, kind, revision, status, figures (万元), who and why. */
function ReportLine({ report, actions }: { report: MonthlyReportDto; actions: ReactNode[] }) {
  const { t } = useTranslation();
  const wan = t('reports.wan');
  const funds = report.kind === 'FundsInPlace';
  return (
    <List.Item actions={actions} data-testid={`report-${report.year}-${report.month}-r${report.revision}`}>
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <span>{t('reports.monthOf', { year: report.year, month: report.month })}</span>
            <Tag>{t(funds ? 'reports.kindFunds' : 'reports.kindInvestment')}</Tag>
            {report.revision > 1 && <Tag>{t('reports.revision', { revision: report.revision })}</Tag>}
            <Tag color={STATUS_COLOR[report.status]}>{t(`reports.status.${report.status}`)}</Tag>
          </Space>
        }
        description={
          <>
            <div>
              <Typography.Text strong>
                {formatWan(report.amount)} {wan}
              </Typography.Text>
              {funds && report.amount > 0 && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {[
                    [t('reports.domesticOutsideProvince'), report.domesticOutsideProvince],
                    [t('reports.hongKongMacaoTaiwan'), report.hongKongMacaoTaiwan],
                    [t('reports.foreign'), report.foreign],
                  ]
                    .filter(([, v]) => (v as number) > 0)
                    .map(([label, v]) => `${label} ${formatWan(v as number)}`)
                    .join('；')}
                </Typography.Text>
              )}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {report.submittedByName}
              {report.decidedByName ? ` · ${report.decidedByName}` : ''}
            </Typography.Text>
            {report.rejectionReason && <div style={{ color: '#a8071a' }}>{t('reports.rejectedBecause', { reason: report.rejectionReason })}</div>}
          </>
        }
      />
    </List.Item>
  );
}

/**
 * The project's monthly reports (实际到位资金 and 实际完成固定资产投资), each month with its revisions and status. A filer (its
 * own unit's project, while it goes on) reports a month with an evidence file and corrects the latest decided revision; a
 * reviewer verifies or rejects a submitted one with a reason. Only verified figures count.
 */
export function ReportsPanel({ project, onChanged }: ProjectPanelProps) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showProblem = useProblem();
  const roles = user?.roles ?? [];
  const canReport = roles.includes('Filer') && project.status === 'Active';
  const canDecide = roles.includes('Reviewer') || roles.includes('Admin');
  const [kind, setKind] = useState<MonthlyReportKind>('FundsInPlace');
  const [dialog, setDialog] = useState<{ correcting?: MonthlyReportDto } | undefined>();
  const [rejecting, setRejecting] = useState<MonthlyReportDto | undefined>();
  const reports = useQuery({ queryKey: ['projects', project.id, 'reports', kind], queryFn: ({ signal }) => api.reports.list(project.id, kind, signal) });
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: ['projects', project.id, 'reports'] });
    onChanged();
  };
  const verify = useMutation({
    mutationFn: (r: MonthlyReportDto) => api.reports.verify(r.projectId, r.id, r.version),
    onSuccess: () => {
      message.success(t('reports.verified'));
      changed();
    },
    onError: (error) => showProblem(error),
  });
  const rows = reports.data;
  // The list runs newest revision first within a month: the first row of a month is its latest revision.
  const months = new Set<string>();
  const latestIds = new Set<string>();
  for (const r of rows ?? []) {
    const key = `${r.year}-${r.month}`;
    if (!months.has(key)) {
      months.add(key);
      latestIds.add(r.id);
    }
  }
  const actionsOf = (r: MonthlyReportDto) => {
    const out: ReactNode[] = [];
    if (canDecide && r.status === 'Submitted') {
      out.push(
        <Button key="verify" type="link" size="small" loading={verify.isPending} onClick={() => verify.mutate(r)} data-testid="report-verify">
          {t('reports.verify')}
        </Button>,
        <Button key="reject" type="link" size="small" danger onClick={() => setRejecting(r)} data-testid="report-reject">
          {t('reports.reject')}
        </Button>,
      );
    }
    if (canReport && latestIds.has(r.id) && (r.status === 'Verified' || r.status === 'Rejected')) {
      out.push(
        <Button key="correct" type="link" size="small" onClick={() => setDialog({ correcting: r })} data-testid="report-correct">
          {t('reports.correct')}
        </Button>,
      );
    }
    return out;
  };
  return (
    <Card
      size="small"
      title={t('reports.title')}
      data-testid="reports-panel"
      extra={
        canReport && (
          <Button type="primary" size="small" onClick={() => setDialog({})} data-testid="report-month">
            {t('reports.reportMonth')}
          </Button>
        )
      }
    >
      <Segmented<MonthlyReportKind>
        block
        value={kind}
        onChange={setKind}
        options={[
          { value: 'FundsInPlace', label: t('reports.kindFunds') },
          { value: 'FixedAssetInvestment', label: t('reports.kindInvestment') },
        ]}
        style={{ marginBottom: 8 }}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '0 0 8px' }}>
        {t('reports.countsHint')}
      </Typography.Paragraph>
      <List<MonthlyReportDto>
        dataSource={rows ?? []}
        rowKey="id"
        {...listStates(reports, rows, { description: t('reports.empty'), hint: canReport ? t('reports.emptyHint') : undefined })}
        renderItem={(r) => <ReportLine report={r} actions={actionsOf(r)} />}
      />
      {dialog && <ReportDialog projectId={project.id} kind={dialog.correcting?.kind ?? kind} correcting={dialog.correcting} onClose={() => setDialog(undefined)} onSaved={changed} />}
      {rejecting && <RejectDialog report={rejecting} onClose={() => setRejecting(undefined)} onDone={changed} />}
    </Card>
  );
}

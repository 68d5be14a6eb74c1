import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Space, Steps, Tag, Timeline, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type MilestoneKind, type MilestoneStatus, type ProjectMilestoneDto } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { DetailGrid } from '../../components/DetailGrid';
import { ListLoading } from '../../components/ListStates';
import { formatWan, isValidWan, wanToYuan, yuanToWan } from '../../lib/money';
import { validateAndScroll } from '../../lib/scrollToFirstError';
import { dayjs, formatDateTime, TIME_ZONE } from '../../lib/time';
import { useIsMobile } from '../../lib/useIsMobile';
import { useProblem } from '../../lib/useProblem';
import type { ProjectPanelProps } from './panelProps';

/** The milestones in the order they come. */
export const MILESTONE_KINDS: MilestoneKind[] = ['Signed', 'Started', 'Completed'];

const STATUS_COLORS: Record<MilestoneStatus, string> = { Reported: 'processing', Confirmed: 'success', Returned: 'warning' };

/** Today in China ("YYYY-MM-DD"): a milestone cannot be later. */
export function chinaToday(): string {
  return dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
}

/**
 * The kind a unit may report next: the first kind not yet reported, once every earlier kind is reported or confirmed (a
 * returned one is corrected and reported again first). Undefined when all three are in.
 */
export function nextKind(milestones: readonly ProjectMilestoneDto[]): MilestoneKind | undefined {
  for (const kind of MILESTONE_KINDS) {
    const m = milestones.find((x) => x.kind === kind);
    if (!m) return kind;
    if (m.status === 'Returned') return undefined;
  }
  return undefined;
}

interface ReportValues {
  occurredOn: string;
  amountWan?: string;
  note?: string;
}

interface DecisionValues {
  occurredOn?: string;
  amountWan?: string;
  reason: string;
}

type Dialog =
  | { type: 'report'; kind: MilestoneKind; milestone?: ProjectMilestoneDto }
  | { type: 'return' | 'correct'; milestone: ProjectMilestoneDto }
  | { type: 'stop' | 'aboveSize' };

/**
 * The project page's milestones: 签约 → 开工 → 竣工/投产 as steps with their status, date, agreement amount and history. The
 * filing's unit reports the next one (with a photo or PDF, camera on a phone) and corrects a returned one; reviewers confirm,
 * return or correct, and mark the project 规模工业 or stop it.
 */
export function MilestonesPanel({ project, onChanged }: ProjectPanelProps) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>();
  const [file, setFile] = useState<File>();
  const [form] = Form.useForm<ReportValues & DecisionValues>();
  const key = ['projects', project.id, 'milestones'];
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => api.milestones.list(project.id, signal) });
  const milestones = query.data ?? [];
  const roles = user?.roles ?? [];
  const isReviewer = roles.includes('Reviewer') || roles.includes('Admin');
  const isUnitFiler = roles.includes('Filer') && user?.unitId === project.unitId;
  const active = project.status === 'Active';
  const next = nextKind(milestones);

  const close = () => {
    setDialog(undefined);
    setFile(undefined);
    form.resetFields();
  };

  const save = useMutation({
    mutationFn: async (values: ReportValues & DecisionValues) => {
      if (!dialog) return;
      const amount = values.amountWan ? wanToYuan(values.amountWan) : undefined;
      switch (dialog.type) {
        case 'report': {
          const saved = dialog.milestone
            ? await api.milestones.reportAgain(project.id, dialog.milestone.id, {
                version: dialog.milestone.version,
                occurredOn: values.occurredOn,
                agreementAmount: amount,
                note: values.note?.trim() || undefined,
              })
            : await api.milestones.report(project.id, {
                kind: dialog.kind,
                occurredOn: values.occurredOn,
                agreementAmount: amount,
                note: values.note?.trim() || undefined,
              });
          if (file) await api.milestones.addEvidence(project.id, saved.id, file);
          return;
        }
        case 'return':
          await api.milestones.return(project.id, dialog.milestone.id, dialog.milestone.version, values.reason);
          return;
        case 'correct':
          await api.milestones.correct(project.id, dialog.milestone.id, {
            version: dialog.milestone.version,
            occurredOn: values.occurredOn,
            agreementAmount: amount,
            reason: values.reason.trim(),
          });
          return;
        case 'stop':
          await api.milestones.stop(project.id, project.version, values.occurredOn!, values.reason);
          return;
        case 'aboveSize':
          await api.milestones.markAboveDesignatedSize(project.id, project.version, values.occurredOn!);
      }
    },
    onSuccess: async () => {
      message.success(t('common.saved'));
      close();
      await queryClient.invalidateQueries({ queryKey: key });
      onChanged();
    },
    onError: (error) => showProblem(error, form),
  });

  const confirm = useMutation({
    mutationFn: (m: ProjectMilestoneDto) => api.milestones.confirm(project.id, m.id, m.version),
    onSuccess: async () => {
      message.success(t('milestones.confirmed'));
      await queryClient.invalidateQueries({ queryKey: key });
      onChanged();
    },
    onError: (error) => showProblem(error),
  });

  const open = (next: Dialog) => {
    form.resetFields();
    if (next.type === 'report' && next.milestone) {
      form.setFieldsValue({ occurredOn: next.milestone.occurredOn, amountWan: yuanToWan(next.milestone.agreementAmount), note: next.milestone.note });
    } else if (next.type === 'correct') {
      form.setFieldsValue({ occurredOn: next.milestone.occurredOn, amountWan: yuanToWan(next.milestone.agreementAmount) });
    }
    setDialog(next);
  };

  const submit = () =>
    validateAndScroll(form).then(
      (values) => save.mutate(values),
      () => undefined, // the fields say what is wrong
    );

  const dialogKind = dialog?.type === 'report' ? dialog.kind : dialog && 'milestone' in dialog ? dialog.milestone.kind : undefined;
  const needsDate = dialog?.type !== 'return';
  const needsAmount = dialogKind === 'Signed' && (dialog?.type === 'report' || dialog?.type === 'correct');
  const needsReason = dialog?.type === 'return' || dialog?.type === 'correct' || dialog?.type === 'stop';

  if (query.isPending) return <Card title={t('milestones.title')}><ListLoading /></Card>;

  const steps = MILESTONE_KINDS.map((kind) => {
    const m = milestones.find((x) => x.kind === kind);
    return {
      title: t(`milestoneKind.${kind}`),
      status: (m?.status === 'Confirmed' ? 'finish' : m?.status === 'Returned' ? 'error' : m ? 'process' : 'wait') as 'finish' | 'error' | 'process' | 'wait',
      description: m ? (
        <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={`milestone-${kind}`}>
          <Tag color={STATUS_COLORS[m.status]}>{t(`milestoneStatus.${m.status}`)}</Tag>
          <DetailGrid
            items={[
              { key: 'on', label: t('milestones.occurredOn'), children: m.occurredOn },
              ...(m.agreementAmount !== undefined && m.agreementAmount !== null
                ? [{ key: 'amount', label: t('milestones.agreementAmountWan'), children: formatWan(m.agreementAmount) }]
                : []),
              ...(m.note ? [{ key: 'note', label: t('milestones.note'), children: m.note }] : []),
              ...(m.returnReason && m.status === 'Returned' ? [{ key: 'reason', label: t('milestones.returnReason'), children: m.returnReason }] : []),
            ]}
          />
          <Space wrap>
            {isReviewer && m.status === 'Reported' && (
              <>
                <Button type="primary" size="small" loading={confirm.isPending} onClick={() => confirm.mutate(m)} data-testid="milestone-confirm">
                  {t('milestones.confirm')}
                </Button>
                <Button size="small" onClick={() => open({ type: 'return', milestone: m })}>
                  {t('milestones.return')}
                </Button>
              </>
            )}
            {isReviewer && m.status === 'Confirmed' && (
              <Button size="small" onClick={() => open({ type: 'correct', milestone: m })}>
                {t('milestones.correct')}
              </Button>
            )}
            {isUnitFiler && active && m.status === 'Returned' && (
              <Button type="primary" size="small" onClick={() => open({ type: 'report', kind, milestone: m })}>
                {t('milestones.reportAgain')}
              </Button>
            )}
          </Space>
          <Timeline
            style={{ marginTop: 8 }}
            items={m.history.map((h, i) => ({
              key: i,
              children: (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(h.at)} {h.actorName} {t(`milestoneAction.${h.action}`)} {h.occurredOn}
                  {h.agreementAmount !== undefined && h.agreementAmount !== null ? ` ${formatWan(h.agreementAmount)}${t('milestones.wan')}` : ''}
                  {h.reason ? `：${h.reason}` : ''}
                </Typography.Text>
              ),
            }))}
          />
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('milestones.notReported')}</Typography.Text>
      ),
    };
  });

  return (
    <Card
      title={t('milestones.title')}
      extra={
        <Space wrap>
          {isUnitFiler && active && next && (
            <Button type="primary" onClick={() => open({ type: 'report', kind: next })} data-testid="milestone-report">
              {t('milestones.report', { kind: t(`milestoneKind.${next}`) })}
            </Button>
          )}
          {isReviewer && active && (
            <>
              <Button onClick={() => open({ type: 'aboveSize' })}>{t('milestones.markAboveSize')}</Button>
              <Button danger onClick={() => open({ type: 'stop' })}>
                {t('milestones.stop')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      {!active && (
        <Typography.Paragraph type="warning">
          {project.status === 'Stopped' ? t('milestones.stoppedNote', { on: project.stoppedOn, reason: project.stopReason }) : t('milestones.endedNote')}
        </Typography.Paragraph>
      )}
      {project.isAboveDesignatedSize && <Tag color="blue">{t('milestones.aboveSize', { on: project.qualifiedOn })}</Tag>}
      <Steps direction={isMobile ? 'vertical' : 'horizontal'} size="small" items={steps} style={{ marginTop: 8 }} />
      <Modal
        open={!!dialog}
        title={dialog ? t(`milestones.dialog.${dialog.type}`, { kind: dialogKind ? t(`milestoneKind.${dialogKind}`) : '' }) : undefined}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        okButtonProps={{ 'data-testid': 'milestone-dialog-ok' } as ButtonProps}
        onOk={() => void submit()}
        onCancel={close}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark>
          {needsDate && (
            <Form.Item
              name="occurredOn"
              label={t(dialog?.type === 'stop' ? 'milestones.stoppedOn' : dialog?.type === 'aboveSize' ? 'milestones.qualifiedOn' : 'milestones.occurredOn')}
              rules={[
                { required: true, message: t('milestones.dateRequired') },
                { validator: (_, v: string | undefined) => (!v || v <= chinaToday() ? Promise.resolve() : Promise.reject(new Error(t('milestones.dateInFuture')))) },
              ]}
            >
              <Input type="date" max={chinaToday()} min={project.approvedOn} data-testid="milestone-occurredOn" />
            </Form.Item>
          )}
          {needsAmount && (
            <Form.Item
              name="amountWan"
              label={t('milestones.agreementAmountWan')}
              rules={[
                { required: true, message: t('milestones.amountRequired') },
                {
                  validator: (_, v: string | undefined) =>
                    !v || (isValidWan(v) && (wanToYuan(v) ?? 0) > 0) ? Promise.resolve() : Promise.reject(new Error(t('milestones.amountRequired'))),
                },
              ]}
            >
              <Input inputMode="decimal" suffix={t('milestones.wan')} data-testid="milestone-amountWan" />
            </Form.Item>
          )}
          {dialog?.type === 'report' && (
            <>
              <Form.Item name="note" label={t('milestones.note')} rules={[{ max: 1000 }]}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Form.Item label={t('milestones.evidence')} extra={t('milestones.evidenceHint')}>
                <input
                  type="file"
                  accept="image/*,application/pdf"
                  aria-label={t('milestones.evidence')}
                  data-testid="milestone-evidence"
                  onChange={(e) => setFile(e.target.files?.[0] ?? undefined)}
                />
              </Form.Item>
            </>
          )}
          {needsReason && (
            <Form.Item name="reason" label={t('milestones.reason')} rules={[{ required: true, whitespace: true, message: t('milestones.reasonRequired') }, { max: 1000 }]}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}

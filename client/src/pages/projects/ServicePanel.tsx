import { CameraOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AutoComplete, Button, Card, DatePicker, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailGrid } from '../../components/DetailGrid';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { nextStatuses, projectService, type ProblemStatus, type ProjectProblemDto } from '../../lib/projectService';
import { validateAndScroll } from '../../lib/scrollToFirstError';
import { dayjs, formatDate, formatDateTime } from '../../lib/time';
import { useProblem } from '../../lib/useProblem';
import type { ProjectPanelProps } from './panelProps';

const STATUS_COLOR: Record<ProblemStatus, string> = { Open: 'orange', InProgress: 'blue', Solved: 'green', Escalated: 'red' };

interface RevisitForm {
  visitedOn: Dayjs;
  visitors: string;
  metWith: string;
  notes: string;
  photo?: FileList;
}

interface ProblemForm {
  description: string;
  department: string;
  dueOn: Dayjs;
}

interface StatusForm {
  note: string;
  escalatedTo?: string;
}

/**
 * The project page's follow-up service (动态跟踪服务, 定期回访): the service owner, the revisit interval and the next revisit due;
 * the revisits with "登记回访" (a photo from the phone's camera); the problems raised with their status changes and history.
 */
export function ServicePanel({ project, onChanged }: ProjectPanelProps) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const key = ['project-service', project.id];
  const service = useQuery({ queryKey: [...key, 'service'], queryFn: ({ signal }) => projectService.get(project.id, signal) });
  const revisits = useQuery({ queryKey: [...key, 'revisits'], queryFn: ({ signal }) => projectService.revisits(project.id, signal) });
  const problems = useQuery({ queryKey: [...key, 'problems'], queryFn: ({ signal }) => projectService.problems(project.id, signal) });
  const [revisitForm] = Form.useForm<RevisitForm>();
  const [problemForm] = Form.useForm<ProblemForm>();
  const [statusForm] = Form.useForm<StatusForm>();
  const [ownerForm] = Form.useForm<{ serviceOwnerId?: string; revisitIntervalDays?: number | null }>();
  const [openForm, setOpenForm] = useState<'revisit' | 'problem' | 'owner' | null>(null);
  const [moving, setMoving] = useState<{ problem: ProjectProblemDto; to: ProblemStatus } | null>(null);
  const [departmentSearch, setDepartmentSearch] = useState('');
  const departments = useQuery({
    queryKey: ['problem-departments', departmentSearch],
    queryFn: ({ signal }) => projectService.departments(departmentSearch, signal),
    enabled: openForm === 'problem',
  });

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    onChanged();
  };

  const saveOwner = useMutation({
    mutationFn: (v: { serviceOwnerId?: string; revisitIntervalDays?: number | null }) =>
      projectService.assign(project.id, service.data?.version ?? project.version, v.serviceOwnerId ?? null, v.revisitIntervalDays ?? null),
    onSuccess: () => {
      setOpenForm(null);
      refresh();
    },
    onError: (e) => showProblem(e, ownerForm),
  });
  const saveRevisit = useMutation({
    mutationFn: async (v: RevisitForm) => {
      const revisit = await projectService.recordRevisit(project.id, { visitedOn: v.visitedOn.format('YYYY-MM-DD'), visitors: v.visitors, metWith: v.metWith, notes: v.notes });
      const photo = v.photo?.[0];
      if (photo) await projectService.uploadEvidence(project.id, 'Revisit', revisit.id, photo);
      return revisit;
    },
    onSuccess: () => {
      revisitForm.resetFields();
      setOpenForm(null);
      refresh();
    },
    onError: (e) => showProblem(e, revisitForm),
  });
  const saveProblem = useMutation({
    mutationFn: (v: ProblemForm) => projectService.raiseProblem(project.id, { description: v.description, department: v.department, dueOn: v.dueOn.format('YYYY-MM-DD') }),
    onSuccess: () => {
      problemForm.resetFields();
      setOpenForm(null);
      refresh();
    },
    onError: (e) => showProblem(e, problemForm),
  });
  const move = useMutation({
    mutationFn: (v: StatusForm) =>
      projectService.changeStatus(project.id, moving!.problem.id, { version: moving!.problem.version, status: moving!.to, note: v.note, escalatedTo: v.escalatedTo }),
    onSuccess: () => {
      statusForm.resetFields();
      setMoving(null);
      refresh();
    },
    onError: (e) => {
      showProblem(e, statusForm);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });

  if (service.error) return <QueryError error={service.error} onRetry={() => void service.refetch()} />;
  const s = service.data;
  const active = project.status === 'Active';
  const today = dayjs();

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="service-panel">
      <Card
        size="small"
        title={t('service.title')}
        loading={service.isLoading}
        extra={
          <Button size="small" onClick={() => { ownerForm.setFieldsValue({ serviceOwnerId: s?.serviceOwnerId ?? undefined, revisitIntervalDays: s?.revisitIntervalDays ?? null }); setOpenForm('owner'); }}>
            {t('service.setOwner')}
          </Button>
        }
      >
        <DetailGrid
          items={[
            { key: 'owner', label: t('service.owner'), children: s?.serviceOwnerName ?? t('service.noOwner') },
            {
              key: 'interval',
              label: t('service.interval'),
              children: s?.effectiveIntervalDays
                ? t('service.everyDays', { days: s.effectiveIntervalDays }) + (s.revisitIntervalDays ? '' : t('service.stageDefault'))
                : t('service.notSigned'),
            },
            { key: 'last', label: t('service.lastRevisit'), children: formatDate(s?.lastRevisitOn) || '—' },
            {
              key: 'next',
              label: t('service.nextRevisit'),
              children: s?.nextRevisitDueOn ? (
                <Space>
                  {formatDate(s.nextRevisitDueOn)}
                  {s.revisitOverdue && <Tag color="red">{t('service.overdue')}</Tag>}
                </Space>
              ) : (
                '—'
              ),
            },
          ]}
        />
      </Card>

      <Card
        size="small"
        title={t('service.revisits')}
        extra={
          active && (
            <Button type="primary" size="small" icon={<CameraOutlined />} onClick={() => setOpenForm('revisit')} data-testid="record-revisit">
              {t('service.recordRevisit')}
            </Button>
          )
        }
      >
        <List
          dataSource={revisits.data ?? []}
          {...listStates(revisits, revisits.data, { description: t('service.noRevisits') })}
          renderItem={(r) => (
            <List.Item key={r.id}>
              <List.Item.Meta
                title={`${formatDate(r.visitedOn)} · ${r.metWith}`}
                description={
                  <>
                    <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{r.notes}</Typography.Paragraph>
                    <Typography.Text type="secondary">{t('service.visitedBy', { visitors: r.visitors, by: r.recordedByName })}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>

      <Card
        size="small"
        title={t('service.problems')}
        extra={
          active && (
            <Button size="small" onClick={() => setOpenForm('problem')} data-testid="raise-problem">
              {t('service.raiseProblem')}
            </Button>
          )
        }
      >
        <List
          dataSource={problems.data ?? []}
          {...listStates(problems, problems.data, { description: t('service.noProblems') })}
          renderItem={(p) => (
            <List.Item key={p.id}>
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag color={STATUS_COLOR[p.status]}>{t(`service.status.${p.status}`)}</Tag>
                  {p.overdue && <Tag color="red">{t('service.overdue')}</Tag>}
                  <Typography.Text strong>{p.department}</Typography.Text>
                  <Typography.Text type="secondary">{t('service.dueOn', { date: formatDate(p.dueOn) })}</Typography.Text>
                </Space>
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{p.description}</Typography.Paragraph>
                {p.changes.slice(1).map((c, i) => (
                  <Typography.Text key={i} type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(c.at)} {c.byName}：{t(`service.status.${c.toStatus}`)}
                    {c.escalatedTo ? `（${c.escalatedTo}）` : ''} {c.note}
                  </Typography.Text>
                ))}
                <Space wrap>
                  {nextStatuses(p.status).map((to) => (
                    <Button key={to} size="small" onClick={() => setMoving({ problem: p, to })}>
                      {t(`service.moveTo.${to}`)}
                    </Button>
                  ))}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </Card>

      <Modal open={openForm === 'owner'} title={t('service.setOwner')} onCancel={() => setOpenForm(null)} confirmLoading={saveOwner.isPending}
        onOk={() => void validateAndScroll(ownerForm).then((v) => saveOwner.mutate(v))} destroyOnHidden>
        <Form form={ownerForm} layout="vertical">
          <Form.Item name="serviceOwnerId" label={t('service.owner')}>
            <Select allowClear options={(s?.ownerCandidates ?? []).map((c) => ({ value: c.id, label: `${c.displayName}（${t(`roles.${c.role}`)}）` }))} />
          </Form.Item>
          <Form.Item name="revisitIntervalDays" label={t('service.ownInterval')} extra={t('service.ownIntervalHint', { days: s?.stageDefaultDays ?? 90 })}>
            <InputNumber min={7} max={366} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={openForm === 'revisit'} title={t('service.recordRevisit')} onCancel={() => setOpenForm(null)} confirmLoading={saveRevisit.isPending}
        onOk={() => void validateAndScroll(revisitForm).then((v) => saveRevisit.mutate(v))} destroyOnHidden>
        <Form form={revisitForm} layout="vertical" initialValues={{ visitedOn: today }}>
          <Form.Item name="visitedOn" label={t('service.visitedOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.isAfter(today, 'day') || d.isBefore(dayjs(project.approvedOn), 'day')} />
          </Form.Item>
          <Form.Item name="visitors" label={t('service.visitors')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="metWith" label={t('service.metWith')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="notes" label={t('service.notes')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="photo" label={t('service.photo')} valuePropName="files" getValueFromEvent={(e: { target: HTMLInputElement }) => e.target.files}>
            <input type="file" accept="image/*,application/pdf" capture="environment" data-testid="revisit-photo" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={openForm === 'problem'} title={t('service.raiseProblem')} onCancel={() => setOpenForm(null)} confirmLoading={saveProblem.isPending}
        onOk={() => void validateAndScroll(problemForm).then((v) => saveProblem.mutate(v))} destroyOnHidden>
        <Form form={problemForm} layout="vertical">
          <Form.Item name="description" label={t('service.description')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="department" label={t('service.department')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <AutoComplete options={(departments.data ?? []).map((d) => ({ value: d }))} onSearch={setDepartmentSearch} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('service.dueDate')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.isBefore(today, 'day')} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={moving !== null} title={moving ? t(`service.moveTo.${moving.to}`) : ''} onCancel={() => setMoving(null)} confirmLoading={move.isPending}
        onOk={() => void validateAndScroll(statusForm).then((v) => move.mutate(v))} destroyOnHidden>
        <Form form={statusForm} layout="vertical">
          {moving?.to === 'Escalated' && (
            <Form.Item name="escalatedTo" label={t('service.escalatedTo')} rules={[{ required: true, whitespace: true, max: 50 }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('service.note')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, List, Radio, Select, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, clients, type CreditDto, type RecommenderKind } from '../api';
import { formatDateTime } from '../lib/time';
import { RecommenderPicker } from './RecommenderPicker';

interface ClaimForm {
  associationId?: string;
  recommenderKind?: RecommenderKind;
  recommenderId?: string;
  recommenderName?: string;
  reason?: string;
}

const STATUS_COLOR: Record<string, string> = { Proposed: 'processing', Confirmed: 'success', Rejected: 'error', Superseded: 'default' };
const RECOMMENDER_KINDS: RecommenderKind[] = ['Ambassador', 'Native', 'Person'];

/** The recommender part of a claim: a registry person by id (ambassador, native), a named person, or none. */
export function recommenderOf(v: ClaimForm): { recommenderKind?: RecommenderKind; recommenderId?: string; recommenderName?: string } {
  if (v.recommenderKind === 'Person') return v.recommenderName?.trim() ? { recommenderKind: 'Person', recommenderName: v.recommenderName.trim() } : {};
  if (v.recommenderKind && v.recommenderId) return { recommenderKind: v.recommenderKind, recommenderId: v.recommenderId };
  return {};
}

/**
 * 引荐认定 on a filing: every claim with its status and history (who, when, why); a filer proposes (an association and/or a
 * recommender: an ambassador of this year or a notable native picked from the registry, or a named person) and uploads evidence;
 * a reviewer confirms, rejects or changes the confirmed credit with a reason.
 */
export function CreditCard({ filingId, canPropose, canDecide }: { filingId: string; canPropose: boolean; canDecide: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'propose' | 'change' | { reject: CreditDto } | null>(null);
  const [form] = Form.useForm<ClaimForm>();
  const credits = useQuery({ queryKey: ['credits', filingId], queryFn: ({ signal }) => clients.credits.listFilingCredits(filingId, signal) });
  const associations = useQuery({
    queryKey: ['associations', 'options'],
    queryFn: ({ signal }) => api.associations.list({ page: 1, pageSize: 200 }, signal),
    enabled: canPropose || canDecide,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['credits', filingId] });
  const confirmed = credits.data?.find((c) => c.status === 'Confirmed');
  const recommenderKind = Form.useWatch('recommenderKind', form);

  const save = useMutation({
    mutationFn: async (v: ClaimForm) => {
      const recommender = recommenderOf(v);
      if (mode === 'propose') return clients.credits.proposeCredit(filingId, { associationId: v.associationId, ...recommender });
      if (mode === 'change' && confirmed)
        return clients.credits.changeCredit(filingId, { version: confirmed.version, associationId: v.associationId, ...recommender, reason: v.reason ?? '' });
      if (mode && typeof mode === 'object') return clients.credits.rejectCredit(mode.reject.id, { version: mode.reject.version, reason: v.reason ?? '' });
      return undefined;
    },
    onSuccess: () => {
      message.success(mode === 'propose' ? t('credits.proposed') : mode === 'change' ? t('credits.changed') : t('credits.rejected'));
      setMode(null);
      form.resetFields();
      void refresh();
    },
  });
  const confirm = useMutation({
    mutationFn: (c: CreditDto) => clients.credits.confirmCredit(c.id, { version: c.version }),
    onSuccess: () => {
      message.success(t('credits.confirmed'));
      void refresh();
    },
  });
  const upload = useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => clients.credits.addCreditEvidence(id, { data: file, fileName: file.name }),
    onSuccess: () => void refresh(),
  });

  const recommenderText = (c: CreditDto) => `${c.recommenderKind ? t(`credits.kind.${c.recommenderKind}`) : t('credits.recommender')}：${c.recommenderName}`;
  const openChange = () => {
    form.resetFields();
    if (confirmed)
      form.setFieldsValue({
        associationId: confirmed.associationId ?? undefined,
        recommenderKind: confirmed.recommenderKind ?? undefined,
        recommenderId: confirmed.recommenderId ?? undefined,
        recommenderName: confirmed.recommenderKind === 'Person' ? (confirmed.recommenderName ?? undefined) : undefined,
      });
    setMode('change');
  };

  return (
    <Card
      title={t('credits.title')}
      size="small"
      style={{ marginTop: 16 }}
      data-testid="credit-card"
      extra={
        <Space wrap>
          {canPropose && !confirmed && (
            <Button size="small" type="primary" onClick={() => setMode('propose')} data-testid="credit-propose">
              {t('credits.propose')}
            </Button>
          )}
          {canDecide && confirmed && (
            <Button size="small" onClick={openChange} data-testid="credit-change">
              {t('credits.change')}
            </Button>
          )}
        </Space>
      }
    >
      <List<CreditDto>
        loading={credits.isLoading}
        dataSource={credits.data ?? []}
        locale={{ emptyText: t('credits.empty') }}
        renderItem={(c) => (
          <List.Item
            data-testid="credit-item"
            actions={
              c.status === 'Proposed' && canDecide
                ? [
                    <Button key="c" size="small" type="primary" onClick={() => confirm.mutate(c)} loading={confirm.isPending} data-testid="credit-confirm">
                      {t('credits.confirm')}
                    </Button>,
                    <Button key="r" size="small" danger onClick={() => setMode({ reject: c })} data-testid="credit-reject">
                      {t('credits.reject')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color={STATUS_COLOR[c.status]}>{t(`credits.status.${c.status}`)}</Tag>
                  {c.associationName && <span data-testid="credit-association-name">{c.associationName}</span>}
                  {c.recommenderName && <span data-testid="credit-recommender-name">{recommenderText(c)}</span>}
                  {!c.associationName && !c.recommenderName && <span>{t('credits.none')}</span>}
                </Space>
              }
              description={
                <Space direction="vertical" size={2}>
                  <span>
                    {t(`credits.source.${c.source}`)} · {t('credits.proposedBy')} {c.proposedByName} · {formatDateTime(c.proposedAt)}
                  </span>
                  {c.decidedAt && (
                    <span>
                      {t('credits.decidedBy')} {c.decidedByName} · {formatDateTime(c.decidedAt)}
                      {c.reason ? ` · ${t('credits.reason')}：${c.reason}` : ''}
                    </span>
                  )}
                  {c.evidence.map((e) => (
                    <a key={e.id} href={`/api/credits/${c.id}/evidence/${e.id}/content`}>
                      {e.fileName}
                    </a>
                  ))}
                  {canPropose && c.status === 'Proposed' && (
                    <Upload
                      showUploadList={false}
                      beforeUpload={(file) => {
                        upload.mutate({ id: c.id, file });
                        return false;
                      }}
                    >
                      <Button size="small" loading={upload.isPending} data-testid="credit-evidence-upload">
                        {t('credits.uploadEvidence')}
                      </Button>
                    </Upload>
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {mode !== null && (
        <Form<ClaimForm> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} style={{ marginTop: 12 }} data-testid="credit-form">
          {mode === 'propose' || mode === 'change' ? (
            <>
              <Form.Item name="associationId" label={t('credits.association')}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  options={(associations.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
                  data-testid="credit-association"
                />
              </Form.Item>
              <Form.Item name="recommenderKind" label={t('credits.recommenderKind')}>
                <Radio.Group
                  optionType="button"
                  onChange={() => form.setFieldsValue({ recommenderId: undefined, recommenderName: undefined })}
                  options={RECOMMENDER_KINDS.map((k) => ({ value: k, label: t(`credits.kind.${k}`) }))}
                  data-testid="credit-recommender-kind"
                />
              </Form.Item>
              {(recommenderKind === 'Ambassador' || recommenderKind === 'Native') && (
                <Form.Item
                  name="recommenderId"
                  label={t('credits.recommender')}
                  rules={[{ required: true, message: t('filings.errors.required', { label: t('credits.recommender') }) }]}
                >
                  <RecommenderPicker
                    kind={recommenderKind}
                    currentName={mode === 'change' && confirmed?.recommenderKind === recommenderKind ? (confirmed.recommenderName ?? undefined) : undefined}
                    testId="credit-recommender-pick"
                  />
                </Form.Item>
              )}
              {recommenderKind === 'Person' && (
                <Form.Item
                  name="recommenderName"
                  label={t('credits.recommenderName')}
                  rules={[{ required: true, whitespace: true, message: t('filings.errors.required', { label: t('credits.recommenderName') }) }]}
                >
                  <Input maxLength={64} data-testid="credit-recommender" />
                </Form.Item>
              )}
            </>
          ) : null}
          {mode !== 'propose' && (
            <Form.Item name="reason" label={mode === 'change' ? t('credits.changeReason') : t('credits.rejectReason')} rules={[{ required: true }]}>
              <Input.TextArea rows={2} maxLength={500} data-testid="credit-reason" />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="credit-submit">
              {t('common.confirm')}
            </Button>
            <Button onClick={() => setMode(null)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

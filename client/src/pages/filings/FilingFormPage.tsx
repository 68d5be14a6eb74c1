import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Divider, Form, Input, Result, Row, Select, Space, Spin, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api, type FilingDto, type FilingInput, type ProjectCategory, type ProjectStage } from '../../api';
import { isConcurrencyConflict, toProblem } from '../../api/problem';
import { FilingAttachments } from '../../components/FilingAttachments';
import { QueryError } from '../../components/QueryError';
import { useDuplicateWarning } from '../../components/useDuplicateWarning';
import { CATEGORIES, STAGES } from '../../lib/filingOptions';
import { isValidWan, scaleBandOfWan, wanToYuan, yuanToWan } from '../../lib/money';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useProblem } from '../../lib/useProblem';

/** The form's values: amounts stay text in 万元 until sent (see lib/money). */
interface FilingForm {
  projectName?: string;
  investorName?: string;
  creditCode?: string;
  sourceRegionCode?: string;
  industryChainId?: string;
  category?: ProjectCategory;
  stage?: ProjectStage;
  plannedTotalInvestment?: string;
  plannedFixedAssetInvestment?: string;
  constructionContent?: string;
  associationId?: string;
  recommenderName?: string;
  recommenderContact?: string;
  contactName?: string;
  contactPhone?: string;
}

function toForm(f: FilingDto): FilingForm {
  return {
    projectName: f.projectName ?? '',
    investorName: f.investorName ?? '',
    creditCode: f.creditCode ?? '',
    sourceRegionCode: f.sourceRegionCode,
    industryChainId: f.industryChainId,
    category: f.category,
    stage: f.stage,
    plannedTotalInvestment: yuanToWan(f.plannedTotalInvestment),
    plannedFixedAssetInvestment: yuanToWan(f.plannedFixedAssetInvestment),
    constructionContent: f.constructionContent ?? '',
    associationId: f.associationId,
    recommenderName: f.recommenderName ?? '',
    recommenderContact: f.recommenderContact ?? '',
    contactName: f.contactName ?? '',
    contactPhone: f.contactPhone ?? '',
  };
}

function toInput(v: FilingForm): FilingInput {
  return {
    ...v,
    plannedTotalInvestment: wanToYuan(v.plannedTotalInvestment),
    plannedFixedAssetInvestment: wanToYuan(v.plannedFixedAssetInvestment),
  };
}

const FIELD_NAMES = new Set<string>([
  'projectName', 'investorName', 'creditCode', 'sourceRegionCode', 'industryChainId', 'category', 'stage',
  'plannedTotalInvestment', 'plannedFixedAssetInvestment', 'constructionContent', 'associationId',
  'recommenderName', 'recommenderContact', 'contactName', 'contactPhone',
]);

const tid = (name: string) => ({ 'data-testid': `filing-${name}` });

/** 新建/修改备案 (/filings/new, /filings/:id/edit): save a draft as it is, or save and submit it for review. */
export function FilingFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { id } = useParams();
  const [form] = Form.useForm<FilingForm>();
  const options = useFilingOptions(true);
  // The filing as last saved here: a new draft gets an id on its first save, and every save a new version.
  const saved = useRef<{ id: string; version: number } | null>(null);
  // The filing's version after an attachment change here (the form is not refetched, so unsaved edits stay).
  const [attachmentVersion, setAttachmentVersion] = useState<number | null>(null);

  const existing = useQuery({
    queryKey: ['filing', id],
    queryFn: ({ signal }) => api.filings.get(id!, signal),
    enabled: !!id,
  });

  useEffect(() => {
    if (existing.data) {
      saved.current = { id: existing.data.id, version: existing.data.version };
      form.setFieldsValue(toForm(existing.data));
    }
  }, [existing.data, form]);

  const total = Form.useWatch('plannedTotalInvestment', form);
  const region = Form.useWatch('sourceRegionCode', form);
  const band = scaleBandOfWan(total);
  const foreign = options.isCountry(region);

  const save = async (values: FilingForm) => {
    const input = toInput(values);
    const f = saved.current ? await api.filings.update(saved.current.id, input, saved.current.version) : await api.filings.create(input);
    saved.current = { id: f.id, version: f.version };
    setAttachmentVersion(f.version);
    queryClient.setQueryData(['filing', f.id], f);
    return f;
  };

  const onError = (e: unknown) => {
    const p = toProblem(e);
    const onForm = Object.entries(p.errors ?? {}).filter(([field]) => FIELD_NAMES.has(field));
    if (onForm.length > 0) {
      // Field errors (a submission missing required fields, or a bad value) go on the fields, even untouched ones.
      form.setFields(onForm.map(([name, errors]) => ({ name: name as keyof FilingForm, errors })));
      const rest = Object.entries(p.errors ?? {}).filter(([field]) => !FIELD_NAMES.has(field));
      if (rest.length > 0) message.error(rest.flatMap(([, m]) => m).join(' '));
      message.warning(t('filings.incomplete'));
      const first = onForm[0][0] as keyof FilingForm;
      form.scrollToField(first);
    } else {
      showProblem(e, form);
    }
    if (isConcurrencyConflict(p) && id) void existing.refetch();
    void queryClient.invalidateQueries({ queryKey: ['filings'] });
  };

  const saveDraft = useMutation({
    mutationFn: save,
    onSuccess: (f) => {
      message.success(t('filings.draftSaved'));
      void queryClient.invalidateQueries({ queryKey: ['filings'] });
      if (!id) navigate(`/filings/${f.id}/edit`, { replace: true });
    },
    onError,
  });

  const warnDuplicates = useDuplicateWarning();
  const submit = useMutation({
    mutationFn: async (values: FilingForm) => {
      const f = await save(values);
      return api.filings.submit(f.id, f.version);
    },
    onSuccess: (f) => {
      message.success(t('filings.submitted'));
      warnDuplicates(f);
      queryClient.setQueryData(['filing', f.id], f);
      void queryClient.invalidateQueries({ queryKey: ['filings'] });
      navigate(`/filings/${f.id}`, { replace: true });
    },
    onError,
  });

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

  const amountRules = [
    {
      validator: (_: unknown, v?: string) => (!v || isValidWan(v) ? Promise.resolve() : Promise.reject(new Error(t('filings.amountInvalid')))),
    },
  ];
  const busy = saveDraft.isPending || submit.isPending;

  return (
    <Card title={id ? t('filings.edit') : t('filings.create')} className="page-card" data-testid="filing-form">
      {status === 'Returned' && existing.data?.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('filings.returnReasons')} description={existing.data.returnReason} data-testid="filing-return-reasons" />
      )}
      <Form<FilingForm> form={form} layout="vertical" disabled={busy} scrollToFirstError>
        <Divider orientation="left" plain>{t('filings.sectionProject')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="projectName" label={t('filings.projectName')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
              <Input {...tid('projectName')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industryChainId" label={t('filings.industryChain')}>
              <Select allowClear showSearch optionFilterProp="label" options={options.chainOptions} loading={options.loading} {...tid('industryChainId')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="category" label={t('filings.category')}>
              <Select allowClear options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} {...tid('category')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="stage" label={t('filings.stage')}>
              <Select allowClear options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} {...tid('stage')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="plannedTotalInvestment"
              label={t('filings.plannedTotal')}
              rules={amountRules}
              extra={band && <span data-testid="filing-scale-band">{t('filings.scaleBand')}：<Tag color="blue">{t(`scaleBand.${band}`)}</Tag></span>}
            >
              <Input inputMode="decimal" suffix={t('filings.wan')} {...tid('plannedTotalInvestment')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="plannedFixedAssetInvestment"
              label={t('filings.plannedFixed')}
              dependencies={['plannedTotalInvestment']}
              rules={[
                ...amountRules,
                ({ getFieldValue }) => ({
                  validator: (_: unknown, v?: string) => {
                    const tot = getFieldValue('plannedTotalInvestment') as string | undefined;
                    if (!v || !tot || !isValidWan(v) || !isValidWan(tot)) return Promise.resolve();
                    return Number(wanToYuan(v)) <= Number(wanToYuan(tot)) ? Promise.resolve() : Promise.reject(new Error(t('filings.fixedExceedsTotal')));
                  },
                }),
              ]}
            >
              <Input inputMode="decimal" suffix={t('filings.wan')} {...tid('plannedFixedAssetInvestment')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="constructionContent" label={t('filings.constructionContent')} rules={[{ max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}>
              <Input.TextArea rows={3} showCount maxLength={2000} {...tid('constructionContent')} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>{t('filings.sectionInvestor')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="investorName" label={t('filings.investorName')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
              <Input {...tid('investorName')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sourceRegionCode" label={t('filings.sourceRegion')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                loading={options.loading}
                options={[
                  { label: t('filings.provinces'), options: options.provinceOptions },
                  { label: t('filings.countries'), options: options.countryOptions },
                ]}
                {...tid('sourceRegionCode')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('filings.creditCode')}
              extra={foreign ? t('filings.foreignInvestor') : t('filings.creditCodeHint')}
              rules={[{ pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/i, message: t('filings.creditCodeHint') }]}
            >
              <Input maxLength={18} style={{ textTransform: 'uppercase' }} {...tid('creditCode')} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>{t('filings.sectionIntro')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="associationId" label={t('filings.association')}>
              <Select allowClear showSearch optionFilterProp="label" options={options.associationOptions} {...tid('associationId')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="recommenderName" label={t('filings.recommenderName')}>
              <Input {...tid('recommenderName')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="recommenderContact" label={t('filings.recommenderContact')}>
              <Input {...tid('recommenderContact')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactName" label={t('filings.contactName')}>
              <Input {...tid('contactName')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactPhone" label={t('filings.contactPhone')}>
              <Input inputMode="tel" {...tid('contactPhone')} />
            </Form.Item>
          </Col>
        </Row>
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
          onChanged={(version) => {
            if (saved.current) saved.current = { ...saved.current, version };
            setAttachmentVersion(version);
          }}
        />
      )}
    </Card>
  );
}

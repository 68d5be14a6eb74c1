import { useQuery } from '@tanstack/react-query';
import { Col, Divider, Form, Input, Row, Select, Tag, TreeSelect } from 'antd';
import { api } from '../../api';
import type { FormInstance, FormItemProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, STAGES } from '../../lib/filingOptions';
import { isValidWan, scaleBandOfWan, wanToYuan } from '../../lib/money';
import type { RegionNode, useFilingOptions } from '../../lib/useFilingOptions';
import { isMainlandPhone } from '../../lib/validation';
import { DRAFT_REQUIRED, FIELD_LABEL_KEYS, FIELD_MAX_LENGTH, requiredToSubmit, submitFaults, type FilingField, type FilingForm } from './filingForm';
import { creditCodeFault } from '../../lib/creditCode';

const tid = (name: string) => ({ 'data-testid': `filing-${name}` });

/** What the user is doing: a draft needs only a project name; a submission every field `SUBMIT_REQUIRED` names. */
export type FilingIntent = 'draft' | 'submit';

interface Props {
  form: FormInstance<FilingForm>;
  options: ReturnType<typeof useFilingOptions>;
  /** Set by the page before it validates: the required checks follow it. */
  intent: RefObject<FilingIntent>;
}

/**
 * The filing form's three sections (project, investor, introduction). Fields submission needs carry the required mark; they
 * are checked all at once when the user submits (not when saving a draft), with the messages the server would give.
 */
export function FilingFormFields({ form, options, intent }: Props) {
  const { t } = useTranslation();
  const total = Form.useWatch('plannedTotalInvestment', form);
  const region = Form.useWatch('sourceRegionCode', form);
  const band = scaleBandOfWan(total);
  // 港澳台 or abroad: no mainland credit code needed; a mainland region (city or province) needs one to submit.
  const outside = options.isOutsideMainland(region);
  const mainland = !!region && !outside;
  const label = (f: FilingField) => t(FIELD_LABEL_KEYS[f]);
  const reject = (message: string) => Promise.reject(new Error(message));

  /** The mark and the checks every field shares: required (for a draft or a submission), zero amount, length. */
  const item = (f: FilingField, extra: Rule[] = []): Pick<FormItemProps, 'name' | 'required' | 'rules'> => {
    const max = FIELD_MAX_LENGTH[f];
    return {
      name: f,
      required: DRAFT_REQUIRED.includes(f) || requiredToSubmit(f, { sourceRegionCode: region }),
      rules: [
        {
          validator: (_: unknown, v: unknown) => {
            const values = { ...form.getFieldsValue(['sourceRegionCode']), [f]: v } as FilingForm;
            const blank = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
            if (DRAFT_REQUIRED.includes(f) && blank) return reject(t('filings.errors.required', { label: label(f) }));
            if (intent.current !== 'submit') return Promise.resolve();
            const fault = submitFaults(values).find((x) => x.field === f)?.fault;
            return fault ? reject(t(`filings.errors.${fault}`, { label: label(f) })) : Promise.resolve();
          },
        },
        ...(max ? [{ max, message: t('filings.errors.maxLength', { label: label(f), max }) }] : []),
        ...extra,
      ],
    };
  };
  // The leads assigned to the filer's unit (交办): the filing may link one; its source becomes the proposed credit.
  const leads = useQuery({
    queryKey: ['leads', 'list', { status: 'Assigned', page: 1, pageSize: 100, purpose: 'filing' }],
    queryFn: ({ signal }) => api.leads.list({ status: 'Assigned', page: 1, pageSize: 100 }, signal),
    staleTime: 60_000,
  });
  const leadOptions = (leads.data?.items ?? []).map((l) => ({ value: l.id, label: l.companyName }));
  const amountRule = (f: FilingField): Rule => ({
    validator: (_: unknown, v?: string) => (!v || isValidWan(v) ? Promise.resolve() : reject(t('filings.amountInvalid', { label: label(f) }))),
  });

  return (
    <>
      <Divider orientation="left" plain>{t('filings.sectionProject')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item {...item('projectName')} label={t('filings.projectName')}>
            <Input {...tid('projectName')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('industryChainId')} label={t('filings.industryChain')}>
            <Select allowClear showSearch optionFilterProp="label" options={options.chainOptions} loading={options.loading} {...tid('industryChainId')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('category')} label={t('filings.category')}>
            <Select allowClear options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} {...tid('category')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('stage')} label={t('filings.stage')}>
            <Select allowClear options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} {...tid('stage')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            {...item('plannedTotalInvestment', [amountRule('plannedTotalInvestment')])}
            label={t('filings.plannedTotal')}
            extra={band && <span data-testid="filing-scale-band">{t('filings.scaleBand')}：<Tag color="blue">{t(`scaleBand.${band}`)}</Tag></span>}
          >
            <Input inputMode="decimal" suffix={t('filings.wan')} {...tid('plannedTotalInvestment')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            {...item('plannedFixedAssetInvestment', [
              amountRule('plannedFixedAssetInvestment'),
              ({ getFieldValue }) => ({
                validator: (_: unknown, v?: string) => {
                  const tot = getFieldValue('plannedTotalInvestment') as string | undefined;
                  if (!v || !tot || !isValidWan(v) || !isValidWan(tot)) return Promise.resolve();
                  return Number(wanToYuan(v)) <= Number(wanToYuan(tot)) ? Promise.resolve() : reject(t('filings.fixedExceedsTotal'));
                },
              }),
            ])}
            label={t('filings.plannedFixed')}
            dependencies={['plannedTotalInvestment']}
          >
            <Input inputMode="decimal" suffix={t('filings.wan')} {...tid('plannedFixedAssetInvestment')} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item {...item('constructionContent')} label={t('filings.constructionContent')}>
            <Input.TextArea rows={3} showCount maxLength={FIELD_MAX_LENGTH.constructionContent} {...tid('constructionContent')} />
          </Form.Item>
        </Col>
      </Row>
      <Divider orientation="left" plain>{t('filings.sectionInvestor')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item {...item('investorName')} label={t('filings.investorName')}>
            <Input {...tid('investorName')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('sourceRegionCode')} label={t('filings.sourceRegion')} extra={t('filings.sourceRegionHint')}>
            <TreeSelect<string>
              allowClear
              showSearch
              treeData={options.regionTree}
              filterTreeNode={(input, node) => (node as unknown as RegionNode).search.includes(input.trim().toLowerCase())}
              placeholder={t('filings.sourceRegionPlaceholder')}
              listHeight={320}
              loading={options.loading}
              {...tid('sourceRegionCode')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            {...item('creditCode', [
              {
                validator: (_, value: string | undefined) => {
                  const fault = value?.trim() ? creditCodeFault(value) : null;
                  return fault ? reject(t(`filings.creditCodeFault.${fault}`)) : Promise.resolve();
                },
              },
            ])}
            label={t('filings.creditCode')}
            dependencies={['sourceRegionCode']}
            extra={<span data-testid="filing-creditCode-hint">{outside ? t('filings.creditCodeNotNeeded') : mainland ? t('filings.creditCodeRequired') : t('filings.creditCodeHint')}</span>}
          >
            <Input maxLength={18} style={{ textTransform: 'uppercase' }} {...tid('creditCode')} />
          </Form.Item>
        </Col>
      </Row>
      <Divider orientation="left" plain>{t('filings.sectionIntro')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="leadId" label={t('leads.filingLead')} extra={t('leads.filingLeadHint')}>
            <Select allowClear showSearch optionFilterProp="label" options={leadOptions} loading={leads.isLoading} {...tid('lead')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('associationId')} label={t('filings.association')}>
            <Select allowClear showSearch optionFilterProp="label" options={options.associationOptions} {...tid('associationId')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item {...item('recommenderName')} label={t('filings.recommenderName')}>
            <Input {...tid('recommenderName')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item {...item('recommenderContact')} label={t('filings.recommenderContact')}>
            <Input {...tid('recommenderContact')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('contactName')} label={t('filings.contactName')}>
            <Input {...tid('contactName')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            {...item('contactPhone', [
              { validator: (_: unknown, v?: string) => (!v?.trim() || isMainlandPhone(v) ? Promise.resolve() : reject(t('filings.errors.phone', { label: label('contactPhone') }))) },
            ])}
            label={t('filings.contactPhone')}
          >
            <Input inputMode="tel" {...tid('contactPhone')} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

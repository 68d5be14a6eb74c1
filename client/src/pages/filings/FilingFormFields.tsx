import { Col, Divider, Form, Input, Row, Select, Tag, TreeSelect } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, STAGES } from '../../lib/filingOptions';
import { isValidWan, scaleBandOfWan, wanToYuan } from '../../lib/money';
import type { RegionNode, useFilingOptions } from '../../lib/useFilingOptions';
import type { FilingForm } from './filingForm';
import { creditCodeFault } from '../../lib/creditCode';

const tid = (name: string) => ({ 'data-testid': `filing-${name}` });

/** The filing form's three sections (project, investor, introduction); every field is optional until submission. */
export function FilingFormFields({ form, options }: { form: FormInstance<FilingForm>; options: ReturnType<typeof useFilingOptions> }) {
  const { t } = useTranslation();
  const total = Form.useWatch('plannedTotalInvestment', form);
  const region = Form.useWatch('sourceRegionCode', form);
  const band = scaleBandOfWan(total);
  // 港澳台 or abroad: no mainland credit code needed; a mainland region (city or province) needs one to submit.
  const outside = options.isOutsideMainland(region);
  const mainland = !!region && !outside;
  const amountRules = [
    {
      validator: (_: unknown, v?: string) => (!v || isValidWan(v) ? Promise.resolve() : Promise.reject(new Error(t('filings.amountInvalid')))),
    },
  ];

  return (
    <>
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
          <Form.Item name="sourceRegionCode" label={t('filings.sourceRegion')} extra={t('filings.sourceRegionHint')}>
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
            name="creditCode"
            label={t('filings.creditCode')}
            required={mainland}
            extra={<span data-testid="filing-creditCode-hint">{outside ? t('filings.creditCodeNotNeeded') : mainland ? t('filings.creditCodeRequired') : t('filings.creditCodeHint')}</span>}
            rules={[
              {
                validator: (_, value: string | undefined) => {
                  const fault = value?.trim() ? creditCodeFault(value) : null;
                  return fault ? Promise.reject(new Error(t(`filings.creditCodeFault.${fault}`))) : Promise.resolve();
                },
              },
            ]}
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
    </>
  );
}

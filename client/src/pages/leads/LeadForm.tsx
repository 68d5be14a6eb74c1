import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Form, Input, Row, Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type LeadDto, type LeadSourceKind } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { isValidWan, wanToYuan } from '../../lib/money';
import { RecommenderPicker } from '../../components/RecommenderPicker';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useProblem } from '../../lib/useProblem';
import { useUnitOptions } from '../../lib/useUnitOptions';

interface LeadFormValues {
  companyName?: string;
  industryChainId?: string;
  intendedInvestment?: string;
  sourceRegionCode?: string;
  known?: string;
  sourceKind?: LeadSourceKind;
  sourceId?: string;
}

/** The sources the form offers: the center, a unit, an association, an ambassador (this year's, picked by name). */
const SOURCE_KINDS: LeadSourceKind[] = ['Center', 'Unit', 'Association', 'Ambassador'];

/**
 * 登记招商线索: company, industry chain, intended investment (万元), source region, what is known, and (for the center and filers)
 * the source. An association's user records for its own association: the server sets the source, so the form hides it.
 */
export function LeadForm({ onSaved, onCancel }: { onSaved: (lead: LeadDto) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const problem = useProblem();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LeadFormValues>();
  const isAssociation = !!user?.roles.includes('Association');
  const isFiler = !!user?.roles.includes('Filer');
  const options = useFilingOptions(!isAssociation);
  const units = useUnitOptions(!isAssociation);
  const kind = Form.useWatch('sourceKind', form);
  const sourceOptions = kind === 'Association' ? options.associationOptions : kind === 'Unit' ? units.options : [];

  const save = useMutation({
    mutationFn: (v: LeadFormValues) =>
      api.leads.record({
        companyName: v.companyName ?? '',
        industryChainId: v.industryChainId || undefined,
        intendedInvestment: wanToYuan(v.intendedInvestment),
        sourceRegionCode: v.sourceRegionCode,
        known: v.known,
        sourceKind: isAssociation ? 'Association' : (v.sourceKind ?? 'Center'),
        sourceId: isAssociation || v.sourceKind === 'Center' ? undefined : v.sourceId,
      }),
    onSuccess: (lead) => {
      message.success(t('leads.saved'));
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
      form.resetFields();
      onSaved(lead);
    },
    onError: (e) => problem(e, form),
  });

  return (
    <Form<LeadFormValues>
      form={form}
      layout="vertical"
      disabled={save.isPending}
      initialValues={{ sourceKind: isFiler ? 'Unit' : 'Center', sourceId: isFiler ? (user?.unitId ?? undefined) : undefined }}
      onFinish={(v) => save.mutate(v)}
      data-testid="lead-form"
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="companyName" label={t('leads.company')} rules={[{ required: true, whitespace: true, message: t('filings.errors.required', { label: t('leads.company') }) }, { max: 200 }]}>
            <Input data-testid="lead-company" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="industryChainId" label={t('leads.industryChain')}>
            <Select allowClear showSearch optionFilterProp="label" options={options.chainOptions} data-testid="lead-chain" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="intendedInvestment"
            label={t('leads.intendedInvestment')}
            rules={[{ validator: (_, v?: string) => (!v || isValidWan(v) ? Promise.resolve() : Promise.reject(new Error(t('filings.amountInvalid', { label: t('leads.intendedInvestment') })))) }]}
          >
            <Input inputMode="decimal" data-testid="lead-amount" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="sourceRegionCode" label={t('leads.sourceRegion')}>
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="search"
              treeData={options.regionTree}
              fieldNames={{ label: 'title', value: 'value', children: 'children' }}
              data-testid="lead-region"
            />
          </Form.Item>
        </Col>
        {!isAssociation && (
          <>
            <Col xs={24} md={12}>
              <Form.Item name="sourceKind" label={t('leads.sourceKind')}>
                <Select
                  options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`leads.sourceKindName.${k}`) }))}
                  onChange={() => form.setFieldValue('sourceId', undefined)}
                  data-testid="lead-source-kind"
                />
              </Form.Item>
            </Col>
            {kind && kind !== 'Center' && (
              <Col xs={24} md={12}>
                <Form.Item name="sourceId" label={t('leads.sourceName')} rules={[{ required: true, message: t('filings.errors.required', { label: t('leads.sourceName') }) }]}>
                  {kind === 'Ambassador' ? (
                    <RecommenderPicker kind="Ambassador" testId="lead-source-ambassador" />
                  ) : (
                    <Select showSearch optionFilterProp="label" options={sourceOptions} data-testid="lead-source" />
                  )}
                </Form.Item>
              </Col>
            )}
          </>
        )}
        <Col xs={24}>
          <Form.Item name="known" label={t('leads.known')} rules={[{ max: 4000 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="lead-known" />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="lead-save">
          {t('leads.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  );
}

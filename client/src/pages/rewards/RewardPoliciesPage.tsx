import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Tag, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rewardsApi, type ProjectCategory, type RewardPolicyDto } from '../../api';
import { ResponsiveTable } from '../../components/AdminList';
import { listStates } from '../../components/ListStates';
import { formatWan } from '../../lib/money';
import { useProblem } from '../../lib/useProblem';

const CATEGORIES: ProjectCategory[] = ['Industrial', 'Service', 'Agriculture', 'RealEstate', 'Finance', 'Infrastructure', 'Other'];

interface PolicyForm {
  name: string;
  validFrom: Dayjs;
  validTo: Dayjs;
  thresholdYuan: number;
  rate: number;
  annualCapYuan: number;
  excludedCategories: ProjectCategory[];
}

/** 奖励政策 (admins): the versioned policies; a successor is added, a policy an approved calculation used is frozen. */
export function RewardPoliciesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<RewardPolicyDto | 'new'>();
  const [form] = Form.useForm<PolicyForm>();
  const policies = useQuery({ queryKey: ['rewards', 'policies'], queryFn: ({ signal }) => rewardsApi.policies(signal) });
  const save = useMutation({
    mutationFn: (v: PolicyForm) => {
      const body = { ...v, validFrom: v.validFrom.format('YYYY-MM-DD'), validTo: v.validTo.format('YYYY-MM-DD') };
      return editing === 'new' || !editing ? rewardsApi.createPolicy(body) : rewardsApi.updatePolicy(editing.id, { ...body, version: editing.version });
    },
    onSuccess: () => {
      void message.success(t('rewards.policies.saved'));
      setEditing(undefined);
      void queryClient.invalidateQueries({ queryKey: ['rewards', 'policies'] });
    },
    onError: (error) => showProblem(error, form),
  });
  const open = (p: RewardPolicyDto | 'new') => {
    setEditing(p);
    form.setFieldsValue(
      p === 'new'
        ? { thresholdYuan: 20_000_000, rate: 0.001, annualCapYuan: 1_000_000, excludedCategories: ['RealEstate', 'Finance', 'Infrastructure'] }
        : { ...p, validFrom: dayjs(p.validFrom), validTo: dayjs(p.validTo) },
    );
  };

  return (
    <Card
      title={t('rewards.policies.title')}
      data-testid="reward-policies-page"
      extra={
        <Button type="primary" data-testid="reward-policy-add" onClick={() => open('new')}>
          {t('rewards.policies.add')}
        </Button>
      }
    >
      <ResponsiveTable<RewardPolicyDto>
        rowKey="id"
        data-testid="reward-policies"
        dataSource={policies.data ?? []}
        pagination={false}
        {...listStates(policies, policies.data, { description: t('rewards.policies.title') })}
        columns={[
          { title: t('rewards.policies.name'), dataIndex: 'name' },
          { title: t('rewards.policies.validFrom'), dataIndex: 'validFrom' },
          { title: t('rewards.policies.validTo'), dataIndex: 'validTo' },
          { title: t('rewards.policies.threshold'), dataIndex: 'thresholdYuan', align: 'right', render: (v: number) => formatWan(v) },
          { title: t('rewards.policies.rate'), dataIndex: 'rate', align: 'right' },
          { title: t('rewards.policies.cap'), dataIndex: 'annualCapYuan', align: 'right', render: (v: number) => formatWan(v) },
          {
            title: t('rewards.policies.excluded'),
            dataIndex: 'excludedCategories',
            render: (v: ProjectCategory[]) => v.map((c) => <Tag key={c}>{t(`categories.${c}`)}</Tag>),
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, p) =>
              p.usedByApprovedCalculation ? (
                <Tag>{t('rewards.policies.used')}</Tag>
              ) : (
                <Button size="small" onClick={() => open(p)}>
                  {t('rewards.policies.edit')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('rewards.policies.add') : t('rewards.policies.edit')}
        onCancel={() => setEditing(undefined)}
        confirmLoading={save.isPending}
        onOk={async () => save.mutate(await form.validateFields())}
        okButtonProps={{ 'data-testid': 'reward-policy-save' } as ButtonProps}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('rewards.policies.name')} rules={[{ required: true, max: 100 }]}>
            <Input data-testid="reward-policy-name" />
          </Form.Item>
          <Form.Item name="validFrom" label={t('rewards.policies.validFrom')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="validTo" label={t('rewards.policies.validTo')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="thresholdYuan" label={t('rewards.policies.threshold')} rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="rate" label={t('rewards.policies.rate')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="annualCapYuan" label={t('rewards.policies.cap')} rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="excludedCategories" label={t('rewards.policies.excluded')}>
            <Select mode="multiple" options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

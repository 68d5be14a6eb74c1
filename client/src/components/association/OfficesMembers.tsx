import { Button, Card, Form, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AssociationMemberDto, AssociationOfficeDto, MemberInput, OfficeInput } from '../../api';
import { EditDeleteLinks, QueryTable } from '../AdminList';
import { FormModal } from '../FormModal';
import { useEmptyStates } from '../ListStates';
import { useCrudMutations } from '../../lib/useCrudMutations';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { textRules } from '../../lib/validation';
import { RegionSelect } from './RegionSelect';

interface RowsQuery {
  isFetching: boolean;
  error: unknown;
  data: unknown;
  refetch: () => unknown;
}

/** How a list's rows are saved: the registry's (by association id) or the portal's (its own association). */
export interface PartOps<TInput, TRow> {
  create: (input: TInput) => Promise<unknown>;
  update: (row: TRow, input: TInput) => Promise<unknown>;
  remove: (row: TRow) => Promise<unknown>;
}

/** 联络处/站: an association's liaison offices, each with its city and contact; editable when `ops` is given. */
export function OfficesSection({
  rows,
  query,
  queryKey,
  ops,
  testIdPrefix,
}: {
  rows: AssociationOfficeDto[] | undefined;
  query: RowsQuery;
  queryKey: QueryKey;
  ops?: PartOps<OfficeInput, AssociationOfficeDto>;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OfficeInput>();
  const empties = useEmptyStates();
  const { editing, openEditor, editorProps, remove } = useCrudMutations<AssociationOfficeDto, OfficeInput>({
    queryKey,
    form,
    toForm: (o) => ({ name: o.name, cityRegionCode: o.cityRegionCode, contactName: o.contactName ?? '', contactPhone: o.contactPhone ?? '' }),
    create: (v) => ops!.create(v),
    update: (o, v) => ops!.update(o, v),
    remove: (o) => ops!.remove(o),
  });
  const columns: ColumnsType<AssociationOfficeDto> = [
    { title: t('associations.officeName'), dataIndex: 'name' },
    { title: t('associations.city'), dataIndex: 'cityName', render: (v: string | null, o) => v ?? o.cityRegionCode },
    { title: t('associations.contactName'), dataIndex: 'contactName', render: (v?: string | null) => v || '—' },
    { title: t('associations.contactPhone'), dataIndex: 'contactPhone', render: (v?: string | null) => v || '—' },
  ];
  if (ops) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, o) => (
        <EditDeleteLinks onEdit={() => openEditor(o)} editTestId={`${testIdPrefix}-office-edit`} deleteConfirm={t('associations.deleteConfirm', { name: o.name })} onDelete={() => remove.mutateAsync(o)} />
      ),
    });
  }

  return (
    <Card
      size="small"
      title={t('associations.offices')}
      data-testid={`${testIdPrefix}-offices`}
      extra={
        ops && (
          <Button icon={<PlusOutlined />} onClick={() => openEditor('new')} data-testid={`${testIdPrefix}-office-add`}>
            {t('associations.addOffice')}
          </Button>
        )
      }
    >
      <QueryTable<AssociationOfficeDto> query={query} rows={rows} empty={empties.nothingYet(ops ? t('associations.addOffice') : undefined, ops ? () => openEditor('new') : undefined)} columns={columns} pagination={false} />
      {ops && (
        <FormModal<OfficeInput> {...editorProps} title={editing === 'new' ? t('associations.addOffice') : t('associations.editOffice')}>
          <Form.Item name="name" label={t('associations.officeName')} rules={textRules(t, 100, true)}>
            <Input data-testid={`${testIdPrefix}-office-name`} />
          </Form.Item>
          <Form.Item name="cityRegionCode" label={t('associations.city')} rules={[{ required: true, message: t('validation.required') }]}>
            <RegionSelect testId={`${testIdPrefix}-office-city`} />
          </Form.Item>
          <Form.Item name="contactName" label={t('associations.contactName')} rules={textRules(t, 64, false)}>
            <Input />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('associations.contactPhone')} rules={textRules(t, 64, false)}>
            <Input />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

/** 会员企业: an association's member companies (credit code when domestic, chain, position); editable when `ops` is given. */
export function MembersSection({
  rows,
  query,
  queryKey,
  ops,
  testIdPrefix,
}: {
  rows: AssociationMemberDto[] | undefined;
  query: RowsQuery;
  queryKey: QueryKey;
  ops?: PartOps<MemberInput, AssociationMemberDto>;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MemberInput>();
  const empties = useEmptyStates();
  const options = useFilingOptions();
  const { editing, openEditor, editorProps, remove } = useCrudMutations<AssociationMemberDto, MemberInput>({
    queryKey,
    form,
    toForm: (m) => ({ companyName: m.companyName, creditCode: m.creditCode ?? '', industryChainId: m.industryChainId ?? undefined, position: m.position ?? '' }),
    create: (v) => ops!.create(v),
    update: (m, v) => ops!.update(m, v),
    remove: (m) => ops!.remove(m),
  });
  const columns: ColumnsType<AssociationMemberDto> = [
    { title: t('associations.companyName'), dataIndex: 'companyName' },
    { title: t('associations.creditCode'), dataIndex: 'creditCode', responsive: ['md'], render: (v?: string | null) => v || '—' },
    { title: t('associations.chain'), dataIndex: 'industryChainName', render: (v?: string | null) => v || '—' },
    { title: t('associations.position'), dataIndex: 'position', render: (v?: string | null) => v || '—' },
  ];
  if (ops) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, m) => (
        <EditDeleteLinks onEdit={() => openEditor(m)} editTestId={`${testIdPrefix}-member-edit`} deleteConfirm={t('associations.deleteConfirm', { name: m.companyName })} onDelete={() => remove.mutateAsync(m)} />
      ),
    });
  }

  return (
    <Card
      size="small"
      title={t('associations.members')}
      data-testid={`${testIdPrefix}-members`}
      extra={
        ops && (
          <Button icon={<PlusOutlined />} onClick={() => openEditor('new')} data-testid={`${testIdPrefix}-member-add`}>
            {t('associations.addMember')}
          </Button>
        )
      }
    >
      <QueryTable<AssociationMemberDto> query={query} rows={rows} empty={empties.nothingYet(ops ? t('associations.addMember') : undefined, ops ? () => openEditor('new') : undefined)} columns={columns} pagination={false} />
      {ops && (
        <FormModal<MemberInput> {...editorProps} title={editing === 'new' ? t('associations.addMember') : t('associations.editMember')}>
          <Form.Item name="companyName" label={t('associations.companyName')} rules={textRules(t, 200, true)}>
            <Input data-testid={`${testIdPrefix}-member-name`} />
          </Form.Item>
          <Form.Item
            name="creditCode"
            label={t('associations.creditCode')}
            extra={t('associations.creditCodeHint')}
            rules={[{ pattern: /^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$/, message: t('associations.creditCodeInvalid') }]}
          >
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="industryChainId" label={t('associations.chain')}>
            <Select allowClear showSearch optionFilterProp="label" options={options.chainOptions} loading={options.loading} />
          </Form.Item>
          <Form.Item name="position" label={t('associations.position')} rules={textRules(t, 32, false)}>
            <Input placeholder={t('associations.positionPlaceholder')} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Checkbox, Form, Input, InputNumber, Segmented, Select, Space, Switch, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditDeleteLinks, QueryTable } from '../components/AdminList';
import { FormModal } from '../components/FormModal';
import { useEmptyStates } from '../components/ListStates';
import { api, type IndustryChainDto, type SourceRegionDto, type SourceRegionKind } from '../api';
import { useAuth } from '../auth/AuthContext';
import { normalizeLanguage } from '../i18n/language';
import { textRules } from '../lib/validation';
import { staleOrGone, useCrudMutations, useListMutation } from '../lib/useCrudMutations';

interface ChainForm {
  code: string;
  name: string;
  nameEn?: string;
  group?: string;
  sortOrder: number;
  isActive: boolean;
}

/** The industry-chain taxonomy; admins add, correct, deactivate and delete (only unused) chains. */
function IndustryChains() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const isAdmin = (user?.roles ?? []).includes('Admin');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [form] = Form.useForm<ChainForm>();
  const empties = useEmptyStates();
  const en = normalizeLanguage(i18n.language) === 'en-US';
  const showInactive = isAdmin && includeInactive;
  const chains = useQuery({
    queryKey: ['industry-chains', showInactive],
    queryFn: ({ signal }) => api.referenceData.industryChains(signal, showInactive),
    staleTime: showInactive ? 0 : 10 * 60_000,
  });
  // The filing form and lists cache the active chains under ['industry-chains']: refresh every variant.
  const queryKey = ['industry-chains'];
  const { editing, openEditor, editorProps, remove } = useCrudMutations<IndustryChainDto, ChainForm>({
    queryKey,
    form,
    newForm: () => ({ sortOrder: ((chains.data ?? []).reduce((m, x) => Math.max(m, x.sortOrder), 0) || 0) + 10, isActive: true }),
    toForm: (c) => ({ code: c.code, name: c.name, nameEn: c.nameEn, group: c.group, sortOrder: c.sortOrder, isActive: c.isActive }),
    create: (v) => api.referenceData.createIndustryChain(v.code, v),
    update: (c, v) => api.referenceData.updateIndustryChain(c.id, { ...v, version: c.version }),
    remove: (c) => api.referenceData.removeIndustryChain(c.id, c.version),
    savedMessage: (editing) => (editing === 'new' ? t('reference.chainCreated') : t('reference.chainSaved')),
    deletedMessage: t('reference.chainDeleted'),
  });

  // Deactivating is always safe: filings keep the chain, new filings can no longer pick it.
  const toggle = useListMutation({
    mutationFn: (c: IndustryChainDto) => api.referenceData.updateIndustryChain(c.id, { ...c, isActive: !c.isActive }),
    queryKey,
    success: (c) => (c.isActive ? t('reference.activated') : t('reference.deactivated')),
    isStale: staleOrGone,
  });

  const columns: ColumnsType<IndustryChainDto> = [
    { title: t('reference.sortOrder'), dataIndex: 'sortOrder', width: 80 },
    { title: t('reference.code'), dataIndex: 'code', width: 140 },
    { title: t('reference.name'), dataIndex: 'name', render: (v: string, c) => (en && c.nameEn ? c.nameEn : v) },
    { title: t('reference.nameAlt'), key: 'alt', render: (_, c) => (en ? c.name : c.nameEn ?? '—'), responsive: ['md'] },
    { title: t('reference.group'), dataIndex: 'group', render: (v?: string) => v ?? '—' },
    {
      title: t('reference.status'),
      dataIndex: 'isActive',
      width: 100,
      render: (v: boolean) => <Badge status={v ? 'success' : 'default'} text={v ? t('reference.active') : t('reference.inactive')} />,
    },
  ];
  if (isAdmin) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, c) => (
        <EditDeleteLinks
          wrap
          plainConfirm
          onEdit={() => openEditor(c)}
          editTestId={`chain-edit-${c.code}`}
          deleteConfirm={t('reference.deleteChainConfirm', { name: c.name })}
          onDelete={() => remove.mutateAsync(c)}
        >
          <Button type="link" size="small" loading={toggle.isPending && toggle.variables?.id === c.id} onClick={() => toggle.mutate(c)} data-testid={`chain-toggle-${c.code}`}>
            {c.isActive ? t('reference.deactivate') : t('reference.activate')}
          </Button>
        </EditDeleteLinks>
      ),
    });
  }
  return (
    <>
      {isAdmin && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor('new')} data-testid="chain-create">
            {t('reference.createChain')}
          </Button>
          <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
            {t('reference.includeInactive')}
          </Checkbox>
        </Space>
      )}
      <QueryTable<IndustryChainDto>
        query={chains}
        rows={chains.data}
        empty={isAdmin ? empties.nothingYet(t('reference.createChain'), () => openEditor('new')) : empties.nothingYet(undefined, undefined, t('lists.referenceEmptyHint'))}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="industry-chains"
      />
      <FormModal<ChainForm> {...editorProps} title={editing === 'new' ? t('reference.createChain') : t('reference.editChain')}>
        <Form.Item
          name="code"
          label={t('reference.code')}
          extra={editing === 'new' ? undefined : t('reference.codeFixed')}
          rules={[...textRules(t, 32, true), { pattern: /^\s*[A-Za-z0-9_-]+\s*$/, message: t('reference.codePattern') }]}
        >
          <Input disabled={editing !== 'new'} />
        </Form.Item>
        <Form.Item name="name" label={t('reference.name')} rules={textRules(t, 100, true)}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('reference.nameEn')} rules={textRules(t, 100)}>
          <Input />
        </Form.Item>
        <Form.Item name="group" label={t('reference.group')} rules={textRules(t, 100)}>
          <Input />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('reference.sortOrder')} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber min={0} max={9999} precision={0} style={{ width: 140 }} />
        </Form.Item>
        {editing !== 'new' && (
          <Form.Item name="isActive" label={t('reference.isActive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}

interface RegionForm {
  code: string;
  name: string;
  nameEn: string;
  isActive: boolean;
}

/**
 * Source regions: provinces, their cities and countries. Admins add a region (the code decides the kind: six digits a
 * province or a city of an existing province, two letters a country), rename it and deactivate or reactivate it.
 */
function Regions() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const isAdmin = (user?.roles ?? []).includes('Admin');
  const en = normalizeLanguage(i18n.language) === 'en-US';
  const [kind, setKind] = useState<SourceRegionKind>('Province');
  const [parentCode, setParentCode] = useState<string>();
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [form] = Form.useForm<RegionForm>();
  const empties = useEmptyStates();
  const showInactive = isAdmin && includeInactive;
  const regions = useQuery({
    queryKey: ['regions', 'admin', kind, kind === 'City' ? parentCode : undefined, showInactive],
    queryFn: ({ signal }) => api.referenceData.regions({ kind, parentCode: kind === 'City' ? parentCode : undefined, includeInactive: showInactive }, signal),
    staleTime: showInactive ? 0 : 10 * 60_000,
  });
  const provinces = useQuery({
    queryKey: ['regions', 'admin', 'Province', undefined, true],
    queryFn: ({ signal }) => api.referenceData.regions({ kind: 'Province', includeInactive: true }, signal),
    staleTime: 10 * 60_000,
    enabled: kind === 'City',
  });
  const label = (r: SourceRegionDto) => (en ? r.nameEn || r.name : r.name);
  const provinceName = new Map((provinces.data ?? []).map((p) => [p.code, label(p)]));
  // The filing form and lists cache the regions under ['regions']: refresh every variant.
  const queryKey = ['regions'];
  const { editing, openEditor, editorProps } = useCrudMutations<SourceRegionDto, RegionForm>({
    queryKey,
    form,
    newForm: () => ({ isActive: true }),
    toForm: (r) => ({ code: r.code, name: r.name, nameEn: r.nameEn, isActive: r.isActive }),
    create: (v) => api.referenceData.createRegion(v),
    update: (r, v) => api.referenceData.updateRegion(r.code, { ...v, version: r.version }),
    savedMessage: (editing) => (editing === 'new' ? t('reference.regionCreated') : t('reference.chainSaved')),
  });
  // Deactivating is always safe: filings keep the region, new values can no longer be it.
  const toggle = useListMutation({
    mutationFn: (r: SourceRegionDto) => api.referenceData.updateRegion(r.code, { ...r, isActive: !r.isActive }),
    queryKey,
    success: (r) => (r.isActive ? t('reference.activated') : t('reference.regionDeactivated')),
    isStale: staleOrGone,
  });

  const needle = search.trim().toLowerCase();
  const rows = (regions.data ?? []).filter((r) => !needle || `${r.code} ${r.name} ${r.nameEn}`.toLowerCase().includes(needle));
  const columns: ColumnsType<SourceRegionDto> = [
    { title: t('reference.regionCode'), dataIndex: 'code', width: 100 },
    { title: t('reference.name'), dataIndex: 'name', render: (_: string, r) => label(r) },
    { title: t('reference.nameAlt'), key: 'alt', render: (_, r) => (en ? r.name : r.nameEn), responsive: ['md'] },
  ];
  if (kind === 'City') {
    columns.push({ title: t('reference.province'), dataIndex: 'parentCode', responsive: ['sm'], render: (v?: string) => (v ? (provinceName.get(v) ?? v) : '—') });
  }
  columns.push({
    title: t('reference.status'),
    dataIndex: 'isActive',
    width: 90,
    render: (v: boolean) => <Badge status={v ? 'success' : 'default'} text={v ? t('reference.active') : t('reference.inactive')} />,
  });
  if (isAdmin) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, r) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => openEditor(r)} data-testid={`region-edit-${r.code}`}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" loading={toggle.isPending && toggle.variables?.code === r.code} onClick={() => toggle.mutate(r)} data-testid={`region-toggle-${r.code}`}>
            {r.isActive ? t('reference.deactivate') : t('reference.activate')}
          </Button>
        </Space>
      ),
    });
  }
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<SourceRegionKind>
          value={kind}
          onChange={setKind}
          options={[
            { value: 'Province', label: t('reference.provinces') },
            { value: 'City', label: t('reference.cities') },
            { value: 'Country', label: t('reference.countries') },
          ]}
          data-testid="region-kind"
          aria-label={t('reference.regions')}
        />
        {kind === 'City' && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('reference.allProvinces')}
            style={{ minWidth: 160 }}
            value={parentCode}
            onChange={setParentCode}
            options={(provinces.data ?? []).map((p) => ({ value: p.code, label: label(p) }))}
            data-testid="region-province"
          />
        )}
        <Input.Search allowClear placeholder={t('reference.regionSearch')} style={{ width: 200 }} onChange={(e) => setSearch(e.target.value)} data-testid="region-search" />
        {isAdmin && (
          <>
            <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
              {t('reference.includeInactive')}
            </Checkbox>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor('new')} data-testid="region-create">
              {t('reference.createRegion')}
            </Button>
          </>
        )}
      </Space>
      <QueryTable<SourceRegionDto>
        query={regions}
        rowKey="code"
        size="small"
        rows={rows}
        empty={
          needle
            ? empties.noMatch()
            : isAdmin
              ? empties.nothingYet(t('reference.createRegion'), () => openEditor('new'))
              : empties.nothingYet(undefined, undefined, t('lists.referenceEmptyHint'))
        }
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="regions"
      />
      <FormModal<RegionForm> {...editorProps} title={editing === 'new' ? t('reference.createRegion') : t('reference.editRegion')}>
        <Form.Item
          name="code"
          label={t('reference.regionCode')}
          extra={editing === 'new' ? t('reference.regionCodeHint') : t('reference.codeFixed')}
          rules={[{ required: true, message: t('validation.required') }, { pattern: /^\s*([0-9]{6}|[A-Za-z]{2})\s*$/, message: t('reference.regionCodePattern') }]}
        >
          <Input disabled={editing !== 'new'} maxLength={8} data-testid="region-code" />
        </Form.Item>
        <Form.Item name="name" label={t('reference.name')} rules={textRules(t, 100, true)}>
          <Input data-testid="region-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('reference.nameEn')} rules={textRules(t, 100, true)}>
          <Input data-testid="region-nameEn" />
        </Form.Item>
        {editing !== 'new' && (
          <Form.Item name="isActive" label={t('reference.isActive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}

export function ReferenceDataPage() {
  const { t } = useTranslation();
  return (
    <Card title={t('nav.referenceData')} className="page-card">
      <Tabs
        items={[
          { key: 'chains', label: t('reference.industryChains'), children: <IndustryChains /> },
          { key: 'regions', label: t('reference.regions'), children: <Regions /> },
        ]}
      />
    </Card>
  );
}

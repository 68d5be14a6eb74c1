import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Form, Input, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, type AssociationDto, type AssociationKind, type AssociationQuery, type AssociationStatus } from '../api';
import { ListToolbarEnd, QueryTable } from '../components/AdminList';
import { ExportButton } from '../components/ExportButton';
import { FormModal } from '../components/FormModal';
import { useEmptyStates } from '../components/ListStates';
import { RegionSelect } from '../components/association/RegionSelect';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../lib/paging';
import { useFilingOptions } from '../lib/useFilingOptions';
import { textRules } from '../lib/validation';
import { useCrudMutations } from '../lib/useCrudMutations';

export const ASSOCIATION_KINDS: AssociationKind[] = [
  'HometownChamberElsewhere',
  'LocalChamberOfOtherRegion',
  'IndustryAssociation',
  'TownshipOrParkChamber',
  'AlumniAssociation',
  'OverseasAssociation',
];

export const ASSOCIATION_STATUSES: AssociationStatus[] = ['Preparatory', 'Established', 'Dissolved'];

export const STATUS_COLORS: Record<AssociationStatus, string> = { Preparatory: 'gold', Established: 'green', Dissolved: 'default' };

interface AssociationForm {
  name: string;
  kind: AssociationKind;
  status: AssociationStatus;
}

/** 商协会名录: the registry, searched by name, kind, status, region (home or an office's city) and a member's chain; exported. */
export function AssociationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState<AssociationQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [form] = Form.useForm<AssociationForm>();
  const empties = useEmptyStates();
  const options = useFilingOptions();

  const list = useQuery({
    queryKey: ['associations', query],
    queryFn: ({ signal }) => api.associations.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const { editing, openEditor, editorProps } = useCrudMutations<AssociationDto, AssociationForm>({
    queryKey: ['associations'],
    form,
    newForm: () => ({ status: 'Established' }),
    toForm: (a) => ({ name: a.name, kind: a.kind, status: a.status }),
    create: async (v) => {
      const created = await api.associations.create(v.name, v.kind, v.status);
      void navigate(`/admin/associations/${created.id}`);
      return created;
    },
    update: (a, v) => api.associations.update(a.id, v.name, v.kind, a.version),
  });

  const columns: ColumnsType<AssociationDto> = [
    {
      title: t('associations.name'),
      dataIndex: 'name',
      render: (name: string, a) => (
        <Link to={`/admin/associations/${a.id}`} data-testid="association-link">
          {name}
        </Link>
      ),
    },
    { title: t('associations.kind'), dataIndex: 'kind', render: (k: AssociationKind) => <Tag>{t(`associationKind.${k}`)}</Tag> },
    { title: t('associations.status'), dataIndex: 'status', render: (s: AssociationStatus) => <Tag color={STATUS_COLORS[s]}>{t(`associationStatus.${s}`)}</Tag> },
    { title: t('associations.homeRegion'), dataIndex: 'homeRegionCode', render: (code?: string | null) => options.regionName(code ?? undefined) },
    { title: t('associations.memberCount'), dataIndex: 'memberCount', responsive: ['lg'], render: (v?: number | null) => v ?? '—' },
    { title: t('associations.liaisonLeader'), dataIndex: 'liaisonLeader', responsive: ['lg'], render: (v?: string | null) => v || '—' },
  ];

  const kindOptions = ASSOCIATION_KINDS.map((k) => ({ value: k, label: t(`associationKind.${k}`) }));
  const statusOptions = ASSOCIATION_STATUSES.map((s) => ({ value: s, label: t(`associationStatus.${s}`) }));
  const filtered = !!(query.search || query.kind || query.status || query.regionCode || query.industryChainId);
  const { page: _page, pageSize: _size, ...filters } = query;
  return (
    <Card title={t('nav.associations')} className="page-card">
      <div className="toolbar">
        <Input.Search allowClear placeholder={t('associations.searchPlaceholder')} style={{ width: 220, maxWidth: '100%' }} onSearch={(search) => setQuery((q) => ({ ...q, search, page: 1 }))} data-testid="association-search" />
        <Select<AssociationKind> allowClear placeholder={t('associations.kind')} style={{ width: 160 }} value={query.kind} onChange={(kind) => setQuery((q) => ({ ...q, kind, page: 1 }))} options={kindOptions} data-testid="association-filter-kind" />
        <Select<AssociationStatus> allowClear placeholder={t('associations.status')} style={{ width: 120 }} value={query.status} onChange={(status) => setQuery((q) => ({ ...q, status, page: 1 }))} options={statusOptions} data-testid="association-filter-status" />
        <div style={{ width: 200, maxWidth: '100%' }}>
          <RegionSelect value={query.regionCode} onChange={(regionCode) => setQuery((q) => ({ ...q, regionCode, page: 1 }))} testId="association-filter-region" />
        </div>
        <Select<string> allowClear showSearch optionFilterProp="label" placeholder={t('associations.memberChain')} style={{ width: 180 }} value={query.industryChainId} onChange={(industryChainId) => setQuery((q) => ({ ...q, industryChainId, page: 1 }))} options={options.chainOptions} data-testid="association-filter-chain" />
        <ExportButton run={() => api.associations.export(filters)} fallbackName={t('associations.exportFileName')} testId="association-export" />
        <ListToolbarEnd onRefresh={() => void list.refetch()} onCreate={() => openEditor('new')} createLabel={t('associations.create')} createTestId="association-create" />
      </div>
      <QueryTable<AssociationDto>
        query={list}
        rows={list.data?.items}
        empty={filtered ? empties.noMatch() : empties.nothingYet(t('associations.create'), () => openEditor('new'))}
        columns={columns}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <FormModal<AssociationForm> {...editorProps} title={editing === 'new' ? t('associations.create') : t('associations.edit')}>
        <Form.Item name="name" label={t('associations.name')} rules={textRules(t, 200, true)}>
          <Input data-testid="association-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('associations.kind')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={kindOptions} data-testid="association-kind" />
        </Form.Item>
        {editing === 'new' && (
          <Form.Item name="status" label={t('associations.status')}>
            <Select options={statusOptions.filter((o) => o.value !== 'Dissolved')} />
          </Form.Item>
        )}
      </FormModal>
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Segmented, Table, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../components/QueryError';
import { api, type IndustryChainDto, type SourceRegionDto, type SourceRegionKind } from '../api';
import { normalizeLanguage } from '../i18n/language';

function IndustryChains() {
  const { t, i18n } = useTranslation();
  const en = normalizeLanguage(i18n.language) === 'en-US';
  const chains = useQuery({ queryKey: ['industry-chains'], queryFn: ({ signal }) => api.referenceData.industryChains(signal), staleTime: 10 * 60_000 });
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
  return (
    <>
      <QueryError error={chains.error} onRetry={() => void chains.refetch()} />
      <Table<IndustryChainDto>
        rowKey="id"
        size="middle"
        loading={chains.isFetching}
        dataSource={chains.data ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
    </>
  );
}

function Regions() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SourceRegionKind>('Province');
  const regions = useQuery({ queryKey: ['regions', kind], queryFn: ({ signal }) => api.referenceData.regions(kind, signal), staleTime: 10 * 60_000 });
  const columns: ColumnsType<SourceRegionDto> = [
    { title: t('reference.regionCode'), dataIndex: 'code', width: 120 },
    { title: t('reference.name'), dataIndex: 'name' },
    { title: t('reference.nameEn'), dataIndex: 'nameEn' },
  ];
  return (
    <>
      <Segmented<SourceRegionKind>
        style={{ marginBottom: 16 }}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'Province', label: t('reference.provinces') },
          { value: 'Country', label: t('reference.countries') },
        ]}
      />
      <QueryError error={regions.error} onRetry={() => void regions.refetch()} />
      <Table<SourceRegionDto>
        rowKey="code"
        size="small"
        loading={regions.isFetching}
        dataSource={regions.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
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

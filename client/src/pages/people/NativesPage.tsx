import { UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Input, Select, Space, Tag } from 'antd';
import type { ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type NativeDto, type NativeInput, type NativeQuery } from '../../api';
import { EditDeleteLinks, ListToolbarEnd, QueryTable } from '../../components/AdminList';
import { ExportButton } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
import { useEmptyStates } from '../../components/ListStates';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { useCrudMutations } from '../../lib/useCrudMutations';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { textRules } from '../../lib/validation';
import { NativeImportDialog } from './NativeImportDialog';
import { RegionPicker } from './RegionPicker';

interface NativeForm {
  name: string;
  nativeCounty?: string;
  company?: string;
  position?: string;
  industryChainId?: string;
  cityRegionCode?: string;
  associationId?: string;
  isListed?: boolean;
  tags?: string[];
  phone?: string;
  email?: string;
}

const toInput = (v: NativeForm): NativeInput => ({ ...v, isListed: !!v.isListed, tags: v.tags ?? [] });

/** 在外知名人士名录: the directory the center targets from, with Excel import and export. */
export function NativesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<NativeQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<NativeForm>();
  const empties = useEmptyStates();
  const options = useFilingOptions(true);

  const list = useQuery({
    queryKey: ['natives', query],
    queryFn: ({ signal }) => api.people.natives.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const { editing, openEditor, editorProps, remove } = useCrudMutations<NativeDto, NativeForm>({
    queryKey: ['natives'],
    form,
    toForm: (n) => ({
      name: n.name,
      nativeCounty: n.nativeCounty ?? undefined,
      company: n.company ?? undefined,
      position: n.position ?? undefined,
      industryChainId: n.industryChainId ?? undefined,
      cityRegionCode: n.cityRegionCode ?? undefined,
      associationId: n.associationId ?? undefined,
      isListed: n.isListed,
      tags: n.tags,
      phone: n.phone ?? undefined,
      email: n.email ?? undefined,
    }),
    create: (v) => api.people.natives.create(toInput(v)),
    update: (n, v) => api.people.natives.update(n.id, toInput(v), n.version),
    remove: (n) => api.people.natives.remove(n.id, n.version),
  });

  const columns: ColumnsType<NativeDto> = [
    { title: t('people.name'), dataIndex: 'name' },
    { title: t('people.nativeCounty'), dataIndex: 'nativeCounty', responsive: ['md'], render: (v?: string | null) => v ?? '—' },
    {
      title: t('people.company'),
      key: 'company',
      render: (_, n) => (
        <Space size={4} wrap>
          {[n.company, n.position].filter(Boolean).join(' ') || '—'}
          {n.isListed && <Tag color="gold">{t('people.listed')}</Tag>}
        </Space>
      ),
    },
    { title: t('people.city'), key: 'city', render: (_, n) => n.cityName ?? n.cityRegionCode ?? '—' },
    { title: t('people.chain'), dataIndex: 'industryChainName', render: (v?: string | null) => v ?? '—' },
    {
      title: t('people.tags'),
      dataIndex: 'tags',
      responsive: ['lg'],
      render: (tags: string[]) => tags.map((tag) => <Tag key={tag} onClick={() => setQuery((q) => ({ ...q, tag, page: 1 }))}>{tag}</Tag>),
    },
    { title: t('people.phone'), dataIndex: 'phone', responsive: ['lg'], render: (v?: string | null) => v ?? '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, n) => <EditDeleteLinks onEdit={() => openEditor(n)} deleteConfirm={t('people.deleteConfirm', { name: n.name })} onDelete={() => remove.mutateAsync(n)} />,
    },
  ];

  const filtered = !!(query.search || query.industryChainId || query.cityRegionCode || query.tag || query.isListed !== undefined);
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return (
    <Card title={t('nav.natives')} className="page-card">
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder={t('people.nativeSearch')}
          style={{ width: 220, maxWidth: '100%' }}
          onSearch={(search) => setQuery((q) => ({ ...q, search, page: 1 }))}
          data-testid="native-search"
        />
        <Select<string>
          allowClear
          placeholder={t('people.chain')}
          style={{ width: 180 }}
          value={query.industryChainId}
          onChange={(industryChainId) => setQuery((q) => ({ ...q, industryChainId, page: 1 }))}
          options={options.chainOptions}
        />
        <RegionPicker
          tree={options.regionTree}
          loading={options.loading}
          value={query.cityRegionCode}
          onChange={(cityRegionCode) => setQuery((q) => ({ ...q, cityRegionCode, page: 1 }))}
          style={{ width: 180 }}
        />
        <Input
          allowClear
          placeholder={t('people.tag')}
          style={{ width: 120 }}
          data-testid="native-tag-filter"
          value={query.tag}
          onChange={(e) => setQuery((q) => ({ ...q, tag: e.target.value || undefined, page: 1 }))}
        />
        <Select<string>
          allowClear
          placeholder={t('people.listed')}
          style={{ width: 120 }}
          value={query.isListed === undefined ? undefined : String(query.isListed)}
          onChange={(v) => setQuery((q) => ({ ...q, isListed: v === undefined ? undefined : v === 'true', page: 1 }))}
          options={[
            { value: 'true', label: t('people.listedYes') },
            { value: 'false', label: t('people.listedNo') },
          ]}
        />
        <ExportButton run={() => api.people.natives.export(filters)} fallbackName={t('people.nativesFileName')} testId="native-export" />
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="native-import">
          {t('people.nativeImport')}
        </Button>
        <ListToolbarEnd onRefresh={() => void list.refetch()} onCreate={() => openEditor('new')} createLabel={t('people.createNative')} createTestId="native-create" />
      </div>
      <QueryTable<NativeDto>
        query={list}
        rows={list.data?.items}
        empty={filtered ? empties.noMatch() : empties.nothingYet(t('people.createNative'), () => openEditor('new'))}
        columns={columns}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <FormModal<NativeForm>
        {...editorProps}
        title={editing === 'new' ? t('people.createNative') : t('people.editNative')}
        okButtonProps={{ 'data-testid': 'native-save' } as ButtonProps}
      >
        <Form.Item name="name" label={t('people.name')} rules={textRules(t, 64, true)}>
          <Input data-testid="native-name" />
        </Form.Item>
        <Form.Item name="nativeCounty" label={t('people.nativeCounty')} rules={textRules(t, 64)}>
          <Input />
        </Form.Item>
        <Form.Item name="company" label={t('people.company')} rules={textRules(t, 200)}>
          <Input />
        </Form.Item>
        <Form.Item name="position" label={t('people.position')} rules={textRules(t, 64)}>
          <Input />
        </Form.Item>
        <Form.Item name="cityRegionCode" label={t('people.city')}>
          <RegionPicker tree={options.regionTree} loading={options.loading} />
        </Form.Item>
        <Form.Item name="industryChainId" label={t('people.chain')}>
          <Select allowClear options={options.chainOptions} />
        </Form.Item>
        <Form.Item name="associationId" label={t('people.association')}>
          <Select allowClear showSearch optionFilterProp="label" options={options.associationOptions} />
        </Form.Item>
        <Form.Item name="isListed" valuePropName="checked">
          <Checkbox>{t('people.listed')}</Checkbox>
        </Form.Item>
        <Form.Item name="tags" label={t('people.tags')} extra={t('people.tagsHint')}>
          <Select mode="tags" maxCount={10} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <Form.Item name="phone" label={t('people.phone')} rules={textRules(t, 64)}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('people.email')} rules={[...textRules(t, 64), { type: 'email', message: t('people.emailInvalid') }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <NativeImportDialog open={importing} onClose={() => setImporting(false)} onImported={() => void queryClient.invalidateQueries({ queryKey: ['natives'] })} />
    </Card>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Form, Input, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditDeleteLinks, ListToolbarEnd, QueryTable } from '../components/AdminList';
import { useEmptyStates } from '../components/ListStates';
import { FormModal } from '../components/FormModal';
import { UnitKindTag } from '../components/UnitKindTag';
import { api, type UnitDto, type UnitKind, type UnitQuery } from '../api';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../lib/paging';
import { formatDateTime } from '../lib/time';
import { useCrudMutations } from '../lib/useCrudMutations';
import { UNIT_CODE_PATTERN, textRules } from '../lib/validation';

const UNIT_KINDS: UnitKind[] = ['Center', 'County', 'Park'];

interface UnitForm {
  code: string;
  name: string;
  kind: UnitKind;
  description?: string;
}

export function UnitsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<UnitQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [form] = Form.useForm<UnitForm>();
  const empties = useEmptyStates();

  const units = useQuery({
    queryKey: ['units', query],
    queryFn: ({ signal }) => api.units.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const { editing, openEditor, editorProps, remove } = useCrudMutations<UnitDto, UnitForm>({
    queryKey: ['units'],
    form,
    toForm: (unit) => ({ code: unit.code, name: unit.name, kind: unit.kind, description: unit.description ?? '' }),
    create: (values) => api.units.create(values),
    update: (unit, values) =>
      api.units.update(unit.id, { name: values.name, kind: values.kind, description: values.description, version: unit.version }),
    remove: (unit) => api.units.remove(unit.id, unit.version),
  });

  const columns: ColumnsType<UnitDto> = [
    { title: t('units.code'), dataIndex: 'code', width: 120 },
    { title: t('units.name'), dataIndex: 'name' },
    { title: t('units.kind'), dataIndex: 'kind', width: 130, render: (k: UnitKind) => <UnitKindTag kind={k} /> },
    { title: t('units.description'), dataIndex: 'description', ellipsis: true, responsive: ['md'] },
    { title: t('common.createdAt'), dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v), responsive: ['lg'] },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, unit) => (
        <EditDeleteLinks
          onEdit={() => openEditor(unit)}
          deleteConfirm={t('units.deleteConfirm', { name: unit.name })}
          onDelete={() => remove.mutateAsync(unit)}
        />
      ),
    },
  ];

  return (
    <Card title={t('nav.units')} className="page-card">
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder={t('units.searchPlaceholder')}
          style={{ width: 260, maxWidth: '100%' }}
          onSearch={(search) => setQuery((q) => ({ ...q, search, page: 1 }))}
        />
        <Select<UnitKind>
          allowClear
          placeholder={t('units.kind')}
          style={{ width: 150 }}
          value={query.kind}
          onChange={(kind) => setQuery((q) => ({ ...q, kind, page: 1 }))}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
        />
        <ListToolbarEnd onRefresh={() => void units.refetch()} onCreate={() => openEditor('new')} createLabel={t('units.create')} createTestId="unit-create" />
      </div>
      <QueryTable<UnitDto>
        query={units}
        rows={units.data?.items}
        empty={query.search || query.kind ? empties.noMatch() : empties.nothingYet(t('units.create'), () => openEditor('new'))}
        columns={columns}
        pagination={serverPagination(t, units.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <FormModal<UnitForm> {...editorProps} title={editing === 'new' ? t('units.create') : t('units.edit')}>
        <Form.Item
          name="code"
          label={t('units.code')}
          rules={[...textRules(t, 32, true), { pattern: UNIT_CODE_PATTERN, message: t('validation.codePattern') }]}
        >
          <Input disabled={editing !== 'new'} />
        </Form.Item>
        <Form.Item name="name" label={t('units.name')} rules={textRules(t, 100, true)}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('units.description')} rules={textRules(t, 500)}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Form, Input, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AssociationDto, type AssociationKind, type AssociationQuery } from '../api';
import { EditDeleteLinks, ListToolbarEnd, QueryTable } from '../components/AdminList';
import { FormModal } from '../components/FormModal';
import { useEmptyStates } from '../components/ListStates';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../lib/paging';
import { formatDateTime } from '../lib/time';
import { textRules } from '../lib/validation';
import { useCrudMutations } from '../lib/useCrudMutations';

const ASSOCIATION_KINDS: AssociationKind[] = [
  'HometownChamberElsewhere',
  'LocalChamberOfOtherRegion',
  'IndustryAssociation',
  'TownshipOrParkChamber',
  'AlumniAssociation',
  'OverseasAssociation',
];

interface AssociationForm {
  name: string;
  kind: AssociationKind;
}

/** 商协会: the associations a filing may name as its introducer. */
export function AssociationsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<AssociationQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [form] = Form.useForm<AssociationForm>();
  const empties = useEmptyStates();

  const list = useQuery({
    queryKey: ['associations', query],
    queryFn: ({ signal }) => api.associations.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const { editing, openEditor, editorProps, remove } = useCrudMutations<AssociationDto, AssociationForm>({
    queryKey: ['associations'],
    form,
    toForm: (a) => ({ name: a.name, kind: a.kind }),
    create: (v) => api.associations.create(v.name, v.kind),
    update: (a, v) => api.associations.update(a.id, v.name, v.kind, a.version),
    remove: (a) => api.associations.remove(a.id, a.version),
  });

  const columns: ColumnsType<AssociationDto> = [
    { title: t('associations.name'), dataIndex: 'name' },
    { title: t('associations.kind'), dataIndex: 'kind', render: (k: AssociationKind) => <Tag>{t(`associationKind.${k}`)}</Tag> },
    { title: t('common.createdAt'), dataIndex: 'createdAt', width: 160, responsive: ['lg'], render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, a) => (
        <EditDeleteLinks
          onEdit={() => openEditor(a)}
          deleteConfirm={t('associations.deleteConfirm', { name: a.name })}
          onDelete={() => remove.mutateAsync(a)}
        />
      ),
    },
  ];

  const kindOptions = ASSOCIATION_KINDS.map((k) => ({ value: k, label: t(`associationKind.${k}`) }));
  return (
    <Card title={t('nav.associations')} className="page-card">
      <div className="toolbar">
        <Input.Search allowClear placeholder={t('associations.searchPlaceholder')} style={{ width: 240, maxWidth: '100%' }} onSearch={(search) => setQuery((q) => ({ ...q, search, page: 1 }))} />
        <Select<AssociationKind> allowClear placeholder={t('associations.kind')} style={{ width: 180 }} value={query.kind} onChange={(kind) => setQuery((q) => ({ ...q, kind, page: 1 }))} options={kindOptions} />
        <ListToolbarEnd
          onRefresh={() => void list.refetch()}
          onCreate={() => openEditor('new')}
          createLabel={t('associations.create')}
          createTestId="association-create"
        />
      </div>
      <QueryTable<AssociationDto>
        query={list}
        rows={list.data?.items}
        empty={query.search || query.kind ? empties.noMatch() : empties.nothingYet(t('associations.create'), () => openEditor('new'))}
        columns={columns}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <FormModal<AssociationForm> {...editorProps} title={editing === 'new' ? t('associations.create') : t('associations.edit')}>
        <Form.Item name="name" label={t('associations.name')} rules={textRules(t, 200, true)}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('associations.kind')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={kindOptions} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AssociationDto, type AssociationKind, type AssociationQuery } from '../api';
import { isConcurrencyConflict } from '../api/problem';
import { QueryError } from '../components/QueryError';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../lib/paging';
import { formatDateTime } from '../lib/time';
import { useProblem } from '../lib/useProblem';

export const ASSOCIATION_KINDS: AssociationKind[] = [
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
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<AssociationQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<AssociationDto | 'new' | null>(null);
  const [form] = Form.useForm<AssociationForm>();

  const list = useQuery({
    queryKey: ['associations', query],
    queryFn: ({ signal }) => api.associations.list(query, signal),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['associations'] });

  const save = useMutation({
    mutationFn: (v: AssociationForm) =>
      editing === 'new' || editing === null ? api.associations.create(v.name, v.kind) : api.associations.update(editing.id, v.name, v.kind, editing.version),
    onSuccess: () => {
      message.success(t('common.saved'));
      setEditing(null);
      void refresh();
    },
    onError: (e) => {
      const p = showProblem(e, form);
      if (isConcurrencyConflict(p)) {
        setEditing(null);
        void refresh();
      }
    },
  });

  const remove = useMutation({
    mutationFn: (a: AssociationDto) => api.associations.remove(a.id, a.version),
    onSuccess: () => {
      message.success(t('common.deleted'));
      void refresh();
    },
    onError: (e) => {
      const p = showProblem(e);
      if (p.status === 409 || p.status === 404) void refresh();
    },
  });

  const openEditor = (a: AssociationDto | 'new') => {
    form.resetFields();
    if (a !== 'new') form.setFieldsValue({ name: a.name, kind: a.kind });
    setEditing(a);
  };

  const columns: ColumnsType<AssociationDto> = [
    { title: t('associations.name'), dataIndex: 'name' },
    { title: t('associations.kind'), dataIndex: 'kind', render: (k: AssociationKind) => <Tag>{t(`associationKind.${k}`)}</Tag> },
    { title: t('common.createdAt'), dataIndex: 'createdAt', width: 160, responsive: ['lg'], render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => openEditor(a)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('associations.deleteConfirm', { name: a.name })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync(a).catch(() => undefined)}
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const kindOptions = ASSOCIATION_KINDS.map((k) => ({ value: k, label: t(`associationKind.${k}`) }));
  return (
    <Card title={t('nav.associations')} className="page-card">
      <div className="toolbar">
        <Input.Search allowClear placeholder={t('associations.searchPlaceholder')} style={{ width: 240, maxWidth: '100%' }} onSearch={(search) => setQuery((q) => ({ ...q, search, page: 1 }))} />
        <Select<AssociationKind> allowClear placeholder={t('associations.kind')} style={{ width: 180 }} value={query.kind} onChange={(kind) => setQuery((q) => ({ ...q, kind, page: 1 }))} options={kindOptions} />
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor('new')} data-testid="association-create">
          {t('associations.create')}
        </Button>
      </div>
      <QueryError error={list.error} onRetry={() => void list.refetch()} />
      <Table<AssociationDto>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('associations.create') : t('associations.edit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form<AssociationForm> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="name" label={t('associations.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('associations.kind')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={kindOptions} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../components/QueryError';
import { api, type UnitDto, type UnitKind, type UnitQuery } from '../api';
import { isConcurrencyConflict } from '../api/problem';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../lib/paging';
import { formatDateTime } from '../lib/time';
import { useProblem } from '../lib/useProblem';
import { UNIT_CODE_PATTERN } from '../lib/validation';

export const UNIT_KINDS: UnitKind[] = ['Center', 'County', 'Park'];
const KIND_COLORS: Record<UnitKind, string> = { Center: 'geekblue', County: 'green', Park: 'purple' };

interface UnitForm {
  code: string;
  name: string;
  kind: UnitKind;
  description?: string;
}

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]}>{t(`unitKind.${kind}`)}</Tag>;
}

export function UnitsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<UnitQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<UnitDto | 'new' | null>(null);
  const [form] = Form.useForm<UnitForm>();

  const units = useQuery({
    queryKey: ['units', query],
    queryFn: ({ signal }) => api.units.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['units'] });

  const save = useMutation({
    mutationFn: (values: UnitForm) =>
      editing === 'new' || editing === null
        ? api.units.create(values)
        : api.units.update(editing.id, { name: values.name, kind: values.kind, description: values.description, version: editing.version }),
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
    mutationFn: (unit: UnitDto) => api.units.remove(unit.id, unit.version),
    onSuccess: () => {
      message.success(t('common.deleted'));
      void refresh();
    },
    onError: (e) => {
      const p = showProblem(e);
      if (p.status === 409 || p.status === 404) void refresh();
    },
  });

  const openEditor = (unit: UnitDto | 'new') => {
    form.resetFields();
    if (unit !== 'new') form.setFieldsValue({ code: unit.code, name: unit.name, kind: unit.kind, description: unit.description ?? '' });
    setEditing(unit);
  };

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
        <Space size={0}>
          <Button type="link" size="small" onClick={() => openEditor(unit)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('units.deleteConfirm', { name: unit.name })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync(unit).catch(() => undefined)}
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
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
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void units.refetch()} aria-label={t('common.refresh')} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor('new')} data-testid="unit-create">
          {t('units.create')}
        </Button>
      </div>
      <QueryError error={units.error} onRetry={() => void units.refetch()} />
      <Table<UnitDto>
        rowKey="id"
        size="middle"
        loading={units.isFetching}
        dataSource={units.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={serverPagination(t, units.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('units.create') : t('units.edit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form<UnitForm> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item
            name="code"
            label={t('units.code')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 32, message: t('validation.maxLength', { max: 32 }) },
              { pattern: UNIT_CODE_PATTERN, message: t('validation.codePattern') },
            ]}
          >
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('units.name')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 100, message: t('validation.maxLength', { max: 100 }) },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('units.description')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

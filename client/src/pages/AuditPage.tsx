import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../components/AdminList';
import { listStates, useEmptyStates } from '../components/ListStates';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../components/QueryError';
import { api, type AuditEntryDto, type AuditQuery } from '../api';
import { diffAudit, type DiffRow } from '../lib/auditDiff';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../lib/paging';
import { dayjs, formatDateTime, TIME_ZONE } from '../lib/time';

const ACTION_COLORS: Record<string, string> = { Created: 'green', Modified: 'blue', Deleted: 'red' };

interface FilterForm {
  entityType?: string;
  entityId?: string;
  userName?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function AuditDiff({ entry }: { entry: AuditEntryDto }) {
  const { t, i18n } = useTranslation();
  const rows = diffAudit(entry.before, entry.after);
  // Snapshots name properties as the code does (camelCase); people read the field's name, the code stays beside it.
  const fieldName = (property: string) => (i18n.exists(`audit.fields.${property}`) ? t(`audit.fields.${property}`) : undefined);
  const columns: ColumnsType<DiffRow> = [
    {
      title: t('audit.property'),
      dataIndex: 'property',
      width: 200,
      render: (v: string) => {
        const name = fieldName(v);
        return name ? (
          <>
            {name} <Typography.Text type="secondary" code>{v}</Typography.Text>
          </>
        ) : (
          <Typography.Text code>{v}</Typography.Text>
        );
      },
    },
    { title: t('audit.before'), dataIndex: 'before', render: (v: string, r) => (r.changed && v ? <Typography.Text delete type="danger">{v}</Typography.Text> : v || '—') },
    { title: t('audit.after'), dataIndex: 'after', render: (v: string, r) => (r.changed && v ? <Typography.Text strong type="success">{v}</Typography.Text> : v || '—') },
  ];
  return (
    <Table<DiffRow>
      size="small"
      rowKey="property"
      pagination={false}
      columns={columns}
      dataSource={rows}
      rowClassName={(r) => (r.changed ? 'diff-changed' : '')}
      locale={{ emptyText: t('audit.noChanges') }}
      data-testid="audit-diff"
    />
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterForm>();
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const empties = useEmptyStates();

  const entityTypes = useQuery({ queryKey: ['audit', 'entity-types'], queryFn: ({ signal }) => api.audit.entityTypes(signal), staleTime: Infinity });
  // The server records CLR type names (ApplicationUser, CarrierUnit …); people read them by i18n key.
  const typeName = (type: string) => t(`audit.entityTypes.${type}`, { defaultValue: type });

  const entries = useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api.audit.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const applyFilters = (v: FilterForm) => {
    const [from, to] = v.range ?? [null, null];
    setQuery((q) => ({
      page: 1,
      pageSize: q.pageSize,
      entityType: v.entityType,
      entityId: v.entityId,
      userName: v.userName,
      from: from ? dayjs.tz(from.format('YYYY-MM-DD'), TIME_ZONE).startOf('day').toISOString() : undefined,
      to: to ? dayjs.tz(to.format('YYYY-MM-DD'), TIME_ZONE).endOf('day').toISOString() : undefined,
    }));
  };

  const columns: ColumnsType<AuditEntryDto> = [
    { title: t('audit.occurredAt'), dataIndex: 'occurredAt', width: 180, render: (v: string) => formatDateTime(v, true) },
    { title: t('audit.user'), dataIndex: 'userName', width: 130, render: (v?: string) => v ?? t('audit.system') },
    { title: t('audit.action'), dataIndex: 'action', width: 100, render: (a: string) => <Tag color={ACTION_COLORS[a]}>{t(`audit.actions.${a}`, a)}</Tag> },
    { title: t('audit.entityType'), dataIndex: 'entityType', width: 130, render: (v: string) => typeName(v) },
    {
      title: t('audit.object'),
      dataIndex: 'entityName',
      render: (name: string, e) => (
        <Typography.Text copyable={{ text: e.entityId }} title={e.entityId} data-testid="audit-object" style={name === e.entityId ? { fontFamily: 'monospace', fontSize: 12 } : undefined}>
          {name}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card title={t('nav.audit')} className="page-card">
      <Form<FilterForm> form={form} layout="inline" onFinish={applyFilters} style={{ rowGap: 8, marginBottom: 16 }}>
        <Form.Item name="entityType">
          <Select
            allowClear
            placeholder={t('audit.allTypes')}
            aria-label={t('audit.entityType')}
            data-testid="audit-type"
            style={{ width: 160 }}
            loading={entityTypes.isLoading}
            options={(entityTypes.data ?? []).map((v) => ({ value: v, label: typeName(v) }))}
          />
        </Form.Item>
        <Form.Item name="entityId">
          <Input allowClear placeholder={t('audit.entityId')} aria-label={t('audit.entityId')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="userName">
          <Input allowClear placeholder={t('audit.user')} aria-label={t('audit.user')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker allowEmpty={[true, true]} aria-label={t('audit.occurredAt')} placeholder={[t('audit.from'), t('audit.to')]} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
            {t('common.search')}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button
            onClick={() => {
              form.resetFields();
              applyFilters({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button icon={<ReloadOutlined />} onClick={() => void entries.refetch()} aria-label={t('common.refresh')} />
        </Form.Item>
      </Form>
      <QueryError error={entries.error} onRetry={() => void entries.refetch()} />
      <ResponsiveTable<AuditEntryDto>
        rowKey="id"
        {...listStates(entries, entries.data?.items, { ...empties.noMatch(), hint: t('lists.auditEmptyHint') })}
        dataSource={entries.data?.items ?? []}
        columns={columns}
        expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} />, rowExpandable: (e) => !!(e.before || e.after) }}
        pagination={serverPagination(t, entries.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
    </Card>
  );
}

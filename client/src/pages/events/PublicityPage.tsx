import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsApi, type PublicityItemDto } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { ResponsiveTable } from '../../components/AdminList';
import { ExportButton } from '../../components/ExportButton';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { dayjs } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useProblem } from '../../lib/useProblem';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);

interface Values {
  medium: string;
  publishedOn: dayjs.Dayjs;
  title: string;
  url: string;
  associationId: string;
}

/** Records or corrects a publicity item; the link must be http(s). */
function PublicityModal({ item, open, onClose }: { item?: PublicityItemDto; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblem();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const options = useFilingOptions(open);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = { medium: v.medium, publishedOn: v.publishedOn.format('YYYY-MM-DD'), title: v.title, url: v.url, associationId: v.associationId };
      return item ? eventsApi.updatePublicity(item.id, body, item.version) : eventsApi.recordPublicity(body);
    },
    onSuccess: () => {
      message.success(t('publicity.saved'));
      void queryClient.invalidateQueries({ queryKey: ['publicity'] });
      onClose();
    },
    onError: (e) => problem(e, form),
  });
  const required = (label: string) => [{ required: true, message: t('filings.errors.required', { label }) }];
  return (
    <Modal
      open={open}
      title={item ? t('publicity.edit') : t('publicity.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, ...({ 'data-testid': 'publicity-save' } as object) }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={item ? { ...item, publishedOn: dayjs(item.publishedOn) } : undefined}
        onFinish={(v) => save.mutate(v)}
        data-testid="publicity-form"
      >
        <Form.Item name="associationId" label={t('publicity.association')} rules={required(t('publicity.association'))}>
          <Select showSearch optionFilterProp="label" options={options.associationOptions} data-testid="publicity-association" />
        </Form.Item>
        <Form.Item name="medium" label={t('publicity.medium')} rules={required(t('publicity.medium'))}>
          <Input maxLength={100} data-testid="publicity-medium" />
        </Form.Item>
        <Form.Item name="publishedOn" label={t('publicity.publishedOn')} rules={required(t('publicity.publishedOn'))}>
          <DatePicker minDate={dayjs('2000-01-01')} maxDate={dayjs('2099-12-31')} data-testid="publicity-date" />
        </Form.Item>
        <Form.Item name="title" label={t('publicity.titleField')} rules={required(t('publicity.titleField'))}>
          <Input maxLength={200} data-testid="publicity-title" />
        </Form.Item>
        <Form.Item
          name="url"
          label={t('publicity.url')}
          rules={[...required(t('publicity.url')), { pattern: /^https?:\/\/\S+$/i, message: t('publicity.urlInvalid') }]}
        >
          <Input maxLength={1000} placeholder="https://" data-testid="publicity-url" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 宣传报道 (/publicity): the center records and corrects items crediting associations; leaders read; filters, paging, export. */
export function PublicityPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const problem = useProblem();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const isCenter = !!user?.roles.some((r) => r === 'Reviewer' || r === 'Admin');
  const options = useFilingOptions(true);
  const [filter, setFilter] = useState<{ year?: number; associationId?: string; search?: string }>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<PublicityItemDto | 'new' | null>(null);
  const query = { ...filter, ...paging };
  const list = useQuery({ queryKey: ['publicity', 'list', query], queryFn: ({ signal }) => eventsApi.publicity(query, signal), placeholderData: keepPreviousData });
  const remove = useMutation({
    mutationFn: (i: PublicityItemDto) => eventsApi.removePublicity(i.id, i.version),
    onSuccess: () => {
      message.success(t('publicity.deleted'));
      void queryClient.invalidateQueries({ queryKey: ['publicity'] });
    },
    onError: (e) => problem(e),
  });
  const change = (next: Partial<typeof filter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPaging((p) => ({ ...p, page: 1 }));
  };

  const columns: ColumnsType<PublicityItemDto> = [
    { title: t('publicity.publishedOn'), dataIndex: 'publishedOn', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
    { title: t('publicity.medium'), dataIndex: 'medium' },
    {
      title: t('publicity.titleField'),
      dataIndex: 'title',
      render: (v: string, i) => (
        <a href={i.url} target="_blank" rel="noopener noreferrer" data-testid="publicity-link">{v}</a>
      ),
    },
    { title: t('publicity.association'), dataIndex: 'associationName' },
    ...(isCenter
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, i: PublicityItemDto) => (
              <Space>
                <Button type="link" onClick={() => setEditing(i)} data-testid="publicity-edit">{t('publicity.edit')}</Button>
                <Popconfirm title={t('publicity.deleteConfirm')} onConfirm={() => remove.mutate(i)}>
                  <Button type="link" danger data-testid="publicity-delete">{t('publicity.delete')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('publicity.title')}
      className="page-card"
      extra={
        <Space wrap>
          <ExportButton run={() => eventsApi.exportPublicity(filter)} fallbackName={t('publicity.exportFileName')} testId="publicity-export" />
          {isCenter && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="publicity-new">{t('publicity.new')}</Button>
          )}
        </Space>
      }
    >
      <div className="toolbar">
        <Select
          allowClear
          placeholder={t('events.year')}
          value={filter.year}
          onChange={(v?: number) => change({ year: v })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ minWidth: 100 }}
          aria-label={t('events.year')}
          data-testid="publicity-year-filter"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('publicity.association')}
          value={filter.associationId}
          onChange={(v?: string) => change({ associationId: v })}
          options={options.associationOptions}
          style={{ minWidth: 180 }}
          aria-label={t('publicity.association')}
          data-testid="publicity-association-filter"
        />
        <Input.Search
          allowClear
          placeholder={t('publicity.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => change({ search: v })}
          style={{ maxWidth: 240 }}
          data-testid="publicity-search"
        />
        <div className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
      </div>
      <QueryError error={list.error} onRetry={() => void list.refetch()} />
      <ResponsiveTable<PublicityItemDto>
        rowKey="id"
        data-testid="publicity-table"
        {...listStates(list, list.data?.items, { description: t('publicity.empty'), hint: isCenter ? t('publicity.emptyHint') : undefined })}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setPaging({ page, pageSize }))}
      />
      <PublicityModal open={editing !== null} item={editing && editing !== 'new' ? editing : undefined} onClose={() => setEditing(null)} />
    </Card>
  );
}

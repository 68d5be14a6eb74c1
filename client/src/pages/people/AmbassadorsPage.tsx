import { FilePdfOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, type AmbassadorDto, type AmbassadorInput, type AmbassadorQuery } from '../../api';
import { toProblem } from '../../api/problem';
import { EditDeleteLinks, ListToolbarEnd, QueryTable } from '../../components/AdminList';
import { ExportButton } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
import { useEmptyStates } from '../../components/ListStates';
import { saveBlob } from '../../lib/download';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { useCrudMutations } from '../../lib/useCrudMutations';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useProblem } from '../../lib/useProblem';
import { textRules } from '../../lib/validation';
import { AmbassadorDetailDrawer } from './AmbassadorDetailDrawer';
import { RegionPicker } from './RegionPicker';

interface AmbassadorForm {
  year: number;
  name: string;
  certificateNumber: string;
  organisation?: string;
  title?: string;
  cityRegionCode?: string;
  industryChainId?: string;
  associationId?: string;
  appointedOn?: Dayjs;
  phone?: string;
  email?: string;
  note?: string;
}

const toInput = (v: AmbassadorForm): AmbassadorInput => ({
  name: v.name,
  certificateNumber: v.certificateNumber,
  organisation: v.organisation,
  title: v.title,
  cityRegionCode: v.cityRegionCode,
  industryChainId: v.industryChainId,
  associationId: v.associationId,
  appointedOn: v.appointedOn?.format('YYYY-MM-DD'),
  phone: v.phone,
  email: v.email,
  note: v.note,
});

/**
 * 招商大使: appointments per year with certificate numbers, reappointment for the next year, the printable certificate, and
 * each ambassador's credited projects and leads (the drawer).
 */
export function AmbassadorsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [query, setQuery] = useState<AmbassadorQuery>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [form] = Form.useForm<AmbassadorForm>();
  const [reappointing, setReappointing] = useState<AmbassadorDto>();
  const [nextNumber, setNextNumber] = useState('');
  const [pdfBusy, setPdfBusy] = useState<string>();
  const [viewing, setViewing] = useState<AmbassadorDto>();
  const empties = useEmptyStates();
  const options = useFilingOptions(true);

  const list = useQuery({
    queryKey: ['ambassadors', query],
    queryFn: ({ signal }) => api.people.ambassadors.list(query, signal),
    placeholderData: keepPreviousData,
  });

  const { editing, openEditor, editorProps, remove } = useCrudMutations<AmbassadorDto, AmbassadorForm>({
    queryKey: ['ambassadors'],
    form,
    toForm: (a) => ({
      year: a.year,
      name: a.name,
      certificateNumber: a.certificateNumber,
      organisation: a.organisation ?? undefined,
      title: a.title ?? undefined,
      cityRegionCode: a.cityRegionCode ?? undefined,
      industryChainId: a.industryChainId ?? undefined,
      associationId: a.associationId ?? undefined,
      appointedOn: a.appointedOn ? dayjs(a.appointedOn) : undefined,
      phone: a.phone ?? undefined,
      email: a.email ?? undefined,
      note: a.note ?? undefined,
    }),
    create: (v) => api.people.ambassadors.create(v.year, toInput(v)),
    update: (a, v) => api.people.ambassadors.update(a.id, toInput(v), a.version),
    remove: (a) => api.people.ambassadors.remove(a.id, a.version),
  });

  const reappoint = useMutation({
    mutationFn: (a: AmbassadorDto) => api.people.ambassadors.reappoint(a.id, nextNumber.trim()),
    onSuccess: async () => {
      setReappointing(undefined);
      await queryClient.invalidateQueries({ queryKey: ['ambassadors'] });
    },
    onError: (error) => showProblem(error),
  });

  const certificate = async (a: AmbassadorDto) => {
    setPdfBusy(a.id);
    try {
      const file = await api.people.ambassadors.certificate(a.id);
      saveBlob(file.data, file.fileName || `${a.certificateNumber}.pdf`);
    } catch (error) {
      // No Chinese font on the server: the print-styled page instead.
      if (toProblem(error).code === 'certificate.font-missing') navigate(`/admin/ambassadors/${a.id}/certificate`);
      else showProblem(error);
    } finally {
      setPdfBusy(undefined);
    }
  };

  const columns: ColumnsType<AmbassadorDto> = [
    { title: t('people.year'), dataIndex: 'year', width: 80 },
    { title: t('people.name'), dataIndex: 'name' },
    { title: t('people.certificateNumber'), dataIndex: 'certificateNumber' },
    { title: t('people.organisation'), key: 'org', render: (_, a) => [a.organisation, a.title].filter(Boolean).join(' ') || '—' },
    { title: t('people.city'), key: 'city', render: (_, a) => a.cityName ?? a.cityRegionCode ?? '—' },
    { title: t('people.chain'), dataIndex: 'industryChainName', responsive: ['lg'], render: (v?: string | null) => v ?? '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, a) => (
        <Space wrap size="small">
          <Button size="small" onClick={() => setViewing(a)} data-testid="ambassador-detail">
            {t('people.work')}
          </Button>
          <Button size="small" icon={<FilePdfOutlined />} loading={pdfBusy === a.id} onClick={() => void certificate(a)} data-testid="ambassador-certificate">
            {t('people.certificate')}
          </Button>
          <Button
            size="small"
            onClick={() => {
              setNextNumber('');
              setReappointing(a);
            }}
            data-testid="ambassador-reappoint"
          >
            {t('people.reappoint')}
          </Button>
          <EditDeleteLinks onEdit={() => openEditor(a)} deleteConfirm={t('people.deleteConfirm', { name: a.name })} onDelete={() => remove.mutateAsync(a)} />
        </Space>
      ),
    },
  ];

  const filtered = !!(query.search || query.year || query.industryChainId || query.cityRegionCode);
  return (
    <Card title={t('nav.ambassadors')} className="page-card">
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder={t('people.ambassadorSearch')}
          style={{ width: 220, maxWidth: '100%' }}
          onSearch={(search) => setQuery((q) => ({ ...q, search, page: 1 }))}
          data-testid="ambassador-search"
        />
        <Select<number>
          allowClear
          placeholder={t('people.year')}
          style={{ width: 110 }}
          value={query.year}
          onChange={(year) => setQuery((q) => ({ ...q, year, page: 1 }))}
          options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
          data-testid="ambassador-year-filter"
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
        <ExportButton run={() => api.people.ambassadors.export(query)} fallbackName={t('people.ambassadorsFileName')} testId="ambassador-export" />
        <ListToolbarEnd onRefresh={() => void list.refetch()} onCreate={() => openEditor('new')} createLabel={t('people.createAmbassador')} createTestId="ambassador-create" />
      </div>
      <QueryTable<AmbassadorDto>
        query={list}
        rows={list.data?.items}
        empty={filtered ? empties.noMatch() : empties.nothingYet(t('people.createAmbassador'), () => openEditor('new'))}
        columns={columns}
        pagination={serverPagination(t, list.data, query, (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })))}
      />
      <FormModal<AmbassadorForm>
        {...editorProps}
        title={editing === 'new' ? t('people.createAmbassador') : t('people.editAmbassador')}
        okButtonProps={{ 'data-testid': 'ambassador-save' } as ButtonProps}
      >
        <Form.Item name="year" label={t('people.year')} initialValue={thisYear} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber min={2000} max={2100} disabled={editing !== 'new'} data-testid="ambassador-year" />
        </Form.Item>
        <Form.Item name="name" label={t('people.name')} rules={textRules(t, 64, true)}>
          <Input data-testid="ambassador-name" />
        </Form.Item>
        <Form.Item name="certificateNumber" label={t('people.certificateNumber')} rules={textRules(t, 32, true)} extra={t('people.certificateHint')}>
          <Input data-testid="ambassador-certificate-number" />
        </Form.Item>
        <Form.Item name="organisation" label={t('people.organisation')} rules={textRules(t, 200)}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('people.title')} rules={textRules(t, 64)}>
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
        <Form.Item name="appointedOn" label={t('people.appointedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="phone" label={t('people.phone')} rules={textRules(t, 64)}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('people.email')} rules={[...textRules(t, 64), { type: 'email', message: t('people.emailInvalid') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('people.note')} rules={textRules(t, 500)}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      <AmbassadorDetailDrawer ambassador={viewing} onClose={() => setViewing(undefined)} />
      <Modal
        open={!!reappointing}
        title={t('people.reappointTitle', { name: reappointing?.name, year: (reappointing?.year ?? thisYear) + 1 })}
        okText={t('people.reappoint')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !nextNumber.trim(), 'data-testid': 'ambassador-reappoint-save' } as ButtonProps}
        confirmLoading={reappoint.isPending}
        onOk={() => reappointing && reappoint.mutate(reappointing)}
        onCancel={() => setReappointing(undefined)}
      >
        <Typography.Paragraph type="secondary">{t('people.reappointHelp')}</Typography.Paragraph>
        <Input
          value={nextNumber}
          maxLength={32}
          placeholder={t('people.certificateNumber')}
          onChange={(e) => setNextNumber(e.target.value)}
          data-testid="ambassador-reappoint-number"
        />
      </Modal>
    </Card>
  );
}

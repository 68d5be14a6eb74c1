import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, eventsApi, type EventAssociationRole, type EventInput, type PromotionEventDto, type PromotionEventKind } from '../../api';
import { dayjs } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { useProblem } from '../../lib/useProblem';
import { useUnitOptions } from '../../lib/useUnitOptions';

export const EVENT_KINDS: PromotionEventKind[] = ['Promotion', 'Negotiation', 'NativesConference', 'Symposium', 'InvestmentTrip'];
export const EVENT_ROLES: EventAssociationRole[] = ['Host', 'CoHost', 'Participant'];

/** Who fills the form: the center (any organiser), a filer (its own unit organises), an association (its own proposal). */
export type EventFormMode = 'center' | 'unit' | 'association';

interface Values {
  kind: PromotionEventKind;
  title: string;
  startsOn: dayjs.Dayjs;
  endsOn: dayjs.Dayjs;
  place: string;
  organiserUnitId?: string;
  ownRole?: EventAssociationRole;
  associations?: { associationId: string; role: EventAssociationRole }[];
  invitedCompanyCount: number;
  invitedCompanies?: string[];
  leadIds?: string[];
  filingIds?: string[];
  summary?: string;
}

function toInput(v: Values): EventInput {
  return {
    kind: v.kind,
    title: v.title,
    startsOn: v.startsOn.format('YYYY-MM-DD'),
    endsOn: v.endsOn.format('YYYY-MM-DD'),
    place: v.place,
    organiserUnitId: v.organiserUnitId || undefined,
    associations: (v.associations ?? []).filter((a) => a?.associationId),
    invitedCompanyCount: v.invitedCompanyCount ?? 0,
    invitedCompanies: v.invitedCompanies ?? [],
    leadIds: v.leadIds ?? [],
    filingIds: v.filingIds ?? [],
    summary: v.summary,
  };
}

/**
 * Records, edits or proposes an event in a dialog: kind, dates (end not before start), place, organiser, associations with
 * their role, companies invited (a count and names), leads and signed projects, a summary. Server field errors land on the fields.
 */
export function EventFormModal({
  open,
  mode,
  event,
  onClose,
  onSaved,
}: {
  open: boolean;
  mode: EventFormMode;
  event?: PromotionEventDto;
  onClose: () => void;
  onSaved: (saved: PromotionEventDto) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblem();
  const [form] = Form.useForm<Values>();
  const options = useFilingOptions(open);
  const units = useUnitOptions(open && mode === 'center');
  const leads = useQuery({
    queryKey: ['leads', 'list', { page: 1, pageSize: 100, purpose: 'event' }],
    queryFn: ({ signal }) => api.leads.list({ page: 1, pageSize: 100 }, signal),
    enabled: open,
  });
  const filings = useQuery({
    queryKey: ['filings', 'list', { page: 1, pageSize: 100, status: 'Approved', purpose: 'event' }],
    queryFn: ({ signal }) => api.filings.list({ page: 1, pageSize: 100, status: 'Approved' }, signal),
    enabled: open && mode !== 'association',
  });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const input = toInput(v);
      if (event) return eventsApi.update(event.id, input, event.version);
      if (mode === 'association') return eventsApi.propose(input, v.ownRole ?? 'Host');
      return eventsApi.record(input);
    },
    onSuccess: (saved) => {
      message.success(t('events.saved'));
      onSaved(saved);
    },
    onError: (e) => problem(e, form),
  });
  const required = (label: string) => [{ required: true, message: t('filings.errors.required', { label }) }];
  const initial: Partial<Values> = event
    ? {
        kind: event.kind,
        title: event.title,
        startsOn: dayjs(event.startsOn),
        endsOn: dayjs(event.endsOn),
        place: event.place,
        organiserUnitId: event.organiserUnitId ?? undefined,
        associations: event.associations.map((a) => ({ associationId: a.associationId, role: a.role })),
        invitedCompanyCount: event.invitedCompanyCount,
        invitedCompanies: event.invitedCompanies,
        leadIds: event.leads.map((l) => l.leadId),
        filingIds: event.signedProjects.map((p) => p.filingId),
        summary: event.summary ?? undefined,
      }
    : { kind: 'Promotion', invitedCompanyCount: 0, ownRole: 'Host', associations: [] };
  const proposing = mode === 'association' && !event;

  return (
    <Modal
      open={open}
      title={event ? t('events.edit') : proposing ? t('events.propose') : t('events.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, ...({ 'data-testid': 'event-save' } as object) }}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} preserve={false} data-testid="event-form">
        <Form.Item name="kind" label={t('events.kind')} rules={required(t('events.kind'))}>
          <Select options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kindName.${k}`) }))} data-testid="event-kind" />
        </Form.Item>
        <Form.Item name="title" label={t('events.titleField')} rules={required(t('events.titleField'))}>
          <Input maxLength={200} data-testid="event-title" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startsOn" label={t('events.startsOn')} rules={required(t('events.startsOn'))}>
            <DatePicker minDate={dayjs('2000-01-01')} maxDate={dayjs('2099-12-31')} data-testid="event-starts-on" />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('events.endsOn')}
            dependencies={['startsOn']}
            rules={[
              ...required(t('events.endsOn')),
              ({ getFieldValue }) => ({
                validator: (_, value?: dayjs.Dayjs) => {
                  const start = getFieldValue('startsOn') as dayjs.Dayjs | undefined;
                  return !value || !start || !value.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('events.endBeforeStart')));
                },
              }),
            ]}
          >
            <DatePicker minDate={dayjs('2000-01-01')} maxDate={dayjs('2099-12-31')} data-testid="event-ends-on" />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('events.place')} rules={required(t('events.place'))}>
          <Input maxLength={200} data-testid="event-place" />
        </Form.Item>
        {mode === 'center' && (
          <Form.Item name="organiserUnitId" label={t('events.organiser')} extra={t('events.organiserHint')}>
            <Select allowClear showSearch optionFilterProp="label" options={units.options} loading={units.loading} data-testid="event-organiser" />
          </Form.Item>
        )}
        {proposing && (
          <Form.Item name="ownRole" label={t('events.ownRole')} rules={required(t('events.ownRole'))}>
            <Select options={EVENT_ROLES.map((r) => ({ value: r, label: t(`events.roleName.${r}`) }))} data-testid="event-own-role" />
          </Form.Item>
        )}
        <Form.Item label={proposing ? t('events.otherAssociations') : t('events.associations')}>
          <Form.List name="associations">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'associationId']} rules={required(t('events.association'))}>
                      <Select showSearch optionFilterProp="label" options={options.associationOptions} style={{ minWidth: 220 }} data-testid="event-association" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'role']} rules={required(t('events.role'))}>
                      <Select options={EVENT_ROLES.map((r) => ({ value: r, label: t(`events.roleName.${r}`) }))} style={{ minWidth: 100 }} data-testid="event-association-role" />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('events.removeAssociation')} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ role: 'Participant' })} data-testid="event-add-association">
                  {t('events.addAssociation')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="invitedCompanyCount" label={t('events.invitedCompanyCount')} rules={required(t('events.invitedCompanyCount'))}>
          <InputNumber min={0} max={100000} precision={0} data-testid="event-invited-count" />
        </Form.Item>
        <Form.Item name="invitedCompanies" label={t('events.invitedCompanies')} extra={t('events.invitedCompaniesHint')}>
          <Select mode="tags" tokenSeparators={['\n', '；', ';']} open={false} data-testid="event-invited-companies" />
        </Form.Item>
        <Form.Item name="leadIds" label={t('events.leads')}>
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            loading={leads.isLoading}
            options={(leads.data?.items ?? []).map((l) => ({ value: l.id, label: l.companyName }))}
            data-testid="event-leads"
          />
        </Form.Item>
        {mode !== 'association' && (
          <Form.Item name="filingIds" label={t('events.signedProjects')}>
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              loading={filings.isLoading}
              options={(filings.data?.items ?? []).map((f) => ({ value: f.id, label: f.projectName ?? f.id }))}
              data-testid="event-filings"
            />
          </Form.Item>
        )}
        <Form.Item name="summary" label={t('events.summary')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} data-testid="event-summary" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

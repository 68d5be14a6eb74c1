import { DeleteOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space, Table, Tabs, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CalendarDayDto, type CalendarDayKind, type CalendarYearDto } from '../api';
import { isConcurrencyConflict, toProblem } from '../api/problem';
import { dayErrors, dayState, isoDate, monthCells, setDay, weekdayMon0, type DayState } from '../lib/calendarMonth';

const STATE_CLASS: Record<DayState, string> = { Holiday: 'cal-holiday', MakeUpWorkday: 'cal-makeup', Weekend: 'cal-weekend', Workday: '' };

interface DayForm {
  kind: CalendarDayKind | 'none';
  name?: string;
}

/**
 * Edits one year of the working-day calendar in the browser: a month view (click a day to make it a holiday or a
 * make-up workday, or clear it) and the list of days, saved with the version read (none for a new year). A stale
 * version shows the standard message and reloads; the server's field errors show on the day they are about.
 */
export function CalendarYearEditor({
  year,
  data,
  onSaved,
  onStale,
}: {
  year: number;
  /** The year as read; undefined for a year the calendar does not hold yet. */
  data?: CalendarYearDto;
  onSaved: (saved: CalendarYearDto) => void;
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [days, setDays] = useState<CalendarDayDto[]>(() => [...(data?.days ?? [])].sort((a, b) => a.date.localeCompare(b.date)));
  const [source, setSource] = useState(data?.source ?? '');
  const [dirty, setDirty] = useState(false);
  const [month, setMonth] = useState(1);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [dayForm] = Form.useForm<DayForm>();
  const [addForm] = Form.useForm<{ date: string; kind: CalendarDayKind; name: string }>();
  const listed = useMemo(() => new Map(days.map((d) => [d.date, d])), [days]);
  const weekdays = useMemo(() => {
    const names = t('calendar.weekdaysShort').split(/[,，]/);
    return names.length === 7 ? names : ['1', '2', '3', '4', '5', '6', '7'];
  }, [t]);

  const change = (next: CalendarDayDto[]) => {
    setDays(next);
    setDirty(true);
  };

  const save = useMutation({
    mutationFn: (sent: CalendarDayDto[]) => api.calendar.save(year, sent, source, data?.version),
    onSuccess: (saved) => {
      setErrors({});
      setDirty(false);
      message.success(t('calendar.saved', { year: saved.year }));
      onSaved(saved);
    },
    onError: (e, sent) => {
      const p = toProblem(e);
      if (isConcurrencyConflict(p)) {
        message.error(t('errors.concurrency'));
        setErrors({});
        onStale();
        return;
      }
      const byDay = dayErrors(p.errors, sent);
      if (Object.keys(byDay).length === 0) byDay[''] = [p.detail || p.title || t('errors.generic')];
      setErrors(byDay);
    },
  });

  const openDay = (date: string) => {
    const d = listed.get(date);
    dayForm.setFieldsValue({ kind: d?.kind ?? 'none', name: d?.name ?? '' });
    setEditing(date);
  };

  const applyDay = (v: DayForm) => {
    if (!editing) return;
    change(setDay(days, editing, v.kind === 'none' ? undefined : v.kind, v.name));
    setEditing(null);
  };

  const addDay = (v: { date: string; kind: CalendarDayKind; name: string }) => {
    change(setDay(days, v.date, v.kind, v.name));
    addForm.resetFields();
  };

  const general = errors[''] ?? [];
  const monthName = (m: number) => new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString(i18n.language.startsWith('zh') ? 'zh-CN' : 'en-US', { month: 'long', timeZone: 'UTC' });

  const monthView = (
    <div data-testid="calendar-month">
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" icon={<LeftOutlined />} disabled={month === 1} onClick={() => setMonth(month - 1)} aria-label={t('calendar.prevMonth')} />
        <Select
          size="small"
          value={month}
          onChange={setMonth}
          style={{ width: 110 }}
          aria-label={t('calendar.month')}
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: monthName(i + 1) }))}
        />
        <Button size="small" icon={<RightOutlined />} disabled={month === 12} onClick={() => setMonth(month + 1)} aria-label={t('calendar.nextMonth')} />
      </Space>
      <div className="cal-grid">
        {weekdays.map((w) => (
          <div key={w} className="cal-head">
            {w}
          </div>
        ))}
        {monthCells(year, month).map((date, i) => {
          if (!date) return <div key={`empty-${i}`} />;
          const state = dayState(date, listed);
          const d = listed.get(date);
          return (
            <button
              type="button"
              key={date}
              className={`cal-day ${STATE_CLASS[state]}`}
              data-state={state}
              aria-label={`${date} ${t(`calendar.state.${state}`)}${d?.name ? ` ${d.name}` : ''}`}
              title={errors[date]?.join(' ')}
              style={errors[date] ? { outline: '2px solid #ff4d4f' } : undefined}
              onClick={() => openDay(date)}
            >
              <span className="cal-num">{Number(date.slice(8))}</span>
              <span className="cal-name">{d ? d.name || t(`calendar.${d.kind}`) : ''}</span>
            </button>
          );
        })}
      </div>
      <div className="cal-legend" style={{ marginTop: 8, fontSize: 12 }}>
        {(['Workday', 'Weekend', 'Holiday', 'MakeUpWorkday'] as DayState[]).map((s) => (
          <span key={s} className={`cal-day ${STATE_CLASS[s]}`}>
            {t(`calendar.state.${s}`)}
          </span>
        ))}
      </div>
    </div>
  );

  const listView = (
    <>
      <Form form={addForm} layout="inline" onFinish={addDay} style={{ marginBottom: 12, rowGap: 8 }} data-testid="calendar-add-day">
        <Form.Item
          name="date"
          rules={[
            { required: true, message: t('validation.required') },
            { pattern: new RegExp(`^${year}-\\d{2}-\\d{2}$`), message: t('calendar.dateInYear', { year }) },
          ]}
        >
          <Input type="date" min={isoDate(year, 1, 1)} max={isoDate(year, 12, 31)} aria-label={t('calendar.date')} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="kind" initialValue="Holiday" rules={[{ required: true }]}>
          <Select
            aria-label={t('calendar.kind')}
            style={{ width: 120 }}
            options={[
              { value: 'Holiday', label: t('calendar.Holiday') },
              { value: 'MakeUpWorkday', label: t('calendar.MakeUpWorkday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
          <Input placeholder={t('calendar.namePlaceholder')} aria-label={t('calendar.name')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">{t('calendar.addDay')}</Button>
        </Form.Item>
      </Form>
      <Table<CalendarDayDto>
        rowKey="date"
        size="small"
        data-testid="calendar-days"
        dataSource={days}
        pagination={false}
        scroll={{ x: 'max-content', y: 480 }}
        locale={{ emptyText: t('calendar.noDays') }}
        columns={[
          { title: t('calendar.date'), dataIndex: 'date', width: 110 },
          { title: t('calendar.weekday'), dataIndex: 'date', key: 'weekday', width: 70, render: (d: string) => weekdays[weekdayMon0(d)] },
          {
            title: t('calendar.kind'),
            dataIndex: 'kind',
            width: 130,
            render: (k: CalendarDayKind, d) => (
              <Select
                size="small"
                value={k}
                style={{ width: 120 }}
                aria-label={`${d.date} ${t('calendar.kind')}`}
                onChange={(kind) => change(setDay(days, d.date, kind, d.name))}
                options={[
                  { value: 'Holiday', label: t('calendar.Holiday') },
                  { value: 'MakeUpWorkday', label: t('calendar.MakeUpWorkday') },
                ]}
              />
            ),
          },
          {
            title: t('calendar.name'),
            dataIndex: 'name',
            render: (name: string, d) => (
              <>
                <Input size="small" value={name} aria-label={`${d.date} ${t('calendar.name')}`} status={errors[d.date] ? 'error' : undefined} onChange={(e) => change(days.map((x) => (x.date === d.date ? { ...x, name: e.target.value } : x)))} />
                {errors[d.date] && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="calendar-day-error">
                    {errors[d.date].join(' ')}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: '',
            key: 'remove',
            width: 48,
            render: (_, d) => <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('calendar.removeDay')} ${d.date}`} onClick={() => change(setDay(days, d.date, undefined))} />,
          },
        ]}
      />
    </>
  );

  return (
    <div data-testid="calendar-editor">
      <Space wrap style={{ marginBottom: 12, width: '100%' }}>
        <Input
          value={source}
          onChange={(e) => {
            setSource(e.target.value);
            setDirty(true);
          }}
          placeholder={t('calendar.sourcePlaceholder')}
          aria-label={t('calendar.source')}
          status={errors.source ? 'error' : undefined}
          style={{ width: 280, maxWidth: '100%' }}
        />
        <Button type="primary" loading={save.isPending} disabled={!dirty && !!data} onClick={() => save.mutate(days)} data-testid="calendar-save">
          {data ? t('common.save') : t('calendar.createYear', { year })}
        </Button>
        {dirty && <Typography.Text type="warning">{t('calendar.unsaved')}</Typography.Text>}
      </Space>
      {errors.source && (
        <Typography.Paragraph type="danger" style={{ fontSize: 12 }}>
          {errors.source.join(' ')}
        </Typography.Paragraph>
      )}
      {general.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="calendar-save-errors" message={general.join(' ')} />}
      {Object.keys(errors).some((k) => k !== '' && k !== 'source') && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="calendar-field-errors"
          message={Object.entries(errors)
            .filter(([k]) => k !== '' && k !== 'source')
            .map(([k, v]) => `${k}：${v.join(' ')}`)
            .join('；')}
        />
      )}
      <Tabs
        items={[
          { key: 'month', label: t('calendar.monthView'), children: monthView },
          { key: 'list', label: `${t('calendar.listView')} (${days.length})`, children: listView },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing ? `${editing} ${weekdays[weekdayMon0(editing)]}` : ''}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'calendar-day-ok' } as ButtonProps}
        onOk={() => dayForm.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form<DayForm> form={dayForm} layout="vertical" onFinish={applyDay}>
          <Form.Item name="kind" label={t('calendar.kind')}>
            <Radio.Group>
              <Radio value="none">{t('calendar.state.regular')}</Radio>
              <Radio value="Holiday">{t('calendar.Holiday')}</Radio>
              <Radio value="MakeUpWorkday">{t('calendar.MakeUpWorkday')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {({ getFieldValue }) =>
              getFieldValue('kind') !== 'none' && (
                <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
                  <Input placeholder={t('calendar.namePlaceholder')} data-testid="calendar-day-name" />
                </Form.Item>
              )
            }
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

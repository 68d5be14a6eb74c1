import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, InputNumber, Row, Space, Spin, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CalendarYearSummaryDto } from '../api';
import { toProblem } from '../api/problem';
import { CalendarImportHint } from '../components/CalendarImportHint';
import { CalendarYearEditor } from '../components/CalendarYearEditor';
import { listStates } from '../components/ListStates';
import { QueryError } from '../components/QueryError';
import { dayjs } from '../lib/time';

/**
 * What a year without a notice is counted with until an admin saves it: its statutory holidays (named "春节（暂定）" by the
 * server), no make-up working days.
 */
function ProvisionalHolidays({ year }: { year: number }) {
  const { t } = useTranslation();
  const days = useQuery({
    queryKey: ['calendar', 'days', year],
    queryFn: ({ signal }) => api.calendar.days(`${year}-01-01`, `${year}-12-31`, signal),
  });
  const holidays = (days.data ?? []).filter((d) => d.kind === 'Holiday' && d.provisional);
  if (holidays.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="calendar-provisional-holidays"
      message={t('calendar.provisionalTitle', { year })}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('calendar.provisionalHint')}
          </Typography.Paragraph>
          {holidays.map((d) => (
            <div key={d.date}>
              {d.date} {d.name}
            </div>
          ))}
        </>
      }
    />
  );
}

/** 工作日历: the official holiday and make-up workday schedule per year: viewed, edited day by day, created, imported from JSON. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<number | null>(null);
  const [importYear, setImportYear] = useState<number>(dayjs().year() + 1);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [newYear, setNewYear] = useState<number>(dayjs().year() + 1);

  const years = useQuery({ queryKey: ['calendar', 'years'], queryFn: ({ signal }) => api.calendar.years(signal) });
  const year = useQuery({
    queryKey: ['calendar', 'year', selected],
    queryFn: ({ signal }) => api.calendar.year(selected!, signal),
    enabled: selected !== null && (years.data ?? []).some((y) => y.year === selected),
  });
  const selectedIsNew = selected !== null && years.isSuccess && !years.data.some((y) => y.year === selected);

  const importFile = useMutation({
    mutationFn: (file: File) => {
      const existing = years.data?.find((y) => y.year === importYear);
      return api.calendar.import(importYear, file, file.name, existing?.version);
    },
    onSuccess: (y) => {
      setImportErrors([]);
      message.success(t('calendar.imported', { year: y.year }));
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
      setSelected(y.year);
    },
    onError: (e) => {
      const p = toProblem(e);
      const lines = p.errors ? Object.entries(p.errors).map(([k, v]) => `${k}: ${v.join(' ')}`) : [];
      setImportErrors(lines.length > 0 ? lines : [p.detail || p.title || t('errors.generic')]);
      if (p.status === 409) void queryClient.invalidateQueries({ queryKey: ['calendar'] });
    },
  });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card title={t('nav.calendar')} className="page-card">
          <QueryError error={years.error} onRetry={() => void years.refetch()} />
          <Table<CalendarYearSummaryDto>
            rowKey="year"
            size="small"
            data-testid="calendar-years"
            {...listStates(years, years.data, { description: t('calendar.empty'), hint: t('lists.calendarEmptyHint') })}
            dataSource={years.data ?? []}
            pagination={false}
            tableLayout="fixed"
            rowClassName={(y) => (y.year === selected ? 'ant-table-row-selected' : '')}
            onRow={(y) => ({ onClick: () => setSelected(y.year), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('calendar.year'), dataIndex: 'year', width: 70 },
              { title: t('calendar.holidays'), dataIndex: 'holidays', width: 80 },
              { title: t('calendar.makeUpWorkdays'), dataIndex: 'makeUpWorkdays', width: 90 },
              { title: t('calendar.source'), dataIndex: 'source', ellipsis: { showTitle: true }, responsive: ['sm'], render: (v?: string) => v || '—' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('calendar.newYear')}
          </Typography.Title>
          <Space wrap>
            <InputNumber min={2000} max={2100} value={newYear} onChange={(v) => v && setNewYear(v)} aria-label={t('calendar.newYear')} />
            <Button
              icon={<PlusOutlined />}
              data-testid="calendar-new-year"
              onClick={() => {
                if (years.data?.some((y) => y.year === newYear)) message.info(t('calendar.yearExists', { year: newYear }));
                setSelected(newYear);
              }}
            >
              {t('calendar.createYearButton')}
            </Button>
          </Space>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('calendar.import')}
          </Typography.Title>
          <Space wrap>
            <InputNumber min={2000} max={2100} value={importYear} onChange={(v) => v && setImportYear(v)} aria-label={t('calendar.importYear')} addonBefore={t('calendar.importYear')} />
            <Upload
              accept=".json,application/json"
              showUploadList={false}
              beforeUpload={(file) => {
                importFile.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={importFile.isPending} data-testid="calendar-import">
                {t('calendar.import')}
              </Button>
            </Upload>
          </Space>
          <CalendarImportHint year={importYear} />
          {importErrors.length > 0 && (
            <Alert type="error" showIcon data-testid="calendar-import-errors" message={t('errors.generic')} description={importErrors.map((l) => <div key={l}>{l}</div>)} closable onClose={() => setImportErrors([])} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={selected ? `${selected} · ${t('calendar.days')}` : t('calendar.days')} className="page-card">
          {selected === null ? (
            <Empty description={t('calendar.noYear')} />
          ) : selectedIsNew ? (
            <>
              <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('calendar.newYearHint', { year: selected })} />
              <ProvisionalHolidays year={selected} />
              <CalendarYearEditor
                key={`${selected}-new`}
                year={selected}
                onSaved={(y) => {
                  queryClient.setQueryData(['calendar', 'year', y.year], y);
                  void queryClient.invalidateQueries({ queryKey: ['calendar', 'years'] });
                }}
                onStale={() => void queryClient.invalidateQueries({ queryKey: ['calendar'] })}
              />
            </>
          ) : (
            <>
              <QueryError error={year.error} onRetry={() => void year.refetch()} />
              {year.isLoading || !year.data ? (
                !year.error && <Spin style={{ display: 'block', margin: '32px auto' }} />
              ) : (
                <CalendarYearEditor
                  key={`${selected}-${year.data.version}`}
                  year={selected}
                  data={year.data}
                  onSaved={(y) => {
                    queryClient.setQueryData(['calendar', 'year', y.year], y);
                    void queryClient.invalidateQueries({ queryKey: ['calendar', 'years'] });
                  }}
                  onStale={() => void queryClient.invalidateQueries({ queryKey: ['calendar'] })}
                />
              )}
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../lib/download';
import { dayjs } from '../lib/time';

interface TemplateDay {
  date: string;
  kind: 'Holiday' | 'MakeUpWorkday';
  name: string;
}

/** A year's import template: 1 January as a holiday and the first Sunday of February as a make-up working day, to be edited. */
export function calendarTemplate(year: number, source: string, newYear: string, spring: string) {
  const feb = dayjs(`${year}-02-01`);
  const sunday = feb.add((7 - feb.day()) % 7, 'day');
  const days: TemplateDay[] = [
    { date: `${year}-01-01`, kind: 'Holiday', name: newYear },
    { date: sunday.format('YYYY-MM-DD'), kind: 'MakeUpWorkday', name: spring },
  ];
  return { year, source, days };
}

/** The calendar import's format in words, a small example of `days`, and a template to download for the chosen year. */
export function CalendarImportHint({ year }: { year: number }) {
  const { t } = useTranslation();
  const template = calendarTemplate(year, t('calendar.templateSource', { year: year - 1 }), t('calendar.templateNewYear'), t('calendar.templateSpring'));
  const fields = [
    { field: 'date', meaning: t('calendar.importDate'), example: template.days.map((d) => d.date).join(' / ') },
    { field: 'kind', meaning: t('calendar.importKind'), example: template.days.map((d) => d.kind).join(' / ') },
    { field: 'name', meaning: t('calendar.importName'), example: template.days.map((d) => d.name).join(' / ') },
  ];
  return (
    <div data-testid="calendar-import-hint" style={{ marginTop: 8 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('calendar.importHint')}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="field"
        pagination={false}
        title={() => t('calendar.importExample')}
        dataSource={fields}
        columns={[
          { title: t('calendar.importField'), dataIndex: 'field', width: 70, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('calendar.importMeaning'), dataIndex: 'meaning' },
          { title: t('calendar.importSample'), dataIndex: 'example', render: (v: string) => <span style={{ wordBreak: 'break-word' }}>{v}</span> },
        ]}
      />
      <Button
        type="link"
        icon={<DownloadOutlined aria-hidden />}
        style={{ paddingInline: 0 }}
        data-testid="calendar-import-template"
        onClick={() => saveBlob(new Blob([JSON.stringify(template, null, 2)], { type: 'application/json' }), `calendar-${year}.json`)}
      >
        {t('calendar.importTemplate')}
      </Button>
    </div>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type PublicationSummaryDto } from '../api';
import { listStates } from '../components/ListStates';
import { QueryError } from '../components/QueryError';
import { useProblem } from '../lib/useProblem';
import { formatDate, formatDateTime } from '../lib/time';
import { PublicityPeriod } from '../components/PublicityPeriod';

/** 公示管理: the publications, and publishing a completed week by hand (idempotent on the server). */
export function PublicationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showProblem = useProblem();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [week, setWeek] = useState<Dayjs | null>(null);
  const list = useQuery({ queryKey: ['publications', page, pageSize], queryFn: ({ signal }) => api.publications.list({ page, pageSize }, signal) });
  const publish = useMutation({
    mutationFn: (weekStart: string) => api.publications.publish(weekStart),
    onSuccess: (p) => {
      void message.success(t('publications.published', { label: t('publications.label', { year: p.year, number: p.number }) }));
      setWeek(null);
      void queryClient.invalidateQueries({ queryKey: ['publications'] });
    },
    onError: (error) => showProblem(error),
  });

  return (
    <Card title={t('publications.title')} className="page-card">
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="week"
          value={week}
          onChange={setWeek}
          placeholder={t('publications.pickWeek')}
          data-testid="publications-week"
        />
        <Button
          type="primary"
          disabled={!week}
          loading={publish.isPending}
          data-testid="publications-publish"
          onClick={() => week && publish.mutate(week.day(1).format('YYYY-MM-DD'))}
        >
          {t('publications.publishWeek')}
        </Button>
        <Link to="/public/publications" target="_blank">
          {t('publications.openPublic')}
        </Link>
      </Space>
      <Typography.Paragraph type="secondary">{t('publications.publishHint')}</Typography.Paragraph>
      {list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<PublicationSummaryDto>
          rowKey="id"
          size="small"
          {...listStates(list, list.data?.items, { description: t('publications.empty'), hint: t('lists.publicationsHint') })}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 720 }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.totalCount ?? 0,
            size: 'small',
            showSizeChanger: true,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          columns={[
            {
              title: t('publications.number'),
              key: 'label',
              render: (_, p) => <Link to={`/public/publications/${p.id}`}>{t('publications.label', { year: p.year, number: p.number })}</Link>,
            },
            { title: t('publications.weekLabel'), key: 'week', render: (_, p) => `${formatDate(p.weekStart)} ~ ${formatDate(p.weekEnd)}` },
            { title: t('publications.publishedAt'), dataIndex: 'publishedAt', render: (v: string) => formatDateTime(v) },
            { title: t('publications.periodLabel'), key: 'period', render: (_, p) => <PublicityPeriod p={p} /> },
            { title: t('publications.entries'), dataIndex: 'entryCount', align: 'right' },
          ]}
        />
      )}
    </Card>
  );
}

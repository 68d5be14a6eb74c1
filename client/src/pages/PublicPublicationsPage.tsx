import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Descriptions, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, evaluationsApi, type PublicationDto, type PublicationEntryDto } from '../api';
import { ObjectionFormModal } from '../components/ObjectionForm';
import { DetailGrid } from '../components/DetailGrid';
import { EntryStatusTag } from '../components/ObjectionTags';
import { PublicFrame } from '../components/PublicFrame';
import { PublicityPeriod } from '../components/PublicityPeriod';
import { QueryError } from '../components/QueryError';
import { formatWan } from '../lib/money';
import { canObject } from '../lib/publications';
import { formatDate, formatDateTime } from '../lib/time';
import { useIsMobile } from '../lib/useIsMobile';

/** Anyone: the weekly publications, newest first. */
export function PublicPublicationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['public-publications', page],
    queryFn: ({ signal }) => api.publications.publicList({ page, pageSize: 20 }, signal),
  });
  // The published 榜单 of the associations' yearly evaluation, newest first: a link per year (nothing while none is published),
  // underlined: a link inside a line of text must not be told apart by its colour alone (axe link-in-text-block).
  const boards = useQuery({ queryKey: ['public-evaluations'], queryFn: ({ signal }) => evaluationsApi.publicYears(signal) });
  return (
    <PublicFrame>
      <Card
        title={t('publications.publicTitle')}
        className="page-card"
        extra={
          <Link to="/public/objections/status" data-testid="public-objection-status-link">
            {t('publications.checkObjection')}
          </Link>
        }
      >
        <Typography.Paragraph type="secondary">{t('publications.publicIntro')}</Typography.Paragraph>
        {!!boards.data?.length && (
          <Typography.Paragraph data-testid="public-evaluation-links">
            {t('evaluations.publicBoards')}
            {boards.data.map((b) => (
              <Link key={b.year} to={`/public/evaluations/${b.year}`} style={{ marginInlineStart: 8, textDecoration: 'underline' }} data-testid={`public-evaluation-link-${b.year}`}>
                {t('evaluations.publicBoardYear', { year: b.year })}
              </Link>
            ))}
          </Typography.Paragraph>
        )}
        {list.error ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <List
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publications.empty')} /> }}
            pagination={{ current: page, pageSize: 20, total: list.data?.totalCount ?? 0, size: 'small', hideOnSinglePage: true, onChange: setPage }}
            renderItem={(p) => (
              <List.Item data-testid="public-publication-item">
                <List.Item.Meta
                  title={<Link to={`/public/publications/${p.id}`}>{t('publications.label', { year: p.year, number: p.number })}</Link>}
                  description={
                    <Space direction="vertical" size={0}>
                      <span>{t('publications.week', { from: formatDate(p.weekStart), to: formatDate(p.weekEnd) })}</span>
                      <span>
                        <PublicityPeriod p={p} withLabel />
                      </span>
                    </Space>
                  }
                />
                <Tag>{t('publications.entryCount', { count: p.entryCount })}</Tag>
              </List.Item>
            )}
          />
        )}
      </Card>
    </PublicFrame>
  );
}

/**
 * Anyone: one publication with its projects (public fields only) and their status. Cards on a phone, a table otherwise.
 * During the publicity period each standing project offers 提出异议.
 */
export function PublicPublicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [objecting, setObjecting] = useState<PublicationEntryDto | null>(null);
  const queryKey = ['public-publication', id];
  const query = useQuery({ queryKey, queryFn: ({ signal }) => api.publications.publicGet(id, signal) });
  const p = query.data;
  // The public answer may be cached for a minute: the entry just objected to is shown under re-review at once.
  const markUnderReReview = (entryId: string) =>
    queryClient.setQueryData<PublicationDto>(queryKey, (old) =>
      old && { ...old, entries: old.entries.map((e) => (e.id === entryId ? { ...e, status: 'UnderReReview' as const } : e)) },
    );
  const objectButton = (e: PublicationEntryDto) =>
    p && canObject(p, e) ? (
      <Button size="small" onClick={() => setObjecting(e)} data-testid="entry-object">
        {t('objections.lodge')}
      </Button>
    ) : null;
  const columns = [
    { title: t('publications.position'), dataIndex: 'position', width: 64 },
    { title: t('publications.projectName'), dataIndex: 'projectName' },
    { title: t('publications.investorName'), dataIndex: 'investorName' },
    { title: t('publications.unitName'), dataIndex: 'unitName' },
    { title: t('publications.industryChain'), dataIndex: 'industryChainName', render: (v?: string) => v ?? '—' },
    { title: t('publications.sourceRegion'), dataIndex: 'sourceRegionName', render: (v?: string) => v ?? '—' },
    { title: t('publications.plannedTotal'), dataIndex: 'plannedTotalInvestment', align: 'right' as const, render: (v: number) => formatWan(v) },
    { title: t('publications.stage'), dataIndex: 'stage', render: (v: string) => t(`stage.${v}`) },
    { title: t('publications.entryStatus'), dataIndex: 'status', render: (_: unknown, e: PublicationEntryDto) => <EntryStatusTag status={e.status} /> },
    ...(p?.acceptsObjections ? [{ title: t('common.actions'), key: 'object', render: (_: unknown, e: PublicationEntryDto) => objectButton(e) }] : []),
  ];
  return (
    <PublicFrame>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/public/publications">{t('publications.publicTitle')}</Link> }, { title: p ? t('publications.label', { year: p.year, number: p.number }) : '…' }]} />
      {query.error ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Card loading={query.isLoading} className="page-card" title={p ? t('publications.label', { year: p.year, number: p.number }) : undefined}>
          {p && (
            <>
              <DetailGrid bordered={false} style={{ marginBottom: 12 }} data-testid="publication-info">
                <Descriptions.Item label={t('publications.weekLabel')}>{`${formatDate(p.weekStart)} ~ ${formatDate(p.weekEnd)}`}</Descriptions.Item>
                <Descriptions.Item label={t('publications.publishedAt')}>{formatDateTime(p.publishedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('publications.periodLabel')} span="filled">
                  <PublicityPeriod p={p} />
                </Descriptions.Item>
              </DetailGrid>
              {/* The way to 异议查询 sits under the text, not beside it: on a phone a side action squeezes the text to a column. */}
              <Alert
                type={p.acceptsObjections ? 'info' : 'warning'}
                showIcon
                style={{ marginBottom: 12 }}
                data-testid={p.acceptsObjections ? 'objections-open' : 'objections-closed'}
                message={
                  <>
                    <div>{p.acceptsObjections ? t('publications.objectionsOpen', { to: formatDate(p.publicityEndsOn) }) : t('publications.objectionsClosed')}</div>
                    <Link to="/public/objections/status" data-testid="public-objection-status-link" style={{ display: 'inline-block', marginTop: 4 }}>
                      {t('publications.checkObjection')}
                    </Link>
                  </>
                }
              />
              {isMobile ? (
                <List
                  dataSource={p.entries}
                  renderItem={(e: PublicationEntryDto) => (
                    <List.Item data-testid="public-entry">
                      <Space direction="vertical" size={2} style={{ width: '100%' }}>
                        <Typography.Text strong>{`${e.position}. ${e.projectName}`}</Typography.Text>
                        <span>{e.investorName}</span>
                        <span>{`${e.unitName} · ${e.industryChainName ?? '—'} · ${e.sourceRegionName ?? '—'}`}</span>
                        <span>{`${formatWan(e.plannedTotalInvestment)} ${t('publications.wan')} · ${t(`stage.${e.stage}`)}`}</span>
                        <Space wrap>
                          <EntryStatusTag status={e.status} />
                          {objectButton(e)}
                        </Space>
                      </Space>
                    </List.Item>
                  )}
                />
              ) : (
                <Table<PublicationEntryDto> rowKey="id" size="small" pagination={false} columns={columns} dataSource={p.entries} scroll={{ x: 1000 }} />
              )}
            </>
          )}
        </Card>
      )}
      {p && objecting && (
        <ObjectionFormModal
          publicationId={p.id}
          entry={objecting}
          onClose={() => setObjecting(null)}
          onLodged={() => markUnderReReview(objecting.id)}
          onStale={() => void query.refetch()}
        />
      )}
    </PublicFrame>
  );
}

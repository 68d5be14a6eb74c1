import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Card, Descriptions, Empty, Layout, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, type PublicationEntry, type PublicationSummary } from '../api';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { QueryError } from '../components/QueryError';
import { formatWan } from '../lib/money';
import { formatDate, formatDateTime } from '../lib/time';
import { useIsMobile } from '../lib/useIsMobile';

/** The frame of the public pages: no login, no menu; a title, the language switch and the way to sign in. */
function PublicFrame({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, paddingInline: 16 }}>
        <Link to="/public/publications" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {t('publications.publicTitle')}
        </Link>
        <Space>
          <LanguageSwitch />
          <Link to="/login" style={{ color: '#fff' }} data-testid="public-login-link">
            {t('publications.staffLogin')}
          </Link>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 1200, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
    </Layout>
  );
}

/** "公示期：2025-03-10 至 2025-03-17（5 个工作日）". */
export function PublicityPeriod({ p }: { p: PublicationSummary }) {
  const { t } = useTranslation();
  return <>{t('publications.period', { from: formatDate(p.publishedOn), to: formatDate(p.publicityEndsOn), days: p.publicityWorkingDays })}</>;
}

/** Anyone: the weekly publications, newest first. */
export function PublicPublicationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['public-publications', page],
    queryFn: ({ signal }) => api.publications.publicList({ page, pageSize: 20 }, signal),
  });
  return (
    <PublicFrame>
      <Card title={t('publications.publicTitle')} className="page-card">
        <Typography.Paragraph type="secondary">{t('publications.publicIntro')}</Typography.Paragraph>
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
                        <PublicityPeriod p={p} />
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

/** Anyone: one publication with its projects (public fields only). Cards on a phone, a table otherwise. */
export function PublicPublicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const isMobile = useIsMobile();
  const query = useQuery({ queryKey: ['public-publication', id], queryFn: ({ signal }) => api.publications.publicGet(id, signal) });
  const p = query.data;
  const columns = [
    { title: t('publications.position'), dataIndex: 'position', width: 64 },
    { title: t('publications.projectName'), dataIndex: 'projectName' },
    { title: t('publications.investorName'), dataIndex: 'investorName' },
    { title: t('publications.unitName'), dataIndex: 'unitName' },
    { title: t('publications.industryChain'), dataIndex: 'industryChainName', render: (v?: string) => v ?? '—' },
    { title: t('publications.sourceRegion'), dataIndex: 'sourceRegionName', render: (v?: string) => v ?? '—' },
    { title: t('publications.plannedTotal'), dataIndex: 'plannedTotalInvestment', align: 'right' as const, render: (v: number) => formatWan(v) },
    { title: t('publications.stage'), dataIndex: 'stage', render: (v: string) => t(`stage.${v}`) },
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
              <Descriptions size="small" column={isMobile ? 1 : 3} style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('publications.weekLabel')}>{`${formatDate(p.weekStart)} ~ ${formatDate(p.weekEnd)}`}</Descriptions.Item>
                <Descriptions.Item label={t('publications.publishedAt')}>{formatDateTime(p.publishedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('publications.periodLabel')}>
                  <PublicityPeriod p={p} />
                </Descriptions.Item>
              </Descriptions>
              {isMobile ? (
                <List
                  dataSource={p.entries}
                  renderItem={(e: PublicationEntry) => (
                    <List.Item data-testid="public-entry">
                      <Space direction="vertical" size={2} style={{ width: '100%' }}>
                        <Typography.Text strong>{`${e.position}. ${e.projectName}`}</Typography.Text>
                        <span>{e.investorName}</span>
                        <span>{`${e.unitName} · ${e.industryChainName ?? '—'} · ${e.sourceRegionName ?? '—'}`}</span>
                        <span>{`${formatWan(e.plannedTotalInvestment)} ${t('publications.wan')} · ${t(`stage.${e.stage}`)}`}</span>
                      </Space>
                    </List.Item>
                  )}
                />
              ) : (
                <Table<PublicationEntry> rowKey="id" size="small" pagination={false} columns={columns} dataSource={p.entries} scroll={{ x: 900 }} />
              )}
            </>
          )}
        </Card>
      )}
    </PublicFrame>
  );
}

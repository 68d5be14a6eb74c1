import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AssociationPortalDto, type CreditedProjectDto } from '../../api';
import { QueryTable } from '../../components/AdminList';
import { DetailGrid } from '../../components/DetailGrid';
import { useEmptyStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { MembersSection, OfficesSection } from '../../components/association/OfficesMembers';
import { formatWan } from '../../lib/money';
import { DEFAULT_PAGE_SIZE, serverPagination } from '../../lib/paging';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { STATUS_COLORS } from '../AssociationsPage';
import { EventsSection } from './EventsSection';
import { LeadsSection } from './LeadsSection';
import { RewardsSection } from './RewardsSection';
import { EvaluationSection } from './EvaluationSection';

/**
 * 我的商会: the home page of a user of role Association (its own association only): its profile, its credited projects with
 * their progress and verified funds in place, its offices and members (which it may update), then the sections of other work
 * (leads, rewards) in their own files.
 */
export function AssociationPortalPage() {
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const home = useQuery({
    queryKey: ['association-portal', paging],
    queryFn: ({ signal }) => api.associationPortal.home(paging.page, paging.pageSize, signal),
    placeholderData: keepPreviousData,
  });
  const profile = home.data?.profile;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="association-portal">
      <QueryError error={home.error} onRetry={() => void home.refetch()} />
      <ProfileCard data={home.data} loading={home.isLoading} />
      <CreditedProjects data={home.data} query={home} onPage={(page, pageSize) => setPaging({ page, pageSize })} paging={paging} />
      <OfficesSection
        rows={profile?.offices}
        query={home}
        queryKey={['association-portal']}
        testIdPrefix="portal"
        ops={{
          create: (v) => api.associationPortal.createOffice(v),
          update: (o, v) => api.associationPortal.updateOffice(o.id, v, o.version),
          remove: (o) => api.associationPortal.removeOffice(o.id, o.version),
        }}
      />
      <MembersSection
        rows={profile?.members}
        query={home}
        queryKey={['association-portal']}
        testIdPrefix="portal"
        ops={{
          create: (v) => api.associationPortal.createMember(v),
          update: (m, v) => api.associationPortal.updateMember(m.id, v, m.version),
          remove: (m) => api.associationPortal.removeMember(m.id, m.version),
        }}
      />
      <LeadsSection />
      <EventsSection />
      <RewardsSection />
      <EvaluationSection />
    </Space>
  );
}

function ProfileCard({ data, loading }: { data?: AssociationPortalDto; loading: boolean }) {
  const { t } = useTranslation();
  const options = useFilingOptions();
  const a = data?.profile;
  return (
    <Card
      size="small"
      loading={loading}
      data-testid="portal-profile"
      title={
        a ? (
          <Space wrap>
            <span>{a.name}</span>
            <Tag color={STATUS_COLORS[a.status]}>{t(`associationStatus.${a.status}`)}</Tag>
          </Space>
        ) : (
          t('nav.association')
        )
      }
    >
      {a && (
        <DetailGrid
          items={[
            { key: 'kind', label: t('associations.kind'), children: t(`associationKind.${a.kind}`) },
            { key: 'region', label: t('associations.homeRegion'), children: options.regionName(a.homeRegionCode ?? undefined) },
            { key: 'founded', label: t('associations.foundedOn'), children: a.foundedOn ?? '—' },
            { key: 'members', label: t('associations.memberCount'), children: a.memberCount ?? '—' },
            { key: 'liaison', label: t('associations.liaisonLeader'), children: a.liaisonLeader || '—' },
            { key: 'president', label: t('associations.president'), children: a.presidentName || '—' },
            { key: 'secretary', label: t('associations.secretaryGeneral'), children: a.secretaryGeneralName || '—' },
            {
              key: 'ratings',
              label: t('associations.ratings'),
              children:
                a.ratings.length === 0 ? (
                  '—'
                ) : (
                  <Space wrap size={4}>
                    {a.ratings.map((r) => (
                      <Tag key={r.id} color="blue">
                        {r.year} {t(`associationRating.${r.level}`)}
                      </Tag>
                    ))}
                  </Space>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}

function CreditedProjects({
  data,
  query,
  paging,
  onPage,
}: {
  data?: AssociationPortalDto;
  query: Parameters<typeof QueryTable>[0]['query'];
  paging: { page: number; pageSize: number };
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const empties = useEmptyStates();
  const columns: ColumnsType<CreditedProjectDto> = [
    { title: t('portal.projectName'), dataIndex: 'projectName' },
    { title: t('portal.unit'), dataIndex: 'unitName', render: (v?: string | null) => v || '—' },
    {
      title: t('portal.progress'),
      key: 'progress',
      render: (_, p) => (
        <Space size={4} wrap>
          {p.stage && <Tag>{t(`stage.${p.stage}`)}</Tag>}
          {p.projectStatus && p.projectStatus !== 'Active' && <Tag color="red">{t(`portal.projectStatus.${p.projectStatus}`)}</Tag>}
        </Space>
      ),
    },
    { title: t('portal.plannedTotal'), dataIndex: 'plannedTotalInvestment', align: 'right', responsive: ['md'], render: (v?: number | null) => formatWan(v) },
    { title: t('portal.verifiedFunds'), dataIndex: 'verifiedFundsInPlace', align: 'right', render: (v: number) => formatWan(v) },
  ];
  return (
    <Card size="small" title={t('portal.creditedProjects')} data-testid="portal-credited-projects">
      <QueryTable<CreditedProjectDto>
        rowKey="filingId"
        query={query}
        rows={data?.creditedProjects.items}
        empty={empties.nothingYet(undefined, undefined, t('portal.creditedEmptyHint'))}
        columns={columns}
        pagination={serverPagination(t, data?.creditedProjects, paging, onPage)}
      />
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, type AssociationDetailDto, type AssociationKind, type AssociationRatingDto, type AssociationRatingLevel, type AssociationStatus } from '../../api';
import { QueryTable } from '../../components/AdminList';
import { QueryError } from '../../components/QueryError';
import { DetailGrid } from '../../components/DetailGrid';
import { useEmptyStates } from '../../components/ListStates';
import { MembersSection, OfficesSection } from '../../components/association/OfficesMembers';
import { RegionSelect } from '../../components/association/RegionSelect';
import { useAuth } from '../../auth/AuthContext';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { staleOrGone, staleVersion, useListMutation } from '../../lib/useCrudMutations';
import { textRules } from '../../lib/validation';
import { ASSOCIATION_KINDS, STATUS_COLORS } from '../AssociationsPage';

interface ProfileForm {
  name: string;
  kind: AssociationKind;
  homeRegionCode?: string;
  foundedOn?: Dayjs | null;
  memberCount?: number | null;
  liaisonLeader?: string;
  presidentName?: string;
  presidentContact?: string;
  secretaryGeneralName?: string;
  secretaryGeneralContact?: string;
}

const LEVELS: AssociationRatingLevel[] = ['National', 'Provincial', 'Municipal'];

/** The next statuses an association may take (筹备组 → 已成立 → 已注销, or 筹备组 → 已注销). */
const NEXT: Record<AssociationStatus, AssociationStatus[]> = { Preparatory: ['Established', 'Dissolved'], Established: ['Dissolved'], Dissolved: [] };

/** One association of the registry: its profile with officers and contacts, 四好商会 ratings, offices and members. */
export function AssociationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const canWrite = hasRole('Admin', 'Reviewer');
  const detail = useQuery({ queryKey: ['associations', 'detail', id], queryFn: ({ signal }) => api.associations.get(id, signal) });
  const a = detail.data;

  const status = useListMutation({
    mutationFn: (to: AssociationStatus) => api.associations.changeStatus(id, to, a!.version),
    queryKey: ['associations'],
    success: t('common.saved'),
    isStale: staleVersion,
  });

  return (
    <Card
      className="page-card"
      title={
        <Space wrap>
          <span data-testid="association-title">{a?.name ?? t('nav.associations')}</span>
          {a && <Tag color={STATUS_COLORS[a.status]} data-testid="association-status">{t(`associationStatus.${a.status}`)}</Tag>}
        </Space>
      }
      extra={
        canWrite &&
        a && (
          <Space wrap>
            {NEXT[a.status].map((to) => (
              <Popconfirm key={to} title={t('associations.statusConfirm', { status: t(`associationStatus.${to}`) })} onConfirm={() => status.mutateAsync(to)}>
                <Button danger={to === 'Dissolved'} loading={status.isPending} data-testid={`association-status-${to}`}>
                  {t(`associations.to${to}`)}
                </Button>
              </Popconfirm>
            ))}
          </Space>
        )
      }
    >
      <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      {a && (
        <Tabs
          items={[
            { key: 'profile', label: t('associations.profile'), children: <ProfileTab association={a} canWrite={canWrite} /> },
            { key: 'ratings', label: t('associations.ratings'), children: <RatingsTab association={a} canWrite={canWrite} query={detail} /> },
            {
              key: 'offices',
              label: t('associations.offices'),
              children: (
                <OfficesSection
                  rows={a.offices}
                  query={detail}
                  queryKey={['associations']}
                  testIdPrefix="association"
                  ops={
                    canWrite
                      ? {
                          create: (v) => api.associations.createOffice(id, v),
                          update: (o, v) => api.associations.updateOffice(id, o.id, v, o.version),
                          remove: (o) => api.associations.removeOffice(id, o.id, o.version),
                        }
                      : undefined
                  }
                />
              ),
            },
            {
              key: 'members',
              label: t('associations.members'),
              children: (
                <MembersSection
                  rows={a.members}
                  query={detail}
                  queryKey={['associations']}
                  testIdPrefix="association"
                  ops={
                    canWrite
                      ? {
                          create: (v) => api.associations.createMember(id, v),
                          update: (m, v) => api.associations.updateMember(id, m.id, v, m.version),
                          remove: (m) => api.associations.removeMember(id, m.id, m.version),
                        }
                      : undefined
                  }
                />
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

function ProfileTab({ association: a, canWrite }: { association: AssociationDetailDto; canWrite: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProfileForm>();
  const options = useFilingOptions();
  useEffect(() => {
    form.setFieldsValue({
      name: a.name,
      kind: a.kind,
      homeRegionCode: a.homeRegionCode ?? undefined,
      foundedOn: a.foundedOn ? dayjs(a.foundedOn) : null,
      memberCount: a.memberCount ?? null,
      liaisonLeader: a.liaisonLeader ?? '',
      presidentName: a.presidentName ?? '',
      presidentContact: a.presidentContact ?? '',
      secretaryGeneralName: a.secretaryGeneralName ?? '',
      secretaryGeneralContact: a.secretaryGeneralContact ?? '',
    });
  }, [a, form]);
  const save = useListMutation({
    mutationFn: (v: ProfileForm) =>
      api.associations.saveProfile(a.id, { ...v, foundedOn: v.foundedOn ? v.foundedOn.format('YYYY-MM-DD') : undefined }, a.version),
    queryKey: ['associations'],
    form,
    success: t('common.saved'),
    isStale: staleVersion,
  });

  if (!canWrite) {
    return (
      <DetailGrid
        items={[
          { key: 'kind', label: t('associations.kind'), children: t(`associationKind.${a.kind}`) },
          { key: 'region', label: t('associations.homeRegion'), children: options.regionName(a.homeRegionCode ?? undefined) },
          { key: 'founded', label: t('associations.foundedOn'), children: a.foundedOn ?? '—' },
          { key: 'members', label: t('associations.memberCount'), children: a.memberCount ?? '—' },
          { key: 'liaison', label: t('associations.liaisonLeader'), children: a.liaisonLeader || '—' },
          { key: 'president', label: t('associations.president'), children: officer(a.presidentName, a.presidentContact) },
          { key: 'secretary', label: t('associations.secretaryGeneral'), children: officer(a.secretaryGeneralName, a.secretaryGeneralContact) },
        ]}
      />
    );
  }

  const kindOptions = ASSOCIATION_KINDS.map((k) => ({ value: k, label: t(`associationKind.${k}`) }));
  return (
    <Form<ProfileForm> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} style={{ maxWidth: 720 }}>
      <Form.Item name="name" label={t('associations.name')} rules={textRules(t, 200, true)}>
        <Input data-testid="association-profile-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('associations.kind')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={kindOptions} />
      </Form.Item>
      <Form.Item name="homeRegionCode" label={t('associations.homeRegion')}>
        <RegionSelect testId="association-home-region" />
      </Form.Item>
      <Space wrap size="middle">
        <Form.Item name="foundedOn" label={t('associations.foundedOn')}>
          <DatePicker minDate={dayjs('1900-01-01')} maxDate={dayjs('2099-12-31')} />
        </Form.Item>
        <Form.Item name="memberCount" label={t('associations.memberCount')}>
          <InputNumber min={0} max={1_000_000} precision={0} data-testid="association-member-count" />
        </Form.Item>
      </Space>
      <Form.Item name="liaisonLeader" label={t('associations.liaisonLeader')} rules={textRules(t, 64)}>
        <Input placeholder={t('associations.liaisonPlaceholder')} />
      </Form.Item>
      <Space wrap size="middle" align="start">
        <Form.Item name="presidentName" label={t('associations.president')} rules={textRules(t, 64)}>
          <Input data-testid="association-president" />
        </Form.Item>
        <Form.Item name="presidentContact" label={t('associations.presidentContact')} rules={textRules(t, 64)}>
          <Input data-testid="association-president-contact" />
        </Form.Item>
      </Space>
      <Space wrap size="middle" align="start">
        <Form.Item name="secretaryGeneralName" label={t('associations.secretaryGeneral')} rules={textRules(t, 64)}>
          <Input />
        </Form.Item>
        <Form.Item name="secretaryGeneralContact" label={t('associations.secretaryGeneralContact')} rules={textRules(t, 64)}>
          <Input />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="association-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

const officer = (name?: string | null, contact?: string | null) => (name ? (contact ? `${name}（${contact}）` : name) : '—');

function RatingsTab({ association: a, canWrite, query }: { association: AssociationDetailDto; canWrite: boolean; query: Parameters<typeof QueryTable>[0]['query'] }) {
  const { t } = useTranslation();
  const empties = useEmptyStates();
  const [form] = Form.useForm<{ level: AssociationRatingLevel; year: number }>();
  const add = useListMutation({
    mutationFn: (v: { level: AssociationRatingLevel; year: number }) => api.associations.addRating(a.id, v.level, v.year),
    queryKey: ['associations'],
    form,
    success: t('common.saved'),
  });
  const remove = useListMutation({
    mutationFn: (r: AssociationRatingDto) => api.associations.removeRating(a.id, r.id, r.version),
    queryKey: ['associations'],
    success: t('common.deleted'),
    isStale: staleOrGone,
  });
  const columns: ColumnsType<AssociationRatingDto> = [
    { title: t('associations.ratingYear'), dataIndex: 'year', width: 100 },
    { title: t('associations.ratingLevel'), dataIndex: 'level', render: (l: AssociationRatingLevel) => <Tag color="blue">{t(`associationRating.${l}`)}</Tag> },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, r) => (
        <Popconfirm title={t('associations.deleteConfirm', { name: `${r.year} ${t(`associationRating.${r.level}`)}` })} onConfirm={() => remove.mutateAsync(r)}>
          <Button type="link" size="small" danger>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && (
        <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} initialValues={{ level: 'Municipal', year: new Date().getFullYear() - 1 }}>
          <Form.Item name="level" rules={[{ required: true, message: t('validation.required') }]}>
            <Select style={{ width: 140 }} options={LEVELS.map((l) => ({ value: l, label: t(`associationRating.${l}`) }))} data-testid="association-rating-level" />
          </Form.Item>
          <Form.Item name="year" rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={2000} max={2099} precision={0} data-testid="association-rating-year" />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending} data-testid="association-rating-add">
            {t('associations.addRating')}
          </Button>
        </Form>
      )}
      <QueryTable<AssociationRatingDto> query={query} rows={a.ratings} empty={empties.nothingYet()} columns={columns} pagination={false} />
    </Space>
  );
}

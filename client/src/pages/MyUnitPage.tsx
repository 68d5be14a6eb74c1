import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useAuth } from '../auth/AuthContext';
import { formatDateTime } from '../lib/time';
import { DetailGrid } from '../components/DetailGrid';
import { UnitKindTag } from '../components/UnitKindTag';

export function MyUnitPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const unitId = user?.unitId ?? undefined;
  const unit = useQuery({
    queryKey: ['units', 'detail', unitId],
    queryFn: ({ signal }) => api.units.get(unitId!, signal),
    enabled: !!unitId,
  });

  return (
    <Card title={t('nav.myUnit')} className="page-card">
      {!unitId ? (
        <Empty description={t('myUnit.none')} />
      ) : unit.isPending ? (
        <Skeleton active />
      ) : unit.isError ? (
        <Empty description={t('errors.loadFailed')} />
      ) : (
        <DetailGrid data-testid="my-unit">
          <Descriptions.Item label={t('units.name')}>{unit.data.name}</Descriptions.Item>
          <Descriptions.Item label={t('units.code')}>{unit.data.code}</Descriptions.Item>
          <Descriptions.Item label={t('units.kind')}>
            <UnitKindTag kind={unit.data.kind} />
          </Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(unit.data.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('units.description')} span="filled">
            {unit.data.description || '—'}
          </Descriptions.Item>
        </DetailGrid>
      )}
    </Card>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Drawer, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ReserveRegionDto } from '../../api';
import { formatYi } from '../../lib/money';
import { useIsMobile } from '../../lib/useIsMobile';
import { QueryError } from '../QueryError';
import { ReserveProjectsTable } from './ReserveProjectsTable';

export const RESERVE_REGION_PAGE_SIZE = 20;

/** "查看全部": one region's reserve projects, largest first, paged on the server. */
export function ReserveRegionDrawer({ region, onClose }: { region: ReserveRegionDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [paging, setPaging] = useState({ code: '', page: 1, pageSize: RESERVE_REGION_PAGE_SIZE });
  // A different region starts at its first page.
  const current = region && paging.code === region.code ? paging : { code: region?.code ?? '', page: 1, pageSize: paging.pageSize };
  const page = useQuery({
    queryKey: ['reserve-list', 'region', current.code, current.page, current.pageSize],
    queryFn: ({ signal }) => api.reserveList.region(current.code, current.page, current.pageSize, signal),
    enabled: !!region,
    placeholderData: keepPreviousData,
  });
  const data = page.data?.code === current.code ? page.data : undefined;

  return (
    <Drawer
      open={!!region}
      onClose={onClose}
      width={mobile ? '100%' : 860}
      title={region ? t('reserve.regionTitle', { region: region.label }) : undefined}
      destroyOnHidden
      data-testid="reserve-region-drawer"
    >
      {region && (
        <Typography.Paragraph type="secondary" data-testid="reserve-region-summary">
          {t('reserve.regionSummary', {
            count: data?.totalCount ?? region.count,
            amount: formatYi(data?.plannedTotalInvestment ?? region.plannedTotalInvestment),
          })}
        </Typography.Paragraph>
      )}
      {page.error ? (
        <QueryError error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <ReserveProjectsTable
          projects={data?.items ?? []}
          loading={page.isFetching}
          emptyText={t('reserve.regionEmpty')}
          testId="reserve-region-table"
          pagination={{
            current: current.page,
            pageSize: current.pageSize,
            total: data?.totalCount ?? 0,
            showSizeChanger: !mobile,
            pageSizeOptions: [10, 20, 50],
            simple: mobile,
            onChange: (p, size) => setPaging({ code: current.code, page: size === current.pageSize ? p : 1, pageSize: size }),
          }}
        />
      )}
    </Drawer>
  );
}

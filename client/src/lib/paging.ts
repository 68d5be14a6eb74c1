import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

export const DEFAULT_PAGE_SIZE = 20;

/** antd Table pagination driven by the server's page/pageSize/totalCount. */
export function serverPagination(
  t: TFunction,
  data: { page: number; pageSize: number; totalCount: number } | undefined,
  query: { page: number; pageSize: number },
  onChange: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  return {
    current: query.page,
    pageSize: query.pageSize,
    total: data?.totalCount ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => t('common.total', { count: total }),
    onChange: (page, pageSize) => onChange(pageSize !== query.pageSize ? 1 : page, pageSize),
  };
}

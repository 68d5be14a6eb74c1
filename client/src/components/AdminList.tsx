import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table } from 'antd';
import type { TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from './QueryError';

/*
 * The parts every admin list is made of (units, users, associations, industry chains, API keys), with FormModal for
 * their editors; the save and delete behind them is lib/useCrudMutations.
 */

/** The right end of a list's toolbar: reload, and the primary "create" button. */
export function ListToolbarEnd({
  onRefresh,
  onCreate,
  createLabel,
  createTestId,
}: {
  onRefresh: () => void;
  onCreate?: () => void;
  createLabel?: ReactNode;
  createTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="grow" />
      <Button icon={<ReloadOutlined />} onClick={onRefresh} aria-label={t('common.refresh')} />
      {onCreate && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid={createTestId}>
          {createLabel}
        </Button>
      )}
    </>
  );
}

/** What QueryTable reads of a TanStack query. */
interface RowsQuery {
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

/** A list query's error (with a retry) above its table of rows keyed by `id`. */
export function QueryTable<T extends { id: string }>({
  query,
  rows,
  ...table
}: { query: RowsQuery; rows: T[] | undefined } & Omit<TableProps<T>, 'dataSource' | 'loading' | 'rowKey'>) {
  return (
    <>
      <QueryError error={query.error} onRetry={() => void query.refetch()} />
      <Table<T> rowKey="id" size="middle" loading={query.isFetching} dataSource={rows ?? []} scroll={{ x: 'max-content' }} {...table} />
    </>
  );
}

/** A row's "edit" link, any other links, and "delete" after a confirmation. */
export function EditDeleteLinks({
  onEdit,
  editTestId,
  children,
  deleteConfirm,
  onDelete,
  plainConfirm,
  wrap,
}: {
  onEdit: () => void;
  editTestId?: string;
  children?: ReactNode;
  deleteConfirm: ReactNode;
  onDelete: () => Promise<unknown>;
  /** The confirmation's buttons keep antd's default texts. */
  plainConfirm?: boolean;
  wrap?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Space size={0} wrap={wrap}>
      <Button type="link" size="small" onClick={onEdit} data-testid={editTestId}>
        {t('common.edit')}
      </Button>
      {children}
      <Popconfirm
        title={deleteConfirm}
        okText={plainConfirm ? undefined : t('common.delete')}
        cancelText={plainConfirm ? undefined : t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => onDelete().catch(() => undefined)}
      >
        <Button type="link" size="small" danger>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

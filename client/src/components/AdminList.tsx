import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, List, Popconfirm, Space, Table } from 'antd';
import type { TableColumnType, TableProps } from 'antd';
import { useState, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../lib/useIsMobile';
import { listStates, type EmptyProps, type ListQueryState } from './ListStates';
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
interface RowsQuery extends ListQueryState {
  refetch: () => unknown;
}

/**
 * A list query's error (with a retry) above its table of rows (keyed by `id` unless `rowKey` says otherwise), with the
 * loading and empty states of components/ListStates, as cards on a phone (ResponsiveTable).
 */
export function QueryTable<T extends object>({
  query,
  rows,
  empty,
  rowKey = 'id' as keyof T & string,
  ...table
}: { query: RowsQuery; rows: T[] | undefined; empty: EmptyProps; rowKey?: keyof T & string } & Omit<TableProps<T>, 'dataSource' | 'loading' | 'rowKey' | 'locale'>) {
  return (
    <>
      <QueryError error={query.error} onRetry={() => void query.refetch()} />
      <ResponsiveTable<T> rowKey={rowKey} {...listStates(query, rows, empty)} dataSource={rows ?? []} {...table} />
    </>
  );
}

type Column<T> = TableColumnType<T> & { children?: unknown };

function cellOf<T extends object>(column: Column<T>, row: T, index: number): ReactNode {
  const path = column.dataIndex === undefined ? [] : Array.isArray(column.dataIndex) ? column.dataIndex : [column.dataIndex];
  const value = path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k as string]), row);
  if (column.render) return column.render(value, row, index) as ReactNode;
  return value == null || value === '' ? '—' : (value as ReactNode);
}

/** One row as a card: the first column as its title, the others as label–value lines, the actions column at the foot. */
function RowCard<T extends object>({ row, index, columns, expandable }: { row: T; index: number; columns: Column<T>[]; expandable?: TableProps<T>['expandable'] }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const [first, ...rest] = columns;
  const actions = rest.filter((c) => c.key === 'actions');
  const fields = rest.filter((c) => c.key !== 'actions');
  const canExpand = !!expandable?.expandedRowRender && (expandable.rowExpandable?.(row) ?? true);
  return (
    <Card size="small" title={first ? cellOf(first, row, index) : undefined} style={{ width: '100%' }} data-testid="list-card">
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(4.5em, auto) 1fr', columnGap: 12, rowGap: 6, alignItems: 'baseline' }}>
        {fields.map((c, i) => (
          <div key={String(c.key ?? c.dataIndex ?? i)} style={{ display: 'contents' }}>
            <span style={{ color: 'rgba(0,0,0,0.6)', fontSize: 13 }}>{(typeof c.title === 'function' ? c.title({}) : c.title) as ReactNode}</span>
            <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{cellOf(c, row, index)}</span>
          </div>
        ))}
      </div>
      {canExpand && (
        <>
          <Button type="link" size="small" style={{ paddingInline: 0, marginTop: 4 }} onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
            {expanded ? t('lists.collapse') : t('lists.expand')}
          </Button>
          {expanded && <div style={{ overflowX: 'auto' }}>{expandable!.expandedRowRender!(row, index, 0, true)}</div>}
        </>
      )}
      {actions.length > 0 && <div style={{ marginTop: 8, borderTop: '1px solid rgba(0,0,0,0.06)', paddingTop: 4 }}>{actions.map((c, i) => <div key={i}>{cellOf(c, row, index)}</div>)}</div>}
    </Card>
  );
}

/**
 * An admin table that fits a phone: the antd Table from `md` up, below it one card per row (every column, labelled), so nothing
 * hides behind a sideways scroll. Same props as the Table (columns, rows, loading/empty states, pagination, expandable rows).
 */
export function ResponsiveTable<T extends object>(props: TableProps<T>) {
  const mobile = useIsMobile();
  if (!mobile) return <Table<T> size="middle" scroll={{ x: 'max-content' }} {...props} />;
  const { columns = [], dataSource = [], rowKey, loading, locale, pagination, expandable } = props;
  const shown = (columns as Column<T>[]).filter((c) => !c.hidden && !c.children);
  const keyOf = (row: T, i: number): Key =>
    typeof rowKey === 'function' ? rowKey(row, i) : ((row as Record<string, unknown>)[(rowKey as string | undefined) ?? 'key'] as Key) ?? i;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { position: _position, ...pager } = pagination || {};
  return (
    <List<T>
      data-testid={(props as Record<string, unknown>)['data-testid'] as string | undefined}
      className="responsive-table"
      dataSource={[...dataSource]}
      rowKey={(row) => keyOf(row, dataSource.indexOf(row))}
      loading={typeof loading === 'boolean' ? loading : undefined}
      locale={{ emptyText: typeof locale?.emptyText === 'function' ? locale.emptyText() : locale?.emptyText }}
      split={false}
      pagination={pagination === false ? false : { size: 'small', ...pager, hideOnSinglePage: pager.hideOnSinglePage ?? false }}
      renderItem={(row, index) => (
        <List.Item style={{ padding: '6px 0' }}>
          <RowCard row={row} index={index} columns={shown} expandable={expandable} />
        </List.Item>
      )}
    />
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

import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * Loading is not empty: every list (antd Table or List) shows a skeleton until its query's first answer, a spinner over its
 * rows while it reloads, and its empty state only when the answer is empty. Every empty state says what to do next.
 * Use `listStates(query, rows, empty)` and spread the result on the Table/List (AdminList's QueryTable does it for you).
 */

/** For a name only screen readers need (a label whose control shows its placeholder). */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** An empty list: what is (not) there, what to do next, and usually the button that does it. */
export interface EmptyProps {
  description: ReactNode;
  /** The next step in words (secondary text under the description). */
  hint?: ReactNode;
  /** The next step as a button or link. */
  action?: ReactNode;
}

export function EmptyState({ description, hint, action }: EmptyProps) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      data-testid="list-empty"
      description={
        <>
          <div>{description}</div>
          {hint && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {hint}
            </Typography.Text>
          )}
        </>
      }
    >
      {action}
    </Empty>
  );
}

/** A list before its first answer: a skeleton of rows, announced as loading. */
export function ListLoading({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div data-testid="list-loading" role="status" aria-label={t('lists.loading')} style={{ padding: '8px 0', textAlign: 'start' }}>
      <Skeleton active title={false} paragraph={{ rows }} />
    </div>
  );
}

/** What listStates reads of a TanStack query. */
export interface ListQueryState {
  isFetching: boolean;
  error: unknown;
  data: unknown;
}

/**
 * The `loading` and `locale.emptyText` of an antd Table or List for a query: the skeleton while there is nothing to show and an
 * answer is coming, the spinner only over rows already shown, the empty state once an (empty) answer is in. After an error
 * (QueryError shows it, with a retry) the table says nothing more.
 */
export function listStates(query: ListQueryState, rows: readonly unknown[] | undefined, empty: EmptyProps): { loading: boolean; locale: { emptyText: ReactNode } } {
  const hasRows = (rows?.length ?? 0) > 0;
  const waiting = query.isFetching || (query.data === undefined && !query.error);
  const emptyText = waiting ? <ListLoading /> : query.error ? null : <EmptyState {...empty} />;
  return { loading: query.isFetching && hasRows, locale: { emptyText } };
}

/** The two empty states most lists share: nothing matches the filters, or nothing yet (with the list's create button). */
export function useEmptyStates() {
  const { t } = useTranslation();
  return {
    noMatch: (onClear?: () => void): EmptyProps => ({
      description: t('lists.noMatch'),
      hint: t('lists.noMatchHint'),
      action: onClear && <Button onClick={onClear}>{t('review.clearFilters')}</Button>,
    }),
    nothingYet: (createLabel?: string, onCreate?: () => void, hint?: string): EmptyProps => ({
      description: t('lists.nothingYet'),
      hint: hint ?? (createLabel ? t('lists.emptyCreateHint', { action: createLabel }) : undefined),
      action: createLabel && onCreate && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
          {createLabel}
        </Button>
      ),
    }),
  };
}

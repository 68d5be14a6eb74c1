import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isConcurrencyConflict, type Problem } from '../api/problem';
import { useProblem } from './useProblem';

/** An edited row's version was stale (someone saved first): the editor closes and the list reloads. */
export const staleVersion = isConcurrencyConflict;
/** A row action answered 409 or 404 (changed or gone meanwhile): the list reloads. */
export const staleOrGone = (p: Problem) => p.status === 409 || p.status === 404;

export interface ListMutationOptions<TVars, TResult> {
  mutationFn: (vars: TVars) => Promise<TResult>;
  /** The list's query key (a prefix): invalidated after a success and when the rows on screen turn out stale. */
  queryKey: QueryKey;
  /** The form that gets the server's field errors. */
  form?: FormInstance;
  /** The success toast (none when left out). */
  success?: string | ((result: TResult) => string);
  /** After a success, before the reload: close the dialog, show the result. */
  onSuccess?: (result: TResult) => void;
  /** Which failures mean the rows on screen are out of date (the problem is shown either way). */
  isStale?: (p: Problem) => boolean;
  /** After a stale failure, before the reload: e.g. close the editor. */
  onStale?: () => void;
}

/**
 * A change made from an admin list: the server's problem shown the standard way (field errors on the form, a stale
 * version as "refresh and retry"), a toast on success, and the list's queries invalidated after a success or a stale
 * failure.
 */
export function useListMutation<TVars, TResult>(o: ListMutationOptions<TVars, TResult>) {
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: o.queryKey });
  return useMutation({
    mutationFn: o.mutationFn,
    onSuccess: (result) => {
      if (o.success) message.success(typeof o.success === 'string' ? o.success : o.success(result));
      o.onSuccess?.(result);
      void refresh();
    },
    onError: (e) => {
      const p = showProblem(e, o.form);
      if (o.isStale?.(p)) {
        o.onStale?.();
        void refresh();
      }
    },
  });
}

/** What `form.setFieldsValue` takes. */
export type FormValues<TForm> = Parameters<FormInstance<TForm>['setFieldsValue']>[0];

export interface CrudOptions<TRow, TForm> {
  /** The list's query key (a prefix), invalidated after every change. */
  queryKey: QueryKey;
  /** The editor's form. */
  form: FormInstance<TForm>;
  /** The form's values for a row being edited, and for a new one. */
  toForm: (row: TRow) => FormValues<TForm>;
  newForm?: () => FormValues<TForm>;
  create: (values: TForm) => Promise<unknown>;
  /** Sends the row's version as read. */
  update: (row: TRow, values: TForm) => Promise<unknown>;
  remove?: (row: TRow) => Promise<unknown>;
  /** Success toasts; `common.saved` and `common.deleted` by default. */
  savedMessage?: (editing: TRow | 'new') => string;
  deletedMessage?: string;
}

/**
 * The editor and the save and delete of an admin CRUD list (units, users, associations, industry chains):
 * `openEditor(row | 'new')` fills the form, `save` creates or updates (a stale version closes the editor and reloads),
 * `remove` deletes with the version read (a 409 or 404 reloads); `editorProps` wire the editor to them.
 */
export function useCrudMutations<TRow, TForm>(o: CrudOptions<TRow, TForm>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<TRow | 'new' | null>(null);
  const closeEditor = () => setEditing(null);

  const openEditor = (row: TRow | 'new') => {
    o.form.resetFields();
    const values = row === 'new' ? o.newForm?.() : o.toForm(row);
    if (values) o.form.setFieldsValue(values);
    setEditing(row);
  };

  const save = useListMutation({
    mutationFn: (values: TForm) => (editing === 'new' || editing === null ? o.create(values) : o.update(editing, values)),
    queryKey: o.queryKey,
    form: o.form,
    success: editing !== null && o.savedMessage ? o.savedMessage(editing) : t('common.saved'),
    onSuccess: closeEditor,
    isStale: staleVersion,
    onStale: closeEditor,
  });

  const remove = useListMutation({
    mutationFn: (row: TRow) => (o.remove ? o.remove(row) : Promise.reject(new Error('This list has no delete.'))),
    queryKey: o.queryKey,
    success: o.deletedMessage ?? t('common.deleted'),
    isStale: staleOrGone,
  });

  /** The editor's props (components/FormModal, or a drawer that takes the same). */
  const editorProps = {
    open: editing !== null,
    form: o.form,
    saving: save.isPending,
    onFinish: (values: TForm) => save.mutate(values),
    onCancel: closeEditor,
  };

  return { editing, openEditor, closeEditor, editorProps, save, remove };
}

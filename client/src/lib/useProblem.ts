import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isConcurrencyConflict, toProblem, type Problem } from '../api/problem';

/**
 * Returns a handler that shows a server error the way the user expects: field errors on the
 * matching Form.Item, a stale-version conflict as the standard "refresh and retry" message,
 * anything else as a message toast. Returns the normalised problem for callers that need it.
 */
export function useProblem() {
  const { message } = App.useApp();
  const { t } = useTranslation();

  return useCallback(
    (error: unknown, form?: FormInstance): Problem => {
      const problem = toProblem(error);
      if (form && problem.errors) {
        const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
        const onForm = Object.entries(problem.errors).filter(([field]) => known.has(field));
        if (onForm.length > 0) {
          form.setFields(onForm.map(([name, errors]) => ({ name, errors })));
          const rest = Object.entries(problem.errors).filter(([field]) => !known.has(field));
          if (rest.length > 0) message.error(rest.flatMap(([, m]) => m).join(' '));
          return problem;
        }
        const all = Object.values(problem.errors).flat();
        if (all.length > 0) {
          message.error(all.join(' '));
          return problem;
        }
      }
      if (isConcurrencyConflict(problem)) {
        message.error(t('errors.concurrency'));
      } else if (problem.detail || problem.title) {
        message.error(problem.detail || problem.title);
      } else if (problem.status === 403) {
        message.error(t('errors.forbidden'));
      } else if (error instanceof TypeError) {
        message.error(t('errors.network'));
      } else {
        message.error(t('errors.generic'));
      }
      return problem;
    },
    [message, t],
  );
}

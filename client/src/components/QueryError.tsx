import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { toProblem } from '../api/problem';

/** A failed list/detail query: the server's message (already localized) and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const p = toProblem(error);
  const text = p.detail || p.title || (error instanceof TypeError ? t('errors.network') : t('errors.loadFailed'));
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="query-error"
      style={{ marginBottom: 16 }}
      message={t('errors.loadFailed')}
      description={text === t('errors.loadFailed') ? undefined : text}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

import { useTranslation } from 'react-i18next';
import type { PublicationSummaryDto } from '../api';
import { formatDate } from '../lib/time';

/**
 * "2025-03-10 至 2025-03-17（公示日后 5 个工作日）"; with `withLabel`, "公示期：…" for a line of its own. Beside a label that
 * already says 公示期 (a detail grid's item) it goes without, so the label is never said twice.
 */
export function PublicityPeriod({ p, withLabel = false }: { p: PublicationSummaryDto; withLabel?: boolean }) {
  const { t } = useTranslation();
  const values = { from: formatDate(p.publishedOn), to: formatDate(p.publicityEndsOn), days: p.publicityWorkingDays };
  return <>{t(withLabel ? 'publications.period' : 'publications.periodRange', values)}</>;
}

import { useTranslation } from 'react-i18next';
import type { PublicationSummaryDto } from '../api';
import { formatDate } from '../lib/time';

/** "公示期：2025-03-10 至 2025-03-17（5 个工作日）". */
export function PublicityPeriod({ p }: { p: PublicationSummaryDto }) {
  const { t } = useTranslation();
  return <>{t('publications.period', { from: formatDate(p.publishedOn), to: formatDate(p.publicityEndsOn), days: p.publicityWorkingDays })}</>;
}

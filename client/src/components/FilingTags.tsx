import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingStatus } from '../api';
import { STATUS_COLORS } from '../lib/filingActions';

export function FilingStatusTag({ status }: { status: FilingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={`filing-status-${status}`}>
      {t(`filingStatus.${status}`)}
    </Tag>
  );
}

/** 逾期 (red) / 今日到期 (orange) for a filing under review. */
export function DeadlineTag({ isOverdue, isDueToday }: { isOverdue: boolean; isDueToday: boolean }) {
  const { t } = useTranslation();
  if (isOverdue) return <Tag color="red" data-testid="tag-overdue">{t('filings.overdue')}</Tag>;
  if (isDueToday) return <Tag color="orange" data-testid="tag-due-today">{t('filings.dueToday')}</Tag>;
  return null;
}

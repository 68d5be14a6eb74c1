import { Tag, Tooltip } from 'antd';
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

/**
 * 暂定 (gold) next to a review deadline counted through a year whose holiday notice is not yet in the calendar: its
 * statutory holidays were assumed, and the deadline is counted again when an admin saves that year.
 */
export function ProvisionalDeadlineTag({ provisional }: { provisional?: boolean }) {
  const { t } = useTranslation();
  if (!provisional) return null;
  return (
    <Tooltip title={t('filings.provisionalDeadlineHint')}>
      <Tag color="gold" data-testid="tag-provisional-deadline">
        {t('filings.provisionalDeadline')}
      </Tag>
    </Tooltip>
  );
}

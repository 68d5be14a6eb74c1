import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ObjectionRemedy, ObjectionStatus, PublicationEntryStatus } from '../api';

const ENTRY_COLORS: Record<PublicationEntryStatus, string> = {
  Listed: 'blue',
  UnderReReview: 'orange',
  ObjectionDismissed: 'green',
  Revoked: 'red',
  Returned: 'gold',
};

/** Where a published project stands now (公示中 / 复核中 / 异议不成立 / 已撤销备案 / 退回修改). */
export function EntryStatusTag({ status }: { status: PublicationEntryStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ENTRY_COLORS[status]} data-testid={`entry-status-${status}`}>
      {t(`objections.entryStatus.${status}`)}
    </Tag>
  );
}

const OBJECTION_COLORS: Record<ObjectionStatus, string> = { Pending: 'orange', Dismissed: 'green', Upheld: 'red' };

/**
 * An objection's status; an upheld one also names its remedy (异议成立 · 撤销备案). `labels` picks the wording: the
 * public sees 复核中 for an open objection, reviewers 待复核.
 */
export function ObjectionStatusTag({ status, remedy, labels = 'status' }: { status: ObjectionStatus; remedy?: ObjectionRemedy; labels?: 'status' | 'reviewStatus' }) {
  const { t } = useTranslation();
  return (
    <Tag color={OBJECTION_COLORS[status]} data-testid={`objection-status-${status}`}>
      {t(`objections.${labels}.${status}`)}
      {status === 'Upheld' && remedy ? ` · ${t(`objections.remedy.${remedy}`)}` : ''}
    </Tag>
  );
}

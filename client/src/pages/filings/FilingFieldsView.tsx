import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingDto } from '../../api';
import { DetailGrid, NoWrap } from '../../components/DetailGrid';
import { ProvisionalDeadlineTag } from '../../components/FilingTags';
import { formatWan } from '../../lib/money';
import { formatDate, formatDateTime } from '../../lib/time';
import type { useFilingOptions } from '../../lib/useFilingOptions';

/**
 * A filing's fields, read-only, with its submission time, review deadline and decision time. Without `showContacts` (a reader the
 * contacts rule leaves out, see lib/contacts.ts) there are no contact rows at all.
 */
export function FilingFieldsView({
  f,
  options,
  showContacts,
  unitName,
}: {
  f: FilingDto;
  options: ReturnType<typeof useFilingOptions>;
  showContacts: boolean;
  /** The filing's unit (载体单位), read by its id. */
  unitName?: string;
}) {
  const { t } = useTranslation();
  const yesNo = (v?: string) => v || '—';
  return (
      <DetailGrid data-testid="filing-fields">
        <Descriptions.Item label={t('filings.projectName')}>{yesNo(f.projectName)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.status')}>{t(`filingStatus.${f.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.unit')} span="filled"><span data-testid="filing-unit">{unitName ?? '—'}</span></Descriptions.Item>
        <Descriptions.Item label={t('filings.investorName')}>{yesNo(f.investorName)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.creditCode')}>{f.foreignInvestor && !f.creditCode ? t('filings.foreignInvestor') : <NoWrap>{yesNo(f.creditCode)}</NoWrap>}</Descriptions.Item>
        <Descriptions.Item label={t('filings.sourceRegion')}>{options.regionName(f.sourceRegionCode)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.industryChain')}>{options.chainName(f.industryChainId)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.category')}>{f.category ? t(`category.${f.category}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('filings.stage')}>{f.stage ? t(`stage.${f.stage}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('filings.plannedTotal')}>
          <span data-testid="filing-total">{formatWan(f.plannedTotalInvestment)}</span> {f.scaleBand && <Tag color="blue">{t(`scaleBand.${f.scaleBand}`)}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.plannedFixed')}>{formatWan(f.plannedFixedAssetInvestment)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.constructionContent')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{yesNo(f.constructionContent)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.association')}>{options.associationName(f.associationId)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.recommenderName')}>
          {yesNo(f.recommenderName)} {showContacts && f.recommenderContact ? `（${f.recommenderContact}）` : ''}
        </Descriptions.Item>
        {showContacts && <Descriptions.Item label={t('filings.contactName')}>{yesNo(f.contactName)}</Descriptions.Item>}
        {showContacts && <Descriptions.Item label={t('filings.contactPhone')}>{yesNo(f.contactPhone)}</Descriptions.Item>}
        <Descriptions.Item label={t('filings.submittedAt')}>{formatDateTime(f.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.reviewDue')}>
          <span data-testid="filing-review-due">{f.reviewDueOn ? formatDate(f.reviewDueOn) : '—'}</span>{' '}
          {f.reviewDueOn && <ProvisionalDeadlineTag provisional={f.reviewDueProvisional} />}
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.decidedAt')}>{formatDateTime(f.decidedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.createdAt')}>{formatDateTime(f.createdAt)}</Descriptions.Item>
      </DetailGrid>
  );
}

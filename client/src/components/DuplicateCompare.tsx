import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DuplicateFilingDto, DuplicateReason } from '../api';
import { formatWan } from '../lib/money';
import { FilingStatusTag } from './FilingTags';

/** The compared fields, in the order reviewers read them. */
export const COMPARED_FIELDS = [
  'projectName',
  'investorName',
  'creditCode',
  'industryChain',
  'sourceRegion',
  'plannedTotal',
  'unit',
  'status',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** The fields each duplicate rule looks at: they are marked as the match, not as a difference. */
export const RULE_FIELDS: Record<DuplicateReason, ComparedField[]> = {
  SameCreditCode: ['creditCode'],
  SameNameSameInvestor: ['projectName', 'investorName'],
  SameNameSameChainRegionAmount: ['projectName', 'industryChain', 'sourceRegion', 'plannedTotal'],
};

/** The comparable value of a field (ids and codes, not display text), or undefined when the field is empty. */
export function comparable(f: DuplicateFilingDto, field: ComparedField): string | number | undefined {
  switch (field) {
    case 'projectName':
      return f.projectName?.trim() || undefined;
    case 'investorName':
      return f.investorName?.trim() || undefined;
    case 'creditCode':
      return f.creditCode || undefined;
    case 'industryChain':
      return f.industryChainId || undefined;
    case 'sourceRegion':
      return f.sourceRegionCode || undefined;
    case 'plannedTotal':
      return f.plannedTotalInvestment ?? undefined;
    case 'unit':
      return f.unitId;
    case 'status':
      return f.status;
  }
}

/** The fields whose values differ between the two filings (an empty field differs from a filled one). */
export function differingFields(a: DuplicateFilingDto, b: DuplicateFilingDto): ComparedField[] {
  return COMPARED_FIELDS.filter((field) => comparable(a, field) !== comparable(b, field));
}

/** The fields the matched rules looked at. */
export function matchedFields(reasons: DuplicateReason[]): Set<ComparedField> {
  return new Set(reasons.flatMap((r) => RULE_FIELDS[r] ?? []));
}

function FilingColumn({
  title,
  filing,
  differs,
  matched,
  extra,
  testId,
}: {
  title: ReactNode;
  filing: DuplicateFilingDto;
  differs: Set<ComparedField>;
  matched: Set<ComparedField>;
  extra?: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const value = (field: ComparedField): ReactNode => {
    switch (field) {
      case 'projectName':
        return filing.projectName || '—';
      case 'investorName':
        return filing.investorName || '—';
      case 'creditCode':
        return filing.creditCode || '—';
      case 'industryChain':
        return filing.industryChainName || '—';
      case 'sourceRegion':
        return filing.sourceRegionName ? `${filing.sourceRegionName}（${filing.sourceRegionCode}）` : filing.sourceRegionCode || '—';
      case 'plannedTotal':
        return filing.plannedTotalInvestment === undefined ? '—' : `${formatWan(filing.plannedTotalInvestment)} ${t('duplicates.wan')}`;
      case 'unit':
        return filing.unitName;
      case 'status':
        return <FilingStatusTag status={filing.status} />;
    }
  };
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId} className="dup-column">
      <dl className="dup-fields">
        {COMPARED_FIELDS.map((field) => {
          const cls = differs.has(field) ? 'dup-diff' : matched.has(field) ? 'dup-match' : undefined;
          return (
            <div key={field} className={cls} data-field={field} data-state={differs.has(field) ? 'diff' : matched.has(field) ? 'match' : 'same'}>
              <dt>{t(`duplicates.field.${field}`)}</dt>
              <dd>{value(field)}</dd>
            </div>
          );
        })}
      </dl>
    </Card>
  );
}

/**
 * One suspected duplicate next to the filing under review: the compared fields in two columns (stacked on a phone),
 * differences highlighted, the fields the matched rules looked at marked, and the rules named.
 */
export function DuplicateCompare({
  filing,
  duplicate,
  onDismiss,
  dismissing,
  openBase = '/review',
}: {
  filing: DuplicateFilingDto;
  duplicate: DuplicateFilingDto;
  /** Where the other filing opens: the review page for reviewers, the filing page for a filer (its own unit's). */
  openBase?: string;
  /** Shown only to those who may mark a pair as not duplicate (reviewers). */
  onDismiss?: () => void;
  dismissing?: boolean;
}) {
  const { t } = useTranslation();
  const differs = new Set(differingFields(filing, duplicate));
  const matched = matchedFields(duplicate.reasons);
  return (
    <div data-testid="duplicate-compare" data-filing-id={duplicate.filingId} style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 8 }} data-testid="duplicate-reasons">
        <Typography.Text strong>{t('duplicates.matchedBy')}：</Typography.Text>
        {duplicate.reasons.map((r) => (
          <Tag key={r} color="volcano">
            {t(`duplicates.reason.${r}`)}
          </Tag>
        ))}
        {onDismiss && (
          <Button size="small" onClick={onDismiss} loading={dismissing} data-testid="duplicate-dismiss">
            {t('duplicates.dismiss')}
          </Button>
        )}
      </Space>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <FilingColumn title={t('duplicates.thisFiling')} filing={filing} differs={differs} matched={matched} testId="duplicate-left" />
        </Col>
        <Col xs={24} md={12}>
          <FilingColumn
            title={t('duplicates.other')}
            filing={duplicate}
            differs={differs}
            matched={matched}
            testId="duplicate-right"
            extra={<Link to={`${openBase}/${duplicate.filingId}`}>{t('duplicates.open')}</Link>}
          />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('duplicates.legend', { count: differs.size })}
      </Typography.Text>
    </div>
  );
}

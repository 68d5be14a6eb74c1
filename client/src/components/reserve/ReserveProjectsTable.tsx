import { Table, Tag } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ReserveProjectDto } from '../../api';
import { formatYi } from '../../lib/money';
import { FilingLink } from '../FilingLink';
import { useIsMobile } from '../../lib/useIsMobile';

/** A region's reserve projects, largest first, amounts in 亿元 (leaders read it). On a phone: name (with investor), amount and stage only. No contacts. */
export function ReserveProjectsTable({
  projects,
  loading,
  pagination = false,
  emptyText,
  testId,
}: {
  projects: ReserveProjectDto[];
  loading?: boolean;
  pagination?: false | TablePaginationConfig;
  emptyText?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const name: ColumnsType<ReserveProjectDto>[number] = {
    title: t('filings.projectName'),
    dataIndex: 'projectName',
    render: (v: string | undefined, p) => (
      <span>
        <FilingLink id={p.id} name={v} maxWidth={mobile ? 180 : 260} />
        {p.underReReview && (
          <Tag color="orange" style={{ marginInlineStart: 6 }} data-testid="reserve-under-re-review">
            {t('reserve.underReReview')}
          </Tag>
        )}
        {mobile && p.investorName && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{p.investorName}</div>}
      </span>
    ),
  };
  const amount: ColumnsType<ReserveProjectDto>[number] = {
    title: t('analysis.plannedTotalYi'),
    dataIndex: 'plannedTotalInvestment',
    align: 'right',
    render: (v?: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatYi(v)}</span>,
  };
  const stage: ColumnsType<ReserveProjectDto>[number] = {
    title: t('filings.stage'),
    dataIndex: 'stage',
    render: (s?: string) => (s ? t(`stage.${s}`) : '—'),
  };
  const columns: ColumnsType<ReserveProjectDto> = mobile
    ? [name, amount, stage]
    : [
        name,
        { title: t('filings.investorName'), dataIndex: 'investorName' },
        { title: t('filings.industryChain'), dataIndex: 'industryChainName' },
        stage,
        amount,
        { title: t('filings.unit'), dataIndex: 'unitName' },
      ];
  return (
    <Table<ReserveProjectDto>
      rowKey="id"
      size="small"
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      dataSource={projects}
      columns={columns}
      locale={emptyText ? { emptyText } : undefined}
      data-testid={testId}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type FilerWorkbenchDto, type FilingStatus } from '../../api';
import { LinkTile } from '../../components/LinkTile';
import { QueryError } from '../../components/QueryError';
import { filingsListPath } from '../../lib/filingsLink';
import { formatDate, formatDateTime } from '../../lib/time';

type CountKey = 'drafts' | 'returned' | 'underReview' | 'approvedThisWeek';

/** The four counts, each a link to the filings list filtered by its status. */
const TILES: { key: CountKey; status: FilingStatus; color: string }[] = [
  { key: 'drafts', status: 'Draft', color: '#595959' },
  { key: 'returned', status: 'Returned', color: '#ad6800' },
  { key: 'underReview', status: 'UnderReview', color: '#1f4e9c' },
  { key: 'approvedThisWeek', status: 'Approved', color: '#389e0d' },
];

/** The returned filings with the reviewer's latest reasons, each one click from its edit form. */
function ReturnedList({ data }: { data: FilerWorkbenchDto }) {
  const { t } = useTranslation();
  if (data.returned === 0) return null;
  return (
    <Card
      size="small"
      title={t('workbench.returnedTitle')}
      style={{ marginTop: 16 }}
      extra={
        data.returned > data.latestReturned.length && (
          <Link to={filingsListPath('Returned')} data-testid="workbench-returned-all">
            {t('workbench.viewAllReturned', { count: data.returned })}
          </Link>
        )
      }
    >
      <List
        data-testid="workbench-returned-list"
        dataSource={data.latestReturned}
        rowKey="id"
        renderItem={(f) => (
          <List.Item data-testid="workbench-returned-item">
            <div style={{ minWidth: 0, flex: 1 }}>
              <Link to={`/filings/${f.id}`} style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                {f.projectName || '—'}
              </Link>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }} data-testid="workbench-returned-reason">
                <Typography.Text type="secondary">{t('workbench.reasonLabel')}</Typography.Text>
                {f.returnReason || '—'}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('workbench.returnedAt', { at: formatDateTime(f.returnedAt) })}
              </Typography.Text>
            </div>
            <Link to={`/filings/${f.id}/edit`} data-testid="workbench-returned-edit" style={{ marginLeft: 12, whiteSpace: 'nowrap' }}>
              {t('workbench.edit')}
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The filer's workbench: what its unit has to do (drafts, returned filings with their reasons) and how its filings stand. */
export function FilerWorkbench() {
  const { t } = useTranslation();
  const workbench = useQuery({ queryKey: ['workbench', 'filer'], queryFn: ({ signal }) => api.workbench.filer(signal) });
  if (workbench.error) return <QueryError error={workbench.error} onRetry={() => void workbench.refetch()} />;
  const data = workbench.data;
  return (
    <div data-testid="filer-workbench">
      <Row gutter={[12, 12]}>
        {TILES.map(({ key, status, color }) => (
          <Col key={key} xs={12} md={6}>
            <LinkTile to={filingsListPath(status)} loading={workbench.isLoading} testId={`workbench-${key}`}>
              <Statistic title={t(`workbench.${key}`)} value={data?.[key] ?? 0} valueStyle={{ color }} />
            </LinkTile>
          </Col>
        ))}
      </Row>
      {data && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {t('workbench.weekFrom', { from: formatDate(data.weekStart) })}
        </Typography.Paragraph>
      )}
      {data && <ReturnedList data={data} />}
    </div>
  );
}

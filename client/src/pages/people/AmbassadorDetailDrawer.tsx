import { useQuery } from '@tanstack/react-query';
import { Drawer, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type AmbassadorCreditDto, type AmbassadorDto, type AmbassadorLeadDto } from '../../api';
import { FilingLink } from '../../components/FilingLink';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/time';
import { useIsMobile } from '../../lib/useIsMobile';

const CREDIT_COLOR: Record<string, string> = { Proposed: 'processing', Confirmed: 'success', Rejected: 'error', Superseded: 'default' };
const LEAD_COLOR: Record<string, string> = { Recorded: 'default', UnderAssessment: 'processing', Assigned: 'success', Merged: 'default', Shelved: 'warning' };

/**
 * An ambassador's record of work: the projects credited to them (any claim naming them as recommender) and the leads they
 * brought (leads whose source is them), newest first, as the server bounds them.
 */
export function AmbassadorDetailDrawer({ ambassador, onClose }: { ambassador: AmbassadorDto | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const id = ambassador?.id ?? '';
  const detail = useQuery({ queryKey: ['ambassadors', id], queryFn: ({ signal }) => api.people.ambassadors.get(id, signal), enabled: !!ambassador });
  return (
    <Drawer
      open={!!ambassador}
      onClose={onClose}
      width={isMobile ? '100%' : 640}
      title={ambassador ? t('people.ambassadorWork', { name: ambassador.name, year: ambassador.year }) : ''}
      destroyOnHidden
      data-testid="ambassador-detail-drawer"
    >
      {detail.isError ? (
        <QueryError error={detail.error} />
      ) : (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <div>
            <Typography.Title level={5}>{t('people.creditedProjects')}</Typography.Title>
            <List<AmbassadorCreditDto>
              size="small"
              dataSource={detail.data?.credits ?? []}
              {...listStates(detail, detail.data?.credits, { description: t('people.noCredits') })}
              data-testid="ambassador-credits"
              renderItem={(c) => (
                <List.Item data-testid="ambassador-credit">
                  <Space wrap size={4}>
                    <FilingLink id={c.filingId} name={c.projectName} maxWidth={isMobile ? 200 : 360} />
                    <Tag color={CREDIT_COLOR[c.status]}>{t(`credits.status.${c.status}`)}</Tag>
                    <Typography.Text type="secondary">{formatDate(c.proposedAt)}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </div>
          <div>
            <Typography.Title level={5}>{t('people.broughtLeads')}</Typography.Title>
            <List<AmbassadorLeadDto>
              size="small"
              dataSource={detail.data?.leads ?? []}
              {...listStates(detail, detail.data?.leads, { description: t('people.noLeads') })}
              data-testid="ambassador-leads"
              renderItem={(l) => (
                <List.Item data-testid="ambassador-lead">
                  <Space wrap size={4}>
                    <span>{l.companyName}</span>
                    <Tag color={LEAD_COLOR[l.status]}>{t(`leads.statusName.${l.status}`)}</Tag>
                    {l.assignedUnitName && (
                      <Typography.Text type="secondary">
                        {t('leads.assignedUnit')}：{l.assignedUnitName}
                      </Typography.Text>
                    )}
                    <Typography.Text type="secondary">{formatDate(l.createdAt)}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
}

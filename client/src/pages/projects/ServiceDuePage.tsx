import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryTable } from '../../components/AdminList';
import { FilingLink } from '../../components/FilingLink';
import { projectService, type ServiceDueDto } from '../../lib/projectService';
import { formatDate } from '../../lib/time';

const PAGE_SIZE = 20;

/**
 * 回访到期: projects whose revisit is due (or within the next 7 days) or whose problems are past their due date, soonest first;
 * a filer sees its own unit's. "我负责的" keeps those the user is the service owner of.
 */
export function ServiceDuePage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [mine, setMine] = useState(false);
  const [withinDays, setWithinDays] = useState(0);
  const due = useQuery({
    queryKey: ['service-due', page, mine, withinDays],
    queryFn: ({ signal }) => projectService.due({ page, pageSize: PAGE_SIZE, mine, withinDays }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={t('service.dueTitle')} data-testid="service-due-page">
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={mine ? 'mine' : 'all'}
          options={[{ value: 'all', label: t('service.dueAll') }, { value: 'mine', label: t('service.dueMine') }]}
          onChange={(v) => { setMine(v === 'mine'); setPage(1); }}
        />
        <Segmented
          value={withinDays}
          options={[{ value: 0, label: t('service.dueNow') }, { value: 7, label: t('service.dueWeek') }]}
          onChange={(v) => { setWithinDays(Number(v)); setPage(1); }}
        />
      </Space>
      <QueryTable<ServiceDueDto>
        query={due}
        rows={due.data?.items}
        rowKey="projectId"
        empty={{ description: t('service.dueEmpty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: due.data?.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { key: 'name', title: t('service.project'), render: (_, r) => <FilingLink id={r.projectId} name={r.projectName} to={`/projects/${r.projectId}`} /> },
          { key: 'unit', title: t('service.unit'), dataIndex: 'unitName' },
          { key: 'owner', title: t('service.owner'), render: (_, r) => r.serviceOwnerName ?? <Typography.Text type="secondary">{t('service.noOwner')}</Typography.Text> },
          {
            key: 'revisit',
            title: t('service.nextRevisit'),
            render: (_, r) =>
              r.nextRevisitDueOn ? (
                <Space size={4} wrap>
                  {formatDate(r.nextRevisitDueOn)}
                  {(r.revisitOverdueDays ?? -1) > 0 && <Tag color="red">{t('service.overdueDays', { days: r.revisitOverdueDays })}</Tag>}
                  {r.revisitOverdueDays === 0 && <Tag color="orange">{t('service.dueToday')}</Tag>}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            key: 'problems',
            title: t('service.overdueProblems'),
            render: (_, r) => (r.overdueProblems > 0 ? <Tag color="red">{t('service.problemsCount', { count: r.overdueProblems })}</Tag> : '—'),
          },
        ]}
      />
    </Card>
  );
}

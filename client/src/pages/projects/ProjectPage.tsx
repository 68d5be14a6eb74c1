import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, type ProjectTimelineEntryDto } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { DetailGrid } from '../../components/DetailGrid';
import { EmptyState, ListLoading } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { filingPath } from '../../lib/filingPath';
import { formatWan } from '../../lib/money';
import { formatDate, formatDateTime } from '../../lib/time';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { MilestonesPanel } from './MilestonesPanel';
import { ReportsPanel } from './ReportsPanel';
import { ServicePanel } from './ServicePanel';
import { ProjectStatusTag, StageProgress } from './StageProgress';

/** A timeline line's dot: red for what was sent back, green for what counts, blue for the rest. */
function colorOf(line: ProjectTimelineEntryDto): string {
  if (['Returned', 'Rejected', 'Stopped', 'Escalated'].includes(line.status ?? '')) return 'red';
  if (['Confirmed', 'Verified', 'Solved', 'Approved'].includes(line.status ?? '')) return 'green';
  return 'blue';
}

/** 项目动态: every source's lines (milestones, reports, revisits, problems) and the project's own, newest first. */
function ProjectTimeline({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const timeline = useQuery({ queryKey: ['projects', projectId, 'timeline'], queryFn: ({ signal }) => api.projects.timeline(projectId, signal) });
  let body: React.ReactNode;
  if (timeline.error) body = <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  else if (!timeline.data) body = <ListLoading rows={3} />;
  else if (timeline.data.length === 0) body = <EmptyState description={t('tracking.timelineEmpty')} hint={t('tracking.timelineEmptyHint')} />;
  else
    body = (
      <Timeline
        style={{ marginTop: 8 }}
        items={timeline.data.map((line) => ({
          key: `${line.kind}-${line.subjectId}-${line.at}`,
          color: colorOf(line),
          children: (
            <div data-testid="timeline-line" data-kind={line.kind}>
              <Space size={6} wrap>
                <Typography.Text strong>{formatDate(line.on)}</Typography.Text>
                <span>{line.title}</span>
                {line.amount != null && <span>{t('tracking.amountWan', { amount: formatWan(line.amount) })}</span>}
              </Space>
              {line.detail && <div style={{ whiteSpace: 'pre-wrap' }}>{line.detail}</div>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[line.actorName, formatDateTime(line.at)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
            </div>
          ),
        }))}
      />
    );
  return (
    <Card size="small" title={t('tracking.timeline')} data-testid="project-timeline" style={{ marginTop: 16 }}>
      {body}
    </Card>
  );
}

/**
 * A tracked project's page: its facts (DetailGrid), a link to its filing, the milestones, reports and service panels (each owned
 * by its branch of issue 13, given `{ project, onChanged }`) and its timeline.
 */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const options = useFilingOptions();
  const project = useQuery({ queryKey: ['projects', id], queryFn: ({ signal }) => api.projects.get(id!, signal), enabled: !!id });

  if (project.isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (project.error || !project.data) return <QueryError error={project.error ?? new Error(t('tracking.notFound'))} onRetry={() => void project.refetch()} />;
  const p = project.data;
  // After a panel's change: the project (stage, dates, counts) and its timeline are read again.
  const onChanged = () => void queryClient.invalidateQueries({ queryKey: ['projects'] });
  const yesNo = (v: boolean) => (v ? t('tracking.yes') : t('tracking.no'));

  return (
    <Card
      className="page-card"
      data-testid="project-page"
      title={
        <Space wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <span>{p.projectName}</span>
          <ProjectStatusTag status={p.status} always />
        </Space>
      }
      extra={
        <Link to={filingPath(p.id, user?.roles ?? [])} data-testid="project-filing-link">
          {t('tracking.openFiling')}
        </Link>
      }
    >
      <DetailGrid data-testid="project-facts">
        <Descriptions.Item label={t('filings.unit')}>{p.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.investor')}>{p.investorName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('filings.industryChain')}>{options.chainName(p.industryChainId ?? undefined)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.category')}>{p.category ? t(`category.${p.category}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.plannedTotal')}>{formatWan(p.plannedTotalInvestment)}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.approvedOn')}>{formatDate(p.approvedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.progress')}>
          <StageProgress stage={p.stage} />
        </Descriptions.Item>
        <Descriptions.Item label={t('tracking.filedStage')}>{p.filedStage ? t(`stage.${p.filedStage}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.signedOn')}>{formatDate(p.signedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.agreementAmount')}>{formatWan(p.agreementAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.startedOn')}>{formatDate(p.startedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.completedOn')}>{formatDate(p.completedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.aboveDesignatedSize')}>
          {yesNo(p.isAboveDesignatedSize)}
          {p.qualifiedOn ? t('tracking.qualifiedSince', { date: formatDate(p.qualifiedOn) }) : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('tracking.openVerifications')}>
          {p.openVerifications > 0 ? <Tag color="orange">{t('tracking.openVerificationsCount', { count: p.openVerifications })}</Tag> : t('common.none')}
        </Descriptions.Item>
        {p.stoppedOn && <Descriptions.Item label={t('tracking.stoppedOn')}>{formatDate(p.stoppedOn)}</Descriptions.Item>}
        {p.stoppedOn && (
          <Descriptions.Item label={t('tracking.stopReason')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{p.stopReason ?? '—'}</span>
          </Descriptions.Item>
        )}
      </DetailGrid>
      <MilestonesPanel project={p} onChanged={onChanged} />
      <ReportsPanel project={p} onChanged={onChanged} />
      <ServicePanel project={p} onChanged={onChanged} />
      <ProjectTimeline projectId={p.id} />
    </Card>
  );
}

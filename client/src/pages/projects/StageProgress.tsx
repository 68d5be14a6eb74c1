import { Progress, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStage, TrackedProjectStatus } from '../../api';

/** 在谈 → 签约 → 开工 → 竣工/投产: four steps (竣工 and 投产/达产 are the last). */
const STEP: Record<ProjectStage, number> = { Negotiating: 1, Signed: 2, Started: 3, Completed: 4, InProduction: 4 };

/** A project's current stage as four-step progress with its name (the latest confirmed milestone's, else the filed one). */
export function StageProgress({ stage }: { stage?: ProjectStage | null }) {
  const { t } = useTranslation();
  const step = stage ? STEP[stage] : 0;
  return (
    <Space size={6} style={{ whiteSpace: 'nowrap' }} data-testid="stage-progress" data-step={step}>
      <Progress steps={4} percent={step * 25} showInfo={false} size={[14, 8]} aria-label={stage ? t(`stage.${stage}`) : '—'} />
      <span>{stage ? t(`stage.${stage}`) : '—'}</span>
    </Space>
  );
}

/** 跟踪中 (no tag: the usual case), 已终止 red, 备案已失效 grey. */
export function ProjectStatusTag({ status, always = false }: { status: TrackedProjectStatus; always?: boolean }) {
  const { t } = useTranslation();
  if (status === 'Active' && !always) return null;
  const color = status === 'Stopped' ? 'red' : status === 'ApprovalEnded' ? 'default' : 'green';
  return (
    <Tag color={color} data-testid={`project-status-${status}`}>
      {t(`tracking.projectStatus.${status}`)}
    </Tag>
  );
}

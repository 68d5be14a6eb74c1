import type { ProjectPanelProps } from './panelProps';

/** The project page's milestones section (built on the `milestones` branch of issue 13; this placeholder renders nothing). */
export function MilestonesPanel(_props: ProjectPanelProps) {
  return null;
}

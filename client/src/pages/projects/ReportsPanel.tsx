import type { ProjectPanelProps } from './panelProps';

/** The project page's reports section (built on the `funds` branch of issue 13; this placeholder renders nothing). */
export function ReportsPanel(_props: ProjectPanelProps) {
  return null;
}

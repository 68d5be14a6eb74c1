import type { ProjectPanelProps } from './panelProps';

/** The project page's service section (built on the `service` branch of issue 13; this placeholder renders nothing). */
export function ServicePanel(_props: ProjectPanelProps) {
  return null;
}

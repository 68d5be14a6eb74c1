import type { ProjectDto } from '../../api';

/** Props every panel of the project page takes: the project as last read, and a callback after a change (the page re-reads it). */
export interface ProjectPanelProps {
  project: ProjectDto;
  onChanged: () => void;
}

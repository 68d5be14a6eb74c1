import type { ProjectCategory, ProjectStage } from '../api';

/** The project categories and stages, in the order the form and the filters offer them. */
export const CATEGORIES: ProjectCategory[] = ['Industrial', 'Service', 'Agriculture', 'RealEstate', 'Finance', 'Infrastructure', 'Other'];
export const STAGES: ProjectStage[] = ['Negotiating', 'Signed', 'Started', 'Completed', 'InProduction'];

import { ProjectsClient } from '../api/client';
import type {
  DepartmentProblemsDto,
  PagedListOfServiceDueDto,
  ProblemStatus,
  ProblemSummaryDto,
  ProjectProblemDto,
  ProjectRevisitDto,
  ProjectServiceDto,
  ServiceDueDto,
} from '../api/client';
import { http } from '../api/http';

export type { DepartmentProblemsDto, PagedListOfServiceDueDto, ProblemStatus, ProblemSummaryDto, ProjectProblemDto, ProjectRevisitDto, ProjectServiceDto, ServiceDueDto };

const projects = new ProjectsClient('', http);

/** The follow-up service's calls (动态跟踪服务): owner and interval, revisits, problems, the due list and the problems by department. */
export const projectService = {
  get: (id: string, signal?: AbortSignal) => projects.getProjectService(id, signal),
  assign: (id: string, version: number, serviceOwnerId: string | null, revisitIntervalDays: number | null) =>
    projects.assignProjectService(id, { version, serviceOwnerId: serviceOwnerId ?? undefined, revisitIntervalDays: revisitIntervalDays ?? undefined }),
  revisits: (id: string, signal?: AbortSignal) => projects.listRevisits(id, signal),
  recordRevisit: (id: string, input: { visitedOn: string; visitors: string; metWith: string; notes: string }) => projects.recordRevisit(id, input),
  problems: (id: string, signal?: AbortSignal) => projects.listProblems(id, signal),
  raiseProblem: (id: string, input: { description: string; department: string; dueOn: string }) => projects.raiseProblem(id, input),
  changeStatus: (id: string, problemId: string, input: { version: number; status: ProblemStatus; note: string; escalatedTo?: string }) =>
    projects.changeProblemStatus(id, problemId, input),
  departments: (search?: string, signal?: AbortSignal) => projects.listProblemDepartments(search || undefined, signal),
  due: (q: { page: number; pageSize: number; mine?: boolean; withinDays?: number }, signal?: AbortSignal) =>
    projects.listServiceDue(q.page, q.pageSize, undefined, undefined, q.mine || undefined, q.withinDays, signal),
  summary: (signal?: AbortSignal) => projects.getProblemSummary(undefined, signal),
  /** Attaches a photo or PDF to a revisit or a problem (the evidence endpoint, subject Revisit or Problem). */
  uploadEvidence: async (id: string, subject: 'Revisit' | 'Problem', subjectId: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    form.append('subject', subject);
    form.append('subjectId', subjectId);
    const response = await http.fetch(`/api/projects/${id}/evidence`, { method: 'POST', body: form });
    if (!response.ok) throw new Error(`evidence upload failed (${response.status})`);
  },
};

/** The statuses a problem may move to from its current one (the server's rule, for the buttons shown). */
export function nextStatuses(status: ProblemStatus): ProblemStatus[] {
  switch (status) {
    case 'Open':
      return ['InProgress', 'Escalated', 'Solved'];
    case 'InProgress':
      return ['Escalated', 'Solved'];
    case 'Escalated':
      return ['InProgress', 'Solved'];
    default:
      return [];
  }
}

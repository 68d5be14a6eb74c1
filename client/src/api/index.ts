/**
 * The one place that knows the generated client's shape. Pages call `api.*` with named parameters,
 * so a change in the generated method signatures (parameter order, type names) is fixed here only.
 */
import {
  AnalysisClient,
  ApiKeysClient,
  AssociationPortalClient,
  AssociationsClient,
  RewardsClient,
  TargetsClient,
  QuarterlyClient,
  EvaluationsClient,
  AuditClient,
  AuthClient,
  CalendarClient,
  FilingsClient,
  LeadsClient,
  EventsClient,
  PublicityClient,
  NotificationsClient,
  ObjectionsClient,
  PeopleClient,
  ProjectsClient,
  CreditsClient,
  PurchasedServiceClient,
  PublicClient,
  PublicationsClient,
  ReferenceDataClient,
  ReserveListClient,
  UnitsClient,
  UsersClient,
  WebhooksClient,
  WorkbenchClient,
} from './client';
import type * as Gen from './client';
import { currentLanguage } from '../i18n/language';
import { http, readCookie, XSRF_COOKIE, XSRF_HEADER } from './http';

const cleanAmbassador = (a: AmbassadorInput) => ({
  name: a.name.trim(),
  certificateNumber: a.certificateNumber.trim(),
  organisation: blank(a.organisation),
  title: blank(a.title),
  cityRegionCode: a.cityRegionCode || undefined,
  industryChainId: a.industryChainId || undefined,
  associationId: a.associationId || undefined,
  appointedOn: a.appointedOn || undefined,
  phone: blank(a.phone),
  email: blank(a.email),
  note: blank(a.note),
});

const cleanNative = (n: NativeInput) => ({
  name: n.name.trim(),
  nativeCounty: blank(n.nativeCounty),
  company: blank(n.company),
  position: blank(n.position),
  industryChainId: n.industryChainId || undefined,
  cityRegionCode: n.cityRegionCode || undefined,
  associationId: n.associationId || undefined,
  isListed: n.isListed,
  tags: n.tags.map((t) => t.trim()).filter((t) => t !== ''),
  phone: blank(n.phone),
  email: blank(n.email),
});

/** The yearly association evaluation (issue 15 items 2 and 3): schemes, the evaluation, manual scores, approval, the public 榜单. */
export const evaluationsApi = {
  schemes: (signal?: AbortSignal) => clients.evaluations.listEvaluationSchemes(signal),
  templates: (signal?: AbortSignal) => clients.evaluations.listEvaluationTemplates(signal),
  saveScheme: (year: number, body: Gen.SaveEvaluationSchemeRequest) => clients.evaluations.saveEvaluationScheme(year, body),
  copyTemplate: (year: number, template: string, version?: number) => clients.evaluations.copyEvaluationTemplate(year, { template, version }),
  list: (signal?: AbortSignal) => clients.evaluations.listEvaluations(signal),
  open: (year: number) => clients.evaluations.openEvaluation({ year }),
  get: (year: number, signal?: AbortSignal) => clients.evaluations.getEvaluation(year, signal),
  score: (year: number, associationId: string, body: Gen.EnterManualScoresRequest) => clients.evaluations.enterManualScores(year, associationId, body),
  approve: (year: number, version: number, reason?: string) => clients.evaluations.approveEvaluation(year, { version, reason }),
  revision: (year: number, number: number, signal?: AbortSignal) => clients.evaluations.getEvaluationRevision(year, number, signal),
  portal: (signal?: AbortSignal) => clients.evaluations.getAssociationEvaluations(signal),
  publicYears: (signal?: AbortSignal) => clients.public.listPublicEvaluations(signal),
  publicGet: (year: number, revision?: number, signal?: AbortSignal) => clients.public.getPublicEvaluation(year, revision, signal),
};

/** Reward policies, the yearly calculation and the association portal's rewards. */
export const rewardsApi = {
  policies: (signal?: AbortSignal) => clients.rewards.listRewardPolicies(signal),
  createPolicy: (body: Gen.CreateRewardPolicyCommand) => clients.rewards.createRewardPolicy(body),
  updatePolicy: (id: string, body: Gen.UpdateRewardPolicyRequest) => clients.rewards.updateRewardPolicy(id, body),
  calculations: (year?: number, signal?: AbortSignal) => clients.rewards.listRewardCalculations(year, signal),
  calculate: (year: number) => clients.rewards.calculateRewards({ year }),
  get: (id: string, signal?: AbortSignal) => clients.rewards.getRewardCalculation(id, signal),
  lines: (id: string, page: number, pageSize: number, outcome?: Gen.RewardOutcome, search?: string, signal?: AbortSignal) =>
    clients.rewards.listRewardLines(id, page, pageSize, undefined, outcome, blank(search), signal),
  exportLines: (id: string, outcome?: Gen.RewardOutcome) => clients.rewards.exportRewardLines(id, undefined, outcome, undefined),
  diff: (id: string, signal?: AbortSignal) => clients.rewards.getRewardDiff(id, signal),
  submit: (id: string, version: number) => clients.rewards.submitRewardCalculation(id, { version }),
  approve: (id: string, version: number) => clients.rewards.approveRewardCalculation(id, { version }),
  pay: (id: string, body: Gen.PayRewardsRequest) => clients.rewards.payRewardCalculation(id, body),
  confirmImpact: (projectId: string, year: number) => clients.rewards.confirmRewardImpact({ projectId, year }),
  portal: (signal?: AbortSignal) => clients.rewards.getAssociationRewards(signal),
};

/** Issue 15 item 4: carrier units' yearly targets (admins edit or import; staff and leaders read). */
export const targetsApi = {
  year: (year: number, signal?: AbortSignal) => clients.targets.listUnitTargets(year, signal),
  set: (year: number, unitId: string, figures: Gen.TargetFiguresDto, version?: number) => clients.targets.setUnitTarget(year, unitId, { figures, version }),
  importTemplate: (year: number): Promise<DownloadedFile> => clients.targets.getTargetsImportTemplate(year),
  import: (file: File, onProgress?: (percent: number) => void): Promise<Gen.TargetImportResultDto> =>
    uploadWithProgress<Gen.TargetImportResultDto>('/api/targets/import', file, file.name, {}, onProgress),
};

/** Issue 15 items 5 and 6: the quarterly scheduling (季调度) reports and the leader cockpit. */
export const quarterlyApi = {
  reports: (year?: number, signal?: AbortSignal) => clients.quarterly.listQuarterlyReports(year, signal),
  get: (year: number, quarter: number, revision?: number, signal?: AbortSignal) => clients.quarterly.getQuarterlyReport(year, quarter, revision, signal),
  run: (year: number, quarter: number, again: boolean) => clients.quarterly.runQuarterlyScheduling({ year, quarter, again }),
  export: (year: number, quarter: number, revision?: number): Promise<DownloadedFile> => clients.quarterly.exportQuarterlyReport(year, quarter, revision),
  cockpit: (signal?: AbortSignal) => clients.quarterly.getQuarterlyCockpit(signal),
};

/** The filters of the event list and its export. */
export interface EventFilter {
  kind?: Gen.PromotionEventKind;
  year?: number;
  associationId?: string;
  status?: Gen.PromotionEventStatus;
  organiserUnitId?: string;
  search?: string;
}

/** What an event form sends (recording, editing, proposing). */
export interface EventInput {
  kind: Gen.PromotionEventKind;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  organiserUnitId?: string;
  associations?: Gen.EventAssociationInput[];
  invitedCompanyCount: number;
  invitedCompanies?: string[];
  leadIds?: string[];
  filingIds?: string[];
  summary?: string;
}

/** Promotion events (招商活动) and publicity items (宣传报道). */
export const eventsApi = {
  list: (q: EventFilter & PageQuery, signal?: AbortSignal) =>
    clients.events.listPromotionEvents(q.page, q.pageSize, q.kind, q.year, q.associationId || undefined, q.status, q.organiserUnitId || undefined, blank(q.search), signal),
  export: (q: EventFilter): Promise<DownloadedFile> =>
    clients.events.exportPromotionEvents(q.kind, q.year, q.associationId || undefined, q.status, q.organiserUnitId || undefined, blank(q.search)),
  get: (id: string, signal?: AbortSignal) => clients.events.getPromotionEvent(id, signal),
  record: (e: EventInput) => clients.events.recordPromotionEvent({ ...e, title: e.title.trim(), place: e.place.trim(), summary: blank(e.summary) }),
  update: (id: string, e: EventInput, version: number) =>
    clients.events.updatePromotionEvent(id, { ...e, title: e.title.trim(), place: e.place.trim(), summary: blank(e.summary), version }),
  propose: (e: EventInput, ownRole: Gen.EventAssociationRole) =>
    clients.associationPortal.proposePromotionEvent({ ...e, title: e.title.trim(), place: e.place.trim(), summary: blank(e.summary), ownRole }),
  remove: (id: string, version: number) => clients.events.deletePromotionEvent(id, version),
  confirm: (id: string, version: number) => clients.events.confirmPromotionEvent(id, { version }),
  reject: (id: string, reason: string, version: number) => clients.events.rejectPromotionEvent(id, { reason: reason.trim(), version }),
  addFile: (id: string, file: File) => clients.events.addPromotionEventFile(id, { data: file, fileName: file.name }),
  removeFile: (id: string, fileId: string) => clients.events.removePromotionEventFile(id, fileId),
  /** A plain link: the browser downloads it with the session cookie, under the original name. */
  fileUrl: (id: string, fileId: string) => `/api/events/${encodeURIComponent(id)}/files/${encodeURIComponent(fileId)}/content`,
  publicity: (q: { year?: number; associationId?: string; search?: string } & PageQuery, signal?: AbortSignal) =>
    clients.publicity.listPublicityItems(q.page, q.pageSize, q.year, q.associationId || undefined, blank(q.search), signal),
  exportPublicity: (q: { year?: number; associationId?: string; search?: string }): Promise<DownloadedFile> =>
    clients.publicity.exportPublicityItems(q.year, q.associationId || undefined, blank(q.search)),
  recordPublicity: (p: Gen.RecordPublicityItemCommand) => clients.publicity.recordPublicityItem({ ...p, medium: p.medium.trim(), title: p.title.trim(), url: p.url.trim() }),
  updatePublicity: (id: string, p: Gen.RecordPublicityItemCommand, version: number) =>
    clients.publicity.updatePublicityItem(id, { ...p, medium: p.medium.trim(), title: p.title.trim(), url: p.url.trim(), version }),
  removePublicity: (id: string, version: number) => clients.publicity.deletePublicityItem(id, version),
};

export { ApiException } from './client';
/** The wire types, as generated: the OpenAPI document marks every property the server always sends as required. */
export type {
  TargetFiguresDto,
  UnitTargetDto,
  YearTargetsDto,
  TargetImportFieldErrorDto,
  TargetImportRowErrorDto,
  TargetImportResultDto,
  TargetMetric,
  QuarterlyUnitRowDto,
  QuarterlyMetricDto,
  QuarterlyReportDto,
  QuarterlyReportSummaryDto,
  QuarterlyCockpitDto,
  AssociationActivityDto,
  EvaluationDetailDto,
  EvaluationRowDto,
  EvaluationSchemeDto,
  EvaluationSummaryDto,
  EvaluationGroup,
  EvaluationIndicator,
  PublicEvaluationDto,
  AssociationEvaluationResultDto,
  PromotionEventDto,
  PromotionEventListItemDto,
  PromotionEventKind,
  PromotionEventStatus,
  EventAssociationRole,
  EventAssociationDto,
  PromotionEventFileDto,
  PublicityItemDto,
  RecordPublicityItemCommand,
  CreditDto,
  CreditQueueItemDto,
  RecommenderKind,
  RecommenderOptionDto,
  AssociationRewardYearDto,
  CreateRewardPolicyCommand,
  PayRewardsRequest,
  RewardAssociationTotalDto,
  RewardCalculationDetailDto,
  RewardCalculationDto,
  RewardCalculationStatus,
  RewardDiffDto,
  RewardDiffRowDto,
  RewardLineDto,
  RewardOutcome,
  RewardPolicyDto,
  UpdateRewardPolicyRequest,
  AnalysisGroupBy,
  FundsBySourceDto,
  MonthlyReportDto,
  MonthlyReportKind,
  MonthlyReportStatus,
  ProjectYearSummaryDto,
  AnalysisGroupDto,
  AnalysisPeriod,
  ApiKeyDto,
  ApiKeyScope,
  ApiKeyStatus,
  AssociationDetailDto,
  AssociationDto,
  AssociationMemberDto,
  AssociationOfficeDto,
  AssociationPortalDto,
  AssociationRatingDto,
  AssociationRatingLevel,
  AssociationStatus,
  CreditedProjectDto,
  AssociationKind,
  AttachmentKind,
  AuditAction,
  AuditEntryDto,
  CalendarDayDto,
  CalendarDayKind,
  CalendarYearDto,
  CalendarYearSummaryDto,
  CreatedApiKeyDto,
  CurrentUserDto,
  DigestFiling,
  DuplicateFilingDto,
  DuplicateNoticeDto,
  DuplicateReason,
  FilerWorkbenchDto,
  FilingAction,
  FilingAnalysisDto,
  FilingAttachmentAddedDto,
  FilingAttachmentDto,
  FilingAttachmentRemovedDto,
  FilingDto,
  FilingDuplicatesDto,
  FilingHistoryDto,
  FilingImportFieldErrorDto,
  FilingImportResultDto,
  FilingImportRowErrorDto,
  FilingListItemDto,
  FilingStatus,
  IndustryChainDto,
  LeadDto,
  LeadHistoryAction,
  LeadHistoryDto,
  LeadListItemDto,
  LeadOpinionDto,
  LeadSourceKind,
  LeadStatus,
  LeaderHeadlineDto,
  LodgedObjectionDto,
  NotificationDto,
  NotificationKind,
  NotificationOrder,
  ObjectionDto,
  ObjectionReceiptDto,
  ObjectionRemedy,
  ObjectionStatus,
  ProjectCategory,
  MilestoneAction,
  MilestoneKind,
  MilestoneStatus,
  ProjectDto,
  ProjectMilestoneDto,
  ProjectMilestoneHistoryDto,
  ProjectStage,
  ProjectTimelineEntryDto,
  VerificationSubject,
  VerificationTaskDto,
  TrackedProjectStatus,
  PublicationDto,
  PublicationEntryDto,
  PublicationEntryStatus,
  PublicationSummaryDto,
  ReportImportFieldErrorDto,
  AmbassadorDto,
  AmbassadorDetailDto,
  AmbassadorCreditDto,
  AmbassadorLeadDto,
  NativeDto,
  NativeImportResultDto,
  NativeImportRowErrorDto,
  NativeImportFieldErrorDto,
  TargetingResultDto,
  TargetAssociationDto,
  TargetOfficeDto,
  TargetMemberDto,
  ReportImportResultDto,
  ReportImportRowErrorDto,
  ReserveListDto,
  ReserveListRuleDto,
  ReserveProjectDto,
  ReserveRegionDto,
  ReserveRegionPageDto,
  ReturnedFilingDto,
  ReviewCountsDto,
  ReviewQueueSort,
  ScaleBand,
  SortDirection,
  SourceOrigin,
  SourceRegionDto,
  SourceRegionKind,
  UnitDto,
  UnitKind,
  UnreadCountDto,
  UserDto,
  WebhookDeliveryDto,
  WebhookDeliveryStatus,
  WebhookSubscriptionDto,
  WebhookSubscriptionSavedDto,
  WebhookSubscriptionStatus,
  WorkbenchFigureDto,
} from './client';
type UnitKind = Gen.UnitKind;
type ApiKeyScope = Gen.ApiKeyScope;
type SourceRegionKind = Gen.SourceRegionKind;

/** A downloaded file: its content and the name the server gave it (Content-Disposition). */
export interface DownloadedFile {
  data: Blob;
  fileName?: string;
}

/** A webhook subscription's editable fields (the secret only when the admin sets their own). */
export interface WebhookInput {
  url: string;
  eventTypes: string[];
  description?: string;
  secret?: string;
}

export interface IndustryChainInput {
  name: string;
  nameEn?: string;
  group?: string;
  sortOrder: number;
}

export const clients = {
  auth: new AuthClient('', http),
  units: new UnitsClient('', http),
  users: new UsersClient('', http),
  apiKeys: new ApiKeysClient('', http),
  webhooks: new WebhooksClient('', http),
  audit: new AuditClient('', http),
  referenceData: new ReferenceDataClient('', http),
  filings: new FilingsClient('', http),
  associations: new AssociationsClient('', http),
  leads: new LeadsClient('', http),
  events: new EventsClient('', http),
  publicity: new PublicityClient('', http),
  associationPortal: new AssociationPortalClient('', http),
  rewards: new RewardsClient('', http),
  targets: new TargetsClient('', http),
  quarterly: new QuarterlyClient('', http),
  evaluations: new EvaluationsClient('', http),
  calendar: new CalendarClient('', http),
  notifications: new NotificationsClient('', http),
  publications: new PublicationsClient('', http),
  public: new PublicClient('', http),
  objections: new ObjectionsClient('', http),
  analysis: new AnalysisClient('', http),
  reserveList: new ReserveListClient('', http),
  workbench: new WorkbenchClient('', http),
  projects: new ProjectsClient('', http),
  people: new PeopleClient('', http),
  credits: new CreditsClient('', http),
  purchasedService: new PurchasedServiceClient('', http),
};

/** A short hash of a request body (FNV-1a over its JSON), for Idempotency-Keys that differ when the body does. */
export function bodyHash(body: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(body)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
/** The report import's own instance of the Projects client (the project pages' branches add theirs to `clients`). */


const cleanFiling = (f: FilingInput): Gen.CreateFilingDraftCommand => ({
  projectName: blank(f.projectName),
  investorName: blank(f.investorName),
  creditCode: blank(f.creditCode)?.toUpperCase(),
  sourceRegionCode: f.sourceRegionCode || undefined,
  industryChainId: f.industryChainId || undefined,
  category: f.category || undefined,
  stage: f.stage || undefined,
  plannedTotalInvestment: f.plannedTotalInvestment,
  plannedFixedAssetInvestment: f.plannedFixedAssetInvestment,
  constructionContent: blank(f.constructionContent),
  associationId: f.associationId || undefined,
  recommenderName: blank(f.recommenderName),
  recommenderContact: blank(f.recommenderContact),
  contactName: blank(f.contactName),
  contactPhone: blank(f.contactPhone),
  leadId: f.leadId || undefined,
});

const blank = (s: string | null | undefined) => (s === undefined || s === null || s.trim() === '' ? undefined : s.trim());

/** GET /api/projects: a page of tracked projects, filtered. */
export interface ProjectQuery extends PageQuery {
  status?: Gen.TrackedProjectStatus;
  stage?: Gen.ProjectStage;
  unitId?: string;
  industryChainId?: string;
  search?: string;
}

/** GET /api/projects/verification-queue: a page of open verification tasks, filtered. */
export interface VerificationQueueQuery extends PageQuery {
  subject?: Gen.VerificationSubject;
  unitId?: string;
  overdue?: boolean;
}

export interface PageQuery {
  page: number;
  pageSize: number;
}
export interface UnitQuery extends PageQuery {
  kind?: UnitKind;
  search?: string;
}
export interface UserQuery extends PageQuery {
  search?: string;
  role?: string;
  unitId?: string;
}
export interface AuditQuery extends PageQuery {
  entityType?: string;
  entityId?: string;
  userName?: string;
  from?: string;
  to?: string;
}

/** The analysis's parameters; dates are Asia/Shanghai approval dates, YYYY-MM-DD. */
export interface AnalysisQuery {
  groupBy: Gen.AnalysisGroupBy;
  period?: Gen.AnalysisPeriod;
  from?: string;
  to?: string;
}

export interface FilingFilter {
  unitId?: string;
  industryChainId?: string;
  category?: Gen.ProjectCategory;
  /** A province (its cities too), a country, or one city exactly. */
  sourceRegionCode?: string;
  scaleBand?: Gen.ScaleBand;
  stage?: Gen.ProjectStage;
  /** Asia/Shanghai dates, YYYY-MM-DD. */
  submittedFrom?: string;
  submittedTo?: string;
  /** The source's class seen from the configured home city (本市/省内市外/省外境内/港澳台/外国). */
  sourceOrigin?: Gen.SourceOrigin;
}
/** The shared filters in the generated methods' parameter order (the server binds them once, as `FilingFilter`). */
const filterArgs = (f: FilingFilter) =>
  [f.unitId, f.industryChainId, f.category, f.sourceRegionCode, f.scaleBand, f.stage, f.submittedFrom, f.submittedTo, f.sourceOrigin] as const;
export interface FilingQuery extends PageQuery, FilingFilter {
  status?: Gen.FilingStatus;
  search?: string;
}
export interface ReviewQueueQuery extends PageQuery, FilingFilter {
  sort?: Gen.ReviewQueueSort;
  direction?: Gen.SortDirection;
}
/** What the filing form sends; amounts already in yuan (see lib/money). Empty strings are sent as absent. */
export interface FilingInput {
  projectName?: string;
  investorName?: string;
  creditCode?: string;
  sourceRegionCode?: string;
  industryChainId?: string;
  category?: Gen.ProjectCategory;
  stage?: Gen.ProjectStage;
  plannedTotalInvestment?: number;
  plannedFixedAssetInvestment?: number;
  constructionContent?: string;
  associationId?: string;
  recommenderName?: string;
  recommenderContact?: string;
  contactName?: string;
  contactPhone?: string;
  leadId?: string;
}
export interface NotificationQuery extends PageQuery {
  unreadOnly?: boolean;
  order?: Gen.NotificationOrder;
}
/** What a member of the public sends with an objection; the evidence file is optional (PDF or image, ≤ 10 MiB). */
export interface ObjectionInput {
  objectorName: string;
  /** A mainland phone number or an e-mail address. */
  contact: string;
  text: string;
  file?: File;
}
export interface ObjectionQuery extends PageQuery {
  status?: Gen.ObjectionStatus;
  publicationId?: string;
  filingId?: string;
}
export interface LeadQuery extends PageQuery {
  status?: Gen.LeadStatus;
  search?: string;
}
export interface LeadInput {
  companyName: string;
  industryChainId?: string;
  intendedInvestment?: number;
  sourceRegionCode?: string;
  known?: string;
  sourceKind: Gen.LeadSourceKind;
  sourceId?: string;
}
/** 招商大使 list filters (issue 14 item 3); a province code covers its cities. */
export interface AmbassadorQuery extends PageQuery {
  year?: number;
  search?: string;
  industryChainId?: string;
  cityRegionCode?: string;
}
/** An ambassador's editable fields (the year is set at appointment). */
export interface AmbassadorInput {
  name: string;
  certificateNumber: string;
  organisation?: string;
  title?: string;
  cityRegionCode?: string;
  industryChainId?: string;
  associationId?: string;
  appointedOn?: string;
  phone?: string;
  email?: string;
  note?: string;
}
/** 在外知名人士 list filters. */
export interface NativeQuery extends PageQuery {
  search?: string;
  industryChainId?: string;
  cityRegionCode?: string;
  tag?: string;
  isListed?: boolean;
}
export interface NativeInput {
  name: string;
  nativeCounty?: string;
  company?: string;
  position?: string;
  industryChainId?: string;
  cityRegionCode?: string;
  associationId?: string;
  isListed: boolean;
  tags: string[];
  phone?: string;
  email?: string;
}
/** An association office's editable fields (registry and portal). */
export interface OfficeInput {
  name: string;
  cityRegionCode: string;
  contactName?: string;
  contactPhone?: string;
}

/** A member company's editable fields (registry and portal). */
export interface MemberInput {
  companyName: string;
  creditCode?: string;
  industryChainId?: string;
  position?: string;
}

/** The registry's profile of an association. */
export interface AssociationProfileInput {
  name: string;
  kind: Gen.AssociationKind;
  homeRegionCode?: string;
  foundedOn?: string;
  memberCount?: number | null;
  liaisonLeader?: string;
  presidentName?: string;
  presidentContact?: string;
  secretaryGeneralName?: string;
  secretaryGeneralContact?: string;
}

const cleanOffice = (o: OfficeInput) => ({
  name: o.name.trim(),
  cityRegionCode: o.cityRegionCode,
  contactName: blank(o.contactName),
  contactPhone: blank(o.contactPhone),
});

const cleanMember = (m: MemberInput) => ({
  companyName: m.companyName.trim(),
  creditCode: blank(m.creditCode)?.toUpperCase(),
  industryChainId: m.industryChainId || undefined,
  position: blank(m.position),
});

export interface AssociationQuery extends PageQuery {
  kind?: Gen.AssociationKind;
  search?: string;
  status?: Gen.AssociationStatus;
  regionCode?: string;
  industryChainId?: string;
}

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  description?: string;
}
export interface UserInput {
  userName: string;
  displayName: string;
  password: string;
  role: string;
  unitId?: string;
  email?: string;
  phoneNumber?: string;
  associationId?: string;
}
export interface UserChanges {
  displayName: string;
  role: string;
  unitId?: string;
  email?: string;
  phoneNumber?: string;
  isActive: boolean;
  version: number;
  associationId?: string;
}

export const api = {
  /** Issue 14 item 3: ambassadors (招商大使), notable natives (在外知名人士) and targeting (按图索骥). */
  people: {
    ambassadors: {
      list: (q: AmbassadorQuery, signal?: AbortSignal) =>
        clients.people.listAmbassadors(q.page, q.pageSize, q.year, blank(q.search), q.industryChainId, q.cityRegionCode, signal),
      get: (id: string, signal?: AbortSignal) => clients.people.getAmbassador(id, signal),
      create: (year: number, a: AmbassadorInput) => clients.people.createAmbassador({ year, ...cleanAmbassador(a) }),
      update: (id: string, a: AmbassadorInput, version: number) => clients.people.updateAmbassador(id, { ...cleanAmbassador(a), version }),
      remove: (id: string, version: number) => clients.people.deleteAmbassador(id, version),
      reappoint: (id: string, certificateNumber: string, appointedOn?: string) =>
        clients.people.reappointAmbassador(id, { certificateNumber, appointedOn: appointedOn || undefined }),
      export: (q: Omit<AmbassadorQuery, 'page' | 'pageSize'>): Promise<DownloadedFile> =>
        clients.people.exportAmbassadors(q.year, blank(q.search), q.industryChainId, q.cityRegionCode),
      certificate: (id: string): Promise<DownloadedFile> => clients.people.getAmbassadorCertificate(id),
    },
    natives: {
      list: (q: NativeQuery, signal?: AbortSignal) =>
        clients.people.listNatives(q.page, q.pageSize, blank(q.search), q.industryChainId, q.cityRegionCode, blank(q.tag), q.isListed, signal),
      create: (n: NativeInput) => clients.people.createNative(cleanNative(n)),
      update: (id: string, n: NativeInput, version: number) => clients.people.updateNative(id, { ...cleanNative(n), version }),
      remove: (id: string, version: number) => clients.people.deleteNative(id, version),
      export: (q: Omit<NativeQuery, 'page' | 'pageSize'>): Promise<DownloadedFile> =>
        clients.people.exportNatives(blank(q.search), q.industryChainId, q.cityRegionCode, blank(q.tag), q.isListed),
      importTemplate: (): Promise<DownloadedFile> => clients.people.getNativeImportTemplate(),
      import: (file: File, onProgress?: (percent: number) => void): Promise<Gen.NativeImportResultDto> =>
        uploadWithProgress<Gen.NativeImportResultDto>('/api/natives/import', file, file.name, {}, onProgress),
    },
    /** The picker of a credit's recommender or a lead's source: this year's ambassadors or the natives, by name (any signed-in user). */
    recommenders: (kind: 'Ambassador' | 'Native', search?: string, signal?: AbortSignal) =>
      clients.people.listRecommenderOptions(kind, blank(search), signal),
    targeting: {
      get: (regionCode: string, industryChainId?: string, signal?: AbortSignal) => clients.people.getTargeting(regionCode, industryChainId, signal),
      export: (regionCode: string, industryChainId?: string): Promise<DownloadedFile> => clients.people.exportTargeting(regionCode, industryChainId),
    },
  },
  auth: {
    login: (userName: string, password: string, rememberMe: boolean) => clients.auth.login({ userName, password, rememberMe }),
    logout: () => clients.auth.logout(),
    logoutEverywhere: () => clients.auth.logoutEverywhere(),
    me: (signal?: AbortSignal) => clients.auth.getCurrentUser(signal),
    /** Who is signed in (null for a visitor), always 200: the SPA asks this, so public pages log no expected 401. */
    session: async (signal?: AbortSignal) => (await clients.auth.getSession(signal)).user ?? null,
    changePassword: (currentPassword: string, newPassword: string) => clients.auth.changePassword({ currentPassword, newPassword }),
  },
  units: {
    list: (q: UnitQuery, signal?: AbortSignal) => clients.units.listUnits(q.page, q.pageSize, q.kind, blank(q.search), signal),
    get: (id: string, signal?: AbortSignal) => clients.units.getUnit(id, signal),
    create: (input: UnitInput) =>
      clients.units.createUnit({ ...input, code: input.code.trim(), name: input.name.trim(), description: blank(input.description) }),
    update: (id: string, input: Omit<UnitInput, 'code'> & { version: number }) =>
      clients.units.updateUnit(id, { ...input, name: input.name.trim(), description: blank(input.description) }),
    remove: (id: string, version: number) => clients.units.deleteUnit(id, version),
  },
  users: {
    list: (q: UserQuery, signal?: AbortSignal) => clients.users.listUsers(q.page, q.pageSize, blank(q.search), q.role, q.unitId, signal),
    create: (input: UserInput) =>
      clients.users.createUser({
        ...input,
        unitId: input.unitId || undefined,
        associationId: input.role === 'Association' ? input.associationId || undefined : undefined,
        email: blank(input.email),
        phoneNumber: blank(input.phoneNumber),
      }),
    update: (id: string, changes: UserChanges) =>
      clients.users.updateUser(id, {
        ...changes,
        unitId: changes.unitId || undefined,
        associationId: changes.role === 'Association' ? changes.associationId || undefined : undefined,
        email: blank(changes.email),
        phoneNumber: blank(changes.phoneNumber),
      }),
    resetPassword: (id: string, newPassword: string) => clients.users.resetUserPassword(id, { newPassword }),
    unlock: (id: string) => clients.users.unlockUser(id),
    sessions: (id: string, signal?: AbortSignal) => clients.users.listUserSessions(id, signal),
    endSessions: (id: string) => clients.users.endUserSessions(id),
  },
  apiKeys: {
    list: (signal?: AbortSignal) => clients.apiKeys.listApiKeys(signal),
    create: (name: string, scope: ApiKeyScope, expiresAt?: string, mayReadContacts = false) =>
      clients.apiKeys.createApiKey({ name, scope, expiresAt, mayReadContacts }),
    setContacts: (id: string, mayReadContacts: boolean, version: number) => clients.apiKeys.setApiKeyContacts(id, { mayReadContacts, version }),
    revoke: (id: string, reason?: string) => clients.apiKeys.revokeApiKey(id, { reason: blank(reason) }),
  },
  webhooks: {
    list: (signal?: AbortSignal) => clients.webhooks.listWebhookSubscriptions(signal),
    eventTypes: (signal?: AbortSignal) => clients.webhooks.listWebhookEventTypes(signal),
    create: (v: WebhookInput) =>
      clients.webhooks.createWebhookSubscription({ url: v.url.trim(), eventTypes: v.eventTypes, description: blank(v.description), secret: blank(v.secret) }),
    update: (id: string, v: WebhookInput & { paused: boolean; rotateSecret?: boolean }, version: number) =>
      clients.webhooks.updateWebhookSubscription(id, {
        url: v.url.trim(),
        eventTypes: v.eventTypes,
        description: blank(v.description),
        paused: v.paused,
        rotateSecret: v.rotateSecret ?? false,
        secret: blank(v.secret),
        version,
      }),
    remove: (id: string, version: number) => clients.webhooks.deleteWebhookSubscription(id, version),
    ping: (id: string) => clients.webhooks.pingWebhookSubscription(id),
    deliveries: (q: { subscriptionId?: string; status?: Gen.WebhookDeliveryStatus; page: number; pageSize: number }, signal?: AbortSignal) =>
      clients.webhooks.listWebhookDeliveries(q.subscriptionId, q.status, q.page, q.pageSize, signal),
    redeliver: (id: string) => clients.webhooks.redeliverWebhook(id),
  },
  audit: {
    entityTypes: (signal?: AbortSignal) => clients.audit.listAuditedEntityTypes(signal),
    list: (q: AuditQuery, signal?: AbortSignal) =>
      clients.audit.listAuditEntries(
        q.page,
        q.pageSize,
        blank(q.entityType),
        blank(q.entityId),
        blank(q.userName),
        q.from,
        q.to,
        signal,
      ),
  },
  referenceData: {
    industryChains: (signal?: AbortSignal, includeInactive = false) => clients.referenceData.listIndustryChains(includeInactive, signal),
    createIndustryChain: (code: string, input: IndustryChainInput) =>
      clients.referenceData.createIndustryChain({
        code: code.trim(),
        name: input.name.trim(),
        nameEn: blank(input.nameEn),
        group: blank(input.group),
        sortOrder: input.sortOrder,
      }),
    updateIndustryChain: (id: string, input: IndustryChainInput & { isActive: boolean; version: number }) =>
      clients.referenceData.updateIndustryChain(id, {
        name: input.name.trim(),
        nameEn: blank(input.nameEn),
        group: blank(input.group),
        sortOrder: input.sortOrder,
        isActive: input.isActive,
        version: input.version,
      }),
    removeIndustryChain: (id: string, version: number) => clients.referenceData.deleteIndustryChain(id, version),
    /** Source regions: active ones unless includeInactive; one kind and/or the cities of one province. */
    regions: (q: { kind?: SourceRegionKind; parentCode?: string; includeInactive?: boolean } = {}, signal?: AbortSignal) =>
      clients.referenceData.listSourceRegions(q.kind, q.parentCode, q.includeInactive, signal),
    createRegion: (input: { code: string; name: string; nameEn: string }) =>
      clients.referenceData.createSourceRegion({ code: input.code.trim().toUpperCase(), name: input.name.trim(), nameEn: input.nameEn.trim() }),
    updateRegion: (code: string, input: { name: string; nameEn: string; isActive: boolean; version: number }) =>
      clients.referenceData.updateSourceRegion(code, {
        name: input.name.trim(),
        nameEn: input.nameEn.trim(),
        isActive: input.isActive,
        version: input.version,
      }),
  },
  filings: {
    list: (q: FilingQuery, signal?: AbortSignal) =>
      clients.filings.listFilings(
        q.page,
        q.pageSize,
        q.status,
        blank(q.search),
        ...filterArgs(q),
        signal,
      ),
    get: (id: string, signal?: AbortSignal) => clients.filings.getFiling(id, signal),
    create: (input: FilingInput) => clients.filings.createFilingDraft(cleanFiling(input)),
    update: (id: string, input: FilingInput, version: number) => clients.filings.updateFilingDraft(id, { ...cleanFiling(input), version }),
    // Idempotency-Key per filing and version: a retry after a lost answer (or a second click) gets the first answer again.
    submit: (id: string, version: number) => clients.filings.submitFiling(id, { version }, `submit-${id}-${version}`),
    withdraw: (id: string, version: number) => clients.filings.withdrawFiling(id, { version }),
    approve: (id: string, version: number) => clients.filings.approveFiling(id, { version }),
    return: (id: string, version: number, reasons: string) => clients.filings.returnFiling(id, { version, reasons: reasons.trim() }),
    revoke: (id: string, version: number, reason: string) => clients.filings.revokeFiling(id, { version, reason: reason.trim() }),
    duplicates: (id: string, signal?: AbortSignal) => clients.filings.getFilingDuplicates(id, signal),
    dismissDuplicate: (id: string, otherId: string, reason?: string) =>
      clients.filings.dismissDuplicate(id, otherId, { reason: blank(reason) }),
    /** Every row matching the list's filters, as .xlsx (at most 100,000 rows, else a 422 export.too-many-rows). */
    export: (q: Omit<FilingQuery, 'page' | 'pageSize'>): Promise<DownloadedFile> =>
      clients.filings.exportFilings(
        q.status,
        blank(q.search),
        ...filterArgs(q),
      ),
    importTemplate: (): Promise<DownloadedFile> => clients.filings.getFilingImportTemplate(),
    /** Uploads a filled-in template, reporting the upload's progress (0–100); rejects like every other call (`toProblem`). */
    import: (file: File, onProgress?: (percent: number) => void): Promise<Gen.FilingImportResultDto> =>
      uploadWithProgress<Gen.FilingImportResultDto>('/api/filings/import', file, file.name, {}, onProgress),
  },
  review: {
    queue: (q: ReviewQueueQuery, signal?: AbortSignal) =>
      clients.filings.getReviewQueue(
        q.page,
        q.pageSize,
        q.sort,
        q.direction,
        ...filterArgs(q),
        signal,
      ),
    counts: (signal?: AbortSignal) => clients.filings.getReviewCounts(signal),
    /** Every filing of the queue matching its filters, in its order, as .xlsx. */
    export: (q: Omit<ReviewQueueQuery, 'page' | 'pageSize'>): Promise<DownloadedFile> =>
      clients.filings.exportReviewQueue(
        q.sort,
        q.direction,
        ...filterArgs(q),
      ),
  },
  projects: {
    list: (q: ProjectQuery, signal?: AbortSignal) =>
      clients.projects.listProjects(q.page, q.pageSize, q.status, q.stage, q.unitId, q.industryChainId, q.search, signal),
    get: (id: string, signal?: AbortSignal) => clients.projects.getProject(id, signal),
    /** Every timeline source's lines and the project's own, newest first. */
    timeline: (id: string, signal?: AbortSignal) => clients.projects.getProjectTimeline(id, signal),
    verificationQueue: (q: VerificationQueueQuery, signal?: AbortSignal) =>
      clients.projects.getVerificationQueue(q.page, q.pageSize, q.subject, q.unitId, q.overdue, signal),
    /** Every open task matching the queue's filters, in its order, as .xlsx. */
    exportVerificationQueue: (q: Omit<VerificationQueueQuery, 'page' | 'pageSize'>): Promise<DownloadedFile> =>
      clients.projects.exportVerificationQueue(q.subject, q.unitId, q.overdue),
  },
  analysis: {
    filings: (q: AnalysisQuery, signal?: AbortSignal) => clients.analysis.analyzeFilings(q.groupBy, q.period, q.from, q.to, signal),
    /** The same analysis as .xlsx. */
    export: (q: AnalysisQuery): Promise<DownloadedFile> => clients.analysis.exportFilingAnalysis(q.groupBy, q.period, q.from, q.to),
  },
  reserveList: {
    /** First page: every region's count and total, each with its `perRegion` largest projects (server default 5, at most 50). */
    get: (perRegion?: number, signal?: AbortSignal) => clients.reserveList.getReserveList(perRegion, signal),
    /** One region's projects, largest first, paged on the server (a city's code pages its province). */
    region: (code: string, page: number, pageSize: number, signal?: AbortSignal) =>
      clients.reserveList.getReserveListRegion(code, page, pageSize, signal),
    export: (): Promise<DownloadedFile> => clients.reserveList.exportReserveList(),
  },
  /** A tracked project's monthly reports (funds in place, fixed-asset investment), their verification and the year summary. */
  reports: {
    list: (projectId: string, kind?: Gen.MonthlyReportKind, signal?: AbortSignal) => clients.projects.listProjectReports(projectId, kind, signal),
    // Idempotency-Key per month's report (and per corrected revision) and per body: a retry after a lost answer gets the first
    // answer again, and a corrected form after a refusal (a 400 is kept for its key too) is a new request, not a reused key.
    report: (projectId: string, body: Gen.MonthlyReportRequest) =>
      clients.projects.reportProjectMonth(projectId, body, `report-${projectId}-${body.kind}-${body.year}-${body.month}-${bodyHash(body)}`),
    correct: (projectId: string, reportId: string, body: Gen.MonthlyReportCorrectionRequest) =>
      clients.projects.correctProjectReport(projectId, reportId, body, `correct-${reportId}-${body.version}-${bodyHash(body)}`),
    verify: (projectId: string, reportId: string, version: number) => clients.projects.verifyProjectReport(projectId, reportId, { version }),
    reject: (projectId: string, reportId: string, version: number, reason: string) =>
      clients.projects.rejectProjectReport(projectId, reportId, { version, reason: reason.trim() }),
    /** Evidence (a photo or PDF) for a report, through the project evidence endpoint. */
    uploadEvidence: (projectId: string, subject: 'FundsReport' | 'InvestmentReport', subjectId: string, file: File) =>
      uploadWithProgress<unknown>(`/api/projects/${encodeURIComponent(projectId)}/evidence`, file, file.name, { subject, subjectId }),
    summary: (year: number, unitId?: string, signal?: AbortSignal) => clients.projects.getProjectYearSummary(year, unitId, signal),
  },
  workbench: {
    /** The filer's own unit's counts and latest returned filings (the server always answers the caller's unit). */
    filer: (signal?: AbortSignal) => clients.workbench.getFilerWorkbench(signal),
    /** City-wide headline figures for the 领导驾驶舱 (leaders, reviewers, admins). */
    leader: (signal?: AbortSignal) => clients.workbench.getLeaderHeadline(signal),
  },
  leads: {
    list: (q: LeadQuery, signal?: AbortSignal) => clients.leads.listLeads(q.page, q.pageSize, q.status, blank(q.search), signal),
    get: (id: string, signal?: AbortSignal) => clients.leads.getLead(id, signal),
    record: (input: LeadInput) =>
      clients.leads.recordLead({
        ...input,
        companyName: input.companyName.trim(),
        known: blank(input.known),
        sourceRegionCode: blank(input.sourceRegionCode),
      } as Gen.RecordLeadCommand),
    requestOpinion: (id: string, associationIds: string[], question: string, version: number) =>
      clients.leads.requestLeadOpinion(id, { associationIds, question: question.trim(), version }),
    assign: (id: string, unitId: string, note: string | undefined, version: number) => clients.leads.assignLead(id, { unitId, note: blank(note), version }),
    merge: (id: string, targetLeadId: string, note: string | undefined, version: number) =>
      clients.leads.mergeLead(id, { targetLeadId, note: blank(note), version }),
    shelve: (id: string, reason: string, version: number) => clients.leads.shelveLead(id, { reason: reason.trim(), version }),
  },
  associations: {
    list: (q: AssociationQuery, signal?: AbortSignal) =>
      clients.associations.listAssociations(q.page, q.pageSize, q.kind, blank(q.search), q.status, blank(q.regionCode), q.industryChainId || undefined, signal),
    export: (q: Omit<AssociationQuery, 'page' | 'pageSize'>): Promise<DownloadedFile> =>
      clients.associations.exportAssociations(q.kind, blank(q.search), q.status, blank(q.regionCode), q.industryChainId || undefined),
    get: (id: string, signal?: AbortSignal) => clients.associations.getAssociation(id, signal),
    create: (name: string, kind: Gen.AssociationKind, status?: Gen.AssociationStatus) =>
      clients.associations.createAssociation({ name: name.trim(), kind, status }),
    saveProfile: (id: string, p: AssociationProfileInput, version: number) =>
      clients.associations.updateAssociationProfile(id, {
        name: p.name.trim(),
        kind: p.kind,
        homeRegionCode: p.homeRegionCode || undefined,
        foundedOn: p.foundedOn || undefined,
        memberCount: p.memberCount ?? undefined,
        liaisonLeader: blank(p.liaisonLeader),
        presidentName: blank(p.presidentName),
        presidentContact: blank(p.presidentContact),
        secretaryGeneralName: blank(p.secretaryGeneralName),
        secretaryGeneralContact: blank(p.secretaryGeneralContact),
        version,
      }),
    changeStatus: (id: string, status: Gen.AssociationStatus, version: number) => clients.associations.changeAssociationStatus(id, { status, version }),
    addRating: (id: string, level: Gen.AssociationRatingLevel, year: number, note?: string) =>
      clients.associations.addAssociationRating(id, { level, year, note: blank(note) }),
    removeRating: (id: string, ratingId: string, version: number) => clients.associations.removeAssociationRating(id, ratingId, version),
    createOffice: (id: string, o: OfficeInput) => clients.associations.createAssociationOffice(id, cleanOffice(o)),
    updateOffice: (id: string, officeId: string, o: OfficeInput, version: number) =>
      clients.associations.updateAssociationOffice(id, officeId, { ...cleanOffice(o), version }),
    removeOffice: (id: string, officeId: string, version: number) => clients.associations.deleteAssociationOffice(id, officeId, version),
    createMember: (id: string, m: MemberInput) => clients.associations.createAssociationMember(id, cleanMember(m)),
    updateMember: (id: string, memberId: string, m: MemberInput, version: number) =>
      clients.associations.updateAssociationMember(id, memberId, { ...cleanMember(m), version }),
    removeMember: (id: string, memberId: string, version: number) => clients.associations.deleteAssociationMember(id, memberId, version),
    update: (id: string, name: string, kind: Gen.AssociationKind, version: number) =>
      clients.associations.updateAssociation(id, { name: name.trim(), kind, version }),
    remove: (id: string, version: number) => clients.associations.deleteAssociation(id, version),
  },
  associationPortal: {
    home: (page: number, pageSize: number, signal?: AbortSignal) => clients.associationPortal.getAssociationPortal(page, pageSize, signal),
    createOffice: (o: OfficeInput) => clients.associationPortal.createPortalOffice(cleanOffice(o)),
    updateOffice: (officeId: string, o: OfficeInput, version: number) => clients.associationPortal.updatePortalOffice(officeId, { ...cleanOffice(o), version }),
    removeOffice: (officeId: string, version: number) => clients.associationPortal.deletePortalOffice(officeId, version),
    createMember: (m: MemberInput) => clients.associationPortal.createPortalMember(cleanMember(m)),
    updateMember: (memberId: string, m: MemberInput, version: number) => clients.associationPortal.updatePortalMember(memberId, { ...cleanMember(m), version }),
    removeMember: (memberId: string, version: number) => clients.associationPortal.deletePortalMember(memberId, version),
    opinionRequests: (q: PageQuery & { openOnly?: boolean }, signal?: AbortSignal) =>
      clients.associationPortal.listOpinionRequests(q.page, q.pageSize, q.openOnly, signal),
    answer: (id: string, answer: string, version: number) => clients.associationPortal.answerOpinionRequest(id, { answer: answer.trim(), version }),
  },
  attachments: {
    list: (filingId: string, signal?: AbortSignal) => clients.filings.listFilingAttachments(filingId, signal),
    /** Multipart upload through XMLHttpRequest, which (unlike fetch) reports upload progress (0–100). */
    upload: (filingId: string, file: Blob, fileName: string, kind: Gen.AttachmentKind, version: number, onProgress?: (percent: number) => void) =>
      uploadWithProgress<Gen.FilingAttachmentAddedDto>(`/api/filings/${encodeURIComponent(filingId)}/attachments`, file, fileName, { kind, version: String(version) }, onProgress),
    remove: (filingId: string, attachmentId: string, version: number) =>
      clients.filings.removeFilingAttachment(filingId, attachmentId, version),
    /** A plain link: the browser downloads it with the session cookie, under the original name. */
    contentUrl: (filingId: string, attachmentId: string) =>
      `/api/filings/${encodeURIComponent(filingId)}/attachments/${encodeURIComponent(attachmentId)}/content`,
  },
  calendar: {
    years: (signal?: AbortSignal) => clients.calendar.listCalendarYears(signal),
    year: (year: number, signal?: AbortSignal) => clients.calendar.getCalendarYear(year, signal),
    /** Each day from..to (at most a year) described: worked or not, why, and whether its year is provisional. */
    days: (from: string, to: string, signal?: AbortSignal) => clients.calendar.listCalendarDays(from, to, signal),
    /** A new year has no version: leave it out (the server creates the year); an existing year needs the version read. */
    import: (year: number, file: Blob, fileName: string, version?: number) =>
      clients.calendar.importCalendarYear(year, { data: file, fileName }, version),
    save: (year: number, days: Gen.CalendarDayDto[], source: string | undefined, version?: number) =>
      clients.calendar.saveCalendarYear(year, { days, source: blank(source), version }),
  },
  notifications: {
    list: (q: NotificationQuery, signal?: AbortSignal) =>
      clients.notifications.listMyNotifications(q.page, q.pageSize, q.unreadOnly, q.order, signal),
    unreadCount: (signal?: AbortSignal) => clients.notifications.getUnreadNotificationCount(signal),
    markRead: (id: string) => clients.notifications.markNotificationRead(id),
    markAllRead: () => clients.notifications.markAllNotificationsRead(),
  },
  publications: {
    list: (q: { page: number; pageSize: number }, signal?: AbortSignal) =>
      clients.publications.listPublications(q.page, q.pageSize, signal),
    /** weekStart: the Monday, "YYYY-MM-DD". A week already published answers the existing publication. */
    publish: (weekStart: string) => clients.publications.publishWeek({ weekStart }),
    /** Anonymous: no session needed. */
    publicList: (q: { page: number; pageSize: number }, signal?: AbortSignal) =>
      clients.public.listPublicPublications(q.page, q.pageSize, signal),
    publicGet: (id: string, signal?: AbortSignal) => clients.public.getPublicPublication(id, signal),
  },
  objections: {
    /**
     * Anonymous, during the publicity period: multipart through XMLHttpRequest so that an evidence file reports its
     * upload progress (0–100). Rejects like every other call (`toProblem`).
     */
    lodge: (publicationId: string, entryId: string, input: ObjectionInput, onProgress?: (percent: number) => void): Promise<Gen.LodgedObjectionDto> =>
      uploadWithProgress<Gen.LodgedObjectionDto>(
        `/api/public/publications/${encodeURIComponent(publicationId)}/entries/${encodeURIComponent(entryId)}/objections`,
        input.file ?? null,
        input.file?.name ?? '',
        { objectorName: input.objectorName.trim(), contact: input.contact.trim(), text: input.text.trim() },
        onProgress,
      ),
    /** Anonymous: the objection behind a receipt code (404 when there is none). */
    receipt: (receiptCode: string) => clients.public.getObjectionReceipt({ receiptCode: receiptCode.trim() }),
    list: (q: ObjectionQuery, signal?: AbortSignal) =>
      clients.objections.listObjections(q.status, q.publicationId, q.filingId, q.page, q.pageSize, signal),
    get: (id: string, signal?: AbortSignal) => clients.objections.getObjection(id, signal),
    evidence: (id: string): Promise<DownloadedFile> => clients.objections.downloadObjectionEvidence(id),
    /** 异议不成立. `version` is the objection's, as read (a stale one is a 409 concurrency.stale). */
    dismiss: (id: string, version: number, reason: string) => clients.objections.dismissObjection(id, { version, reason: reason.trim() }),
    /** 异议成立: the approval is revoked, or the filing returned to its unit for correction. */
    uphold: (id: string, version: number, remedy: Gen.ObjectionRemedy, reason: string) =>
      clients.objections.upholdObjection(id, { version, remedy, reason: reason.trim() }),
  },
  /** 导入月报 (issue 13 item 6): the monthly report template and the import, with upload progress. */
  reportImport: {
    template: (): Promise<DownloadedFile> => clients.projects.getReportImportTemplate(),
    upload: (file: File, onProgress?: (percent: number) => void): Promise<Gen.ReportImportResultDto> =>
      uploadWithProgress<Gen.ReportImportResultDto>('/api/projects/reports/import', file, file.name, {}, onProgress),
  },
  /** A tracked project's milestones (签约 → 开工 → 竣工/投产), its 规模工业 mark and stop. Amounts are yuan; dates "YYYY-MM-DD". */
  milestones: {
    list: (projectId: string, signal?: AbortSignal) => clients.projects.listProjectMilestones(projectId, signal),
    report: (projectId: string, input: Gen.ReportMilestoneRequest) => clients.projects.reportProjectMilestone(projectId, input),
    reportAgain: (projectId: string, milestoneId: string, input: Gen.ReportMilestoneAgainRequest) =>
      clients.projects.reportProjectMilestoneAgain(projectId, milestoneId, input),
    confirm: (projectId: string, milestoneId: string, version: number) => clients.projects.confirmProjectMilestone(projectId, milestoneId, { version }),
    return: (projectId: string, milestoneId: string, version: number, reason: string) =>
      clients.projects.returnProjectMilestone(projectId, milestoneId, { version, reason: reason.trim() }),
    correct: (projectId: string, milestoneId: string, input: Gen.CorrectMilestoneRequest) =>
      clients.projects.correctProjectMilestone(projectId, milestoneId, input),
    /** A photo or PDF for a milestone (the project evidence endpoint, subject Milestone). */
    addEvidence: (projectId: string, milestoneId: string, file: File) =>
      clients.projects.addProjectEvidence(projectId, undefined, { data: file, fileName: file.name }, 'Milestone', milestoneId),
    markAboveDesignatedSize: (projectId: string, version: number, qualifiedOn: string) =>
      clients.projects.markProjectAboveDesignatedSize(projectId, { version, qualifiedOn }),
    stop: (projectId: string, version: number, stoppedOn: string, reason: string) =>
      clients.projects.stopProject(projectId, { version, stoppedOn, reason: reason.trim() }),
  },
};

/**
 * POSTs a form (with one file, or none) as multipart/form-data with progress events, with the same conventions as
 * `http`: the session cookie, Accept-Language and the XSRF header. A non-2xx answer rejects with `{ status, response }`,
 * which `toProblem` reads like an ApiException.
 */
function uploadWithProgress<T>(
  url: string,
  file: Blob | null,
  fileName: string,
  fields: Record<string, string>,
  onProgress?: (percent: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const form = new FormData();
    if (file) form.append('file', file, fileName);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    const token = readCookie(XSRF_COOKIE);
    if (token) xhr.setRequestHeader(XSRF_HEADER, token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject({ isApiException: true, status: xhr.status, response: xhr.responseText });
        }
      } else {
        reject({ isApiException: true, status: xhr.status, response: xhr.responseText });
      }
    };
    xhr.onerror = () => reject(new TypeError('Network error'));
    xhr.send(form);
  });
}

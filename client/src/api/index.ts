/**
 * The one place that knows the generated client's shape. Pages call `api.*` with named parameters,
 * so a change in the generated method signatures (parameter order, type names) is fixed here only.
 */
import {
  AnalysisClient,
  ApiKeysClient,
  AssociationsClient,
  AuditClient,
  AuthClient,
  CalendarClient,
  FilingsClient,
  NotificationsClient,
  ObjectionsClient,
  PublicClient,
  PublicationsClient,
  ReferenceDataClient,
  ReserveListClient,
  UnitsClient,
  UsersClient,
} from './client';
import type * as Gen from './client';
import { currentLanguage } from '../i18n/language';
import { http, readCookie, XSRF_COOKIE, XSRF_HEADER } from './http';

export { ApiException } from './client';
export type {
  AnalysisGroupBy,
  AnalysisPeriod,
  AttachmentKind,
  ApiKeyScope,
  ApiKeyStatus,
  AssociationKind,
  AuditAction,
  CalendarDayKind,
  DuplicateReason,
  FilingAction,
  FilingStatus,
  NotificationKind,
  NotificationOrder,
  ObjectionRemedy,
  ObjectionStatus,
  ProjectCategory,
  PublicationEntryStatus,
  ProjectStage,
  ReviewCountsDto,
  ReviewQueueSort,
  ScaleBand,
  SortDirection,
  SourceRegionKind,
  UnitKind,
} from './client';

/*
 * The OpenAPI document marks no property as required, so every generated DTO property is optional.
 * The server always sends the non-nullable ones; these aliases say so once, here, instead of `!` all
 * over the pages. (The lists follow the C# records: nullable members stay optional.)
 */
type WithRequired<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

export type FilingImportFieldError = WithRequired<Gen.FilingImportFieldErrorDto, 'field' | 'column' | 'message'>;
export type FilingImportRowError = WithRequired<Gen.FilingImportRowErrorDto, 'row'> & { errors: FilingImportFieldError[] };
export type FilingImportResult = WithRequired<Gen.FilingImportResultDto, 'totalRows' | 'importedCount' | 'failedCount'> & {
  errors: FilingImportRowError[];
};
/** A downloaded file: its content and the name the server gave it (Content-Disposition). */
export interface DownloadedFile {
  data: Blob;
  fileName?: string;
}

export type PublicationSummary = WithRequired<
  Gen.PublicationSummaryDto,
  'id' | 'year' | 'number' | 'label' | 'weekStart' | 'weekEnd' | 'publishedAt' | 'publishedOn' | 'publicityWorkingDays' | 'publicityEndsOn' | 'entryCount'
>;
export type PublicationEntry = WithRequired<
  Gen.PublicationEntryDto,
  'id' | 'position' | 'projectName' | 'investorName' | 'unitName' | 'plannedTotalInvestment' | 'stage' | 'status'
>;
/** `acceptsObjections`: the publicity period is running now (the server decides, on China time). */
export type Publication = PublicationSummary & { acceptsObjections: boolean; entries: PublicationEntry[] };

/** The answer to lodging an objection: the receipt code is shown this once (the server keeps only its hash). */
export type LodgedObjection = Gen.LodgedObjectionDto;
/** An objection found by its receipt code: status and, once decided, outcome and reason. Names no one. */
export type ObjectionReceipt = Gen.ObjectionReceiptDto;
/** An objection as reviewers see it: the objector, the text, the evidence, the outcome. */
export type ObjectionDto = Gen.ObjectionDto;

export type CurrentUser = WithRequired<Gen.CurrentUserDto, 'id' | 'userName' | 'displayName' | 'roles'>;
export type UnitDto = WithRequired<Gen.UnitDto, 'id' | 'code' | 'name' | 'kind' | 'version' | 'createdAt'>;
export type UserDto = WithRequired<
  Gen.UserDto,
  'id' | 'userName' | 'displayName' | 'role' | 'isActive' | 'isLockedOut' | 'version'
>;
export type ApiKeyDto = WithRequired<Gen.ApiKeyDto, 'id' | 'name' | 'prefix' | 'scope' | 'status' | 'createdAt'>;
export type CreatedApiKeyDto = { apiKey: ApiKeyDto; secret: string };
export type AuditEntryDto = WithRequired<Gen.AuditEntryDto, 'id' | 'occurredAt' | 'entityType' | 'entityId' | 'action'>;
export type IndustryChainDto = WithRequired<Gen.IndustryChainDto, 'id' | 'code' | 'name' | 'sortOrder' | 'isActive'>;
export type SourceRegionDto = WithRequired<Gen.SourceRegionDto, 'code' | 'name' | 'nameEn' | 'kind'>;
export type AssociationDto = WithRequired<Gen.AssociationDto, 'id' | 'name' | 'kind' | 'version' | 'createdAt'>;
export type FilingHistoryDto = WithRequired<Gen.FilingHistoryDto, 'id' | 'at' | 'actorName' | 'actorDisplayName' | 'action'>;
export type DuplicateFilingDto = WithRequired<Gen.DuplicateFilingDto, 'filingId' | 'unitId' | 'unitName' | 'status'>;
export type SuspectedDuplicateDto = WithRequired<Gen.SuspectedDuplicateDto, 'filingId' | 'unitId' | 'unitName' | 'status' | 'reasons'>;
export type FilingDuplicatesDto = { filing: DuplicateFilingDto; suspectedDuplicates: SuspectedDuplicateDto[] };
export type FilingAttachmentDto = WithRequired<
  Gen.FilingAttachmentDto,
  'id' | 'filingId' | 'fileName' | 'contentType' | 'sizeBytes' | 'kind' | 'sha256' | 'uploadedAt' | 'uploadedByName'
>;
export type FilingAttachmentAdded = { attachment: FilingAttachmentDto; filingVersion: number };
export type FilingDto = WithRequired<Gen.FilingDto, 'id' | 'unitId' | 'foreignInvestor' | 'status' | 'version' | 'createdAt'> & {
  history: FilingHistoryDto[];
};
export type FilingListItemDto = WithRequired<
  Gen.FilingListItemDto,
  'id' | 'unitId' | 'unitName' | 'status' | 'isOverdue' | 'isDueToday' | 'version' | 'createdAt'
>;
export type CalendarYearSummaryDto = WithRequired<Gen.CalendarYearSummaryDto, 'year' | 'holidays' | 'makeUpWorkdays' | 'version'>;
export type CalendarDayDto = WithRequired<Gen.CalendarDayDto, 'date' | 'kind' | 'name'>;
export type CalendarYearDto = WithRequired<Gen.CalendarYearDto, 'year' | 'version'> & { days: CalendarDayDto[] };
export type DigestFilingDto = WithRequired<Gen.DigestFiling, 'filingId' | 'overdue'>;
export type NotificationDto = WithRequired<Gen.NotificationDto, 'id' | 'kind' | 'createdAt'> & { filings?: DigestFilingDto[] };
export type UnreadCount = WithRequired<Gen.UnreadCountDto, 'count'>;
export type AnalysisGroup = WithRequired<
  Gen.AnalysisGroupDto,
  'key' | 'label' | 'labelZh' | 'labelEn' | 'count' | 'plannedTotalInvestment' | 'plannedFixedAssetInvestment'
>;
export type FilingAnalysis = WithRequired<
  Gen.FilingAnalysisDto,
  'groupBy' | 'count' | 'plannedTotalInvestment' | 'plannedFixedAssetInvestment'
> & { groups: AnalysisGroup[] };
export type ReserveProject = WithRequired<Gen.ReserveProjectDto, 'id' | 'foreignInvestor' | 'unitId' | 'underReReview'>;
export type ReserveRegion = WithRequired<Gen.ReserveRegionDto, 'code' | 'label' | 'labelZh' | 'labelEn' | 'count' | 'plannedTotalInvestment'> & {
  projects: ReserveProject[];
};
export type ReserveList = WithRequired<Gen.ReserveListDto, 'count' | 'plannedTotalInvestment'> & {
  rule: WithRequired<Gen.ReserveListRuleDto, 'minStage' | 'minAmountSignedYuan' | 'minAmountAnyStageYuan'>;
  regions: ReserveRegion[];
};
export type ReviewCounts = WithRequired<Gen.ReviewCountsDto, 'underReview' | 'dueToday' | 'overdue' | 'approvedThisWeek' | 'returnedThisWeek'>;
type UnitKind = Gen.UnitKind;
type ApiKeyScope = Gen.ApiKeyScope;
type SourceRegionKind = Gen.SourceRegionKind;

export interface IndustryChainInput {
  name: string;
  nameEn?: string;
  group?: string;
  sortOrder: number;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
}

export const clients = {
  auth: new AuthClient('', http),
  units: new UnitsClient('', http),
  users: new UsersClient('', http),
  apiKeys: new ApiKeysClient('', http),
  audit: new AuditClient('', http),
  referenceData: new ReferenceDataClient('', http),
  filings: new FilingsClient('', http),
  associations: new AssociationsClient('', http),
  calendar: new CalendarClient('', http),
  notifications: new NotificationsClient('', http),
  publications: new PublicationsClient('', http),
  public: new PublicClient('', http),
  objections: new ObjectionsClient('', http),
  analysis: new AnalysisClient('', http),
  reserveList: new ReserveListClient('', http),
};

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
});

const blank = (s: string | null | undefined) => (s === undefined || s === null || s.trim() === '' ? undefined : s.trim());

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
  sourceRegionCode?: string;
  scaleBand?: Gen.ScaleBand;
  stage?: Gen.ProjectStage;
  /** Asia/Shanghai dates, YYYY-MM-DD. */
  submittedFrom?: string;
  submittedTo?: string;
}
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
export interface AssociationQuery extends PageQuery {
  kind?: Gen.AssociationKind;
  search?: string;
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
}
export interface UserChanges {
  displayName: string;
  role: string;
  unitId?: string;
  email?: string;
  phoneNumber?: string;
  isActive: boolean;
  version: number;
}

/** The server's answer, typed with the aliases above (see WithRequired). */
const typed = <T>(p: Promise<unknown>) => p as Promise<T>;

export const api = {
  auth: {
    login: (userName: string, password: string, rememberMe: boolean) =>
      typed<CurrentUser>(clients.auth.login({ userName, password, rememberMe })),
    logout: () => clients.auth.logout(),
    me: (signal?: AbortSignal) => typed<CurrentUser>(clients.auth.getCurrentUser(signal)),
    changePassword: (currentPassword: string, newPassword: string) =>
      clients.auth.changePassword({ currentPassword, newPassword }),
  },
  units: {
    list: (q: UnitQuery, signal?: AbortSignal) =>
      typed<Paged<UnitDto>>(clients.units.listUnits(q.page, q.pageSize, q.kind, blank(q.search), signal)),
    get: (id: string, signal?: AbortSignal) => typed<UnitDto>(clients.units.getUnit(id, signal)),
    create: (input: UnitInput) =>
      typed<UnitDto>(clients.units.createUnit({ ...input, code: input.code.trim(), name: input.name.trim(), description: blank(input.description) })),
    update: (id: string, input: Omit<UnitInput, 'code'> & { version: number }) =>
      typed<UnitDto>(clients.units.updateUnit(id, { ...input, name: input.name.trim(), description: blank(input.description) })),
    remove: (id: string, version: number) => clients.units.deleteUnit(id, version),
  },
  users: {
    list: (q: UserQuery, signal?: AbortSignal) =>
      typed<Paged<UserDto>>(clients.users.listUsers(q.page, q.pageSize, blank(q.search), q.role, q.unitId, signal)),
    create: (input: UserInput) =>
      typed<UserDto>(
        clients.users.createUser({
          ...input,
          unitId: input.unitId || undefined,
          email: blank(input.email),
          phoneNumber: blank(input.phoneNumber),
        }),
      ),
    update: (id: string, changes: UserChanges) =>
      typed<UserDto>(
        clients.users.updateUser(id, {
          ...changes,
          unitId: changes.unitId || undefined,
          email: blank(changes.email),
          phoneNumber: blank(changes.phoneNumber),
        }),
      ),
    resetPassword: (id: string, newPassword: string) => clients.users.resetUserPassword(id, { newPassword }),
  },
  apiKeys: {
    list: (signal?: AbortSignal) => typed<ApiKeyDto[]>(clients.apiKeys.listApiKeys(signal)),
    create: (name: string, scope: ApiKeyScope, expiresAt?: string) =>
      typed<CreatedApiKeyDto>(clients.apiKeys.createApiKey({ name, scope, expiresAt })),
    revoke: (id: string, reason?: string) => clients.apiKeys.revokeApiKey(id, { reason: blank(reason) }),
  },
  audit: {
    list: (q: AuditQuery, signal?: AbortSignal) =>
      typed<Paged<AuditEntryDto>>(
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
      ),
  },
  referenceData: {
    industryChains: (signal?: AbortSignal, includeInactive = false) =>
      typed<IndustryChainDto[]>(clients.referenceData.listIndustryChains(includeInactive, signal)),
    createIndustryChain: (code: string, input: IndustryChainInput) =>
      typed<IndustryChainDto>(
        clients.referenceData.createIndustryChain({
          code: code.trim(),
          name: input.name.trim(),
          nameEn: blank(input.nameEn),
          group: blank(input.group),
          sortOrder: input.sortOrder,
        }),
      ),
    updateIndustryChain: (id: string, input: IndustryChainInput & { isActive: boolean; version: number }) =>
      typed<IndustryChainDto>(
        clients.referenceData.updateIndustryChain(id, {
          name: input.name.trim(),
          nameEn: blank(input.nameEn),
          group: blank(input.group),
          sortOrder: input.sortOrder,
          isActive: input.isActive,
          version: input.version,
        }),
      ),
    removeIndustryChain: (id: string, version: number) => clients.referenceData.deleteIndustryChain(id, version),
    regions: (kind: SourceRegionKind, signal?: AbortSignal) =>
      typed<SourceRegionDto[]>(clients.referenceData.listSourceRegions(kind, signal)),
  },
  filings: {
    list: (q: FilingQuery, signal?: AbortSignal) =>
      typed<Paged<FilingListItemDto>>(
        clients.filings.listFilings(
          q.page,
          q.pageSize,
          q.status,
          blank(q.search),
          q.unitId,
          q.industryChainId,
          q.category,
          q.sourceRegionCode,
          q.scaleBand,
          q.stage,
          q.submittedFrom,
          q.submittedTo,
          signal,
        ),
      ),
    get: (id: string, signal?: AbortSignal) => typed<FilingDto>(clients.filings.getFiling(id, signal)),
    create: (input: FilingInput) => typed<FilingDto>(clients.filings.createFilingDraft(cleanFiling(input))),
    update: (id: string, input: FilingInput, version: number) =>
      typed<FilingDto>(clients.filings.updateFilingDraft(id, { ...cleanFiling(input), version })),
    submit: (id: string, version: number) => typed<FilingDto>(clients.filings.submitFiling(id, { version })),
    withdraw: (id: string, version: number) => typed<FilingDto>(clients.filings.withdrawFiling(id, { version })),
    approve: (id: string, version: number) => typed<FilingDto>(clients.filings.approveFiling(id, { version })),
    return: (id: string, version: number, reasons: string) =>
      typed<FilingDto>(clients.filings.returnFiling(id, { version, reasons: reasons.trim() })),
    revoke: (id: string, version: number, reason: string) =>
      typed<FilingDto>(clients.filings.revokeFiling(id, { version, reason: reason.trim() })),
    duplicates: (id: string, signal?: AbortSignal) => typed<FilingDuplicatesDto>(clients.filings.getFilingDuplicates(id, signal)),
    dismissDuplicate: (id: string, otherId: string, reason?: string) =>
      clients.filings.dismissDuplicate(id, otherId, { reason: blank(reason) }),
    /** Every row matching the list's filters, as .xlsx (at most 100,000 rows, else a 422 export.too-many-rows). */
    export: (q: Omit<FilingQuery, 'page' | 'pageSize'>): Promise<DownloadedFile> =>
      clients.filings.exportFilings(
        q.status,
        blank(q.search),
        q.unitId,
        q.industryChainId,
        q.category,
        q.sourceRegionCode,
        q.scaleBand,
        q.stage,
        q.submittedFrom,
        q.submittedTo,
      ),
    importTemplate: (): Promise<DownloadedFile> => clients.filings.getFilingImportTemplate(),
    /** Uploads a filled-in template, reporting the upload's progress (0–100); rejects like every other call (`toProblem`). */
    import: (file: File, onProgress?: (percent: number) => void): Promise<FilingImportResult> =>
      uploadWithProgress<FilingImportResult>('/api/filings/import', file, file.name, {}, onProgress),
  },
  review: {
    queue: (q: ReviewQueueQuery, signal?: AbortSignal) =>
      typed<Paged<FilingListItemDto>>(
        clients.filings.getReviewQueue(
          q.page,
          q.pageSize,
          q.sort,
          q.direction,
          q.unitId,
          q.industryChainId,
          q.category,
          q.sourceRegionCode,
          q.scaleBand,
          q.stage,
          q.submittedFrom,
          q.submittedTo,
          signal,
        ),
      ),
    counts: (signal?: AbortSignal) => typed<ReviewCounts>(clients.filings.getReviewCounts(signal)),
    /** Every filing of the queue matching its filters, in its order, as .xlsx. */
    export: (q: Omit<ReviewQueueQuery, 'page' | 'pageSize'>): Promise<DownloadedFile> =>
      clients.filings.exportReviewQueue(
        q.sort,
        q.direction,
        q.unitId,
        q.industryChainId,
        q.category,
        q.sourceRegionCode,
        q.scaleBand,
        q.stage,
        q.submittedFrom,
        q.submittedTo,
      ),
  },
  analysis: {
    filings: (q: AnalysisQuery, signal?: AbortSignal) =>
      typed<FilingAnalysis>(clients.analysis.analyzeFilings(q.groupBy, q.period, q.from, q.to, signal)),
    /** The same analysis as .xlsx. */
    export: (q: AnalysisQuery): Promise<DownloadedFile> => clients.analysis.exportFilingAnalysis(q.groupBy, q.period, q.from, q.to),
  },
  reserveList: {
    get: (signal?: AbortSignal) => typed<ReserveList>(clients.reserveList.getReserveList(signal)),
    export: (): Promise<DownloadedFile> => clients.reserveList.exportReserveList(),
  },
  associations: {
    list: (q: AssociationQuery, signal?: AbortSignal) =>
      typed<Paged<AssociationDto>>(clients.associations.listAssociations(q.page, q.pageSize, q.kind, blank(q.search), signal)),
    create: (name: string, kind: Gen.AssociationKind) =>
      typed<AssociationDto>(clients.associations.createAssociation({ name: name.trim(), kind })),
    update: (id: string, name: string, kind: Gen.AssociationKind, version: number) =>
      typed<AssociationDto>(clients.associations.updateAssociation(id, { name: name.trim(), kind, version })),
    remove: (id: string, version: number) => clients.associations.deleteAssociation(id, version),
  },
  attachments: {
    list: (filingId: string, signal?: AbortSignal) =>
      typed<FilingAttachmentDto[]>(clients.filings.listFilingAttachments(filingId, signal)),
    /** Multipart upload through XMLHttpRequest, which (unlike fetch) reports upload progress (0–100). */
    upload: (filingId: string, file: Blob, fileName: string, kind: Gen.AttachmentKind, version: number, onProgress?: (percent: number) => void) =>
      uploadWithProgress<FilingAttachmentAdded>(`/api/filings/${encodeURIComponent(filingId)}/attachments`, file, fileName, { kind, version: String(version) }, onProgress),
    remove: (filingId: string, attachmentId: string, version: number) =>
      typed<{ filingId: string; filingVersion: number }>(clients.filings.removeFilingAttachment(filingId, attachmentId, version)),
    /** A plain link: the browser downloads it with the session cookie, under the original name. */
    contentUrl: (filingId: string, attachmentId: string) =>
      `/api/filings/${encodeURIComponent(filingId)}/attachments/${encodeURIComponent(attachmentId)}/content`,
  },
  calendar: {
    years: (signal?: AbortSignal) => typed<CalendarYearSummaryDto[]>(clients.calendar.listCalendarYears(signal)),
    year: (year: number, signal?: AbortSignal) => typed<CalendarYearDto>(clients.calendar.getCalendarYear(year, signal)),
    /** A new year has no version: leave it out (the server creates the year); an existing year needs the version read. */
    import: (year: number, file: Blob, fileName: string, version?: number) =>
      typed<CalendarYearDto>(clients.calendar.importCalendarYear(year, { data: file, fileName }, version)),
    save: (year: number, days: CalendarDayDto[], source: string | undefined, version?: number) =>
      typed<CalendarYearDto>(clients.calendar.saveCalendarYear(year, { days, source: blank(source), version })),
  },
  notifications: {
    list: (q: NotificationQuery, signal?: AbortSignal) =>
      typed<Paged<NotificationDto>>(clients.notifications.listMyNotifications(q.page, q.pageSize, q.unreadOnly, q.order, signal)),
    unreadCount: (signal?: AbortSignal) => typed<UnreadCount>(clients.notifications.getUnreadNotificationCount(signal)),
    markRead: (id: string) => clients.notifications.markNotificationRead(id),
    markAllRead: () => typed<UnreadCount>(clients.notifications.markAllNotificationsRead()),
  },
  publications: {
    list: (q: { page: number; pageSize: number }, signal?: AbortSignal) =>
      typed<Paged<PublicationSummary>>(clients.publications.listPublications(q.page, q.pageSize, signal)),
    /** weekStart: the Monday, "YYYY-MM-DD". A week already published answers the existing publication. */
    publish: (weekStart: string) => typed<Publication>(clients.publications.publishWeek({ weekStart })),
    /** Anonymous: no session needed. */
    publicList: (q: { page: number; pageSize: number }, signal?: AbortSignal) =>
      typed<Paged<PublicationSummary>>(clients.public.listPublicPublications(q.page, q.pageSize, signal)),
    publicGet: (id: string, signal?: AbortSignal) => typed<Publication>(clients.public.getPublicPublication(id, signal)),
  },
  objections: {
    /**
     * Anonymous, during the publicity period: multipart through XMLHttpRequest so that an evidence file reports its
     * upload progress (0–100). Rejects like every other call (`toProblem`).
     */
    lodge: (publicationId: string, entryId: string, input: ObjectionInput, onProgress?: (percent: number) => void): Promise<LodgedObjection> =>
      uploadWithProgress<LodgedObjection>(
        `/api/public/publications/${encodeURIComponent(publicationId)}/entries/${encodeURIComponent(entryId)}/objections`,
        input.file ?? null,
        input.file?.name ?? '',
        { objectorName: input.objectorName.trim(), contact: input.contact.trim(), text: input.text.trim() },
        onProgress,
      ),
    /** Anonymous: the objection behind a receipt code (404 when there is none). */
    receipt: (receiptCode: string) => typed<ObjectionReceipt>(clients.public.getObjectionReceipt({ receiptCode: receiptCode.trim() })),
    list: (q: ObjectionQuery, signal?: AbortSignal) =>
      typed<Paged<ObjectionDto>>(clients.objections.listObjections(q.status, q.publicationId, q.filingId, q.page, q.pageSize, signal)),
    get: (id: string, signal?: AbortSignal) => typed<ObjectionDto>(clients.objections.getObjection(id, signal)),
    evidence: (id: string): Promise<DownloadedFile> => clients.objections.downloadObjectionEvidence(id),
    /** 异议不成立. `version` is the objection's, as read (a stale one is a 409 concurrency.stale). */
    dismiss: (id: string, version: number, reason: string) =>
      typed<ObjectionDto>(clients.objections.dismissObjection(id, { version, reason: reason.trim() })),
    /** 异议成立: the approval is revoked, or the filing returned to its unit for correction. */
    uphold: (id: string, version: number, remedy: Gen.ObjectionRemedy, reason: string) =>
      typed<ObjectionDto>(clients.objections.upholdObjection(id, { version, remedy, reason: reason.trim() })),
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

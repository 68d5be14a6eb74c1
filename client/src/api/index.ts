/**
 * The one place that knows the generated client's shape. Pages call `api.*` with named parameters,
 * so a change in the generated method signatures (parameter order, type names) is fixed here only.
 */
import {
  ApiKeysClient,
  AuditClient,
  AuthClient,
  ReferenceDataClient,
  UnitsClient,
  UsersClient,
} from './client';
import type * as Gen from './client';
import { http } from './http';

export { ApiException } from './client';
export type { ApiKeyScope, ApiKeyStatus, AuditAction, SourceRegionKind, UnitKind } from './client';

/*
 * The OpenAPI document marks no property as required, so every generated DTO property is optional.
 * The server always sends the non-nullable ones; these aliases say so once, here, instead of `!` all
 * over the pages. (The lists follow the C# records: nullable members stay optional.)
 */
type WithRequired<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

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
type UnitKind = Gen.UnitKind;
type ApiKeyScope = Gen.ApiKeyScope;
type SourceRegionKind = Gen.SourceRegionKind;

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
};

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
    industryChains: (signal?: AbortSignal) =>
      typed<IndustryChainDto[]>(clients.referenceData.listIndustryChains(false, signal)),
    regions: (kind: SourceRegionKind, signal?: AbortSignal) =>
      typed<SourceRegionDto[]>(clients.referenceData.listSourceRegions(kind, signal)),
  },
};

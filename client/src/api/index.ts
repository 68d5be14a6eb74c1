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
} from './fallback';
import type {
  ApiKeyDto,
  ApiKeyScope,
  AuditAction,
  AuditEntryDto,
  CreatedApiKeyDto,
  CurrentUserDto,
  IndustryChainDto,
  SourceRegionDto,
  SourceRegionKind,
  UnitDto,
  UnitKind,
  UserDto,
} from './fallback';
import { http } from './http';

export { ApiException } from './fallback';
export type {
  ApiKeyDto,
  ApiKeyScope,
  AuditAction,
  AuditEntryDto,
  CreatedApiKeyDto,
  IndustryChainDto,
  SourceRegionDto,
  SourceRegionKind,
  UnitDto,
  UnitKind,
  UserDto,
};
export type CurrentUser = CurrentUserDto;

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

export const api = {
  auth: {
    login: (userName: string, password: string, rememberMe: boolean): Promise<CurrentUser> =>
      clients.auth.login({ userName, password, rememberMe }),
    logout: () => clients.auth.logout(),
    me: (signal?: AbortSignal): Promise<CurrentUser> => clients.auth.getCurrentUser(signal),
    changePassword: (currentPassword: string, newPassword: string) =>
      clients.auth.changePassword({ currentPassword, newPassword }),
  },
  units: {
    list: (q: UnitQuery, signal?: AbortSignal): Promise<Paged<UnitDto>> =>
      clients.units.listUnits(q.page, q.pageSize, q.kind, blank(q.search), signal),
    get: (id: string, signal?: AbortSignal): Promise<UnitDto> => clients.units.getUnit(id, signal),
    create: (input: UnitInput): Promise<UnitDto> =>
      clients.units.createUnit({ ...input, description: blank(input.description) }),
    update: (id: string, input: Omit<UnitInput, 'code'> & { version: number }): Promise<UnitDto> =>
      clients.units.updateUnit(id, { ...input, description: blank(input.description) }),
    remove: (id: string, version: number) => clients.units.deleteUnit(id, version),
  },
  users: {
    list: (q: UserQuery, signal?: AbortSignal): Promise<Paged<UserDto>> =>
      clients.users.listUsers(q.page, q.pageSize, blank(q.search), q.role, q.unitId, signal),
    create: (input: UserInput): Promise<UserDto> =>
      clients.users.createUser({
        ...input,
        unitId: input.unitId || undefined,
        email: blank(input.email),
        phoneNumber: blank(input.phoneNumber),
      }),
    update: (id: string, changes: UserChanges): Promise<UserDto> =>
      clients.users.updateUser(id, {
        ...changes,
        unitId: changes.unitId || undefined,
        email: blank(changes.email),
        phoneNumber: blank(changes.phoneNumber),
      }),
    resetPassword: (id: string, newPassword: string) => clients.users.resetUserPassword(id, { newPassword }),
  },
  apiKeys: {
    list: (signal?: AbortSignal): Promise<ApiKeyDto[]> => clients.apiKeys.listApiKeys(signal),
    create: (name: string, scope: ApiKeyScope, expiresAt?: string): Promise<CreatedApiKeyDto> =>
      clients.apiKeys.createApiKey({ name, scope, expiresAt }),
    revoke: (id: string, reason?: string) => clients.apiKeys.revokeApiKey(id, { reason: blank(reason) }),
  },
  audit: {
    list: (q: AuditQuery, signal?: AbortSignal): Promise<Paged<AuditEntryDto>> =>
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
    industryChains: (signal?: AbortSignal): Promise<IndustryChainDto[]> => clients.referenceData.listIndustryChains(signal),
    regions: (kind: SourceRegionKind, signal?: AbortSignal): Promise<SourceRegionDto[]> =>
      clients.referenceData.listSourceRegions(kind, signal),
  },
};

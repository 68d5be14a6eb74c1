/**
 * TEMPORARY stand-in for the NSwag-generated `client.ts`, written against the agreed contract so the
 * SPA can be built and tested before the backend's OpenAPI document exists. It mimics the generated
 * Fetch template: one class per tag, `(baseUrl?, http?)` constructor, camelCase operation methods,
 * documented error bodies thrown as plain objects, others as `ApiException`.
 * Delete this file once `client.ts` is generated and `index.ts` imports from it.
 */

export type UnitKind = 'Center' | 'County' | 'Park';
export type ApiKeyScope = 'ReadOnly' | 'ReadWrite';
export type ApiKeyStatus = 'Active' | 'Revoked' | 'Expired';
export type AuditAction = 'Created' | 'Modified' | 'Deleted';
export type SourceRegionKind = 'Province' | 'Country';

export interface ProblemDetails {
  type?: string | undefined;
  title?: string | undefined;
  status?: number | undefined;
  detail?: string | undefined;
  instance?: string | undefined;
  [key: string]: any;
}
export interface HttpValidationProblemDetails extends ProblemDetails {
  errors?: { [key: string]: string[] } | undefined;
}

export interface CurrentUserDto {
  id: string;
  userName: string;
  displayName: string;
  roles: string[];
  unitId?: string | undefined;
  unitName?: string | undefined;
}
export interface LoginRequest { userName: string; password: string; rememberMe: boolean }
export interface ChangePasswordRequest { currentPassword: string; newPassword: string }

export interface UnitDto {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  description?: string | undefined;
  version: number;
  createdAt: string;
}
export interface UnitDtoPagedList { items: UnitDto[]; page: number; pageSize: number; totalCount: number }
export interface CreateUnitRequest { code: string; name: string; kind: UnitKind; description?: string | undefined }
export interface UpdateUnitRequest { name: string; kind: UnitKind; description?: string | undefined; version: number }

export interface UserDto {
  id: string;
  userName: string;
  displayName: string;
  role: string;
  unitId?: string | undefined;
  unitName?: string | undefined;
  email?: string | undefined;
  phoneNumber?: string | undefined;
  isActive: boolean;
  isLockedOut: boolean;
  lastLoginAt?: string | undefined;
  version: number;
}
export interface UserDtoPagedList { items: UserDto[]; page: number; pageSize: number; totalCount: number }
export interface CreateUserRequest {
  userName: string;
  displayName: string;
  password: string;
  role: string;
  unitId?: string | undefined;
  email?: string | undefined;
  phoneNumber?: string | undefined;
}
export interface UpdateUserRequest {
  displayName: string;
  role: string;
  unitId?: string | undefined;
  email?: string | undefined;
  phoneNumber?: string | undefined;
  isActive: boolean;
  version: number;
}
export interface ResetPasswordRequest { newPassword: string }

export interface ApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  status: ApiKeyStatus;
  createdAt: string;
  createdByName?: string | undefined;
  lastUsedAt?: string | undefined;
  expiresAt?: string | undefined;
  revokedAt?: string | undefined;
  revokedReason?: string | undefined;
}
export interface CreatedApiKeyDto { apiKey: ApiKeyDto; secret: string }
export interface CreateApiKeyRequest { name: string; scope: ApiKeyScope; expiresAt?: string | undefined }
export interface RevokeApiKeyRequest { reason?: string | undefined }

export interface AuditEntryDto {
  id: string;
  occurredAt: string;
  userId?: string | undefined;
  userName?: string | undefined;
  entityType: string;
  entityId: string;
  action: AuditAction;
  before?: string | undefined;
  after?: string | undefined;
}
export interface AuditEntryDtoPagedList { items: AuditEntryDto[]; page: number; pageSize: number; totalCount: number }

export interface IndustryChainDto {
  id: string;
  code: string;
  name: string;
  nameEn?: string | undefined;
  group?: string | undefined;
  sortOrder: number;
  isActive: boolean;
}
export interface SourceRegionDto { code: string; name: string; nameEn: string; kind: SourceRegionKind }

export class ApiException extends Error {
  override message: string;
  status: number;
  response: string;
  headers: { [key: string]: any };
  result: any;
  protected isApiException = true;

  constructor(message: string, status: number, response: string, headers: { [key: string]: any }, result: any) {
    super();
    this.message = message;
    this.status = status;
    this.response = response;
    this.headers = headers;
    this.result = result;
  }

  static isApiException(obj: any): obj is ApiException {
    return obj?.isApiException === true;
  }
}

type Http = { fetch(url: RequestInfo, init?: RequestInit): Promise<Response> };

class Base {
  protected http: Http;
  protected baseUrl: string;

  constructor(baseUrl?: string, http?: Http) {
    this.http = http ?? (window as unknown as Http);
    this.baseUrl = baseUrl ?? '';
  }

  protected async call<T>(method: string, path: string, query?: Record<string, unknown>, body?: unknown, signal?: AbortSignal): Promise<T> {
    let url = this.baseUrl + path;
    if (query) {
      const qs = Object.entries(query)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
        .join('&');
      if (qs) url += `?${qs}`;
    }
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.http.fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    const text = await response.text();
    if (response.status >= 200 && response.status < 300) {
      return (text ? JSON.parse(text) : null) as T;
    }
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((v, k) => (responseHeaders[k] = v));
    let parsed: unknown = null;
    if ((response.headers.get('Content-Type') ?? '').includes('json') && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
    }
    if (parsed && typeof parsed === 'object' && [400, 401, 403, 404, 409, 422].includes(response.status)) throw parsed;
    throw new ApiException('An unexpected server error occurred.', response.status, text, responseHeaders, null);
  }
}

export class AuthClient extends Base {
  login(body: LoginRequest, signal?: AbortSignal) { return this.call<CurrentUserDto>('POST', '/api/auth/login', undefined, body, signal); }
  logout(signal?: AbortSignal) { return this.call<void>('POST', '/api/auth/logout', undefined, undefined, signal); }
  getCurrentUser(signal?: AbortSignal) { return this.call<CurrentUserDto>('GET', '/api/auth/me', undefined, undefined, signal); }
  changePassword(body: ChangePasswordRequest, signal?: AbortSignal) { return this.call<void>('POST', '/api/auth/change-password', undefined, body, signal); }
  getAntiforgeryToken(signal?: AbortSignal) { return this.call<void>('GET', '/api/auth/antiforgery', undefined, undefined, signal); }
}

export class UnitsClient extends Base {
  listUnits(page?: number, pageSize?: number, kind?: UnitKind, search?: string, signal?: AbortSignal) {
    return this.call<UnitDtoPagedList>('GET', '/api/units', { page, pageSize, kind, search }, undefined, signal);
  }
  getUnit(id: string, signal?: AbortSignal) { return this.call<UnitDto>('GET', `/api/units/${encodeURIComponent(id)}`, undefined, undefined, signal); }
  createUnit(body: CreateUnitRequest, signal?: AbortSignal) { return this.call<UnitDto>('POST', '/api/units', undefined, body, signal); }
  updateUnit(id: string, body: UpdateUnitRequest, signal?: AbortSignal) { return this.call<UnitDto>('PUT', `/api/units/${encodeURIComponent(id)}`, undefined, body, signal); }
  deleteUnit(id: string, version: number, signal?: AbortSignal) { return this.call<void>('DELETE', `/api/units/${encodeURIComponent(id)}`, { version }, undefined, signal); }
}

export class UsersClient extends Base {
  listUsers(page?: number, pageSize?: number, search?: string, role?: string, unitId?: string, signal?: AbortSignal) {
    return this.call<UserDtoPagedList>('GET', '/api/users', { page, pageSize, search, role, unitId }, undefined, signal);
  }
  getUser(id: string, signal?: AbortSignal) { return this.call<UserDto>('GET', `/api/users/${encodeURIComponent(id)}`, undefined, undefined, signal); }
  createUser(body: CreateUserRequest, signal?: AbortSignal) { return this.call<UserDto>('POST', '/api/users', undefined, body, signal); }
  updateUser(id: string, body: UpdateUserRequest, signal?: AbortSignal) { return this.call<UserDto>('PUT', `/api/users/${encodeURIComponent(id)}`, undefined, body, signal); }
  resetUserPassword(id: string, body: ResetPasswordRequest, signal?: AbortSignal) {
    return this.call<void>('POST', `/api/users/${encodeURIComponent(id)}/reset-password`, undefined, body, signal);
  }
}

export class ApiKeysClient extends Base {
  listApiKeys(signal?: AbortSignal) { return this.call<ApiKeyDto[]>('GET', '/api/api-keys', undefined, undefined, signal); }
  createApiKey(body: CreateApiKeyRequest, signal?: AbortSignal) { return this.call<CreatedApiKeyDto>('POST', '/api/api-keys', undefined, body, signal); }
  revokeApiKey(id: string, body: RevokeApiKeyRequest, signal?: AbortSignal) {
    return this.call<void>('POST', `/api/api-keys/${encodeURIComponent(id)}/revoke`, undefined, body, signal);
  }
}

export class AuditClient extends Base {
  listAuditEntries(page?: number, pageSize?: number, entityType?: string, entityId?: string, userName?: string, from?: string, to?: string, signal?: AbortSignal) {
    return this.call<AuditEntryDtoPagedList>('GET', '/api/audit', { page, pageSize, entityType, entityId, userName, from, to }, undefined, signal);
  }
}

export class ReferenceDataClient extends Base {
  listIndustryChains(signal?: AbortSignal) { return this.call<IndustryChainDto[]>('GET', '/api/industry-chains', undefined, undefined, signal); }
  listSourceRegions(kind?: SourceRegionKind, signal?: AbortSignal) {
    return this.call<SourceRegionDto[]>('GET', '/api/regions', { kind }, undefined, signal);
  }
}

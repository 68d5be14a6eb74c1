using InvestPromo.Domain.Security;

namespace InvestPromo.Application.ApiKeys;

/// <summary>A key as admins see it; <see cref="MayReadContacts"/> is the admin's grant to read filings' contacts (FilingContacts).</summary>
public sealed record ApiKeyDto(
    Guid Id,
    string Name,
    string Prefix,
    ApiKeyScope Scope,
    bool MayReadContacts,
    ApiKeyStatus Status,
    DateTimeOffset CreatedAt,
    string? CreatedByName,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedReason,
    int Version)
{
    public static ApiKeyDto From(ApiKey key, DateTimeOffset now) => new(
        key.Id, key.Name, key.Prefix, key.Scope, key.MayReadContacts, key.StatusAt(now), key.CreatedAt, key.CreatedByName,
        key.LastUsedAt, key.ExpiresAt, key.RevokedAt, key.RevokedReason, key.Version);
}

/// <summary>The answer to creating a key: the only time its secret is ever shown.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Secret);

using InvestPromo.Domain.Security;

namespace InvestPromo.Application.ApiKeys;

public sealed record ApiKeyDto(
    Guid Id,
    string Name,
    string Prefix,
    ApiKeyScope Scope,
    ApiKeyStatus Status,
    DateTimeOffset CreatedAt,
    string? CreatedByName,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedReason)
{
    public static ApiKeyDto From(ApiKey key, DateTimeOffset now) => new(
        key.Id, key.Name, key.Prefix, key.Scope, key.StatusAt(now), key.CreatedAt, key.CreatedByName,
        key.LastUsedAt, key.ExpiresAt, key.RevokedAt, key.RevokedReason);
}

/// <summary>The answer to creating a key: the only time its secret is ever shown.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Secret);

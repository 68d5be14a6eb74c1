using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Security;

public enum ApiKeyScope
{
    /// <summary>May only read (GET).</summary>
    ReadOnly = 1,

    /// <summary>May read and write.</summary>
    ReadWrite = 2,
}

public enum ApiKeyStatus
{
    Active = 1,
    Revoked = 2,
    Expired = 3,
}

/// <summary>
/// A key an integrator (provincial platform, statistics or OA system) uses to call the API.
/// Only a hash of the secret is stored; the secret is shown once when the key is created.
/// </summary>
public sealed class ApiKey : Entity, IAuditable, IHasCreationStamp
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 12;
    public const int ReasonMaxLength = 200;

    /// <summary>The reason recorded when housekeeping retires a key nobody has used for too long.</summary>
    public const string UnusedReason = "unused";

    private ApiKey()
    {
        Name = string.Empty;
        Prefix = string.Empty;
        SecretHash = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>The first characters of the key, stored in clear to find it and to show it to admins.</summary>
    public string Prefix { get; private set; }

    /// <summary>Hex SHA-256 of the whole key.</summary>
    public string SecretHash { get; private set; }

    public ApiKeyScope Scope { get; private set; }

    /// <summary>
    /// An admin's explicit grant to read filings' contact people and phones (and recommenders' contacts); without it the key
    /// reads filings without them, whatever its scope. Set at creation, changed by an admin (<see cref="AllowContacts"/>).
    /// </summary>
    public bool MayReadContacts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public string? CreatedByName { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public Guid? RevokedBy { get; private set; }

    public string? RevokedReason { get; private set; }

    public static ApiKey Issue(
        string name, ApiKeyScope scope, string prefix, string secretHash, DateTimeOffset? expiresAt, Guid? by, string? byName, DateTimeOffset now, bool mayReadContacts = false)
    {
        if (!Enum.IsDefined(scope))
        {
            throw DomainRuleException.Invalid("api-key.scope-invalid", "Unknown API key scope.");
        }

        if (expiresAt is { } expiry && expiry <= now)
        {
            throw DomainRuleException.Conflict("api-key.expiry-in-past", "The expiry must be in the future.");
        }

        return new ApiKey
        {
            Name = Guard.Text(name, NameMaxLength, "api-key.name-invalid", "Key name"),
            Scope = scope,
            MayReadContacts = mayReadContacts,
            Prefix = prefix,
            SecretHash = secretHash,
            ExpiresAt = expiresAt,
            CreatedAt = now,
            CreatedBy = by,
            CreatedByName = byName,
        };
    }

    public ApiKeyStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiKeyStatus.Revoked
        : ExpiresAt is { } expiry && expiry <= now ? ApiKeyStatus.Expired
        : ApiKeyStatus.Active;

    public bool IsUsableAt(DateTimeOffset now) => StatusAt(now) == ApiKeyStatus.Active;

    public void Revoke(string? reason, Guid? by, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw DomainRuleException.Conflict("api-key.already-revoked", "The key has already been revoked.");
        }

        var checkedReason = Guard.OptionalMultiLineText(reason, ReasonMaxLength, "api-key.reason-invalid", "Reason");
        RevokedAt = now;
        RevokedBy = by;
        RevokedReason = checkedReason;
    }

    /// <summary>An admin grants or withdraws the key's reading of contacts; a revoked key stays as it was.</summary>
    public void AllowContacts(bool allow)
    {
        if (RevokedAt is not null)
        {
            throw DomainRuleException.Conflict("api-key.already-revoked", "The key has already been revoked.");
        }

        MayReadContacts = allow;
    }

    /// <summary>The moment the key counts as unused since: its last use, or its creation if never used.</summary>
    public DateTimeOffset LastActivityAt => LastUsedAt ?? CreatedAt;
}

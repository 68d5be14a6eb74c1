namespace InvestPromo.Application.Common.Interfaces;

/// <summary>Who is making the current request: a signed-in user, an integrator's API key, or nobody.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id; null for API keys, jobs and anonymous callers.</summary>
    Guid? UserId { get; }

    /// <summary>A name for the audit trail: the user name, "api-key:{prefix}", or "system".</summary>
    string? Name { get; }

    bool IsAuthenticated { get; }

    /// <summary>The filer's unit; null for users not bound to a unit.</summary>
    Guid? UnitId { get; }

    /// <summary>The association of a user of role Association (its portal's scope); null for everyone else.</summary>
    Guid? AssociationId => null;

    Guid? ApiKeyId { get; }

    /// <summary>An API key an admin granted filings' contacts (<c>ApiKey.MayReadContacts</c>); false for everyone else.</summary>
    bool ApiKeyMayReadContacts { get; }
    /// <summary>The signed-in user's server-side session (the auth cookie's); null for API keys, jobs and anonymous callers.</summary>
    Guid? SessionId => null;

    bool IsInRole(string role);
}

using InvestPromo.Application.Common.Interfaces;

namespace InvestPromo.Application.IntegrationTests.Infrastructure;

/// <summary>Who sends a message: what a signed-in user's claims give the app (id, user name, unit, the one role).</summary>
public sealed record Caller(Guid? UserId, string? Name, Guid? UnitId, string? Role) : ICurrentUser
{
    /// <summary>Nobody signed in: a job, or start-up ("system" in histories).</summary>
    public static readonly Caller System = new(null, null, null, null);

    /// <summary>A user of role Association: its association (the portal's scope).</summary>
    public Guid? AssociationId { get; init; }

    public bool IsAuthenticated => Name is not null;

    public Guid? ApiKeyId => null;

    public bool ApiKeyMayReadContacts => false;

    public bool IsInRole(string role) => string.Equals(Role, role, StringComparison.Ordinal);

    public override string ToString() => Name ?? "system";
}

using InvestPromo.Application.Users.Queries.ListUsers;

namespace InvestPromo.Application.Users;

/// <summary>The user store (ASP.NET Core Identity behind it). Password rules are Identity's.</summary>
public interface IUserAccounts
{
    Task<PagedList<UserDto>> ListAsync(ListUsersQuery query, CancellationToken ct);

    Task<UserDto?> FindAsync(Guid id, CancellationToken ct);

    Task<UserDto> CreateAsync(NewUser user, CancellationToken ct);

    Task<UserDto> UpdateAsync(Guid id, UserChanges changes, int version, CancellationToken ct);

    Task ResetPasswordAsync(Guid id, string newPassword, CancellationToken ct);

    Task ChangePasswordAsync(Guid id, string currentPassword, string newPassword, CancellationToken ct);

    /// <summary>Ends the account's lock and clears its failed sign-in counts (a password reset does the same).</summary>
    Task UnlockAsync(Guid id, CancellationToken ct);

    Task<bool> UnitHasActiveUsersAsync(Guid unitId, CancellationToken ct);

    Task<CurrentUserDto?> GetCurrentAsync(Guid id, CancellationToken ct);

    /// <summary>The display names (姓名) of these users, by id; users that no longer exist are left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>The active users with the Reviewer role, by id (the recipients of reviewers' notifications).</summary>
    Task<IReadOnlyList<Guid>> ActiveReviewersAsync(CancellationToken ct);

    /// <summary>The active filers of a carrier unit, by id (the recipients of notifications about the unit's filings).</summary>
    Task<IReadOnlyList<Guid>> ActiveFilersOfUnitAsync(Guid unitId, CancellationToken ct);

    /// <summary>The active users of role Association linked to any of these associations, by id.</summary>
    Task<IReadOnlyList<Guid>> ActiveAssociationUsersAsync(IReadOnlyCollection<Guid> associationIds, CancellationToken ct);

    /// <summary>The same users with the association each is linked to, in one query (for a notification per association).</summary>
    Task<IReadOnlyList<(Guid UserId, Guid AssociationId)>> ActiveAssociationUsersByAssociationAsync(IReadOnlyCollection<Guid> associationIds, CancellationToken ct);

    /// <summary>
    /// Who may be a project's service owner: the active filers of the unit, and with <paramref name="withCenter"/> the active
    /// reviewers and admins; by display name.
    /// </summary>
    Task<IReadOnlyList<Projects.Service.ServiceOwnerCandidate>> ServiceOwnerCandidatesAsync(Guid unitId, bool withCenter, CancellationToken ct);
}

public sealed record NewUser(string UserName, string DisplayName, string Password, string Role, Guid? UnitId, string? Email, string? PhoneNumber, Guid? AssociationId = null);

public sealed record UserChanges(string DisplayName, string Role, Guid? UnitId, string? Email, string? PhoneNumber, bool IsActive, Guid? AssociationId = null);

public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string Role,
    Guid? UnitId,
    string? UnitName,
    string? Email,
    string? PhoneNumber,
    bool IsActive,
    bool IsLockedOut,
    DateTimeOffset? LockedOutAt,
    DateTimeOffset? LockedOutUntil,
    string? LockoutReason,
    DateTimeOffset? LastLoginAt,
    int Version,
    int ActiveSessions,
    Guid? AssociationId,
    string? AssociationName);

public sealed record CurrentUserDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? UnitId, string? UnitName);

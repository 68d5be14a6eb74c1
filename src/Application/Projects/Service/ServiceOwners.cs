using InvestPromo.Application.Common.Security;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service;

/// <summary>
/// Who may be a project's service owner, and who may choose: a filer of the project's unit, or a reviewer or admin of the center.
/// A filer chooses among its own unit's filers only; the center (reviewers, admins) among all of them.
/// </summary>
public static class ServiceOwners
{
    public static bool IsCenter(ICurrentUser user) => user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin);

    /// <summary>The active users the caller may make the owner of this project, by name.</summary>
    public static Task<IReadOnlyList<ServiceOwnerCandidate>> CandidatesAsync(IUserAccounts users, ICurrentUser user, TrackedProject project, CancellationToken ct) =>
        users.ServiceOwnerCandidatesAsync(project.UnitId, withCenter: IsCenter(user), ct);

    public static Task<IReadOnlyList<ServiceOwnerCandidate>> CandidatesAsync(IUserAccounts users, ICurrentUser user, Guid unitId, CancellationToken ct) =>
        users.ServiceOwnerCandidatesAsync(unitId, withCenter: IsCenter(user), ct);
}

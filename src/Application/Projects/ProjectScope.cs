using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects;

/// <summary>
/// Who sees a tracked project: a filer only its own unit's (another unit's is a 404, never a 403); reviewers, admins, leaders and
/// API keys every unit's. Every project query and command goes through here.
/// </summary>
public static class ProjectScope
{
    public static IQueryable<TrackedProject> VisibleTo(this IQueryable<TrackedProject> projects, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Filer))
        {
            var own = user.UnitId ?? Guid.Empty;
            return projects.Where(p => p.UnitId == own);
        }

        return projects;
    }

    /// <summary>
    /// The project a command is about to change: only one the caller may see (else 404), at the version the client read (else
    /// 409 <c>concurrency.stale</c>).
    /// </summary>
    public static async Task<TrackedProject> LoadProjectForChangeAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, int version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var project = await db.TrackedProjects.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(nameof(TrackedProject), id);
        db.ExpectVersion(project, version);
        return project;
    }
}

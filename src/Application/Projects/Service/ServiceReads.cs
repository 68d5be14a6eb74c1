using InvestPromo.Application.Users;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service;

/// <summary>The reads the service's use cases share: a visible project, its service view, a problem with its history.</summary>
public static class ServiceReads
{
    /// <summary>A project the caller may see (else 404), tracked for a change (no version: the caller adds a record to it).</summary>
    public static async Task<TrackedProject> VisibleProjectAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.TrackedProjects.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(nameof(TrackedProject), id);

    public static async Task<ProjectServiceDto> ServiceDtoAsync(
        IApplicationDbContext db, IUserAccounts users, ICurrentUser user, TrackedProject project, RevisitPolicy policy, DateOnly today, CancellationToken ct)
    {
        var openProblems = await db.ProjectProblems.CountAsync(x => x.ProjectId == project.Id && x.Status != ProblemStatus.Solved, ct);
        var candidates = await ServiceOwners.CandidatesAsync(users, user, project, ct);
        return new ProjectServiceDto(
            project.Id,
            project.ServiceOwnerId,
            project.ServiceOwnerName,
            project.RevisitIntervalDays,
            project.EffectiveRevisitIntervalDays(policy),
            policy.DaysFor(project.ServiceStage ?? Domain.Filings.ProjectStage.Signed),
            project.ServiceStage,
            project.SignedOn,
            project.LastRevisitOn,
            project.NextRevisitDueOn,
            project.NextRevisitDueOn is { } due && due < today,
            openProblems,
            candidates,
            project.Version);
    }

    public static ProjectRevisitDto ToDto(this ProjectRevisit r) =>
        new(r.Id, r.ProjectId, r.VisitedOn, r.Visitors, r.MetWith, r.Notes, r.RecordedByName, r.CreatedAt);

    public static ProjectProblemDto ToDto(this ProjectProblem p, DateOnly today)
    {
        var raised = p.Changes.OrderBy(c => c.At).ThenBy(c => c.Id).ToList();
        return new ProjectProblemDto(
            p.Id,
            p.ProjectId,
            p.Description,
            p.Department,
            p.DueOn,
            p.Status,
            p.EscalatedTo,
            p.SolvedOn,
            p.IsOpen && p.DueOn < today,
            raised.FirstOrDefault()?.ByName ?? string.Empty,
            p.CreatedAt,
            [.. raised.Select(c => new ProblemChangeDto(c.FromStatus, c.ToStatus, c.Note, c.EscalatedTo, c.ByName, c.At))],
            p.Version);
    }
}

using System.Globalization;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Milestones;

/// <summary>One step of a milestone's history: what was done, by whom, when, the date and amount as they then stood, and the reason or note.</summary>
public sealed record ProjectMilestoneHistoryDto(
    MilestoneAction Action, DateTimeOffset At, string ActorName, DateOnly OccurredOn, decimal? AgreementAmount, string? Reason);

/// <summary>
/// A milestone of a tracked project: its kind, date, 签约's agreement amount (yuan), note, status (only Confirmed counts), the
/// last return's reason, who reported and decided it, the caller's external reference, and its whole history, oldest first.
/// </summary>
public sealed record ProjectMilestoneDto(
    Guid Id,
    Guid ProjectId,
    MilestoneKind Kind,
    DateOnly OccurredOn,
    decimal? AgreementAmount,
    string? Note,
    MilestoneStatus Status,
    string? ReturnReason,
    DateTimeOffset ReportedAt,
    string ReportedByName,
    DateTimeOffset? DecidedAt,
    string? DecidedByName,
    string? ExternalReference,
    IReadOnlyList<ProjectMilestoneHistoryDto> History,
    int Version);

/// <summary>The pieces every milestone use case shares: loading in scope, the reads, the verification task's summary.</summary>
public static class ProjectMilestones
{
    /// <summary>A project's milestones as DTOs, in order (签约, 开工, 竣工), each with its history.</summary>
    public static Task<List<ProjectMilestoneDto>> ReadAsync(IApplicationDbContext db, Guid projectId, Guid? milestoneId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var milestones = db.ProjectMilestones.AsNoTracking().Where(m => m.ProjectId == projectId);
        if (milestoneId is { } id)
        {
            milestones = milestones.Where(m => m.Id == id);
        }

        return milestones.OrderBy(m => m.Kind == MilestoneKind.Signed ? 1 : m.Kind == MilestoneKind.Started ? 2 : 3)
            .Select(m => new ProjectMilestoneDto(
                m.Id, m.ProjectId, m.Kind, m.OccurredOn, m.AgreementAmount, m.Note, m.Status, m.ReturnReason, m.ReportedAt, m.ReportedByName,
                m.DecidedAt, m.DecidedByName, m.ExternalReference,
                m.History.OrderBy(h => h.At).ThenBy(h => h.Id)
                    .Select(h => new ProjectMilestoneHistoryDto(h.Action, h.At, h.ActorName, h.OccurredOn, h.AgreementAmount, h.Reason)).ToList(),
                m.Version))
            .ToListAsync(ct);
    }

    public static async Task<ProjectMilestoneDto> ReadOneAsync(IApplicationDbContext db, Guid projectId, Guid milestoneId, CancellationToken ct) =>
        (await ReadAsync(db, projectId, milestoneId, ct)).Single();

    /// <summary>
    /// The project (one the caller may see, else 404), its milestones (tracked, for the rules) and the one addressed (another
    /// project's or unknown: 404; at another version than the client read: 409 <c>concurrency.stale</c>).
    /// </summary>
    public static async Task<(TrackedProject Project, List<ProjectMilestone> All, ProjectMilestone Milestone)> LoadForChangeAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid projectId, Guid milestoneId, int version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var project = await db.TrackedProjects.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new NotFoundException(nameof(TrackedProject), projectId);
        var all = await db.ProjectMilestones.Where(m => m.ProjectId == projectId).ToListAsync(ct);
        var milestone = all.FirstOrDefault(m => m.Id == milestoneId) ?? throw new NotFoundException(nameof(ProjectMilestone), milestoneId);
        db.ExpectVersion(milestone, version);
        return (project, all, milestone);
    }

    /// <summary>Answers input <see cref="ProjectMilestone.CheckInput"/> rejects as a 400 naming the field, before any rule runs.</summary>
    public static void ThrowIfBad(ProjectInputProblem? problem)
    {
        if (problem is not null)
        {
            throw new BadRequestException(problem.Code, problem.Field, problem.Message);
        }
    }

    /// <summary>The milestone in the reviewers' queue: opened (or replaced) when reported, due in 3 working days.</summary>
    public static Task OpenVerificationAsync(
        this IApplicationDbContext db, IWorkingCalendarSource calendars, TrackedProject project, ProjectMilestone milestone, DateTimeOffset now, CancellationToken ct) =>
        db.OpenVerificationAsync(calendars, project, VerificationSubject.Milestone, milestone.Id, Summary(milestone), now, ct);

    /// <summary>"签约 2026-05-08，协议投资额 120000万元", "开工 2026-06-01".</summary>
    public static string Summary(ProjectMilestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var text = $"{KindZh(milestone.Kind)} {milestone.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return milestone.AgreementAmount is { } yuan
            ? $"{text}，协议投资额 {(yuan / 10_000m).ToString("0.######", CultureInfo.InvariantCulture)}万元"
            : text;
    }

    public static string KindZh(MilestoneKind kind) => kind switch
    {
        MilestoneKind.Signed => "签约",
        MilestoneKind.Started => "开工",
        _ => "竣工/投产",
    };

    /// <summary>Who sent an external reference: the API key, else the signed-in user.</summary>
    public static Guid? CallerId(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.ApiKeyId ?? user.UserId;
    }
}

using InvestPromo.Application.Projects.Timeline;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Queries.GetProjectTimeline;

/// <summary>
/// A tracked project's timeline for its page: the lines of every <see cref="IProjectTimelineSource"/> (milestones, monthly
/// reports, revisits, problems …) and the project's own (approved; stopped), newest first. Another unit's project is not found
/// for a filer.
/// </summary>
public sealed record GetProjectTimelineQuery(Guid Id) : IQuery<IReadOnlyList<ProjectTimelineEntryDto>>;

public sealed class GetProjectTimelineHandler(IApplicationDbContext db, ICurrentUser user, IEnumerable<IProjectTimelineSource> sources)
    : IQueryHandler<GetProjectTimelineQuery, IReadOnlyList<ProjectTimelineEntryDto>>
{
    /// <summary>The <see cref="ProjectTimelineEntryDto.Kind"/> of the project's own lines.</summary>
    public const string ProjectKind = "project";

    public async ValueTask<IReadOnlyList<ProjectTimelineEntryDto>> Handle(GetProjectTimelineQuery query, CancellationToken cancellationToken)
    {
        var project = await db.TrackedProjects.AsNoTracking().VisibleTo(user).Where(p => p.Id == query.Id)
            .Select(p => new { p.Id, p.ApprovedOn, p.CreatedAt, p.StoppedOn, p.StopReason, p.Status })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(TrackedProject), query.Id);

        var lines = new List<ProjectTimelineEntryDto>
        {
            new(ProjectKind, project.Id, project.ApprovedOn, project.CreatedAt, new Localized("备案通过，开始跟踪", "Approved; tracking began").Current, null, "Approved", null, null),
        };
        if (project.StoppedOn is { } stoppedOn)
        {
            lines.Add(new(ProjectKind, project.Id, stoppedOn, ChinaTime.StartOfDay(stoppedOn), new Localized("项目终止", "Project stopped").Current, project.StopReason, nameof(TrackedProjectStatus.Stopped), null, null));
        }

        foreach (var source in sources)
        {
            lines.AddRange(await source.ReadAsync(project.Id, cancellationToken));
        }

        return [.. lines.OrderByDescending(l => l.On).ThenByDescending(l => l.At).ThenBy(l => l.Kind, StringComparer.Ordinal)];
    }
}

using InvestPromo.Application.Projects.Timeline;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service;

/// <summary>A project's revisits on its timeline ("revisit"): the date, whom they met, the notes, who recorded it.</summary>
public sealed class RevisitTimelineSource(IApplicationDbContext db) : IProjectTimelineSource
{
    public async Task<IReadOnlyList<ProjectTimelineEntryDto>> ReadAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.ProjectRevisits.AsNoTracking().Where(r => r.ProjectId == projectId)
            .Select(r => new ProjectTimelineEntryDto("revisit", r.Id, r.VisitedOn, r.CreatedAt, r.MetWith, r.Notes, null, null, r.RecordedByName))
            .ToListAsync(cancellationToken);
}

/// <summary>A project's problems on its timeline ("problem"), on the China date each was raised, with its current status.</summary>
public sealed class ProblemTimelineSource(IApplicationDbContext db) : IProjectTimelineSource
{
    public async Task<IReadOnlyList<ProjectTimelineEntryDto>> ReadAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var problems = await db.ProjectProblems.AsNoTracking().Where(p => p.ProjectId == projectId)
            .Select(p => new { p.Id, p.CreatedAt, p.Department, p.Description, p.Status, RaisedBy = p.Changes.OrderBy(c => c.At).Select(c => c.ByName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return [.. problems.Select(p => new ProjectTimelineEntryDto(
            "problem", p.Id, ChinaTime.DateOf(p.CreatedAt), p.CreatedAt, p.Department, p.Description, p.Status.ToString(), null, p.RaisedBy))];
    }
}

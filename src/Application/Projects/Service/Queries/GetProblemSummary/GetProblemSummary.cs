using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Queries.GetProblemSummary;

/// <summary>
/// Open problems (not solved) of projects the caller sees that go on, by responsible department, most first (the leader's
/// dashboard): how many open, in progress, escalated, and past their due date (China). Optionally one unit's. One grouped query.
/// </summary>
public sealed record GetProblemSummaryQuery(Guid? UnitId = null) : IQuery<ProblemSummaryDto>;

public sealed class GetProblemSummaryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetProblemSummaryQuery, ProblemSummaryDto>
{
    public async ValueTask<ProblemSummaryDto> Handle(GetProblemSummaryQuery query, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var projects = db.TrackedProjects.AsNoTracking().VisibleTo(user).Where(p => p.Status == TrackedProjectStatus.Active);
        if (query.UnitId is { } unitId)
        {
            projects = projects.Where(p => p.UnitId == unitId);
        }

        var rows = await db.ProjectProblems.AsNoTracking()
            .Where(x => x.Status != ProblemStatus.Solved && projects.Any(p => p.Id == x.ProjectId))
            .GroupBy(x => x.Department)
            .Select(g => new
            {
                Department = g.Key,
                Open = g.Count(x => x.Status == ProblemStatus.Open),
                InProgress = g.Count(x => x.Status == ProblemStatus.InProgress),
                Escalated = g.Count(x => x.Status == ProblemStatus.Escalated),
                Overdue = g.Count(x => x.DueOn < today),
                Total = g.Count(),
            })
            .ToListAsync(cancellationToken);
        var departments = rows
            .OrderByDescending(r => r.Total).ThenBy(r => r.Department, StringComparer.Ordinal)
            .Select(r => new DepartmentProblemsDto(r.Department, r.Open, r.InProgress, r.Escalated, r.Overdue, r.Total))
            .ToList();
        return new ProblemSummaryDto(departments.Sum(d => d.Total), departments.Sum(d => d.Overdue), departments);
    }
}

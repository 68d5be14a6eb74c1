using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Queries.ListProblems;

/// <summary>A project's problems with their histories: open ones first (soonest due first), then solved ones (latest first).</summary>
public sealed record ListProblemsQuery(Guid ProjectId) : IQuery<IReadOnlyList<ProjectProblemDto>>;

public sealed class ListProblemsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListProblemsQuery, IReadOnlyList<ProjectProblemDto>>
{
    public async ValueTask<IReadOnlyList<ProjectProblemDto>> Handle(ListProblemsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.TrackedProjects.VisibleTo(user).AnyAsync(p => p.Id == query.ProjectId, cancellationToken))
        {
            throw new NotFoundException(nameof(TrackedProject), query.ProjectId);
        }

        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var problems = await db.ProjectProblems.AsNoTracking().Include(p => p.Changes).Where(p => p.ProjectId == query.ProjectId)
            .ToListAsync(cancellationToken);
        return [.. problems
            .OrderBy(p => p.IsOpen ? 0 : 1)
            .ThenBy(p => p.IsOpen ? p.DueOn.DayNumber : -(p.SolvedOn ?? p.DueOn).DayNumber)
            .ThenBy(p => p.Id)
            .Select(p => p.ToDto(today))];
    }
}

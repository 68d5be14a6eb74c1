namespace InvestPromo.Application.Projects.Service.Queries.ListProblemDepartments;

/// <summary>
/// Responsible departments named on earlier problems of projects the caller sees (suggestions for the free-text field), most used
/// first, optionally those containing <see cref="Search"/>; at most 20.
/// </summary>
public sealed record ListProblemDepartmentsQuery(string? Search = null) : IQuery<IReadOnlyList<string>>;

public sealed class ListProblemDepartmentsValidator : AbstractValidator<ListProblemDepartmentsQuery>
{
    public ListProblemDepartmentsValidator() => RuleFor(x => x.Search).MaximumLength(100).SingleLineText();
}

public sealed class ListProblemDepartmentsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListProblemDepartmentsQuery, IReadOnlyList<string>>
{
    public const int Limit = 20;

    public async ValueTask<IReadOnlyList<string>> Handle(ListProblemDepartmentsQuery query, CancellationToken cancellationToken)
    {
        var projects = db.TrackedProjects.AsNoTracking().VisibleTo(user);
        var problems = db.ProjectProblems.AsNoTracking().Where(x => projects.Any(p => p.Id == x.ProjectId));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            problems = problems.Where(x => x.Department.Contains(search));
        }

        return await problems.GroupBy(x => x.Department)
            .Select(g => new { Department = g.Key, Uses = g.Count() })
            .OrderByDescending(g => g.Uses).ThenBy(g => g.Department)
            .Take(Limit)
            .Select(g => g.Department)
            .ToListAsync(cancellationToken);
    }
}

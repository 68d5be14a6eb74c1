using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Queries.ListProjects;

/// <summary>
/// Tracked projects, most recently approved first: a filer's own unit's, everyone else's all units'. Filters, all optional:
/// status, current stage, unit, industry chain, and a search in the project or investor name.
/// </summary>
public sealed record ListProjectsQuery(
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    TrackedProjectStatus? Status = null,
    ProjectStage? Stage = null,
    Guid? UnitId = null,
    Guid? IndustryChainId = null,
    string? Search = null) : IQuery<PagedList<ProjectDto>>, IPagedQuery;

public sealed class ListProjectsValidator : AbstractValidator<ListProjectsQuery>
{
    public ListProjectsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Stage).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100).SingleLineText();
    }
}

public sealed class ListProjectsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListProjectsQuery, PagedList<ProjectDto>>
{
    public async ValueTask<PagedList<ProjectDto>> Handle(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        var projects = db.TrackedProjects.AsNoTracking().VisibleTo(user);
        if (query.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (query.Stage is { } stage)
        {
            projects = projects.Where(p => p.Stage == stage);
        }

        if (query.UnitId is { } unitId)
        {
            projects = projects.Where(p => p.UnitId == unitId);
        }

        if (query.IndustryChainId is { } chainId)
        {
            projects = projects.Where(p => p.IndustryChainId == chainId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            projects = projects.Where(p => p.ProjectName.Contains(search) || (p.InvestorName != null && p.InvestorName.Contains(search)));
        }

        return await projects.OrderByDescending(p => p.ApprovedOn).ThenByDescending(p => p.Id)
            .ToDtos(db)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}

using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service.Queries.ListServiceDue;

/// <summary>
/// The due list: projects the caller sees (a filer its own unit's) that go on and whose revisit is due by today plus
/// <see cref="WithinDays"/> (0: due today or overdue), or that have problems past their due date (China time). Soonest revisit
/// first, then those with only overdue problems. Filters: unit, owner, <see cref="Mine"/> (the caller's own). One query on the
/// stored next-due date (indexed) and the problems' due dates, paged.
/// </summary>
public sealed record ListServiceDueQuery(
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    Guid? UnitId = null,
    Guid? OwnerId = null,
    bool Mine = false,
    int WithinDays = 0) : IQuery<PagedList<ServiceDueDto>>, IPagedQuery;

public sealed class ListServiceDueValidator : AbstractValidator<ListServiceDueQuery>
{
    public const int MaxWithinDays = 30;

    public ListServiceDueValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.WithinDays).InclusiveBetween(0, MaxWithinDays);
    }
}

public sealed class ListServiceDueHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListServiceDueQuery, PagedList<ServiceDueDto>>
{
    public async ValueTask<PagedList<ServiceDueDto>> Handle(ListServiceDueQuery query, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var horizon = today.AddDays(query.WithinDays);
        var open = db.ProjectProblems.Where(x => x.Status != ProblemStatus.Solved && x.DueOn < today);
        var projects = db.TrackedProjects.AsNoTracking().VisibleTo(user)
            .Where(p => p.Status == TrackedProjectStatus.Active)
            .Where(p => (p.NextRevisitDueOn != null && p.NextRevisitDueOn <= horizon) || open.Any(x => x.ProjectId == p.Id));
        if (query.UnitId is { } unitId)
        {
            projects = projects.Where(p => p.UnitId == unitId);
        }

        if (query.OwnerId is { } ownerId)
        {
            projects = projects.Where(p => p.ServiceOwnerId == ownerId);
        }

        if (query.Mine)
        {
            var me = user.UserId ?? Guid.Empty;
            projects = projects.Where(p => p.ServiceOwnerId == me);
        }

        var page = await projects
            .OrderBy(p => p.NextRevisitDueOn == null || p.NextRevisitDueOn > horizon).ThenBy(p => p.NextRevisitDueOn).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.ProjectName,
                p.UnitId,
                UnitName = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault(),
                p.ServiceOwnerId,
                p.ServiceOwnerName,
                p.LastRevisitOn,
                p.NextRevisitDueOn,
                OverdueProblems = open.Count(x => x.ProjectId == p.Id),
                EarliestProblemDueOn = open.Where(x => x.ProjectId == p.Id).Select(x => (DateOnly?)x.DueOn).Min(),
            })
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedList<ServiceDueDto>(
            [.. page.Items.Select(p => new ServiceDueDto(
                p.Id, p.ProjectName, p.UnitId, p.UnitName ?? string.Empty, p.ServiceOwnerId, p.ServiceOwnerName, p.LastRevisitOn, p.NextRevisitDueOn,
                p.NextRevisitDueOn is { } due ? today.DayNumber - due.DayNumber : null, p.OverdueProblems, p.EarliestProblemDueOn))],
            page.Page,
            page.PageSize,
            page.TotalCount);
    }
}

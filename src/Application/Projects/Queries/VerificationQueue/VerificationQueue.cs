using InvestPromo.Application.Projects.Verification;

namespace InvestPromo.Application.Projects.Queries.VerificationQueue;

/// <summary>
/// The reviewers' verification queue: milestones and monthly reports waiting for a decision, soonest deadline first, overdue and
/// due today marked (China time), paged on the server.
/// </summary>
public sealed record VerificationQueueQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<VerificationTaskDto>>, IPagedQuery
{
    public VerificationQueueFilter Filter { get; init; } = new();
}

public sealed class VerificationQueueValidator : AbstractValidator<VerificationQueueQuery>
{
    public VerificationQueueValidator()
    {
        this.AddPagingRules();
        this.AddVerificationFilterRules(x => x.Filter);
    }
}

public sealed class VerificationQueueHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<VerificationQueueQuery, PagedList<VerificationTaskDto>>
{
    public async ValueTask<PagedList<VerificationTaskDto>> Handle(VerificationQueueQuery query, CancellationToken cancellationToken) =>
        await VerificationQueueRows.Open(db, user, query.Filter, clock.GetUtcNow())
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
}

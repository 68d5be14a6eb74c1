using InvestPromo.Application.ReferenceData;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Queries.ReviewQueue;

public enum ReviewQueueSort
{
    /// <summary>Soonest review deadline first, then earliest submission (the default).</summary>
    Deadline = 1,
    SubmittedAt = 2,
    PlannedTotal = 3,
    Name = 4,
}

public enum SortDirection
{
    Asc = 1,
    Desc = 2,
}

/// <summary>The reviewers' queue: filings under review, filtered, sorted and paged on the server, overdue and due-today marked.</summary>
public sealed record ReviewQueueQuery(
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    ReviewQueueSort Sort = ReviewQueueSort.Deadline,
    SortDirection Direction = SortDirection.Asc) : IQuery<PagedList<FilingListItemDto>>, IPagedQuery, IFilteredFilingQuery
{
    public FilingFilter Filter { get; init; } = new();
}

public sealed class ReviewQueueValidator : AbstractValidator<ReviewQueueQuery>
{
    public ReviewQueueValidator()
    {
        this.AddPagingRules();
        this.AddFilterRules();
        RuleFor(x => x.Sort).IsDefinedValue();
        RuleFor(x => x.Direction).IsDefinedValue();
    }
}

public sealed class ReviewQueueHandler(IApplicationDbContext db, RegionOptions region, TimeProvider clock) : IQueryHandler<ReviewQueueQuery, PagedList<FilingListItemDto>>
{
    public async ValueTask<PagedList<FilingListItemDto>> Handle(ReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var filings = db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.UnderReview).Filter(query.Filter, region);
        var ordered = filings.OrderForQueue(query.Sort, query.Direction);

        // The page's duplicate-check keys come with the page rows: count, page, candidates (and dismissals only when a
        // pair on the page matches a rule) — three round trips in the usual case instead of five.
        var total = await ordered.CountAsync(cancellationToken);
        var rows = await ordered
            .Skip(Paging.Skip(query.Page, query.PageSize))
            .Take(query.PageSize)
            .ToListItemsWithDuplicateKeys(db, clock.GetUtcNow())
            .ToListAsync(cancellationToken);
        var counts = rows.Count == 0 ? new Dictionary<Guid, int>() : await db.CountSuspectedDuplicatesAsync(rows.Select(r => r.Key).ToList(), cancellationToken);
        var items = rows.Select(r => r.Item with { SuspectedDuplicateCount = counts.GetValueOrDefault(r.Item.Id) }).ToList();
        return new PagedList<FilingListItemDto>(items, query.Page, query.PageSize, total);
    }
}

public static class ReviewQueueOrdering
{
    /// <summary>The queue's order (amounts sort on the fen column: SQLite cannot ORDER BY a decimal), ties broken by id.</summary>
    public static IOrderedQueryable<Filing> OrderForQueue(this IQueryable<Filing> filings, ReviewQueueSort sort, SortDirection direction)
    {
        var desc = direction == SortDirection.Desc;
        var ordered = sort switch
        {
            ReviewQueueSort.SubmittedAt => desc ? filings.OrderByDescending(f => f.SubmittedAt) : filings.OrderBy(f => f.SubmittedAt),
            ReviewQueueSort.PlannedTotal => desc ? filings.OrderByDescending(f => f.PlannedTotalFen) : filings.OrderBy(f => f.PlannedTotalFen),
            ReviewQueueSort.Name => desc ? filings.OrderByDescending(f => f.ProjectName) : filings.OrderBy(f => f.ProjectName),
            _ => desc
                ? filings.OrderByDescending(f => f.ReviewDueAt).ThenByDescending(f => f.SubmittedAt)
                : filings.OrderBy(f => f.ReviewDueAt).ThenBy(f => f.SubmittedAt),
        };
        return ordered.ThenBy(f => f.Id);
    }
}

using FluentValidation;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Domain.Filings;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    SortDirection Direction = SortDirection.Asc,
    Guid? UnitId = null,
    Guid? IndustryChainId = null,
    ProjectCategory? Category = null,
    string? SourceRegionCode = null,
    ScaleBand? ScaleBand = null,
    ProjectStage? Stage = null,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null) : IQuery<PagedList<FilingListItemDto>>, IPagedQuery, IFilingFilters;

public sealed class ReviewQueueValidator : AbstractValidator<ReviewQueueQuery>
{
    public ReviewQueueValidator()
    {
        this.AddPagingRules();
        this.AddFilterRules();
        RuleFor(x => x.Sort).IsInEnum();
        RuleFor(x => x.Direction).IsInEnum();
    }
}

public sealed class ReviewQueueHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<ReviewQueueQuery, PagedList<FilingListItemDto>>
{
    public async ValueTask<PagedList<FilingListItemDto>> Handle(ReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var filings = db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.UnderReview).Filter(query);
        var ordered = filings.OrderForQueue(query.Sort, query.Direction);

        var page = await ordered
            .ToListItems(db, clock.GetUtcNow())
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var counts = await db.CountSuspectedDuplicatesAsync(page.Items.Select(i => i.Id).ToList(), cancellationToken);
        return page with { Items = page.Items.Select(i => i with { SuspectedDuplicateCount = counts.GetValueOrDefault(i.Id) }).ToList() };
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

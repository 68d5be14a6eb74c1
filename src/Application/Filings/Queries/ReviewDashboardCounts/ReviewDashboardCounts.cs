using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Queries.ReviewDashboardCounts;

/// <summary>
/// Counts for the dashboard. "This week" runs from Monday 00:00 China time to now; a filing approved (or returned)
/// this week counts once however many times it was.
/// </summary>
public sealed record ReviewCountsDto(int UnderReview, int DueToday, int Overdue, int ApprovedThisWeek, int ReturnedThisWeek);

public sealed record ReviewDashboardCountsQuery : IQuery<ReviewCountsDto>;

public sealed class ReviewDashboardCountsHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<ReviewDashboardCountsQuery, ReviewCountsDto>
{
    public async ValueTask<ReviewCountsDto> Handle(ReviewDashboardCountsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var weekStart = ChinaTime.StartOfWeek(now);
        var underReview = db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.UnderReview);
        var history = db.Filings.AsNoTracking().SelectMany(f => f.History);

        return new ReviewCountsDto(
            await underReview.CountAsync(cancellationToken),
            await underReview.CountAsync(ReviewDue.Today(now), cancellationToken),
            await underReview.CountAsync(ReviewDue.Overdue(now), cancellationToken),
            await history.Where(h => h.Action == FilingAction.Approved && h.At >= weekStart && h.At <= now).Select(h => h.FilingId).Distinct().CountAsync(cancellationToken),
            await history.Where(h => h.Action == FilingAction.Returned && h.At >= weekStart && h.At <= now).Select(h => h.FilingId).Distinct().CountAsync(cancellationToken));
    }
}

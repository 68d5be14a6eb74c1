using InvestPromo.Application.Analysis;
using InvestPromo.Application.Common.Security;
using InvestPromo.Application.ReserveList;
using InvestPromo.Domain.Analysis;

namespace InvestPromo.Application.Workbench.Queries.GetLeaderHeadline;

/// <summary>
/// The city-wide headline of the 领导驾驶舱. <c>ThisYear</c>: filings approved (备案) this calendar year in China time whose approval
/// stands (approved, or under re-review), with their planned total investment; drafts, filings under review, returned, withdrawn and
/// revoked ones do not count. <c>ThisWeek</c>: the same for approvals since Monday 00:00 China time. Both are the analysis' counted
/// set (<see cref="ApprovalTotal.Counts"/>), so they equal the analysis by period. <c>ReserveList</c>: the reserve list's size and total.
/// </summary>
public sealed record LeaderHeadlineDto(
    int Year,
    DateOnly YearStart,
    DateOnly WeekStart,
    DateOnly Today,
    WorkbenchFigureDto ThisYear,
    WorkbenchFigureDto ThisWeek,
    WorkbenchFigureDto ReserveList);

/// <summary>The headline figures for leaders, reviewers and admins (city-wide); a filer is refused (its workbench is its unit's).</summary>
public sealed record GetLeaderHeadlineQuery : IQuery<LeaderHeadlineDto>;

public sealed class GetLeaderHeadlineHandler(IApplicationDbContext db, ICurrentUser user, ReserveListOptions options, TimeProvider clock)
    : IQueryHandler<GetLeaderHeadlineQuery, LeaderHeadlineDto>
{
    public async ValueTask<LeaderHeadlineDto> Handle(GetLeaderHeadlineQuery query, CancellationToken cancellationToken)
    {
        if (!(user.IsInRole(Roles.Leader) || user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin)))
        {
            throw new ForbiddenAccessException("The city-wide headline is for leaders, reviewers and admins.");
        }

        var period = WorkbenchPeriods.At(clock.GetUtcNow());
        var (yearStart, weekStart, today) = (period.YearStart, period.WeekStart, period.Today);
        // A week may begin in the previous year (Monday 29 December): read from whichever starts first.
        var from = weekStart < yearStart ? weekStart : yearStart;

        // The analysis' running totals by approval day: one row per day however many filings, summed in one aggregate.
        var approvals = await db.ApprovalTotals.AsNoTracking()
            .Where(t => t.Dimension == ApprovalDimension.Day && t.Day >= from && t.Day <= today)
            .GroupBy(t => t.Dimension)
            .Select(g => new
            {
                YearCount = g.Sum(t => t.Day >= yearStart ? t.Count : 0),
                YearFen = g.Sum(t => t.Day >= yearStart ? t.TotalFen : 0L),
                WeekCount = g.Sum(t => t.Day >= weekStart ? t.Count : 0),
                WeekFen = g.Sum(t => t.Day >= weekStart ? t.TotalFen : 0L),
            })
            .FirstOrDefaultAsync(cancellationToken);

        // The reserve list's size: one aggregate over the listed filings (the list's own index).
        var reserve = await ReserveLists.Listed(db, options.ToRule())
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Fen = g.Sum(f => f.PlannedTotalFen ?? 0L) })
            .FirstOrDefaultAsync(cancellationToken);

        return new LeaderHeadlineDto(
            today.Year, yearStart, weekStart, today,
            new WorkbenchFigureDto(approvals?.YearCount ?? 0, FilingAnalysis.Yuan(approvals?.YearFen ?? 0)),
            new WorkbenchFigureDto(approvals?.WeekCount ?? 0, FilingAnalysis.Yuan(approvals?.WeekFen ?? 0)),
            new WorkbenchFigureDto(reserve?.Count ?? 0, FilingAnalysis.Yuan(reserve?.Fen ?? 0)));
    }
}

using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Workbench.Queries.GetFilerWorkbench;

/// <summary>A returned filing on the filer's workbench: the reviewer's latest reasons, one click from the edit form.</summary>
public sealed record ReturnedFilingDto(Guid Id, string? ProjectName, string? ReturnReason, DateTimeOffset? ReturnedAt);

/// <summary>
/// The filer's workbench, always for the caller's own unit: drafts, returned filings, filings under review, and filings approved
/// this week (approved from Monday 00:00 China time to now, and still standing: approved or under re-review); with the
/// <see cref="GetFilerWorkbenchQuery.LatestReturned"/> most recently returned filings and their reasons.
/// </summary>
public sealed record FilerWorkbenchDto(
    int Drafts,
    int Returned,
    int UnderReview,
    int ApprovedThisWeek,
    DateOnly WeekStart,
    DateOnly Today,
    IReadOnlyList<ReturnedFilingDto> LatestReturned);

/// <summary>The caller's unit's workbench (a filer only: no unit is named, so no other unit's can be asked for).</summary>
public sealed record GetFilerWorkbenchQuery : IQuery<FilerWorkbenchDto>
{
    /// <summary>How many returned filings the workbench lists (the list page has them all).</summary>
    public const int LatestReturned = 5;
}

public sealed class GetFilerWorkbenchHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetFilerWorkbenchQuery, FilerWorkbenchDto>
{
    public async ValueTask<FilerWorkbenchDto> Handle(GetFilerWorkbenchQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Filer) || user.UnitId is not { } unitId)
        {
            throw new ForbiddenAccessException("Only a filer bound to a unit has a filer's workbench.");
        }

        var period = WorkbenchPeriods.At(clock.GetUtcNow());
        var (weekStart, today) = (period.WeekStart, period.Today);
        var standing = ApprovalTotal.CountedStatuses.ToList();
        var unitFilings = db.Filings.AsNoTracking().Where(f => f.UnitId == unitId);

        // One aggregate over the unit's filings (IX_Filings_UnitId_Status): a row per unit, conditional counts.
        var counts = await unitFilings
            .GroupBy(f => f.UnitId)
            .Select(g => new
            {
                Drafts = g.Count(f => f.Status == FilingStatus.Draft),
                Returned = g.Count(f => f.Status == FilingStatus.Returned),
                UnderReview = g.Count(f => f.Status == FilingStatus.UnderReview),
                ApprovedThisWeek = g.Count(f => standing.Contains(f.Status) && f.ApprovedOn >= weekStart && f.ApprovedOn <= today),
            })
            .FirstOrDefaultAsync(cancellationToken);

        var returned = counts is null || counts.Returned == 0 ? [] : await unitFilings
            .Where(f => f.Status == FilingStatus.Returned)
            .OrderByDescending(f => f.DecidedAt).ThenByDescending(f => f.Id)
            .Take(GetFilerWorkbenchQuery.LatestReturned)
            .Select(f => new ReturnedFilingDto(f.Id, f.ProjectName, f.ReturnReason, f.DecidedAt))
            .ToListAsync(cancellationToken);

        return new FilerWorkbenchDto(
            counts?.Drafts ?? 0, counts?.Returned ?? 0, counts?.UnderReview ?? 0, counts?.ApprovedThisWeek ?? 0, weekStart, today, returned);
    }
}

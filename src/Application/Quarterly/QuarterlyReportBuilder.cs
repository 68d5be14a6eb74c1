using InvestPromo.Application.Filings;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.PromotionEvents;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly;

/// <summary>
/// Builds a quarter's report content: per unit its targets, year-to-date actuals, ratios, lagging metrics, score and rank; its
/// reviews overdue (under review past the 3-working-day deadline), revisits overdue (active projects whose next revisit is before
/// today) and open problems, at the time of the run; the city's totals; and each association's activity in the quarter.
/// Units listed: every county and park, and the center when it has targets.
/// </summary>
public static class QuarterlyReportBuilder
{
    public static async Task<QuarterlyReportContent> BuildAsync(
        IApplicationDbContext db, QuarterlyOptions options, QuarterlyScoring scoring, YearQuarter quarter, DateTimeOffset now, CancellationToken ct)
    {
        var targets = await db.UnitTargets.AsNoTracking().Where(t => t.Year == quarter.Year).ToDictionaryAsync(t => t.UnitId, t => t.Figures, ct);
        var units = (await db.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Kind }).ToListAsync(ct))
            .Where(u => u.Kind != UnitKind.Center || targets.ContainsKey(u.Id))
            .ToList();
        var actuals = await QuarterlyActuals.ByUnitAsync(db, options, quarter.Year, quarter.End, ct);

        var today = ChinaTime.DateOf(now);
        var reviewsOverdue = await db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.UnderReview).Where(ReviewDue.Overdue(now))
            .GroupBy(f => f.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var revisitsOverdue = await db.TrackedProjects.AsNoTracking()
            .Where(p => p.Status == TrackedProjectStatus.Active && p.NextRevisitDueOn != null && p.NextRevisitDueOn < today)
            .GroupBy(p => p.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var openProblems = await db.ProjectProblems.AsNoTracking().Where(x => x.Status != ProblemStatus.Solved)
            .Join(db.TrackedProjects, x => x.ProjectId, p => p.Id, (x, p) => p.UnitId)
            .GroupBy(u => u).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var lines = units.Select(u =>
        {
            var target = targets.GetValueOrDefault(u.Id) ?? TargetFigures.Zero;
            var actual = actuals.GetValueOrDefault(u.Id) ?? TargetFigures.Zero;
            var results = scoring.Results(target, actual, quarter);
            return (Unit: u, Results: results, Score: scoring.Score(target, actual));
        }).ToList();
        var ranks = QuarterlyScoring.Rank([.. lines.Select(l => l.Score)]);
        var rows = lines.Select((l, i) => new QuarterlyUnitRowDto(
                l.Unit.Id, l.Unit.Code, l.Unit.Name, ranks[i], l.Score,
                l.Results.Any(r => r.Lagging), [.. l.Results.Where(r => r.Lagging).Select(r => r.Metric)], [.. l.Results.Select(r => r.ToDto())],
                reviewsOverdue.GetValueOrDefault(l.Unit.Id), revisitsOverdue.GetValueOrDefault(l.Unit.Id), openProblems.GetValueOrDefault(l.Unit.Id)))
            .OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .ToList();

        var listed = units.Select(u => u.Id).ToHashSet();
        var cityTarget = targets.Where(t => listed.Contains(t.Key)).Aggregate(TargetFigures.Zero, (sum, t) => sum.Plus(t.Value));
        var cityActual = actuals.Aggregate(TargetFigures.Zero, (sum, a) => sum.Plus(a.Value));
        var city = scoring.Results(cityTarget, cityActual, quarter).Select(r => r.ToDto()).ToList();

        var associations = await ActivityAsync(db, quarter, ct);
        return new QuarterlyReportContent(rows, city, associations, scoring.Weights);
    }

    /// <summary>Each association's quarter: credits confirmed, confirmed events it took part in, leads it submitted, publicity items.</summary>
    public static async Task<IReadOnlyList<AssociationActivityDto>> ActivityAsync(IApplicationDbContext db, YearQuarter quarter, CancellationToken ct)
    {
        var from = ChinaTime.StartOfDay(quarter.Start);
        var to = ChinaTime.EndOfDay(quarter.End);
        var credits = await db.ProjectCredits.AsNoTracking()
            .Where(c => c.Status == CreditStatus.Confirmed && c.AssociationId != null && c.DecidedAt >= from && c.DecidedAt < to)
            .GroupBy(c => c.AssociationId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var events = await db.PromotionEvents.AsNoTracking()
            .Where(e => e.Status == PromotionEventStatus.Confirmed && e.StartsOn >= quarter.Start && e.StartsOn <= quarter.End)
            .SelectMany(e => e.Associations.Select(a => a.AssociationId))
            .GroupBy(a => a).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var leads = await db.Leads.AsNoTracking()
            .Where(l => l.RecordedByAssociationId != null && l.CreatedAt >= from && l.CreatedAt < to)
            .GroupBy(l => l.RecordedByAssociationId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var publicity = await db.PublicityItems.AsNoTracking()
            .Where(p => p.PublishedOn >= quarter.Start && p.PublishedOn <= quarter.End)
            .GroupBy(p => p.AssociationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var associations = await db.Associations.AsNoTracking().Where(a => a.Status != AssociationStatus.Dissolved).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return [.. associations
            .Select(a => new AssociationActivityDto(
                a.Id, a.Name, credits.GetValueOrDefault(a.Id), events.GetValueOrDefault(a.Id), leads.GetValueOrDefault(a.Id), publicity.GetValueOrDefault(a.Id)))
            .OrderByDescending(a => a.CreditsConfirmed + a.Events + a.Leads + a.Publicity).ThenBy(a => a.AssociationName, StringComparer.Ordinal)];
    }
}

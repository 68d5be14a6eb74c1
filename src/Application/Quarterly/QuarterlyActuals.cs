using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly;

/// <summary>
/// Year-to-date actuals per unit (DOMAIN.md §8): projects signed, signed ≥ 10亿 / ≥ 50亿 (协议投资), started and completed by
/// their <b>confirmed</b> milestones' dates (a tracked project's dates are set only by confirmed milestones), and from
/// <b>verified</b> monthly reports the 规模工业 projects' fixed-asset investment and the funds in place 省外境内 and 境外 (港澳台 and
/// foreign). Only projects whose approval stands count, of the categories each metric counts (configuration). Set-based: one
/// grouped query per metric, summed in fen.
/// </summary>
public static class QuarterlyActuals
{
    private const long OneBillionFen = 1_000_000_000L * 100; // 10亿 yuan
    private const long FiveBillionFen = 5_000_000_000L * 100; // 50亿 yuan

    public static async Task<IReadOnlyDictionary<Guid, TargetFigures>> ByUnitAsync(
        IApplicationDbContext db, QuarterlyOptions options, int year, DateOnly through, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var lastMonth = new DateOnly(through.Year, through.Month, 1);
        IQueryable<TrackedProject> Counted(TargetMetric metric)
        {
            var categories = options.CategoriesOf(metric).ToList();
            return db.TrackedProjects.AsNoTracking()
                .Where(p => p.Status != TrackedProjectStatus.ApprovalEnded && p.Category != null && categories.Contains(p.Category.Value));
        }

        var signed = await Count(Counted(TargetMetric.SignedProjects).Where(p => p.SignedOn >= from && p.SignedOn <= through), ct);
        var over1 = await Count(Counted(TargetMetric.SignedOver1Billion).Where(p => p.SignedOn >= from && p.SignedOn <= through && p.AgreementFen >= OneBillionFen), ct);
        var over5 = await Count(Counted(TargetMetric.SignedOver5Billion).Where(p => p.SignedOn >= from && p.SignedOn <= through && p.AgreementFen >= FiveBillionFen), ct);
        var started = await Count(Counted(TargetMetric.StartedProjects).Where(p => p.StartedOn >= from && p.StartedOn <= through), ct);
        var completed = await Count(Counted(TargetMetric.CompletedProjects).Where(p => p.CompletedOn >= from && p.CompletedOn <= through), ct);

        var reports = db.MonthlyReports.AsNoTracking()
            .Where(r => r.Status == MonthlyReportStatus.Verified && r.PeriodStart >= from && r.PeriodStart <= lastMonth);
        var investmentProjects = Counted(TargetMetric.FixedAssetInvestment).Where(p => p.IsAboveDesignatedSize);
        var investment = await reports.Where(r => r.Kind == MonthlyReportKind.FixedAssetInvestment && investmentProjects.Any(p => p.Id == r.ProjectId))
            .GroupBy(r => r.UnitId).Select(g => new { g.Key, Fen = g.Sum(r => r.AmountFen) }).ToDictionaryAsync(x => x.Key, x => x.Fen, ct);
        var domesticProjects = Counted(TargetMetric.FundsDomestic);
        var domestic = await reports.Where(r => r.Kind == MonthlyReportKind.FundsInPlace && domesticProjects.Any(p => p.Id == r.ProjectId))
            .GroupBy(r => r.UnitId).Select(g => new { g.Key, Fen = g.Sum(r => r.DomesticOutsideProvinceFen) }).ToDictionaryAsync(x => x.Key, x => x.Fen, ct);
        var foreignProjects = Counted(TargetMetric.FundsForeign);
        var foreign = await reports.Where(r => r.Kind == MonthlyReportKind.FundsInPlace && foreignProjects.Any(p => p.Id == r.ProjectId))
            .GroupBy(r => r.UnitId).Select(g => new { g.Key, Fen = g.Sum(r => r.HongKongMacaoTaiwanFen + r.ForeignFen) }).ToDictionaryAsync(x => x.Key, x => x.Fen, ct);

        var units = signed.Keys.Concat(over1.Keys).Concat(over5.Keys).Concat(started.Keys).Concat(completed.Keys)
            .Concat(investment.Keys).Concat(domestic.Keys).Concat(foreign.Keys).Distinct();
        return units.ToDictionary(u => u, u => new TargetFigures(
            signed.GetValueOrDefault(u), over1.GetValueOrDefault(u), over5.GetValueOrDefault(u), started.GetValueOrDefault(u), completed.GetValueOrDefault(u),
            Yuan(investment.GetValueOrDefault(u)), Yuan(domestic.GetValueOrDefault(u)), Yuan(foreign.GetValueOrDefault(u))));
    }

    private static decimal Yuan(long fen) => fen / 100m;

    private static Task<Dictionary<Guid, int>> Count(IQueryable<TrackedProject> projects, CancellationToken ct) =>
        projects.GroupBy(p => p.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}

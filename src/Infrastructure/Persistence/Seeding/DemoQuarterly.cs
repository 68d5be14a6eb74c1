using InvestPromo.Application.Quarterly;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo's unit targets and quarterly reports (issue 15 items 4–6): seed 004's city figures for the current year (310 signed, 24 of
/// them ≥ 10亿, 3 ≥ 50亿, 225 started, 175 completed, 165亿 fixed-asset investment; funds in place 300亿 省外境内 and 20亿 境外 are the
/// demo's own 【演示数据】 figures) split over the demo's counties and parks so they sum exactly; then the quarterly scheduling run over
/// the demo data for the current year's ended quarters Q2 and Q3 (as the job would). Only when no target of the year exists; units
/// missing are skipped (their share is then not seeded). The actuals come from the current year's demo projects
/// (<see cref="DemoFilings"/>' year projects and their lives in <see cref="DemoProjects"/>, seeded before), so the units differ.
/// </summary>
public sealed class DemoQuarterly(ApplicationDbContext db, QuarterlyOptions options, QuarterlyScoring scoring, TimeProvider clock)
{
    /// <summary>Per unit code: signed, ≥ 10亿, ≥ 50亿, started, completed, fixed-asset investment (亿), funds 省外境内 (亿), 境外 (亿).</summary>
    public static readonly IReadOnlyList<(string Code, int Signed, int Over1, int Over5, int Started, int Completed, int InvestmentYi, int DomesticYi, int ForeignYi)> Split =
    [
        ("430702", 50, 4, 1, 35, 28, 25, 40, 3),
        ("430703", 40, 3, 0, 30, 22, 20, 35, 2),
        ("430722", 35, 3, 0, 25, 20, 18, 30, 2),
        ("430723", 35, 2, 0, 25, 20, 17, 30, 2),
        ("430725", 35, 3, 0, 25, 20, 18, 30, 2),
        ("CDETDZ", 45, 4, 1, 35, 27, 27, 50, 4),
        ("CDHTZ", 45, 3, 1, 30, 23, 25, 50, 4),
        ("LYHTR", 25, 2, 0, 20, 15, 15, 35, 1),
    ];

    private static readonly int[] DemoQuarters = [2, 3];

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var year = today.Year;
        if (year is < UnitTarget.MinYear or > UnitTarget.MaxYear || await db.UnitTargets.AnyAsync(t => t.Year == year, ct))
        {
            return;
        }

        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        foreach (var s in Split)
        {
            if (units.TryGetValue(s.Code, out var unitId))
            {
                var figures = new TargetFigures(
                    s.Signed, s.Over1, s.Over5, s.Started, s.Completed, s.InvestmentYi * 100_000_000m, s.DomesticYi * 100_000_000m, s.ForeignYi * 100_000_000m);
                db.UnitTargets.Add(UnitTarget.Create(unitId, year, figures, null, now));
            }
        }

        await db.SaveChangesAsync(ct);

        foreach (var quarter in DemoQuarters.Select(q => new YearQuarter(year, q)).Where(q => q.HasEnded(today)))
        {
            if (await db.QuarterlyReports.AnyAsync(r => r.Year == quarter.Year && r.Quarter == quarter.Quarter, ct))
            {
                continue;
            }

            var content = await QuarterlyReportBuilder.BuildAsync(db, options, scoring, quarter, now, ct);
            db.QuarterlyReports.Add(QuarterlyReport.Create(
                quarter, 1, scoring.TolerancePoints, QuarterlyReportTrigger.Job, null, "系统", content.Units.Count, content.Units.Count(u => u.Lagging), content.Serialize(), now));
            await db.SaveChangesAsync(ct);
        }
    }
}

using InvestPromo.Application.Targets;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly.Queries.GetQuarterlyCockpit;

/// <summary>
/// The leader's cockpit: the latest quarterly report's ranking (its latest revision) and lagging units, and this year's progress
/// against the city's targets (the sum of the units'), actuals year-to-date as of today (China time), the time ratio the day's.
/// </summary>
public sealed record GetQuarterlyCockpitQuery : IQuery<QuarterlyCockpitDto>;

/// <summary>The cockpit: the latest report (null when none yet) with its ranked units and lagging ones; the year's city progress.</summary>
public sealed record QuarterlyCockpitDto(
    QuarterlyReportSummaryDto? Latest,
    IReadOnlyList<QuarterlyUnitRowDto> Ranking,
    IReadOnlyList<QuarterlyUnitRowDto> Lagging,
    int Year,
    decimal YearTimeRatio,
    IReadOnlyList<QuarterlyMetricDto> CityProgress);

public sealed class GetQuarterlyCockpitHandler(IApplicationDbContext db, QuarterlyOptions options, QuarterlyScoring scoring, TimeProvider clock)
    : IQueryHandler<GetQuarterlyCockpitQuery, QuarterlyCockpitDto>
{
    public async ValueTask<QuarterlyCockpitDto> Handle(GetQuarterlyCockpitQuery query, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var latest = await db.QuarterlyReports.AsNoTracking()
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ThenByDescending(r => r.Revision).FirstOrDefaultAsync(cancellationToken);
        var units = latest is null ? [] : QuarterlyReportContent.Deserialize(latest.Content).Units;

        var target = await TargetReads.CityTotalAsync(db, today.Year, cancellationToken);
        var actuals = await QuarterlyActuals.ByUnitAsync(db, options, today.Year, today, cancellationToken);
        var actual = actuals.Values.Aggregate(TargetFigures.Zero, (sum, a) => sum.Plus(a));
        var yearStart = new DateOnly(today.Year, 1, 1);
        var days = yearStart.AddYears(1).DayNumber - yearStart.DayNumber;
        var timeRatio = decimal.Round((today.DayNumber - yearStart.DayNumber + 1) * 100m / days, 2);
        var progress = TargetFigures.Metrics.Select(m =>
        {
            var ratio = QuarterlyScoring.Ratio(actual.Of(m), target.Of(m));
            return new QuarterlyMetricDto(m, target.Of(m), actual.Of(m), ratio is { } r ? decimal.Round(r, 2) : null, scoring.IsLagging(ratio, timeRatio));
        }).ToList();

        return new QuarterlyCockpitDto(latest?.ToSummary(), units, [.. units.Where(u => u.Lagging)], today.Year, timeRatio, progress);
    }
}

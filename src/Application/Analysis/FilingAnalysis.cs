using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Application.Common.Time;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Analysis;

/// <summary>What approved projects are grouped by (DOMAIN.md §4).</summary>
public enum AnalysisGroupBy
{
    IndustryChain = 1,

    /// <summary>The investor's source region: a province for domestic capital, a country for foreign capital.</summary>
    SourceRegion = 2,
    ScaleBand = 3,
    Stage = 4,
    Unit = 5,

    /// <summary>The approval date (China time), bucketed by <see cref="AnalysisPeriod"/>.</summary>
    Period = 6,
}

/// <summary>Buckets of approval dates (China time); weeks start on Monday.</summary>
public enum AnalysisPeriod
{
    Week = 1,
    Month = 2,
    Quarter = 3,
    Year = 4,
}

/// <summary>One group: its stable key, its label in the caller's language and in both, the count and exact sums in yuan.</summary>
public sealed record AnalysisGroupDto(
    string Key,
    string Label,
    string LabelZh,
    string LabelEn,
    SourceRegionKind? RegionKind,
    int Count,
    decimal PlannedTotalInvestment,
    decimal PlannedFixedAssetInvestment);

public sealed record FilingAnalysisDto(
    AnalysisGroupBy GroupBy,
    AnalysisPeriod? Period,
    DateOnly? From,
    DateOnly? To,
    int Count,
    decimal PlannedTotalInvestment,
    decimal PlannedFixedAssetInvestment,
    IReadOnlyList<AnalysisGroupDto> Groups);

/// <summary>
/// Approved projects (status Approved: revoked, draft, under-review, returned and withdrawn ones are not counted) grouped by
/// <see cref="GroupBy"/>, with approval dates (China) from <see cref="From"/> to <see cref="To"/> inclusive.
/// </summary>
public sealed record AnalyzeFilingsQuery(AnalysisGroupBy GroupBy, AnalysisPeriod? Period = null, DateOnly? From = null, DateOnly? To = null)
    : IQuery<FilingAnalysisDto>;

public sealed class AnalyzeFilingsValidator : AbstractValidator<AnalyzeFilingsQuery>
{
    public AnalyzeFilingsValidator()
    {
        RuleFor(x => x.GroupBy).IsInEnum();
        RuleFor(x => x.Period).IsInEnum();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class AnalyzeFilingsHandler(IApplicationDbContext db) : IQueryHandler<AnalyzeFilingsQuery, FilingAnalysisDto>
{
    public async ValueTask<FilingAnalysisDto> Handle(AnalyzeFilingsQuery query, CancellationToken cancellationToken) =>
        await FilingAnalysis.RunAsync(db, query, cancellationToken);
}

/// <summary>The grouping itself: one GROUP BY in SQL over the fen columns (exact, and summable on SQLite), labels looked up after.</summary>
public static class FilingAnalysis
{
    private sealed record Sums<TKey>(TKey Key, int Count, long TotalFen, long FixedAssetFen);

    public static async Task<FilingAnalysisDto> RunAsync(IApplicationDbContext db, AnalyzeFilingsQuery query, CancellationToken ct)
    {
        // Approved, and approved filings under re-review: an approval stands until a re-review upholds an objection.
        var filings = db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.Approved || f.Status == FilingStatus.UnderReReview);
        if (query.From is { } from)
        {
            filings = filings.Where(f => f.ApprovedOn >= from);
        }

        if (query.To is { } to)
        {
            filings = filings.Where(f => f.ApprovedOn <= to);
        }

        var period = query.GroupBy == AnalysisGroupBy.Period ? query.Period ?? AnalysisPeriod.Month : (AnalysisPeriod?)null;
        var groups = query.GroupBy switch
        {
            AnalysisGroupBy.IndustryChain => await ChainsAsync(db, filings, ct),
            AnalysisGroupBy.SourceRegion => await RegionsAsync(db, filings, ct),
            AnalysisGroupBy.ScaleBand => Enums(await SumAsync(filings, f => f.ScaleBand, ct), FilingSheets.Labels),
            AnalysisGroupBy.Stage => Enums(await SumAsync(filings, f => f.Stage, ct), FilingSheets.Labels),
            AnalysisGroupBy.Unit => await UnitsAsync(db, filings, ct),
            _ => Periods(await SumAsync(filings, f => f.ApprovedOn, ct), period!.Value),
        };

        return new FilingAnalysisDto(
            query.GroupBy, period, query.From, query.To, groups.Sum(g => g.Count),
            groups.Sum(g => g.PlannedTotalInvestment), groups.Sum(g => g.PlannedFixedAssetInvestment), groups);
    }

    /// <summary>Fen (an exact long) to yuan (an exact decimal).</summary>
    public static decimal Yuan(long fen) => fen / 100m;

    private static readonly Localized NotGiven = new("未填写", "Not given");

    private static Task<List<Sums<TKey>>> SumAsync<TKey>(IQueryable<Filing> filings, Expression<Func<Filing, TKey>> key, CancellationToken ct) =>
        filings.GroupBy(key)
            .Select(g => new Sums<TKey>(g.Key, g.Count(), g.Sum(f => f.PlannedTotalFen ?? 0), g.Sum(f => f.PlannedFixedAssetFen ?? 0)))
            .ToListAsync(ct);

    private static AnalysisGroupDto Group<TKey>(Sums<TKey> sums, string key, Localized label, SourceRegionKind? kind = null) =>
        new(key, label.Current, label.Zh, label.En, kind, sums.Count, Yuan(sums.TotalFen), Yuan(sums.FixedAssetFen));

    private static List<AnalysisGroupDto> ByAmount(IEnumerable<AnalysisGroupDto> groups) =>
        [.. groups.OrderByDescending(g => g.PlannedTotalInvestment).ThenByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)];

    private static async Task<List<AnalysisGroupDto>> ChainsAsync(IApplicationDbContext db, IQueryable<Filing> filings, CancellationToken ct)
    {
        var sums = await SumAsync(filings, f => f.IndustryChainId, ct);
        var chains = await db.IndustryChains.AsNoTracking().IgnoreQueryFilters()
            .ToDictionaryAsync(c => c.Id, c => new Localized(c.Name, c.NameEn ?? c.Name), ct);
        return ByAmount(sums.Select(s => s.Key is { } id && chains.TryGetValue(id, out var name)
            ? Group(s, id.ToString(), name)
            : Group(s, s.Key?.ToString() ?? "none", NotGiven)));
    }

    private static async Task<List<AnalysisGroupDto>> RegionsAsync(IApplicationDbContext db, IQueryable<Filing> filings, CancellationToken ct)
    {
        var sums = await SumAsync(filings, f => f.SourceRegionCode, ct);
        var regions = await db.SourceRegions.AsNoTracking().ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);
        return ByAmount(sums.Select(s => s.Key is { } code && regions.TryGetValue(code, out var region)
            ? Group(s, code, new Localized(region.Name, region.NameEn), region.Kind)
            : Group(s, s.Key ?? "none", NotGiven)));
    }

    private static async Task<List<AnalysisGroupDto>> UnitsAsync(IApplicationDbContext db, IQueryable<Filing> filings, CancellationToken ct)
    {
        var sums = await SumAsync(filings, f => f.UnitId, ct);
        var units = await db.Units.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return ByAmount(sums.Select(s => Group(s, s.Key.ToString(), units.TryGetValue(s.Key, out var name) ? new Localized(name, name) : NotGiven)));
    }

    private static List<AnalysisGroupDto> Enums<TEnum>(List<Sums<TEnum?>> sums, Func<TEnum, Localized> labels)
        where TEnum : struct, Enum =>
        [.. sums.OrderBy(s => s.Key is null).ThenBy(s => s.Key)
            .Select(s => s.Key is { } value ? Group(s, value.ToString(), labels(value)) : Group(s, "none", NotGiven))];

    /// <summary>Approval dates were grouped in SQL (one row per China date); the few date rows are bucketed here.</summary>
    private static List<AnalysisGroupDto> Periods(List<Sums<DateOnly?>> byDate, AnalysisPeriod period) =>
        [.. byDate.GroupBy(s => s.Key is { } date ? Bucket(date, period) : null)
            .Select(g => (Bucket: g.Key, Sums: new Sums<string>(g.Key?.Key ?? "none", g.Sum(s => s.Count), g.Sum(s => s.TotalFen), g.Sum(s => s.FixedAssetFen))))
            .OrderBy(b => b.Bucket is null).ThenBy(b => b.Bucket?.Start)
            .Select(b => Group(b.Sums, b.Sums.Key, b.Bucket?.Label ?? NotGiven))];

    /// <summary>A period bucket: its key (2025-W10, 2025-03, 2025-Q1, 2025), first day and labels.</summary>
    public sealed record PeriodBucket(string Key, DateOnly Start, Localized Label);

    public static PeriodBucket Bucket(DateOnly date, AnalysisPeriod period)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (period)
        {
            case AnalysisPeriod.Week:
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                var sunday = monday.AddDays(6);
                var thursday = monday.AddDays(3).ToDateTime(TimeOnly.MinValue);
                var (year, week) = (ISOWeek.GetYear(thursday), ISOWeek.GetWeekOfYear(thursday));
                var key = string.Create(inv, $"{year}-W{week:00}");
                return new(key, monday, new(
                    string.Create(inv, $"{year}年第{week}周({monday:MM-dd}至{sunday:MM-dd})"),
                    string.Create(inv, $"{key} ({monday:yyyy-MM-dd} – {sunday:yyyy-MM-dd})")));
            case AnalysisPeriod.Month:
                return new(string.Create(inv, $"{date.Year}-{date.Month:00}"), new DateOnly(date.Year, date.Month, 1),
                    new(string.Create(inv, $"{date.Year}年{date.Month}月"), string.Create(inv, $"{date.Year}-{date.Month:00}")));
            case AnalysisPeriod.Quarter:
                var quarter = ((date.Month - 1) / 3) + 1;
                return new(string.Create(inv, $"{date.Year}-Q{quarter}"), new DateOnly(date.Year, ((quarter - 1) * 3) + 1, 1),
                    new(string.Create(inv, $"{date.Year}年第{quarter}季度"), string.Create(inv, $"{date.Year} Q{quarter}")));
            default:
                return new(date.Year.ToString(inv), new DateOnly(date.Year, 1, 1),
                    new(string.Create(inv, $"{date.Year}年"), date.Year.ToString(inv)));
        }
    }

    /// <summary>The file name's description of the grouping, e.g. "按产业链".</summary>
    public static Localized Describe(AnalysisGroupBy groupBy, AnalysisPeriod? period) => groupBy switch
    {
        AnalysisGroupBy.IndustryChain => new("按产业链", "by industry chain"),
        AnalysisGroupBy.SourceRegion => new("按来源区域", "by source region"),
        AnalysisGroupBy.ScaleBand => new("按规模", "by scale"),
        AnalysisGroupBy.Stage => new("按阶段", "by stage"),
        AnalysisGroupBy.Unit => new("按单位", "by unit"),
        _ => period switch
        {
            AnalysisPeriod.Week => new("按周", "by week"),
            AnalysisPeriod.Quarter => new("按季度", "by quarter"),
            AnalysisPeriod.Year => new("按年", "by year"),
            _ => new("按月", "by month"),
        },
    };

}

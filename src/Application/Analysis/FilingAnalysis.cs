using System.Globalization;
using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.Analysis;

/// <summary>What approved projects are grouped by (DOMAIN.md §4).</summary>
public enum AnalysisGroupBy
{
    IndustryChain = 1,

    /// <summary>The investor's source region rolled up: a province (a city counts in its province), or a country.</summary>
    SourceRegion = 2,
    ScaleBand = 3,
    Stage = 4,
    Unit = 5,

    /// <summary>The approval date (China time), bucketed by <see cref="AnalysisPeriod"/>.</summary>
    Period = 6,

    /// <summary>The source's class as seen from the configured home city: 本市, 省内市外, 省外境内, 港澳台, 外国 (<see cref="Domain.ReferenceData.SourceOrigin"/>).</summary>
    SourceOrigin = 7,
}

/// <summary>Buckets of approval dates (China time); weeks start on Monday.</summary>
public enum AnalysisPeriod
{
    Week = 1,
    Month = 2,
    Quarter = 3,
    Year = 4,
}

/// <summary>
/// One group: its stable key, its label in the caller's language and in both, the count and exact sums in yuan.
/// <see cref="RegionKind"/> (by source region) is the kind of the province or country; <see cref="Origin"/> is the group's class
/// (by source class), or by source region the class of the province or country as a whole: 港澳台 for 810000/820000/710000,
/// 外国 for a country, 省外境内 for another province, and for the home province 省内市外 (its group also holds the home city's
/// filings; group by <see cref="AnalysisGroupBy.SourceOrigin"/> to tell them apart).
/// </summary>
public sealed record AnalysisGroupDto(
    string Key,
    string Label,
    string LabelZh,
    string LabelEn,
    SourceRegionKind? RegionKind,
    SourceOrigin? Origin,
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
/// The grouping itself: one GROUP BY in SQL over the running totals of one dimension (<see cref="ApprovalTotal"/>, a few
/// thousand rows however many filings there are), labels looked up after.
/// </summary>
public static class FilingAnalysis
{
    private sealed record Sums<TKey>(TKey Key, int Count, long TotalFen, long FixedAssetFen);

    public static async Task<FilingAnalysisDto> RunAsync(IApplicationDbContext db, RegionOptions region, AnalyzeFilingsQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var period = query.GroupBy == AnalysisGroupBy.Period ? query.Period ?? AnalysisPeriod.Month : (AnalysisPeriod?)null;
        var totals = Rows(db, DimensionOf(query.GroupBy), query.From, query.To);
        var groups = query.GroupBy switch
        {
            AnalysisGroupBy.IndustryChain => await ChainsAsync(db, await SumAsync(totals, ct), ct),
            AnalysisGroupBy.SourceRegion => await RegionsAsync(db, region, await RegionSumsAsync(db, query.From, query.To, ct), ct),
            AnalysisGroupBy.SourceOrigin => Origins(region, await RegionSumsAsync(db, query.From, query.To, ct)),
            AnalysisGroupBy.ScaleBand => Enums<ScaleBand>(await SumAsync(totals, ct), FilingSheets.Labels),
            AnalysisGroupBy.Stage => Enums<ProjectStage>(await SumAsync(totals, ct), FilingSheets.Labels),
            AnalysisGroupBy.Unit => await UnitsAsync(db, await SumAsync(totals, ct), ct),
            _ => Periods(await DaysAsync(totals, ct), period!.Value),
        };

        return new FilingAnalysisDto(
            query.GroupBy, period, query.From, query.To, groups.Sum(g => g.Count),
            groups.Sum(g => g.PlannedTotalInvestment), groups.Sum(g => g.PlannedFixedAssetInvestment), groups);
    }

    public static ApprovalDimension DimensionOf(AnalysisGroupBy groupBy) => groupBy switch
    {
        AnalysisGroupBy.IndustryChain => ApprovalDimension.IndustryChain,
        AnalysisGroupBy.SourceRegion or AnalysisGroupBy.SourceOrigin => ApprovalDimension.SourceRegion,
        AnalysisGroupBy.ScaleBand => ApprovalDimension.ScaleBand,
        AnalysisGroupBy.Stage => ApprovalDimension.Stage,
        AnalysisGroupBy.Unit => ApprovalDimension.Unit,
        _ => ApprovalDimension.Day,
    };

    /// <summary>One dimension's counted rows whose day lies in [from, to] (either end open).</summary>
    private static IQueryable<ApprovalTotal> Rows(IApplicationDbContext db, ApprovalDimension dimension, DateOnly? from, DateOnly? to)
    {
        var totals = db.ApprovalTotals.AsNoTracking().Where(t => t.Dimension == dimension && t.Count != 0);
        if (from is { } start)
        {
            totals = totals.Where(t => t.Day >= start);
        }

        if (to is { } end)
        {
            totals = totals.Where(t => t.Day <= end);
        }

        return totals;
    }

    /// <summary>
    /// The source-region sums of [from, to]: the range's whole months from the month rows
    /// (<see cref="ApprovalDimension.RegionByMonth"/>), its partial months at either end from the daily rows, added up per
    /// region. The same answer as the daily rows alone, from a few thousand rows instead of hundreds of thousands.
    /// </summary>
    private static async Task<List<Sums<string>>> RegionSumsAsync(IApplicationDbContext db, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        static DateOnly FirstOfNextMonth(DateOnly d) => new DateOnly(d.Year, d.Month, 1).AddMonths(1);

        // Whole months run from monthsFrom (a first day) to before monthsUntil (a first day); open ends stay open.
        DateOnly? monthsFrom = from is { } f ? (f.Day == 1 ? f : FirstOfNextMonth(f)) : null;
        DateOnly? monthsUntil = to is { } t ? (t.AddDays(1).Day == 1 ? t.AddDays(1) : new DateOnly(t.Year, t.Month, 1)) : null;
        if (monthsFrom is { } first && monthsUntil is { } until && first >= until)
        {
            return await SumAsync(Rows(db, ApprovalDimension.SourceRegion, from, to), ct); // no whole month in the range
        }

        var parts = await SumAsync(Rows(db, ApprovalDimension.RegionByMonth, monthsFrom, monthsUntil?.AddDays(-1)), ct);
        if (from is { } start && monthsFrom is { } wholeFrom && wholeFrom != start)
        {
            parts.AddRange(await SumAsync(Rows(db, ApprovalDimension.SourceRegion, start, wholeFrom.AddDays(-1)), ct));
        }

        if (to is { } end && monthsUntil is { } wholeUntil && wholeUntil <= end)
        {
            parts.AddRange(await SumAsync(Rows(db, ApprovalDimension.SourceRegion, wholeUntil, end), ct));
        }

        return [.. Regroup(parts, key => key)];
    }

    private static Task<List<Sums<string>>> SumAsync(IQueryable<ApprovalTotal> totals, CancellationToken ct) =>
        totals.GroupBy(t => t.Key)
            .Select(g => new Sums<string>(g.Key, g.Sum(t => t.Count), g.Sum(t => t.TotalFen), g.Sum(t => t.FixedAssetFen)))
            .ToListAsync(ct);

    private static async Task<List<Sums<DateOnly?>>> DaysAsync(IQueryable<ApprovalTotal> totals, CancellationToken ct) =>
        [.. (await totals.Select(t => new { t.Day, t.Count, t.TotalFen, t.FixedAssetFen }).ToListAsync(ct))
            .Select(t => new Sums<DateOnly?>(t.Day == ApprovalTotal.NoDay ? null : t.Day, t.Count, t.TotalFen, t.FixedAssetFen))];

    /// <summary>Fen (an exact long) to yuan (an exact decimal).</summary>
    public static decimal Yuan(long fen) => fen / 100m;

    private static readonly Localized NotGiven = new("未填写", "Not given");

    private static AnalysisGroupDto Group<TKey>(Sums<TKey> sums, string key, Localized label, SourceRegionKind? kind = null, SourceOrigin? origin = null) =>
        new(key, label.Current, label.Zh, label.En, kind, origin, sums.Count, Yuan(sums.TotalFen), Yuan(sums.FixedAssetFen));

    /// <summary>Region-keyed sums added up under another key (a few hundred rows at most, so in memory).</summary>
    private static IEnumerable<Sums<string>> Regroup(IEnumerable<Sums<string>> sums, Func<string, string> keyOf) =>
        sums.GroupBy(s => keyOf(s.Key), StringComparer.Ordinal)
            .Select(g => new Sums<string>(g.Key, g.Sum(s => s.Count), g.Sum(s => s.TotalFen), g.Sum(s => s.FixedAssetFen)));

    private static List<AnalysisGroupDto> ByAmount(IEnumerable<AnalysisGroupDto> groups) =>
        [.. groups.OrderByDescending(g => g.PlannedTotalInvestment).ThenByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)];

    private static async Task<List<AnalysisGroupDto>> ChainsAsync(IApplicationDbContext db, List<Sums<string>> sums, CancellationToken ct)
    {
        var chains = await db.IndustryChains.AsNoTracking().IgnoreQueryFilters()
            .ToDictionaryAsync(c => c.Id, c => new Localized(c.Name, c.NameEn ?? c.Name), ct);
        return ByAmount(sums.Select(s => Guid.TryParse(s.Key, out var id) && chains.TryGetValue(id, out var name)
            ? Group(s, id.ToString(), name)
            : Group(s, s.Key, NotGiven)));
    }

    /// <summary>By source region, a city rolled up to its province (<see cref="SourceRegionCodes.RollUp"/>); a country stays itself.</summary>
    private static async Task<List<AnalysisGroupDto>> RegionsAsync(IApplicationDbContext db, RegionOptions home, List<Sums<string>> sums, CancellationToken ct)
    {
        var rolled = Regroup(sums, key => SourceRegionCodes.RollUp(key) ?? key).ToList();
        var codes = rolled.Select(s => s.Key).ToList();
        var regions = await db.SourceRegions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);
        return ByAmount(rolled.Select(s => regions.TryGetValue(s.Key, out var region)
            ? Group(s, s.Key, new Localized(region.Name, region.NameEn), region.Kind, home.Classify(s.Key))
            : Group(s, s.Key, NotGiven)));
    }

    /// <summary>By the source's class from the home city, in the classes' order (本市 first), sources without a region last.</summary>
    private static List<AnalysisGroupDto> Origins(RegionOptions home, List<Sums<string>> sums) =>
        [.. Regroup(sums, key => home.Classify(key)?.ToString() ?? ApprovalTotal.NoKey)
            .Select(s => (Sums: s, Origin: Enum.TryParse<SourceOrigin>(s.Key, out var origin) ? origin : (SourceOrigin?)null))
            .OrderBy(s => s.Origin is null).ThenBy(s => s.Origin)
            .Select(s => s.Origin is { } origin
                ? Group(s.Sums, origin.ToString(), SourceOriginLabels.Labels(origin), origin: origin)
                : Group(s.Sums, ApprovalTotal.NoKey, NotGiven))];

    private static async Task<List<AnalysisGroupDto>> UnitsAsync(IApplicationDbContext db, List<Sums<string>> sums, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return ByAmount(sums.Select(s => Group(s, s.Key, Guid.TryParse(s.Key, out var id) && units.TryGetValue(id, out var name) ? new Localized(name, name) : NotGiven)));
    }

    private static List<AnalysisGroupDto> Enums<TEnum>(List<Sums<string>> sums, Func<TEnum, Localized> labels)
        where TEnum : struct, Enum =>
        [.. sums.Select(s => (Sums: s, Value: Enum.TryParse<TEnum>(s.Key, out var value) ? value : (TEnum?)null))
            .OrderBy(s => s.Value is null).ThenBy(s => s.Value)
            .Select(s => s.Value is { } value ? Group(s.Sums, value.ToString(), labels(value)) : Group(s.Sums, ApprovalTotal.NoKey, NotGiven))];

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
        AnalysisGroupBy.SourceOrigin => new("按来源类别", "by source class"),
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

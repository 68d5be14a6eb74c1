using System.Runtime.CompilerServices;
using InvestPromo.Application.Analysis;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReserveList;

/// <summary>One project on the reserve list. No contact people or phones: the list is for planning trips, not for calling.</summary>
public sealed record ReserveProjectDto(
    Guid Id,
    string? ProjectName,
    string? InvestorName,
    bool ForeignInvestor,
    Guid? IndustryChainId,
    string? IndustryChainName,
    ProjectStage? Stage,
    decimal? PlannedTotalInvestment,
    decimal? PlannedFixedAssetInvestment,
    Guid UnitId,
    string? UnitName,
    DateOnly? ApprovedOn,
    bool UnderReReview);

/// <summary>
/// One source region of the list (a province, a city rolled up into it, or a country): how many listed projects and their
/// planned total, and its largest <see cref="ReserveListDto.PerRegion"/> projects, largest first. <c>OutsideMainland</c>: 港澳台 or
/// abroad.
/// </summary>
public sealed record ReserveRegionDto(
    string Code,
    string Label,
    string LabelZh,
    string LabelEn,
    SourceRegionKind? Kind,
    bool OutsideMainland,
    int Count,
    decimal PlannedTotalInvestment,
    IReadOnlyList<ReserveProjectDto> Projects);

/// <summary>The rule in force (mature AND large: stage ≥ <c>MinStage</c> and planned total ≥ <c>MinAmountYuan</c>), so the screen can say why a project is listed.</summary>
public sealed record ReserveListRuleDto(ProjectStage MinStage, decimal MinAmountYuan);

/// <summary>The list's first page: every region with its count and total, each with its top <see cref="PerRegion"/> projects.</summary>
public sealed record ReserveListDto(ReserveListRuleDto Rule, int Count, decimal PlannedTotalInvestment, int PerRegion, IReadOnlyList<ReserveRegionDto> Regions);

/// <summary>One page of one region's listed projects, largest first, with the region's count (<c>TotalCount</c>) and total.</summary>
public sealed record ReserveRegionPageDto(
    string Code,
    string Label,
    string LabelZh,
    string LabelEn,
    SourceRegionKind? Kind,
    bool OutsideMainland,
    decimal PlannedTotalInvestment,
    IReadOnlyList<ReserveProjectDto> Items,
    int Page,
    int PageSize,
    int TotalCount);

/// <summary>
/// The reserve list read live from the filings. Regions are the source's roll-up (<see cref="SourceRegionCodes.RollUp"/>: a city
/// counts under its province, a country is itself): SQL groups by the stored code (a few hundred groups at most) and the roll-up
/// merges them in memory; one region's page filters on the stored codes that roll up to it.
/// </summary>
public static class ReserveLists
{
    public const int DefaultPerRegion = 5;
    public const int MaxPerRegion = 50;

    /// <summary>Statuses whose approval stands: approved, or under re-review (still listed, flagged).</summary>
    private static readonly FilingStatus[] Standing = [FilingStatus.Approved, FilingStatus.UnderReReview];

    /// <summary>The region a stored source code is listed under (its roll-up; a code that has none stays itself).</summary>
    public static string RegionOf(string code) => SourceRegionCodes.RollUp(code) ?? code;

    /// <summary>Whether <paramref name="code"/> can name a region of the list: a GB/T 2260 division (rolled up) or a country.</summary>
    public static bool IsRegionCode(string? code) => SourceRegionCodes.IsDivision(code) || SourceRegionCodes.IsCountry(code);

    /// <summary>
    /// Approved (or under re-review) filings meeting the rule: the list, unordered. A submitted filing always names its source
    /// region, so a filing without one is never listed.
    /// </summary>
    public static IQueryable<Filing> Listed(IApplicationDbContext db, ReserveListRule rule)
    {
        var stages = rule.MatureStages.Select(s => (ProjectStage?)s).ToList();
        var minFen = rule.MinFen;
        // Status as a list (= ANY on PostgreSQL), not an OR: IX_Filings_ReserveList then serves every reserve-list query as an
        // index-only range scan (status, amount ≥ threshold) instead of a bitmap OR over the table (build/bench, --modes reserve).
        return db.Filings.AsNoTracking()
            .Where(f => Standing.Contains(f.Status) && f.PlannedTotalFen >= minFen && stages.Contains(f.Stage) && f.SourceRegionCode != null);
    }

    /// <summary>The first page: every region's count and total (one aggregate), and the largest <paramref name="perRegion"/> of each.</summary>
    public static async Task<ReserveListDto> FirstPageAsync(IApplicationDbContext db, ReserveListRule rule, int perRegion, CancellationToken ct)
    {
        var listed = Listed(db, rule);
        var groups = await RegionsAsync(listed, ct);
        // The largest of each stored code (ROW_NUMBER per code in SQL, ids only), then those rows by id: a region's largest
        // N are among the largest N of each of its codes. A filing's code is a key of SourceRegions (a foreign key).
        var top = groups.Count == 0 ? [] : await db.SourceRegions.AsNoTracking().IgnoreQueryFilters()
            .SelectMany(r => listed.Where(f => f.SourceRegionCode == r.Code)
                .OrderByDescending(f => f.PlannedTotalFen).ThenBy(f => f.Id).Take(perRegion))
            .Select(f => f.Id)
            .ToListAsync(ct);
        var rows = top.Count == 0 ? [] : await Rows(db.Filings.AsNoTracking().Where(f => top.Contains(f.Id))).ToListAsync(ct);
        var names = await NamesAsync(db, rows, ct);
        var labels = await LabelsAsync(db, groups.Select(g => g.Key), ct);
        var byRegion = rows.ToLookup(r => RegionOf(r.SourceRegionCode!), StringComparer.Ordinal);

        var regions = groups.Select(g =>
        {
            var projects = Largest(byRegion[g.Key]).Take(perRegion).Select(names.Project).ToList();
            return Region(g, labels, projects);
        }).ToList();

        return new ReserveListDto(
            new ReserveListRuleDto(rule.MinStage, rule.MinAmountYuan),
            groups.Sum(g => g.Count), FilingAnalysis.Yuan(groups.Sum(g => g.Fen)), perRegion, regions);
    }

    /// <summary>One page of one region's projects, largest first (<paramref name="code"/> is rolled up: 430700 pages 430000).</summary>
    public static async Task<ReserveRegionPageDto> RegionPageAsync(
        IApplicationDbContext db, ReserveListRule rule, string code, int page, int pageSize, CancellationToken ct)
    {
        var key = RegionOf(code);
        var listed = Listed(db, rule);
        var group = (await RegionsAsync(listed, ct)).FirstOrDefault(g => g.Key == key) ?? new RegionGroup(key, [], 0, 0);
        var labels = await LabelsAsync(db, [key], ct);
        List<Row> rows = [];
        if (group.Count > 0)
        {
            var codes = group.Codes;
            // Ids in order from the narrow rows, then the page's rows by id.
            var ids = listed.Where(f => codes.Contains(f.SourceRegionCode!))
                .OrderByDescending(f => f.PlannedTotalFen).ThenBy(f => f.Id)
                .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
                .Select(f => f.Id);
            rows = await Rows(db.Filings.AsNoTracking().Where(f => ids.Contains(f.Id))).ToListAsync(ct);
        }

        var names = await NamesAsync(db, rows, ct);
        var region = Region(group, labels, []);
        return new ReserveRegionPageDto(
            region.Code, region.Label, region.LabelZh, region.LabelEn, region.Kind, region.OutsideMainland, region.PlannedTotalInvestment,
            [.. Largest(rows).Select(names.Project)], page, pageSize, group.Count);
    }

    /// <summary>The whole list, region by region (largest region first), each region's rows streamed from its own query.</summary>
    public static async IAsyncEnumerable<(ReserveRegionDto Region, ReserveProjectDto Project)> StreamAsync(
        IApplicationDbContext db, ReserveListRule rule, [EnumeratorCancellation] CancellationToken ct)
    {
        var listed = Listed(db, rule);
        var groups = await RegionsAsync(listed, ct);
        var total = groups.Sum(g => g.Count);
        if (total > FilingSheets.MaxExportRows)
        {
            throw new LimitExceededException(
                "export.too-many-rows", $"The export would hold {total} rows; at most {FilingSheets.MaxExportRows} are written.");
        }

        var labels = await LabelsAsync(db, groups.Select(g => g.Key), ct);
        var english = Localized.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var names = new Names(
            await db.IndustryChains.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(c => c.Id, c => english ? c.NameEn ?? c.Name : c.Name, ct),
            await db.Units.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Name, ct));
        foreach (var group in groups)
        {
            var region = Region(group, labels, []);
            var codes = group.Codes;
            var rows = Rows(listed.Where(f => codes.Contains(f.SourceRegionCode!)).OrderByDescending(f => f.PlannedTotalFen).ThenBy(f => f.Id));
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                yield return (region, names.Project(row));
            }
        }
    }

    /// <summary>A region of the list: its key, the stored codes rolled up into it, its count and its total in fen.</summary>
    private sealed record RegionGroup(string Key, List<string> Codes, int Count, long Fen);

    private sealed record Row(
        Guid Id, string? ProjectName, string? InvestorName, bool ForeignInvestor, Guid? IndustryChainId, ProjectStage? Stage,
        decimal? PlannedTotalInvestment, decimal? PlannedFixedAssetInvestment, long? PlannedTotalFen, Guid UnitId, DateOnly? ApprovedOn,
        string? SourceRegionCode, bool UnderReReview);

    private sealed record Names(Dictionary<Guid, string> Chains, Dictionary<Guid, string> Units)
    {
        public ReserveProjectDto Project(Row r) => new(
            r.Id, r.ProjectName, r.InvestorName, r.ForeignInvestor, r.IndustryChainId,
            r.IndustryChainId is { } chain ? Chains.GetValueOrDefault(chain) : null, r.Stage, r.PlannedTotalInvestment,
            r.PlannedFixedAssetInvestment, r.UnitId, Units.GetValueOrDefault(r.UnitId), r.ApprovedOn, r.UnderReReview);
    }

    private static IQueryable<Row> Rows(IQueryable<Filing> filings) => filings.Select(f => new Row(
        f.Id, f.ProjectName, f.InvestorName, f.ForeignInvestor, f.IndustryChainId, f.Stage, f.PlannedTotalInvestment,
        f.PlannedFixedAssetInvestment, f.PlannedTotalFen, f.UnitId, f.ApprovedOn, f.SourceRegionCode, f.Status == FilingStatus.UnderReReview));

    /// <summary>Largest first; equal amounts by id, as SQL orders them.</summary>
    private static IEnumerable<Row> Largest(IEnumerable<Row> rows) => rows.OrderByDescending(r => r.PlannedTotalFen ?? 0).ThenBy(r => r.Id);

    /// <summary>Count and total per stored code in SQL, rolled up into regions here; largest region first.</summary>
    private static async Task<List<RegionGroup>> RegionsAsync(IQueryable<Filing> listed, CancellationToken ct)
    {
        var byCode = await listed.GroupBy(f => f.SourceRegionCode!)
            .Select(g => new { Code = g.Key, Count = g.Count(), Fen = g.Sum(f => f.PlannedTotalFen ?? 0) })
            .ToListAsync(ct);
        return [.. byCode.GroupBy(c => RegionOf(c.Code), StringComparer.Ordinal)
            .Select(g => new RegionGroup(g.Key, [.. g.Select(c => c.Code)], g.Sum(c => c.Count), g.Sum(c => c.Fen)))
            .OrderByDescending(g => g.Fen).ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    /// <summary>The names of the rows' chains and units (deleted ones too: a listed filing keeps its chain).</summary>
    private static async Task<Names> NamesAsync(IApplicationDbContext db, List<Row> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return new Names([], []);
        }

        var english = Localized.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var chainIds = rows.Where(r => r.IndustryChainId is not null).Select(r => r.IndustryChainId!.Value).Distinct().ToList();
        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        return new Names(
            await db.IndustryChains.AsNoTracking().IgnoreQueryFilters().Where(c => chainIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => english ? c.NameEn ?? c.Name : c.Name, ct),
            await db.Units.AsNoTracking().IgnoreQueryFilters().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct));
    }

    /// <summary>Each region's label from its own row in SourceRegions (a province's, not its cities').</summary>
    private static async Task<Dictionary<string, (Localized Label, SourceRegionKind? Kind)>> LabelsAsync(IApplicationDbContext db, IEnumerable<string> keys, CancellationToken ct)
    {
        var codes = keys.ToList();
        var rows = codes.Count == 0 ? [] : await db.SourceRegions.AsNoTracking().IgnoreQueryFilters().Where(r => codes.Contains(r.Code))
            .Select(r => new { r.Code, r.Name, r.NameEn, r.Kind }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Code, r => (new Localized(r.Name, r.NameEn), (SourceRegionKind?)r.Kind), StringComparer.Ordinal);
    }

    private static ReserveRegionDto Region(RegionGroup group, Dictionary<string, (Localized Label, SourceRegionKind? Kind)> labels, IReadOnlyList<ReserveProjectDto> projects)
    {
        var (label, kind) = labels.TryGetValue(group.Key, out var found)
            ? found
            : (new Localized(group.Key, group.Key),
                SourceRegionCodes.IsCountry(group.Key) ? SourceRegionKind.Country : SourceRegionCodes.IsDivision(group.Key) ? SourceRegionKind.Province : null);
        return new ReserveRegionDto(
            group.Key, label.Current, label.Zh, label.En, kind, SourceRegionCodes.IsOutsideMainland(group.Key), group.Count,
            FilingAnalysis.Yuan(group.Fen), projects);
    }
}

using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Excel;

/// <summary>
/// Writes a filtered, ordered list of filings as one sheet. Every matching row (not a page) up to
/// <see cref="FilingSheets.MaxExportRows"/>; the rows stream from one query straight into the workbook.
/// </summary>
public static class FilingExport
{
    public static async Task<SpreadsheetFile> WriteAsync(
        IQueryable<Filing> ordered,
        ICurrentUser reader,
        Localized listName,
        IApplicationDbContext db,
        ISpreadsheets spreadsheets,
        DateTimeOffset now,
        CancellationToken ct)
    {
        var count = await ordered.CountAsync(ct);
        if (count > FilingSheets.MaxExportRows)
        {
            throw new LimitExceededException("export.too-many-rows", $"The export would hold {count} rows; at most {FilingSheets.MaxExportRows} are written. Narrow the filters.");
        }

        var english = Localized.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var units = await db.Units.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var chains = await db.IndustryChains.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(c => c.Id, c => english ? c.NameEn ?? c.Name : c.Name, ct);
        var regions = await db.SourceRegions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => english ? r.NameEn : r.Name, StringComparer.Ordinal, ct);
        var associations = await db.Associations.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        // Contact columns only for a reader who may see contacts at all; each row's only when it may see that filing's (FilingContacts).
        var columns = Columns(FilingContacts.MaySeeAny(reader));
        var lookups = new Lookups(units, chains, regions, associations, now, unit => FilingContacts.MaySee(reader, unit));
        var rows = ordered
            .Select(f => new ExportRow(
                f.UnitId, f.ProjectName, f.InvestorName, f.CreditCode, f.SourceRegionCode, f.IndustryChainId, f.Category, f.Stage,
                f.PlannedTotalInvestment, f.PlannedFixedAssetInvestment, f.ScaleBand, f.ConstructionContent, f.AssociationId,
                f.RecommenderName, f.RecommenderContact, f.ContactName, f.ContactPhone, f.Status, f.SubmittedAt, f.ReviewDueOn, f.ReviewDueAt, f.CreatedAt))
            .AsAsyncEnumerable()
            .Select(r => (IReadOnlyList<object?>)[.. columns.Select(c => c.Value(r, lookups))]);

        var sheet = SpreadsheetRows.Sheet(listName.Current, [.. columns.Select(c => c.Header)], rows);
        var content = await spreadsheets.WriteAsync([sheet], ct);
        return new SpreadsheetFile(FilingSheets.FileName(listName, now), content);
    }

    private sealed record ExportRow(
        Guid UnitId,
        string? ProjectName,
        string? InvestorName,
        string? CreditCode,
        string? SourceRegionCode,
        Guid? IndustryChainId,
        ProjectCategory? Category,
        ProjectStage? Stage,
        decimal? PlannedTotalInvestment,
        decimal? PlannedFixedAssetInvestment,
        ScaleBand? ScaleBand,
        string? ConstructionContent,
        Guid? AssociationId,
        string? RecommenderName,
        string? RecommenderContact,
        string? ContactName,
        string? ContactPhone,
        FilingStatus Status,
        DateTimeOffset? SubmittedAt,
        DateOnly? ReviewDueOn,
        DateTimeOffset? ReviewDueAt,
        DateTimeOffset CreatedAt);

    private sealed record Lookups(
        Dictionary<Guid, string> Units,
        Dictionary<Guid, string> Chains,
        Dictionary<string, string> Regions,
        Dictionary<Guid, string> Associations,
        DateTimeOffset Now,
        Func<Guid, bool> MaySeeContactsOf);

    private sealed record Column(Localized Header, Func<ExportRow, Lookups, object?> Value);

    private static List<Column> Columns(bool withContacts)
    {
        var columns = new List<Column>
        {
            new(new("所属单位", "Unit"), (r, l) => l.Units.GetValueOrDefault(r.UnitId)),
            new(new("项目名称", "Project name"), (r, _) => r.ProjectName),
            new(new("投资方名称", "Investor"), (r, _) => r.InvestorName),
            new(new("统一社会信用代码", "Unified social credit code"), (r, _) => r.CreditCode),
            new(new("投资来源区域代码", "Source region code"), (r, _) => r.SourceRegionCode),
            new(new("投资来源区域", "Source region"), (r, l) => r.SourceRegionCode is { } code ? l.Regions.GetValueOrDefault(code) : null),
            new(new("产业链", "Industry chain"), (r, l) => r.IndustryChainId is { } id ? l.Chains.GetValueOrDefault(id) : null),
            new(new("项目类别", "Category"), (r, _) => r.Category is { } c ? FilingSheets.Label(c) : null),
            new(new("项目阶段", "Stage"), (r, _) => r.Stage is { } s ? FilingSheets.Label(s) : null),
            new(FilingSheets.PlannedTotalHeader, (r, _) => FilingSheets.TenThousands(r.PlannedTotalInvestment)),
            new(FilingSheets.PlannedFixedAssetHeader, (r, _) => FilingSheets.TenThousands(r.PlannedFixedAssetInvestment)),
            new(new("规模区间", "Scale band"), (r, _) => r.ScaleBand is { } b ? FilingSheets.Label(b) : null),
            new(new("建设内容", "Construction content"), (r, _) => r.ConstructionContent),
            new(new("引荐商协会", "Introducing association"), (r, l) => r.AssociationId is { } id ? l.Associations.GetValueOrDefault(id) : null),
            new(new("引荐人", "Recommender"), (r, _) => r.RecommenderName),
        };
        if (withContacts)
        {
            columns.Add(new(new("引荐人联系方式", "Recommender contact"), (r, l) => l.MaySeeContactsOf(r.UnitId) ? r.RecommenderContact : null));
            columns.Add(new(new("联系人", "Contact person"), (r, l) => l.MaySeeContactsOf(r.UnitId) ? r.ContactName : null));
            columns.Add(new(new("联系电话", "Contact phone"), (r, l) => l.MaySeeContactsOf(r.UnitId) ? r.ContactPhone : null));
        }

        columns.AddRange(
        [
            new(new("状态", "Status"), (r, _) => FilingSheets.Label(r.Status)),
            new(new("提交时间", "Submitted at"), (r, _) => FilingSheets.ChinaTime(r.SubmittedAt)),
            new(new("审核截止日", "Review due on"), (r, _) => r.ReviewDueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new(new("是否逾期", "Overdue"), (r, l) => r.Status == FilingStatus.UnderReview && r.ReviewDueAt <= l.Now
                ? new Localized("是", "Yes").Current
                : new Localized("否", "No").Current),
            new(new("创建时间", "Created at"), (r, _) => FilingSheets.ChinaTime(r.CreatedAt)),
        ]);
        return columns;
    }
}

using System.Globalization;
using InvestPromo.Application.Common.Behaviours;
using InvestPromo.Application.Filings.Commands.CreateFilingDraft;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.Filings.Commands.ImportFilings;

/// <summary>
/// A filer uploads the import template filled in (.xlsx). Each valid row becomes a draft of the filer's unit, by the same
/// rules as <see cref="CreateFilingDraftCommand"/>; the valid rows are saved together in one transaction and the invalid
/// ones are not saved but reported, per row and field. A file that cannot be read imports nothing (400 on "file").
/// </summary>
public sealed record ImportFilingsCommand(string? FileName, byte[] Content) : ICommand<FilingImportResultDto>;

/// <summary>One field of one rejected row: the field (camelCase), the template column it came from, and why.</summary>
public sealed record FilingImportFieldErrorDto(string Field, string Column, string Message);

/// <summary>A rejected row: its row number in the sheet (the header row is 1), its project name if any, and its errors.</summary>
public sealed record FilingImportRowErrorDto(int Row, string? ProjectName, IReadOnlyList<FilingImportFieldErrorDto> Errors);

/// <summary>
/// What an import did. <see cref="ReportBase64"/> is, when rows were rejected, an .xlsx of the rejected rows as uploaded
/// with an extra "错误原因" column (base64, named <see cref="ReportFileName"/>); it can be corrected and uploaded again.
/// </summary>
public sealed record FilingImportResultDto(
    int TotalRows,
    int ImportedCount,
    int FailedCount,
    IReadOnlyList<Guid> ImportedIds,
    IReadOnlyList<FilingImportRowErrorDto> Errors,
    string? ReportFileName,
    string? ReportBase64);

public sealed class ImportFilingsHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    ISpreadsheets spreadsheets,
    IValidator<CreateFilingDraftCommand> validator,
    TimeProvider clock) : ICommandHandler<ImportFilingsCommand, FilingImportResultDto>
{
    private const string FileField = "file";

    /// <summary>Every property the create-draft validator checks without the database.</summary>
    private static readonly string[] LocalRules =
    [
        nameof(CreateFilingDraftCommand.ProjectName), nameof(CreateFilingDraftCommand.InvestorName), nameof(CreateFilingDraftCommand.CreditCode),
        nameof(CreateFilingDraftCommand.Category), nameof(CreateFilingDraftCommand.Stage), nameof(CreateFilingDraftCommand.PlannedTotalInvestment),
        nameof(CreateFilingDraftCommand.PlannedFixedAssetInvestment), nameof(CreateFilingDraftCommand.ConstructionContent),
        nameof(CreateFilingDraftCommand.RecommenderName), nameof(CreateFilingDraftCommand.RecommenderContact),
        nameof(CreateFilingDraftCommand.ContactName), nameof(CreateFilingDraftCommand.ContactPhone),
    ];

    public async ValueTask<FilingImportResultDto> Handle(ImportFilingsCommand command, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new ForbiddenAccessException("Only a filer bound to a unit can file.");
        var table = Read(command);
        var lookups = await ImportLookups.LoadAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var actor = user.Actor();

        var imported = new List<Filing>();
        var errors = new List<(SpreadsheetRow Row, FilingImportRowErrorDto Error)>();
        foreach (var row in table.Rows)
        {
            var (draft, fieldErrors) = Parse(row, lookups);
            if (fieldErrors.Count == 0)
            {
                // The create-draft validator's rules, but the references (region, chain, association) were resolved against
                // the lookups above, so 5,000 rows do not cost 15,000 queries.
                var result = await validator.ValidateAsync(draft, o => o.IncludeProperties(LocalRules), cancellationToken);
                fieldErrors.AddRange(result.Errors.Select(f => Error(FieldNames.ToCamelCasePath(f.PropertyName), f.ErrorMessage)));
                if (draft.SourceRegionCode is { } code && !lookups.RegionKinds.ContainsKey(code))
                {
                    fieldErrors.Add(Error("sourceRegionCode", new Localized("投资来源区域不存在。", "Unknown source region.").Current));
                }
            }

            if (fieldErrors.Count == 0)
            {
                try
                {
                    var foreign = draft.SourceRegionCode is { } code && lookups.RegionKinds[code] == SourceRegionKind.Country;
                    imported.Add(Filing.CreateDraft(unitId, draft.ToData(foreign), actor, now));
                }
                catch (DomainRuleException e)
                {
                    fieldErrors.Add(Error("row", ErrorMessages.For(e.Code, e.Message)));
                }
            }

            if (fieldErrors.Count > 0)
            {
                errors.Add((row, new FilingImportRowErrorDto(row.RowNumber, row.Cell(0), fieldErrors)));
            }
        }

        if (imported.Count > 0)
        {
            // One SaveChanges: the valid rows are saved together, or (on a database failure) none of them.
            db.Filings.AddRange(imported);
            await db.SaveChangesAsync(cancellationToken);
        }

        string? reportName = null;
        string? report = null;
        if (errors.Count > 0)
        {
            reportName = $"{new Localized("导入错误报告", "import-errors").Current}_{ChinaDay(now)}.xlsx";
            report = await ReportAsync(errors, cancellationToken);
        }

        return new FilingImportResultDto(
            table.Rows.Count, imported.Count, errors.Count, [.. imported.Select(f => f.Id)], [.. errors.Select(e => e.Error)], reportName, report);
    }

    private SpreadsheetTable Read(ImportFilingsCommand command)
    {
        if (command.Content.Length == 0)
        {
            throw RequestValidationException.For(FileField, new Localized("文件为空。", "The file is empty.").Current);
        }

        SpreadsheetTable table;
        try
        {
            using var content = new MemoryStream(command.Content, writable: false);
            table = spreadsheets.ReadFirstSheet(content, FilingSheets.MaxImportRows);
        }
        catch (UnreadableSpreadsheetException e) when (e.TooManyRows)
        {
            throw RequestValidationException.For(FileField, new Localized(
                $"一次最多导入 {FilingSheets.MaxImportRows} 行,请拆分文件。",
                $"At most {FilingSheets.MaxImportRows} rows can be imported at once; split the file.").Current);
        }
        catch (UnreadableSpreadsheetException)
        {
            throw RequestValidationException.For(FileField, new Localized(
                "无法读取文件,请上传由导入模板填写的 .xlsx 文件。",
                "The file cannot be read; upload an .xlsx file filled in from the import template.").Current);
        }

        var columns = FilingSheets.ImportColumns;
        var headersMatch = table.Headers.Count >= columns.Count
            && columns.Select((c, i) => Normalise(table.Headers[i]) == Normalise(c.Header.Zh) || Normalise(table.Headers[i]) == Normalise(c.Header.En)).All(ok => ok);
        if (!headersMatch)
        {
            throw RequestValidationException.For(FileField, new Localized(
                $"第1行的列名与导入模板不符,应依次为:{string.Join("、", columns.Select(c => c.Header.Zh))}。",
                $"The header row does not match the import template; expected: {string.Join(", ", columns.Select(c => c.Header.En))}.").Current);
        }

        if (table.Rows.Count == 0)
        {
            throw RequestValidationException.For(FileField, new Localized("文件中没有数据行。", "The file has no data rows.").Current);
        }

        return table;
    }

    private static string Normalise(string header) => header.Replace(" ", string.Empty, StringComparison.Ordinal)
        .Replace('(', '(').Replace(')', ')').ToUpperInvariant();

    /// <summary>Cells → the create-draft command; a cell that is not a number, a known label or a known name is an error on its own.</summary>
    private static (CreateFilingDraftCommand Draft, List<FilingImportFieldErrorDto> Errors) Parse(SpreadsheetRow row, ImportLookups lookups)
    {
        var errors = new List<FilingImportFieldErrorDto>();
        string? Cell(string field) => row.Cell(Index(field));

        decimal? Amount(string field)
        {
            var text = Cell(field)?.Replace(",", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
            if (text is null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add(Error(field, new Localized("金额应为以元为单位的数字。", "An amount must be a number of yuan.").Current));
            return null;
        }

        TEnum? Label<TEnum>(string field, Func<TEnum, Localized> labels)
            where TEnum : struct, Enum
        {
            var text = Cell(field);
            if (text is null)
            {
                return null;
            }

            var value = FilingSheets.Parse(text, labels);
            if (value is null)
            {
                errors.Add(Error(field, new Localized(
                    $"“{text}”不是有效的取值,可填:{string.Join("、", Enum.GetValues<TEnum>().Select(v => labels(v).Zh))}。",
                    $"\"{text}\" is not a valid value; use one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => labels(v).En))}.").Current));
            }

            return value;
        }

        Guid? Chain()
        {
            var text = Cell("industryChain");
            if (text is null)
            {
                return null;
            }

            if (lookups.Chains.TryGetValue(text, out var id))
            {
                return id;
            }

            errors.Add(Error("industryChain", new Localized("产业链不存在或已停用(填代码或名称)。", "Unknown or inactive industry chain (use its code or name).").Current));
            return null;
        }

        Guid? Association()
        {
            var text = Cell("association");
            if (text is null)
            {
                return null;
            }

            if (lookups.Associations.TryGetValue(text, out var id))
            {
                return id;
            }

            errors.Add(Error("association", new Localized("引荐商协会不存在(填全称)。", "Unknown association (use its full name).").Current));
            return null;
        }

        var region = Cell("sourceRegionCode");
        if (region is not null && lookups.RegionsByName.TryGetValue(region, out var code))
        {
            region = code;
        }
        else if (region is not null)
        {
            region = region.ToUpperInvariant();
        }

        var draft = new CreateFilingDraftCommand(
            Cell("projectName"),
            Cell("investorName"),
            Cell("creditCode")?.ToUpperInvariant(),
            region,
            Chain(),
            Label<ProjectCategory>("category", FilingSheets.Labels),
            Label<ProjectStage>("stage", FilingSheets.Labels),
            Amount("plannedTotalInvestment"),
            Amount("plannedFixedAssetInvestment"),
            Cell("constructionContent"),
            Association(),
            Cell("recommenderName"),
            Cell("recommenderContact"),
            Cell("contactName"),
            Cell("contactPhone"));
        return (draft, errors);
    }

    private static int Index(string field)
    {
        for (var i = 0; i < FilingSheets.ImportColumns.Count; i++)
        {
            if (FilingSheets.ImportColumns[i].Field == field)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field), field, "Not a template column.");
    }

    /// <summary>An error on a field, named by its template column (ids map to their column: industryChainId → 产业链).</summary>
    private static FilingImportFieldErrorDto Error(string field, string message)
    {
        var column = field switch
        {
            "industryChainId" => "industryChain",
            "associationId" => "association",
            _ => field,
        };
        var header = FilingSheets.ImportColumns.FirstOrDefault(c => c.Field == column)?.Header.Current
            ?? new Localized("整行", "Row").Current;
        return new FilingImportFieldErrorDto(column, header, message);
    }

    /// <summary>The rejected rows as uploaded, each followed by its reasons, under the template's header row.</summary>
    private async Task<string> ReportAsync(List<(SpreadsheetRow Row, FilingImportRowErrorDto Error)> errors, CancellationToken ct)
    {
        var width = FilingSheets.ImportColumns.Count;
        var headers = FilingSheets.ImportColumns.Select(c => c.Header.Current).Append(FilingSheets.ErrorColumn.Current);
        var rows = errors.Select(e => (IReadOnlyList<object?>)
        [
            .. Enumerable.Range(0, width).Select(i => (object?)e.Row.Cell(i)),
            string.Join(new Localized(";", "; ").Current, e.Error.Errors.Select(f => $"{f.Column}:{f.Message}")),
        ]);
        var sheet = SpreadsheetRows.Sheet(FilingSheets.DataSheetName.Current, headers, FilingSheets.AsRows(rows));
        await using var content = await spreadsheets.WriteAsync([sheet], ct);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        return Convert.ToBase64String(buffer.ToArray());
    }

    private static string ChinaDay(DateTimeOffset now) =>
        ChinaTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}

/// <summary>Names and codes a row may use, loaded once per import.</summary>
internal sealed record ImportLookups(
    Dictionary<string, Guid> Chains,
    Dictionary<string, Guid> Associations,
    Dictionary<string, string> RegionsByName,
    Dictionary<string, SourceRegionKind> RegionKinds)
{
    public static async Task<ImportLookups> LoadAsync(IApplicationDbContext db, CancellationToken ct)
    {
        var chains = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in await db.IndustryChains.AsNoTracking().Where(c => c.IsActive).Select(c => new { c.Id, c.Code, c.Name, c.NameEn }).ToListAsync(ct))
        {
            chains.TryAdd(c.Code, c.Id);
            chains.TryAdd(c.Name, c.Id);
            if (c.NameEn is not null)
            {
                chains.TryAdd(c.NameEn, c.Id);
            }
        }

        var associations = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in await db.Associations.AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(ct))
        {
            associations.TryAdd(a.Name, a.Id);
        }

        var regions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kinds = new Dictionary<string, SourceRegionKind>(StringComparer.Ordinal);
        foreach (var r in await db.SourceRegions.AsNoTracking().Select(r => new { r.Code, r.Name, r.NameEn, r.Kind }).ToListAsync(ct))
        {
            regions.TryAdd(r.Name, r.Code);
            regions.TryAdd(r.NameEn, r.Code);
            kinds[r.Code] = r.Kind;
        }

        return new ImportLookups(chains, associations, regions, kinds);
    }
}

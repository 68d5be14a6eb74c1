using System.Globalization;
using InvestPromo.Application.Common.Behaviours;
using InvestPromo.Application.Filings.Commands.CreateFilingDraft;
using InvestPromo.Application.Filings.Commands.ImportFilings;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.Filings.Excel;

/// <summary>One row of an import sheet read: the filing's details when the row is valid, else the reasons it is not.</summary>
internal sealed record FilingImportRow(SpreadsheetRow Row, FilingDetails? Details, IReadOnlyList<FilingImportFieldErrorDto> Errors);

/// <summary>
/// Reads the import template filled in (<see cref="ImportFilingsCommand"/>): the sheet as a whole (<see cref="ReadTable"/>),
/// then each row's cells into a filing's details by the same rules as <see cref="CreateFilingDraftCommand"/> (its validator's
/// rules that need no database; the references are resolved against <see cref="ImportLookups"/>, loaded once, so 5,000 rows
/// do not cost 15,000 queries) and the domain's own checks, with the errors per field named by template column.
/// </summary>
internal sealed class FilingImportReader(ImportLookups lookups, IValidator<CreateFilingDraftCommand> validator)
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

    /// <summary>
    /// The uploaded file's first sheet, checked as a whole: readable, at most <see cref="FilingSheets.MaxImportRows"/> rows, the
    /// template's header row, at least one data row. Anything else is a 400 on "file" and imports nothing.
    /// </summary>
    public static SpreadsheetTable ReadTable(ISpreadsheets spreadsheets, byte[] content) =>
        SpreadsheetImport.ReadTable(spreadsheets, content, FilingSheets.ImportReadLimits, [.. FilingSheets.ImportColumns.Select(c => c.Header)], headers =>
            headers.Any(h => FilingSheets.YuanHeaders.Any(y => SpreadsheetImport.Normalise(h) == SpreadsheetImport.Normalise(y.Zh) || SpreadsheetImport.Normalise(h) == SpreadsheetImport.Normalise(y.En)))
                // The template before amounts were in 万元: its yuan figures read as 万元 would be 10,000 times too large.
                ? RequestValidationException.For(FileField, new Localized(
                    "导入模板已更新:金额改以万元为单位填写。请下载新模板,把金额换算为万元后再导入。",
                    "The import template has changed: amounts are now in 10k yuan. Download the new template and enter the amounts in 10k yuan.").Current)
                : null);

    /// <summary>One row: its cells parsed, then checked by the create-draft rules and by the domain (a broken rule is an error on the row).</summary>
    public async Task<FilingImportRow> ReadRowAsync(SpreadsheetRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        // A cell longer than its field allows is refused here, quoted by a short prefix, and never copied into the command.
        var tooLong = new List<FilingImportFieldErrorDto>();
        var cells = new string?[FilingSheets.ImportColumns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var column = FilingSheets.ImportColumns[i];
            var cell = row.Cell(i);
            if (cell is not null && cell.Length > column.MaxLength)
            {
                tooLong.Add(Error(column.Field, new Localized(
                    $"最多 {column.MaxLength} 个字符:“{BadValue.Quote(cell)}”过长。",
                    $"At most {column.MaxLength} characters: \"{BadValue.Quote(cell)}\" is longer.").Current));
                cell = null;
            }

            cells[i] = cell;
        }

        var (draft, fieldErrors) = Parse(row with { Cells = cells }, lookups);
        fieldErrors.InsertRange(0, tooLong);
        if (fieldErrors.Count == 0)
        {
            var result = await validator.ValidateAsync(draft, o => o.IncludeProperties(LocalRules), ct);
            fieldErrors.AddRange(result.Errors.Select(f => Error(FieldNames.ToCamelCasePath(f.PropertyName), f.ErrorMessage)));
            if (draft.SourceRegionCode is { } code && !lookups.RegionKinds.ContainsKey(code))
            {
                fieldErrors.Add(Error("sourceRegionCode", new Localized("投资来源区域不存在。", "Unknown source region.").Current));
            }
            else if (draft.SourceRegionCode is { } inactive && lookups.InactiveRegions.Contains(inactive))
            {
                var error = FilingFields.InactiveRegion(inactive);
                fieldErrors.Add(Error("sourceRegionCode", ErrorMessages.For(error.Code, error.Message)));
            }
        }

        FilingDetails? details = null;
        if (fieldErrors.Count == 0)
        {
            try
            {
                details = draft.ToDetails().Normalised();
            }
            catch (DomainRuleException e)
            {
                fieldErrors.Add(Error("row", ErrorMessages.For(e.Code, e.Message)));
            }
        }

        return new FilingImportRow(row, fieldErrors.Count == 0 ? details : null, fieldErrors);
    }

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

            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var wan))
            {
                errors.Add(Error(field, new Localized("金额应为以万元为单位的数字。", "An amount must be a number in 10k yuan.").Current));
                return null;
            }

            // The cell is in 万元; six decimals are a fen. More is refused, never rounded: the filer decides what was meant.
            if (!Money.IsValidTenThousands(wan))
            {
                errors.Add(Error(field, wan < 0
                    ? new Localized("金额不能为负数。", "An amount cannot be negative.").Current
                    : new Localized(
                        $"金额以万元为单位,最多 {Money.TenThousandsDecimals} 位小数(精确到分):“{BadValue.Quote(text)}”超出,不会四舍五入,请改正。",
                        $"Amounts are in 10k yuan with at most {Money.TenThousandsDecimals} decimals (a fen): \"{BadValue.Quote(text)}\" has more and is not rounded; correct it.").Current));
                return null;
            }

            if (field == "plannedTotalInvestment" && wan == 0)
            {
                errors.Add(Error(field, new Localized(
                    "计划总投资不能为 0;尚未确定时请留空。",
                    "The planned total investment cannot be 0; leave it empty while it is not known.").Current));
                return null;
            }

            return Money.FromTenThousands(wan).Yuan;
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
                    $"“{BadValue.Quote(text)}”不是有效的取值,可填:{string.Join("、", Enum.GetValues<TEnum>().Select(v => labels(v).Zh))}。",
                    $"\"{BadValue.Quote(text)}\" is not a valid value; use one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => labels(v).En))}.").Current));
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

        var draft = new CreateFilingDraftCommand
        {
            ProjectName = Cell("projectName"),
            InvestorName = Cell("investorName"),
            CreditCode = Cell("creditCode")?.ToUpperInvariant(),
            SourceRegionCode = region,
            IndustryChainId = Chain(),
            Category = Label<ProjectCategory>("category", FilingSheets.Labels),
            Stage = Label<ProjectStage>("stage", FilingSheets.Labels),
            PlannedTotalInvestment = Amount("plannedTotalInvestment"),
            PlannedFixedAssetInvestment = Amount("plannedFixedAssetInvestment"),
            ConstructionContent = Cell("constructionContent"),
            AssociationId = Association(),
            RecommenderName = Cell("recommenderName"),
            RecommenderContact = Cell("recommenderContact"),
            ContactName = Cell("contactName"),
            ContactPhone = Cell("contactPhone"),
        };
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
    public static FilingImportFieldErrorDto Error(string field, string message)
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
}

/// <summary>Names and codes a row may use, loaded once per import.</summary>
internal sealed record ImportLookups(
    Dictionary<string, Guid> Chains,
    Dictionary<string, Guid> Associations,
    Dictionary<string, string> RegionsByName,
    Dictionary<string, SourceRegionKind> RegionKinds,
    HashSet<string> InactiveRegions)
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

        // A region by its code, Chinese or English name. Provinces and countries first: a city never takes their name
        // ("Jilin" is 吉林省); a name two cities share ("Suzhou": 苏州, 宿州) is no name, the code is needed.
        var regions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kinds = new Dictionary<string, SourceRegionKind>(StringComparer.Ordinal);
        var inactive = new HashSet<string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = await db.SourceRegions.AsNoTracking().Select(r => new { r.Code, r.Name, r.NameEn, r.Kind, r.IsActive }).ToListAsync(ct);
        foreach (var r in all.OrderBy(r => r.Kind == SourceRegionKind.City))
        {
            foreach (var name in new[] { r.Name, r.NameEn })
            {
                if (!regions.TryAdd(name, r.Code) && regions[name] != r.Code && r.Kind == SourceRegionKind.City && kinds[regions[name]] == SourceRegionKind.City)
                {
                    shared.Add(name);
                }
            }

            kinds[r.Code] = r.Kind;
            if (!r.IsActive)
            {
                inactive.Add(r.Code);
            }
        }

        foreach (var name in shared)
        {
            regions.Remove(name);
        }

        return new ImportLookups(chains, associations, regions, kinds, inactive);
    }
}

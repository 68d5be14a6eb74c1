using System.Globalization;
using InvestPromo.Application.Common.Behaviours;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Projects.Reports.Commands.ImportMonthlyReports;
using InvestPromo.Application.Projects.Reports.Commands.ReportMonthlyFigures;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Import;

/// <summary>
/// One row of a monthly report sheet read: the single report's command when the cells make one (its project resolved, or
/// <see cref="Project"/> null with an error), else the reasons they do not.
/// </summary>
internal sealed record ReportImportRow(SpreadsheetRow Row, ReportMonthlyFiguresCommand? Command, TrackedProject? Project, List<ReportImportFieldErrorDto> Errors);

/// <summary>
/// Reads a filled-in monthly report template (<see cref="ImportMonthlyReportsCommand"/>): the sheet as a whole through
/// <see cref="SpreadsheetImport.ReadTable"/>, then each row's cells into the very command a single report sends
/// (<see cref="ReportMonthlyFiguresCommand"/>), checked by its validator's shape rules. The rules that need the project and the
/// database are the command's own (<see cref="MonthlyReportFigures"/>), applied by the import against projects and reports loaded
/// once for the whole sheet.
/// </summary>
internal sealed class ReportImportReader(ReportImportProjects projects, IValidator<ReportMonthlyFiguresCommand> validator)
{
    public static SpreadsheetTable ReadTable(ISpreadsheets spreadsheets, byte[] content) =>
        SpreadsheetImport.ReadTable(spreadsheets, content, ReportImportSheets.ReadLimits, [.. ReportImportSheets.Columns.Select(c => c.Header)]);

    /// <summary>The 项目编号 cells of a sheet that are ids, and its 项目名称 cells of rows without one: what to load.</summary>
    public static (HashSet<Guid> Ids, HashSet<string> Names) ProjectKeys(SpreadsheetTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var ids = new HashSet<Guid>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (Cell(row, "projectId") is { } text)
            {
                if (ParseId(text) is { } id)
                {
                    ids.Add(id);
                }
            }
            else if (Cell(row, "projectName") is { Length: <= Filing.ProjectNameMaxLength } name)
            {
                names.Add(name);
            }
        }

        return (ids, names);
    }

    public async Task<ReportImportRow> ReadRowAsync(SpreadsheetRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<ReportImportFieldErrorDto>();
        var cells = new string?[ReportImportSheets.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var column = ReportImportSheets.Columns[i];
            var cell = row.Cell(i);
            if (cell is not null && cell.Length > column.MaxLength)
            {
                errors.Add(Error(column.Field, ReportImportRules.TooLong, new Localized(
                    $"最多 {column.MaxLength} 个字符：“{BadValue.Quote(cell)}”过长。",
                    $"At most {column.MaxLength} characters: \"{BadValue.Quote(cell)}\" is longer.")));
                cell = null;
            }

            cells[i] = cell;
        }

        row = row with { Cells = cells };
        var project = Project(row, errors);
        var kind = Kind(row, errors);
        var year = Whole(row, "year", errors);
        var month = Whole(row, "month", errors);
        var domestic = Amount(row, "domesticOutsideProvince", errors);
        var hkmt = Amount(row, "hongKongMacaoTaiwan", errors);
        var foreign = Amount(row, "foreign", errors);
        var amount = Amount(row, "amount", errors);
        if (kind is { } k)
        {
            // A figure in a column the row's type does not take would be dropped without a word: refused instead.
            var others = k == MonthlyReportKind.FundsInPlace ? new[] { "amount" } : ["domesticOutsideProvince", "hongKongMacaoTaiwan", "foreign"];
            foreach (var field in others.Where(f => Cell(row, f) is not null))
            {
                errors.Add(Error(field, ReportImportRules.ColumnNotForKind, new Localized(
                    $"{ReportImportRules.Labels(k).Zh}报表不填此列，请留空或改正报表类型。",
                    $"A {ReportImportRules.Labels(k).En.ToLowerInvariant()} report leaves this column empty; clear it or correct the report type.")));
            }
        }

        if (kind == MonthlyReportKind.FixedAssetInvestment && Cell(row, "amount") is null)
        {
            errors.Add(Error("amount", ReportImportRules.Required, new Localized("固定资产投资报表须填写完成投资额。", "A fixed-asset investment report needs the investment completed.")));
        }

        if (errors.Count > 0 || project is null || kind is null || year is null || month is null)
        {
            return new ReportImportRow(row, null, project, errors);
        }

        var command = new ReportMonthlyFiguresCommand(
            project.Id, kind.Value, year.Value, month.Value, domestic, hkmt, foreign, amount, Cell(row, "note"), Cell(row, "externalReference"));
        var result = await validator.ValidateAsync(command, ct);
        foreach (var failure in result.Errors)
        {
            var field = FieldNames.ToCamelCasePath(failure.PropertyName);
            errors.Add(Error(Columns.Any(c => c.Field == field) ? field : "row", ReportImportRules.FieldInvalid, failure.ErrorMessage));
        }

        return new ReportImportRow(row, errors.Count == 0 ? command : null, project, errors);
    }

    private static IReadOnlyList<FilingColumn> Columns => ReportImportSheets.Columns;

    private TrackedProject? Project(SpreadsheetRow row, List<ReportImportFieldErrorDto> errors)
    {
        if (Cell(row, "projectId") is { } idText)
        {
            if (ParseId(idText) is { } id && projects.ById.TryGetValue(id, out var byId))
            {
                return byId;
            }

            errors.Add(Error("projectId", ReportImportRules.ProjectNotFound, new Localized(
                $"找不到编号为“{BadValue.Quote(idText)}”的本单位项目。", $"No project of yours has the id \"{BadValue.Quote(idText)}\".")));
            return null;
        }

        if (Cell(row, "projectName") is not { } name)
        {
            errors.Add(Error("projectId", ReportImportRules.Required, new Localized("请填写项目编号（或唯一的项目名称）。", "Enter the project id (or a project name that is unique).")));
            return null;
        }

        if (!projects.ByName.TryGetValue(name, out var named) || named.Count == 0)
        {
            errors.Add(Error("projectName", ReportImportRules.ProjectNotFound, new Localized(
                $"找不到名称为“{BadValue.Quote(name)}”的本单位项目，请填写项目编号。", $"No project of yours is named \"{BadValue.Quote(name)}\"; enter the project id.")));
            return null;
        }

        if (named.Count > 1)
        {
            errors.Add(Error("projectName", ReportImportRules.ProjectAmbiguous, new Localized(
                $"有 {named.Count} 个项目名为“{BadValue.Quote(name)}”，请填写项目编号。", $"{named.Count} projects are named \"{BadValue.Quote(name)}\"; enter the project id.")));
            return null;
        }

        return named[0];
    }

    private static MonthlyReportKind? Kind(SpreadsheetRow row, List<ReportImportFieldErrorDto> errors)
    {
        if (Cell(row, "kind") is not { } text)
        {
            errors.Add(Error("kind", ReportImportRules.Required, new Localized("请填写报表类型：到位资金或固定资产投资。", "Enter the report type: 到位资金 or 固定资产投资.")));
            return null;
        }

        var kind = ReportImportRules.ParseKind(text);
        if (kind is null)
        {
            errors.Add(Error("kind", ReportImportRules.KindInvalid, new Localized(
                $"“{BadValue.Quote(text)}”不是有效的报表类型，可填：到位资金、固定资产投资。",
                $"\"{BadValue.Quote(text)}\" is not a report type; use 到位资金 (funds in place) or 固定资产投资 (fixed-asset investment).")));
        }

        return kind;
    }

    private static int? Whole(SpreadsheetRow row, string field, List<ReportImportFieldErrorDto> errors)
    {
        if (Cell(row, field) is not { } text)
        {
            errors.Add(Error(field, ReportImportRules.Required, new Localized("必填。", "Required.")));
            return null;
        }

        // A year or month typed as a number may come back from the sheet as "2026" or "2026.0".
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number) && number is >= 0 and <= 9999)
        {
            return (int)number;
        }

        errors.Add(Error(field, ReportImportRules.NumberInvalid, new Localized(
            $"“{BadValue.Quote(text)}”不是整数。", $"\"{BadValue.Quote(text)}\" is not a whole number.")));
        return null;
    }

    /// <summary>
    /// An amount cell in 万元 → yuan, exact. A negative one is passed on (as yuan) for the report's own rule to refuse with its
    /// code; a cell that is no number, or has more decimals than a fen, is refused here.
    /// </summary>
    private static decimal? Amount(SpreadsheetRow row, string field, List<ReportImportFieldErrorDto> errors)
    {
        var text = Cell(row, field)?.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var wan))
        {
            errors.Add(Error(field, ReportImportRules.NumberInvalid, new Localized(
                $"“{BadValue.Quote(text)}”不是数字，金额应为以万元为单位的数字。", $"\"{BadValue.Quote(text)}\" is not a number; an amount is a number in 10k yuan.")));
            return null;
        }

        if (!Money.IsValidTenThousands(Math.Abs(wan)))
        {
            errors.Add(Error(field, ReportImportRules.NumberInvalid, new Localized(
                $"金额以万元为单位，最多 {Money.TenThousandsDecimals} 位小数（精确到分）：“{BadValue.Quote(text)}”超出，不会四舍五入，请改正。",
                $"Amounts are in 10k yuan with at most {Money.TenThousandsDecimals} decimals (a fen): \"{BadValue.Quote(text)}\" has more and is not rounded; correct it.")));
            return null;
        }

        var yuan = Money.FromTenThousands(Math.Abs(wan)).Yuan;
        return wan < 0 ? -yuan : yuan;
    }

    private static Guid? ParseId(string text) => Guid.TryParse(text, out var id) ? id : null;

    private static string? Cell(SpreadsheetRow row, string field) => row.Cell(ReportImportSheets.Index(field)) is { Length: > 0 } cell ? cell : null;

    /// <summary>An error on a field, named by its template column ("row" for the row as a whole).</summary>
    public static ReportImportFieldErrorDto Error(string field, string code, Localized message) => Error(field, code, message.Current);

    public static ReportImportFieldErrorDto Error(string field, string code, string message)
    {
        var header = ReportImportSheets.Columns.FirstOrDefault(c => c.Field == field)?.Header.Current ?? new Localized("整行", "Row").Current;
        return new ReportImportFieldErrorDto(field, header, code, message);
    }
}

/// <summary>The caller's projects a sheet names, loaded once per import (a filer: its own unit's; an API key: every unit's).</summary>
internal sealed record ReportImportProjects(Dictionary<Guid, TrackedProject> ById, Dictionary<string, List<TrackedProject>> ByName)
{
    /// <summary>Ids and names are looked up in batches of this many (one query each), far below any provider's parameter limit.</summary>
    private const int Batch = 1000;

    public static async Task<ReportImportProjects> LoadAsync(IApplicationDbContext db, ICurrentUser user, IReadOnlySet<Guid> ids, IReadOnlySet<string> names, CancellationToken ct)
    {
        var byId = new Dictionary<Guid, TrackedProject>();
        foreach (var chunk in ids.Chunk(Batch))
        {
            foreach (var p in await db.TrackedProjects.AsNoTracking().VisibleTo(user).Where(p => chunk.Contains(p.Id)).ToListAsync(ct))
            {
                byId[p.Id] = p;
            }
        }

        var byName = new Dictionary<string, List<TrackedProject>>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(Batch))
        {
            foreach (var p in await db.TrackedProjects.AsNoTracking().VisibleTo(user).Where(p => chunk.Contains(p.ProjectName)).ToListAsync(ct))
            {
                // Read-only here (no tracking): the reports and tasks copy its id and unit, nothing changes it.
                byId.TryAdd(p.Id, p);
                if (!byName.TryGetValue(p.ProjectName, out var list))
                {
                    byName[p.ProjectName] = list = [];
                }

                list.Add(p);
            }
        }

        return new ReportImportProjects(byId, byName);
    }
}

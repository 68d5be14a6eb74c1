using System.Globalization;
using InvestPromo.Application.Filings.Commands.CreateFilingDraft;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Filings;

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
    public async ValueTask<FilingImportResultDto> Handle(ImportFilingsCommand command, CancellationToken cancellationToken)
    {
        var unitId = user.UnitId ?? throw new ForbiddenAccessException("Only a filer bound to a unit can file.");
        var table = FilingImportReader.ReadTable(spreadsheets, command.Content);
        var reader = new FilingImportReader(await ImportLookups.LoadAsync(db, cancellationToken), validator);
        var now = clock.GetUtcNow();
        var actor = user.Actor();

        var imported = new List<Filing>();
        var errors = new List<(SpreadsheetRow Row, FilingImportRowErrorDto Error)>();
        foreach (var spreadsheetRow in table.Rows)
        {
            var row = await reader.ReadRowAsync(spreadsheetRow, cancellationToken);
            if (row.Details is { } details)
            {
                imported.Add(Filing.CreateDraft(unitId, details, actor, now));
            }
            else
            {
                errors.Add((spreadsheetRow, new FilingImportRowErrorDto(spreadsheetRow.RowNumber, ProjectName(spreadsheetRow), row.Errors)));
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

    /// <summary>The row's project name as the error list names it: quoted by a short prefix when it is too long to be one.</summary>
    private static string? ProjectName(SpreadsheetRow row) =>
        row.Cell(0) is { Length: > Filing.ProjectNameMaxLength } name ? BadValue.Quote(name) : row.Cell(0);

    private static string ChinaDay(DateTimeOffset now) =>
        ChinaTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}

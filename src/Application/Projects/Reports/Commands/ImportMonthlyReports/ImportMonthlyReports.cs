using System.Globalization;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Projects.Reports.Commands.ReportMonthlyFigures;
using InvestPromo.Application.Projects.Reports.Import;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Commands.ImportMonthlyReports;

/// <summary>
/// Issue 13 item 6: a unit (or a read-write API key, for any unit) uploads the monthly report template filled in (.xlsx). Each
/// row is the command a single report sends (<see cref="ReportMonthlyFiguresCommand"/>), held to its rules (the shared
/// <see cref="MonthlyReportFigures"/> and the domain's <see cref="MonthlyReport"/> factories); the valid rows are saved together in
/// one transaction and each waits in the verification queue, the invalid ones are not saved but reported per row and field, each
/// with a stable code. A file that cannot be read imports nothing (400 on "file").
/// <para>
/// Set-based rather than a command per row: the projects the sheet names, the months already reported and the caller's external
/// references already used are each read once for the whole sheet, and one SaveChanges stores every valid row (5,000 single
/// commands would be 5,000 transactions and 20,000 queries).
/// </para>
/// </summary>
public sealed record ImportMonthlyReportsCommand(string? FileName, byte[] Content) : ICommand<ReportImportResultDto>;

/// <summary>One field of one rejected row: the field (camelCase, or "row"), its template column, the error's stable code, and why.</summary>
public sealed record ReportImportFieldErrorDto(string Field, string Column, string Code, string Message);

/// <summary>A rejected row: its row number in the sheet (the header row is 1), its project as the row names it, and its errors.</summary>
public sealed record ReportImportRowErrorDto(int Row, string? Project, IReadOnlyList<ReportImportFieldErrorDto> Errors);

/// <summary>
/// What an import did. <see cref="ReportBase64"/> is, when rows were rejected, an .xlsx of the rejected rows as uploaded with an
/// extra "错误原因" column (base64, named <see cref="ReportFileName"/>): it can be corrected and uploaded again.
/// </summary>
public sealed record ReportImportResultDto(
    int TotalRows,
    int ImportedCount,
    int FailedCount,
    IReadOnlyList<Guid> ImportedIds,
    IReadOnlyList<ReportImportRowErrorDto> Errors,
    string? ReportFileName,
    string? ReportBase64);

public sealed class ImportMonthlyReportsHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    ISpreadsheets spreadsheets,
    IValidator<ReportMonthlyFiguresCommand> validator,
    RegionOptions region,
    IWorkingCalendarSource calendars,
    TimeProvider clock) : ICommandHandler<ImportMonthlyReportsCommand, ReportImportResultDto>
{
    public async ValueTask<ReportImportResultDto> Handle(ImportMonthlyReportsCommand command, CancellationToken cancellationToken)
    {
        var table = ReportImportReader.ReadTable(spreadsheets, command.Content);
        var (ids, names) = ReportImportReader.ProjectKeys(table);
        var reader = new ReportImportReader(await ReportImportProjects.LoadAsync(db, user, ids, names, cancellationToken), validator);
        var now = clock.GetUtcNow();
        var actor = user.Actor();
        var caller = MonthlyReportFigures.CallerOf(user);

        var rows = new List<ReportImportRow>(table.Rows.Count);
        foreach (var spreadsheetRow in table.Rows)
        {
            rows.Add(await reader.ReadRowAsync(spreadsheetRow, cancellationToken));
        }

        var candidates = rows.Where(r => r.Command is not null).ToList();
        var stored = await StoredMonthsAsync(candidates, cancellationToken);
        var usedReferences = await UsedReferencesAsync(caller, candidates, cancellationToken);
        var sheetMonths = candidates.GroupBy(r => Key(r.Command!)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var sheetReferences = candidates.Select(r => Reference(r.Command!)).OfType<string>().GroupBy(r => r, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        var calendar = await calendars.GetAsync(cancellationToken);
        var imported = new List<MonthlyReport>();
        foreach (var row in candidates)
        {
            var report = Report(row, stored, usedReferences, sheetMonths, sheetReferences, caller, actor, now);
            if (report is not null)
            {
                imported.Add(report);
                db.MonthlyReports.Add(report);
                db.OpenNewVerification(calendar, row.Project!, MonthlyReportFigures.SubjectOf(report.Kind), report.Id, MonthlyReportFigures.Summary(report), now);
            }
        }

        if (imported.Count > 0)
        {
            // One SaveChanges: the valid rows are saved together, or (on a database failure) none of them.
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
            {
                // A month or a reference stored by someone else since it was read (the unique indexes refuse it): nothing is saved,
                // and the same upload again reports those rows.
                db.DiscardChanges();
                throw MonthlyReportFigures.DuplicateMonth();
            }
        }

        var errors = rows.Where(r => r.Errors.Count > 0)
            .Select(r => (r.Row, Error: new ReportImportRowErrorDto(r.Row.RowNumber, ProjectOf(r), r.Errors))).ToList();
        string? reportName = null;
        string? reportContent = null;
        if (errors.Count > 0)
        {
            reportName = $"{new Localized("月报导入错误报告", "report-import-errors").Current}_{ChinaTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";
            reportContent = await ReportAsync(errors, cancellationToken);
        }

        return new ReportImportResultDto(
            table.Rows.Count, imported.Count, errors.Count, [.. imported.Select(r => r.Id)], [.. errors.Select(e => e.Error)], reportName, reportContent);
    }

    /// <summary>
    /// A candidate row through the single report's checks, in its order (<see cref="ReportMonthlyFiguresHandler"/>): amounts, month,
    /// source classes, the project going on, the month not yet reported, the reference new; then the domain's factory. A broken
    /// rule is an error on the row with the rule's own code; null then.
    /// </summary>
    private MonthlyReport? Report(
        ReportImportRow row, HashSet<(Guid, MonthlyReportKind, int, int)> stored, HashSet<string> usedReferences, HashSet<(Guid, MonthlyReportKind, int, int)> sheetMonths,
        HashSet<string> sheetReferences, Guid? caller, FilingActor actor, DateTimeOffset now)
    {
        var c = row.Command!;
        var project = row.Project!;
        var reference = Reference(c);
        try
        {
            MonthlyReportFigures.CheckAmounts(c.Kind, c);
            MonthlyReportFigures.CheckMonth(project, c.Year, c.Month, now);
            var split = MonthlyReportFigures.SplitOf(c);
            if (c.Kind == MonthlyReportKind.FundsInPlace)
            {
                MonthlyReportFigures.CheckSources(project, region, split);
            }

            project.EnsureActive();
            if (stored.Contains(Key(c)))
            {
                throw MonthlyReportFigures.DuplicateMonth();
            }

            if (sheetMonths.Contains(Key(c)))
            {
                row.Errors.Add(ReportImportReader.Error("month", ReportImportRules.DuplicateInSheet, new Localized(
                    "文件中有多行为同一项目、同一报表类型、同一月份，均未导入；请只保留正确的一行。",
                    "Several rows of the file are for this project, report type and month; none was imported. Keep the right one only.")));
                return null;
            }

            if (reference is not null && usedReferences.Contains(reference))
            {
                throw MonthlyReportFigures.ExternalReferenceExists();
            }

            if (reference is not null && sheetReferences.Contains(reference))
            {
                row.Errors.Add(ReportImportReader.Error("externalReference", ReportImportRules.ExternalReferenceInSheet, new Localized(
                    $"外部编号“{BadValue.Quote(reference)}”在文件中出现多次，均未导入。", $"The external reference \"{BadValue.Quote(reference)}\" is on several rows of the file; none was imported.")));
                return null;
            }

            return c.Kind == MonthlyReportKind.FundsInPlace
                ? MonthlyReport.ReportFunds(project, c.Year, c.Month, split, c.Note, reference, caller, actor, now)
                : MonthlyReport.ReportInvestment(project, c.Year, c.Month, c.Amount ?? 0, c.Note, reference, caller, actor, now);
        }
        catch (BadRequestException e)
        {
            row.Errors.Add(ReportImportReader.Error(e.Field, e.Code, ErrorMessages.For(e.Code, e.Message)));
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                row.Errors.AddRange(messages.Select(m => ReportImportReader.Error(field, ReportImportRules.FieldInvalid, m)));
            }
        }
        catch (DomainRuleException e)
        {
            row.Errors.Add(ReportImportReader.Error(FieldOf(e.Code), e.Code, ErrorMessages.For(e.Code, e.Message)));
        }

        return null;
    }

    /// <summary>The column a rule's error belongs to (the row as a whole when it is about the project).</summary>
    private static string FieldOf(string code) => code switch
    {
        "report.duplicate-month" => "month",
        "external-reference.exists" or "external-reference.invalid" => "externalReference",
        "report.note-invalid" => "note",
        _ => "row",
    };

    private static (Guid, MonthlyReportKind, int, int) Key(ReportMonthlyFiguresCommand c) => (c.ProjectId, c.Kind, c.Year, c.Month);

    private static string? Reference(ReportMonthlyFiguresCommand c) => string.IsNullOrWhiteSpace(c.ExternalReference) ? null : c.ExternalReference.Trim();

    /// <summary>The months of the sheet's projects already reported (any revision, any status), read once: one query per 1,000 projects.</summary>
    private async Task<HashSet<(Guid, MonthlyReportKind, int, int)>> StoredMonthsAsync(List<ReportImportRow> candidates, CancellationToken ct)
    {
        var stored = new HashSet<(Guid, MonthlyReportKind, int, int)>();
        var years = candidates.Select(r => r.Command!.Year).Distinct().ToList();
        foreach (var chunk in candidates.Select(r => r.Command!.ProjectId).Distinct().Chunk(1000))
        {
            var months = await db.MonthlyReports.AsNoTracking().Where(r => chunk.Contains(r.ProjectId) && years.Contains(r.Year))
                .Select(r => new { r.ProjectId, r.Kind, r.Year, r.Month }).Distinct().ToListAsync(ct);
            stored.UnionWith(months.Select(m => (m.ProjectId, m.Kind, m.Year, m.Month)));
        }

        return stored;
    }

    /// <summary>The sheet's external references the caller already used on a monthly report.</summary>
    private async Task<HashSet<string>> UsedReferencesAsync(Guid? caller, List<ReportImportRow> candidates, CancellationToken ct)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in candidates.Select(r => Reference(r.Command!)).OfType<string>().Distinct(StringComparer.Ordinal).Chunk(1000))
        {
            used.UnionWith(await db.MonthlyReports.AsNoTracking().Where(r => r.CallerId == caller && r.ExternalReference != null && chunk.Contains(r.ExternalReference))
                .Select(r => r.ExternalReference!).ToListAsync(ct));
        }

        return used;
    }

    /// <summary>The row's project as the error list names it: its name when found, else the cells as typed (quoted short).</summary>
    private static string? ProjectOf(ReportImportRow row) =>
        row.Project?.ProjectName
        ?? BadValue.QuoteOrNull(row.Row.Cell(ReportImportSheets.Index("projectName")) ?? row.Row.Cell(ReportImportSheets.Index("projectId")));

    /// <summary>The rejected rows as uploaded, each followed by its reasons, under the template's header row.</summary>
    private async Task<string> ReportAsync(List<(SpreadsheetRow Row, ReportImportRowErrorDto Error)> errors, CancellationToken ct)
    {
        var width = ReportImportSheets.Columns.Count;
        var headers = ReportImportSheets.Columns.Select(c => c.Header.Current).Append(FilingSheets.ErrorColumn.Current).ToList();
        var rows = errors.Select(e => (IReadOnlyList<object?>)
        [
            .. Enumerable.Range(0, width).Select(i => (object?)e.Row.Cell(i)),
            string.Join(new Localized("；", "; ").Current, e.Error.Errors.Select(f => $"{f.Column}：{f.Message}")),
        ]);
        var sheet = new SpreadsheetSheet(ReportImportSheets.DataSheetName.Current, headers, FilingSheets.AsRows(rows));
        await using var content = await spreadsheets.WriteAsync([sheet], ct);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        return Convert.ToBase64String(buffer.ToArray());
    }
}

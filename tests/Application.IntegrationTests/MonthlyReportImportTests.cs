using System.Globalization;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Common.Security;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Projects.Reports.Commands.ImportMonthlyReports;
using InvestPromo.Application.Projects.Reports.Commands.ReportMonthlyFigures;
using InvestPromo.Application.Projects.Reports.Import;
using InvestPromo.Application.Projects.Reports.Queries.GetReportImportTemplate;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Issue 13 item 6 through ISender: monthly figures imported from the template, each row held to the single report's rules
/// with their codes (and the import's own for what only a sheet gets wrong), the valid rows saved together, none of the invalid.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class MonthlyReportImportTests(AppFixture fixture) : AppTest(fixture)
{
    private const string Funds = "到位资金";
    private const string Investment = "固定资产投资";

    public override Task InitializeAsync()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        return base.InitializeAsync();
    }

    private ISpreadsheets Spreadsheets => Fixture.Services.GetRequiredService<ISpreadsheets>();

    /// <summary>The filer's project (investor from 广东: funds are 省外境内), approved in June 2026; the clock back at the start (2026-11-23).</summary>
    private async Task<Guid> ProjectAsync(string name, Caller? filer = null)
    {
        filer ??= Filer;
        At(ChinaTime(2026, 6, 10, 9));
        var submitted = await SubmitAsync(filer, await CreateAsync(filer, name));
        At(ChinaTime(2026, 6, 10, 10));
        var approved = await ApproveAsync(Reviewer, submitted);
        At(AppFixture.Start);
        return approved.Id;
    }

    private async Task<byte[]> SheetAsync(params IReadOnlyList<object?>[] rows)
    {
        var sheet = new SpreadsheetSheet("月报", [.. ReportImportSheets.Columns.Select(c => c.Header.Zh)], FilingSheets.AsRows(rows));
        await using var content = await Spreadsheets.WriteAsync([sheet], CancellationToken.None);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static IReadOnlyList<object?> FundsRow(object? project, int year, int month, object? domestic, string? name = null, string? reference = null) =>
        [project?.ToString(), name, Funds, year, month, domestic, null, null, null, null, reference];

    private static IReadOnlyList<object?> InvestmentRow(object? project, int year, int month, object? amount, string? name = null) =>
        [project?.ToString(), name, Investment, year, month, null, null, null, amount, null, null];

    private Task<ReportImportResultDto> ImportAsync(Caller caller, byte[] sheet) => SendAsync(caller, new ImportMonthlyReportsCommand("月报.xlsx", sheet));

    private static string CodeOf(ReportImportResultDto result, int row) => Assert.Single(Assert.Single(result.Errors, e => e.Row == row).Errors).Code;

    /// <summary>The stored reports by month, funds before investment (sorted here: the kind is stored as its name).</summary>
    private async Task<List<MonthlyReport>> ReportsAsync() =>
        [.. (await Fixture.DbAsync(db => db.MonthlyReports.AsNoTracking().ToListAsync())).OrderBy(r => r.Year).ThenBy(r => r.Month).ThenBy(r => (int)r.Kind)];

    [Fact]
    public async Task Valid_rows_are_saved_together_in_yuan_from_wan_each_waiting_for_verification()
    {
        var project = await ProjectAsync("月报项目");

        var result = await ImportAsync(Filer, await SheetAsync(
            FundsRow(project, 2026, 9, "12.345678"),
            InvestmentRow(project, 2026, 9, "1,000"),
            FundsRow(project, 2026, 10, 0)));

        Assert.Equal((3, 3, 0), (result.TotalRows, result.ImportedCount, result.FailedCount));
        Assert.Empty(result.Errors);
        Assert.Null(result.ReportBase64);
        var reports = await ReportsAsync();
        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.Equal((MonthlyReportStatus.Submitted, 1, project), (r.Status, r.Revision, r.ProjectId)));
        Assert.Equal(123_456.78m, reports[0].DomesticOutsideProvince);
        Assert.Equal(12_345_678L, reports[0].AmountFen);
        Assert.Equal((MonthlyReportKind.FixedAssetInvestment, 10_000_000m), (reports[1].Kind, reports[1].Amount));
        Assert.Equal(0L, reports[2].AmountFen);
        Assert.Equal(result.ImportedIds.Order(), reports.Select(r => r.Id).Order());
        var tasks = await Fixture.DbAsync(db => db.VerificationTasks.AsNoTracking().Where(t => t.IsOpen).ToListAsync());
        Assert.Equal(reports.Select(r => r.Id).Order(), tasks.Select(t => t.SubjectId).Order());
    }

    [Fact]
    public async Task Each_bad_row_is_refused_with_its_own_code_and_the_valid_rows_are_still_saved()
    {
        var project = await ProjectAsync("月报项目");
        var stopped = await ProjectAsync("终止项目");
        await Fixture.DbAsync(db => db.TrackedProjects.Where(p => p.Id == stopped).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, TrackedProjectStatus.Stopped)));
        await SendAsync(Filer, new ReportMonthlyFiguresCommand(project, MonthlyReportKind.FundsInPlace, 2026, 7, 100m, null, null, null, null, null));

        var result = await ImportAsync(Filer, await SheetAsync(
            FundsRow(project, 2026, 8, 1),               // row 2: valid
            FundsRow(project, 2026, 11, 1),              // row 3: November has not ended on 23 November
            FundsRow(project, 2026, 9, -1),              // row 4: negative
            FundsRow(project, 2026, 7, 1),               // row 5: July already reported
            FundsRow(stopped, 2026, 8, 1),               // row 6: a stopped project
            FundsRow(Guid.NewGuid(), 2026, 8, 1),        // row 7: no such project
            [project.ToString(), null, "月度报表", 2026, 8, 1, null, null, null, null, null], // row 8: wrong type
            FundsRow(project, 2026, 10, "十万"),          // row 9: not a number
            InvestmentRow(project, 2026, 8, 5),          // row 10: valid
            FundsRow(project, 2026, 6, 1),               // row 11: valid (the approval's month)
            FundsRow(project, 2026, 5, 1),               // row 12: before the approval's month
            [project.ToString(), null, Investment, 2026, 9, 1, null, null, 2, null, null])); // row 13: a source class on an investment row

        Assert.Equal((12, 3, 9), (result.TotalRows, result.ImportedCount, result.FailedCount));
        Assert.Equal("report.month-not-ended", CodeOf(result, 3));
        Assert.Equal("report.amount-negative", CodeOf(result, 4));
        Assert.Equal("report.duplicate-month", CodeOf(result, 5));
        Assert.Equal("project.not-active", CodeOf(result, 6));
        Assert.Equal(ReportImportRules.ProjectNotFound, CodeOf(result, 7));
        Assert.Equal(ReportImportRules.KindInvalid, CodeOf(result, 8));
        Assert.Equal(ReportImportRules.NumberInvalid, CodeOf(result, 9));
        Assert.Equal("report.month-before-approval", CodeOf(result, 12));
        Assert.Equal(ReportImportRules.ColumnNotForKind, CodeOf(result, 13));
        var notANumber = Assert.Single(Assert.Single(result.Errors, e => e.Row == 9).Errors);
        Assert.Equal(("domesticOutsideProvince", "省外境内（万元）"), (notANumber.Field, notANumber.Column));
        Assert.Contains("“十万”", notANumber.Message, StringComparison.Ordinal);
        Assert.Contains("“月度报表”", Assert.Single(result.Errors, e => e.Row == 8).Errors[0].Message, StringComparison.Ordinal);
        Assert.All(result.Errors.SelectMany(e => e.Errors), f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));

        var reports = await ReportsAsync();
        Assert.Equal(
            [(2026, 6, MonthlyReportKind.FundsInPlace), (2026, 7, MonthlyReportKind.FundsInPlace), (2026, 8, MonthlyReportKind.FundsInPlace), (2026, 8, MonthlyReportKind.FixedAssetInvestment)],
            reports.Select(r => (r.Year, r.Month, r.Kind)));
        Assert.DoesNotContain(reports, r => r.ProjectId == stopped);

        // The report lists the refused rows as uploaded, each with its reasons, to correct and upload again.
        using var report = new MemoryStream(Convert.FromBase64String(result.ReportBase64!));
        var sheet = Spreadsheets.ReadFirstSheet(report, new SpreadsheetReadLimits(100, 20, 2000));
        Assert.Equal(9, sheet.Rows.Count);
        Assert.Equal("错误原因", sheet.Headers[^1]);
        Assert.Contains("月度报表", sheet.Rows.Select(r => r.Cell(2)));
    }

    [Fact]
    public async Task The_same_month_twice_in_the_sheet_imports_neither_row()
    {
        var project = await ProjectAsync("月报项目");

        var result = await ImportAsync(Filer, await SheetAsync(FundsRow(project, 2026, 8, 1), FundsRow(project, 2026, 8, 2), InvestmentRow(project, 2026, 8, 3)));

        Assert.Equal(1, result.ImportedCount);
        Assert.Equal(ReportImportRules.DuplicateInSheet, CodeOf(result, 2));
        Assert.Equal(ReportImportRules.DuplicateInSheet, CodeOf(result, 3));
        Assert.Equal(MonthlyReportKind.FixedAssetInvestment, Assert.Single(await ReportsAsync()).Kind);
    }

    [Fact]
    public async Task Another_units_project_is_not_found_for_a_filer_but_a_read_write_key_imports_for_any_unit()
    {
        var mine = await ProjectAsync("本单位项目");
        var theirs = await ProjectAsync("外单位项目", Filer2);

        var result = await ImportAsync(Filer, await SheetAsync(FundsRow(mine, 2026, 8, 1), FundsRow(theirs, 2026, 8, 1), FundsRow(null, 2026, 9, 1, name: "外单位项目")));

        Assert.Equal(1, result.ImportedCount);
        Assert.Equal(ReportImportRules.ProjectNotFound, CodeOf(result, 3));
        Assert.Equal(ReportImportRules.ProjectNotFound, CodeOf(result, 4));
        // A row naming another unit's project by id gets nothing of it back: neither its name nor a hint that it exists.
        var byId = Assert.Single(result.Errors, e => e.Row == 3);
        Assert.DoesNotContain("外单位项目", byId.Project ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("外单位项目", byId.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(theirs.ToString()[..BadValue.MaxChars] + "…", byId.Project);

        var key = new Caller(null, "api-key:ip_test", null, Roles.Integrator);
        var byKey = await ImportAsync(key, await SheetAsync(FundsRow(theirs, 2026, 8, 1), FundsRow(mine, 2026, 9, 1)));

        Assert.Equal(2, byKey.ImportedCount);
        Assert.Equal(3, (await ReportsAsync()).Count);
    }

    [Fact]
    public async Task A_project_named_without_its_id_is_found_only_when_the_name_is_unique_among_the_units_projects()
    {
        var unique = await ProjectAsync("唯一名称项目");
        await ProjectAsync("同名项目");
        await ProjectAsync("同名项目");

        var result = await ImportAsync(Filer, await SheetAsync(
            FundsRow(null, 2026, 8, 1, name: "唯一名称项目"),
            FundsRow(null, 2026, 8, 1, name: "同名项目"),
            FundsRow("not-an-id", 2026, 8, 1, name: "唯一名称项目"),
            FundsRow(null, 2026, 8, 1)));

        Assert.Equal(1, result.ImportedCount);
        Assert.Equal(unique, Assert.Single(await ReportsAsync()).ProjectId);
        Assert.Equal(ReportImportRules.ProjectAmbiguous, CodeOf(result, 3));
        Assert.Equal(ReportImportRules.ProjectNotFound, CodeOf(result, 4)); // an id given is used, never the name beside it
        Assert.Equal(ReportImportRules.Required, CodeOf(result, 5));
    }

    [Fact]
    public async Task An_external_reference_is_used_once_per_caller_in_the_sheet_and_across_imports()
    {
        var project = await ProjectAsync("月报项目");
        var first = await ImportAsync(Filer, await SheetAsync(FundsRow(project, 2026, 7, 1, reference: "ERP-1")));
        Assert.Equal(1, first.ImportedCount);

        var result = await ImportAsync(Filer, await SheetAsync(
            FundsRow(project, 2026, 8, 1, reference: "ERP-1"),
            FundsRow(project, 2026, 9, 1, reference: "ERP-2"),
            InvestmentRow(project, 2026, 9, 1),
            FundsRow(project, 2026, 10, 1, reference: "ERP-2")));

        Assert.Equal("external-reference.exists", CodeOf(result, 2));
        Assert.Equal(ReportImportRules.ExternalReferenceInSheet, CodeOf(result, 3));
        Assert.Equal(ReportImportRules.ExternalReferenceInSheet, CodeOf(result, 5));
        Assert.Equal(1, result.ImportedCount);
    }

    [Fact]
    public async Task A_file_that_is_not_the_template_imports_nothing()
    {
        var project = await ProjectAsync("月报项目");
        var wrong = new SpreadsheetSheet("月报", ["项目", "金额"], FilingSheets.AsRows([[project.ToString(), 1]]));
        await using var content = await Spreadsheets.WriteAsync([wrong], CancellationToken.None);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => ImportAsync(Filer, buffer.ToArray()));

        Assert.Contains("列名与导入模板不符", Assert.Single(error.Errors["file"]), StringComparison.Ordinal);
        await Assert.ThrowsAsync<RequestValidationException>(() => ImportAsync(Filer, [1, 2, 3]));
        Assert.Empty(await ReportsAsync());
    }

    [Fact]
    public async Task The_template_has_the_import_columns_in_order_and_a_row_filled_in_from_it_imports()
    {
        var mine = await ProjectAsync("本单位项目");
        await ProjectAsync("外单位项目", Filer2);

        var file = await SendAsync(Filer, new GetReportImportTemplateQuery());
        using (file.Content)
        {
            var sheet = Spreadsheets.ReadFirstSheet(file.Content, ReportImportSheets.ReadLimits);
            Assert.Equal(ReportImportSheets.Columns.Select(c => c.Header.Zh), sheet.Headers);
        }

        Assert.EndsWith(".xlsx", file.FileName, StringComparison.Ordinal);
        var result = await ImportAsync(Filer, await SheetAsync(FundsRow(mine, 2026, 8, 1)));
        Assert.Equal(1, result.ImportedCount);
    }
}

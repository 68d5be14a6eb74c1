using System.Globalization;
using InvestPromo.Application.Analysis;
using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.Analysis.Queries.ExportFilingAnalysis;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Filings.Commands.ImportFilings;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Filings.Queries.ExportFilings;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Amounts as people read them (issue 9 item 6), through ISender: the sheets in 万元 (exact, unit in the header), the import
/// in 万元 back to the same fen, a seventh decimal and a zero total refused, the scale bands' labels and a zero total at submission.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class AmountTests(AppFixture fixture) : AppTest(fixture)
{
    public override Task InitializeAsync()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        return base.InitializeAsync();
    }

    private ISpreadsheets Spreadsheets => Fixture.Services.GetRequiredService<ISpreadsheets>();

    private SpreadsheetTable Read(SpreadsheetFile file)
    {
        using var content = file.Content;
        return Spreadsheets.ReadFirstSheet(content, new SpreadsheetReadLimits(100_000, 64, 4_000));
    }

    /// <summary>The template filled in with the rows (cells by template column).</summary>
    private async Task<byte[]> TemplateAsync(params IReadOnlyList<object?>[] rows)
    {
        var sheet = SpreadsheetRows.Sheet("项目信息", [.. FilingSheets.ImportColumns.Select(c => c.Header)], FilingSheets.AsRows(rows));
        await using var content = await Spreadsheets.WriteAsync([sheet], CancellationToken.None);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static IReadOnlyList<object?> Row(string name, object? total, object? fixedAssets) =>
        [name, "湖南某某科技有限公司", Draft.ValidCreditCode, "440000", "EQUIP", "工业", "签约", total, fixedAssets, "建设厂房", null, null, null, "王联系", "0736-7654321"];

    [Fact]
    public async Task The_filing_export_is_in_wan_exactly_and_its_amounts_import_back_to_the_same_fen()
    {
        await CreateAsync(Filer, Draft.Complete(Equip, "往返金额") with { PlannedTotalInvestment = 123_456_789.01m, PlannedFixedAssetInvestment = 19_999_999.99m });

        var sheet = Read(await SendAsync(Filer, new ExportFilingsQuery(Search: "往返金额")));

        var total = sheet.Headers.ToList().IndexOf("计划总投资（万元）");
        var fixedAssets = sheet.Headers.ToList().IndexOf("计划固定资产投资（万元）");
        Assert.True(total >= 0 && fixedAssets >= 0, string.Join("|", sheet.Headers));
        var row = Assert.Single(sheet.Rows);
        Assert.Equal("12345.678901", row.Cell(total)); // not 12,345.68: the cell keeps every fen
        Assert.Equal("1999.999999", row.Cell(fixedAssets)); // not 2,000
        Assert.Equal("1亿元（含）–10亿元", row.Cell(sheet.Headers.ToList().IndexOf("规模区间")));

        var result = await SendAsync(Filer, new ImportFilingsCommand("往返.xlsx", await TemplateAsync(Row("往返导入", row.Cell(total), row.Cell(fixedAssets)))));

        Assert.Equal(1, result.ImportedCount);
        var imported = await GetAsync(Filer, result.ImportedIds[0]);
        Assert.Equal(123_456_789.01m, imported.PlannedTotalInvestment);
        Assert.Equal(19_999_999.99m, imported.PlannedFixedAssetInvestment);
    }

    [Fact]
    public async Task An_import_refuses_a_seventh_decimal_of_a_wan_and_a_zero_total_by_row_and_column_and_keeps_fixed_assets_within_the_total()
    {
        var result = await SendAsync(Filer, new ImportFilingsCommand("导入.xlsx", await TemplateAsync(
            Row("六位小数", 12_345.678901m, 0.000001m),
            Row("七位小数", 12_345.6789012m, 1m),
            Row("零总投资", 0m, 0m),
            Row("固定资产多一分", 10_000m, 10_000.000001m),
            Row("固定资产等于总投资", 10_000m, 10_000m))));

        Assert.Equal(2, result.ImportedCount);
        Assert.Equal(123_456_789.01m, (await GetAsync(Filer, result.ImportedIds[0])).PlannedTotalInvestment);
        Assert.Equal(0.01m, (await GetAsync(Filer, result.ImportedIds[0])).PlannedFixedAssetInvestment);
        Assert.Equal(100_000_000m, (await GetAsync(Filer, result.ImportedIds[1])).PlannedFixedAssetInvestment);

        var errors = result.Errors.ToDictionary(e => e.Row, e => Assert.Single(e.Errors));
        Assert.Equal([3, 4, 5], errors.Keys.Order());
        Assert.Equal(("plannedTotalInvestment", "计划总投资（万元）"), (errors[3].Field, errors[3].Column));
        Assert.Contains("12345.6789012", errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("不会四舍五入", errors[3].Message, StringComparison.Ordinal);
        Assert.Equal(("plannedTotalInvestment", "计划总投资（万元）"), (errors[4].Field, errors[4].Column));
        Assert.Contains("不能为 0", errors[4].Message, StringComparison.Ordinal);
        Assert.Equal(("plannedFixedAssetInvestment", "计划固定资产投资（万元）"), (errors[5].Field, errors[5].Column));
    }

    [Fact]
    public async Task The_analysis_export_sums_exactly_in_wan_under_the_unit()
    {
        await ApprovedAsync("分析一", Draft.Complete(Equip) with { PlannedTotalInvestment = 19_999_999.99m, PlannedFixedAssetInvestment = 0.01m });
        await ApprovedAsync("分析二", Draft.Complete(Equip) with { PlannedTotalInvestment = 100_000_000m, PlannedFixedAssetInvestment = 100_000_000m });

        var sheet = Read(await SendAsync(Leader, new ExportFilingAnalysisQuery(AnalysisGroupBy.Stage)));

        Assert.Equal("分组|编码|项目数|计划总投资（万元）|计划固定资产投资（万元）", string.Join('|', sheet.Headers));
        Assert.Equal("签约|Signed|2|11999.999999|10000.000001", string.Join('|', sheet.Rows[0].Cells));
        Assert.Equal("合计||2|11999.999999|10000.000001", string.Join('|', sheet.Rows[^1].Cells));
    }

    [Fact]
    public async Task Each_scale_band_label_says_its_lower_boundary_is_included()
    {
        foreach (var (name, yuan) in new[] { ("低", 99_999_999.99m), ("一亿", 100_000_000m), ("十亿", 1_000_000_000m), ("五十亿", 5_000_000_000m), ("百亿", 10_000_000_000m) })
        {
            await ApprovedAsync(name, Draft.Complete(Equip, name, yuan) with { PlannedFixedAssetInvestment = 0m });
        }

        var groups = (await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.ScaleBand))).Groups;

        Assert.Equal(["低于1亿元", "1亿元（含）–10亿元", "10亿元（含）–50亿元", "50亿元（含）–100亿元", "100亿元（含）以上"], groups.Select(g => g.LabelZh));
        Assert.Equal(
            ["Below 100M yuan", "100M yuan (incl.) – 1B yuan", "1B yuan (incl.) – 5B yuan", "5B yuan (incl.) – 10B yuan", "10B yuan (incl.) and above"],
            groups.Select(g => g.LabelEn));
        Assert.All(groups, g => Assert.Equal(1, g.Count)); // each boundary amount sits in the band whose label includes it
    }

    [Fact]
    public async Task A_draft_holds_a_planned_total_of_0_and_its_submission_names_the_planned_total()
    {
        var draft = await CreateAsync(Filer, "零元草稿", total: 0m);
        Assert.Equal(0m, draft.PlannedTotalInvestment);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => SubmitAsync(Filer, draft));

        Assert.Equal(["plannedTotalInvestment"], refused.Errors.Keys);
        Assert.Equal("“计划总投资”不能为 0，提交审核前请填写大于 0 的金额。", Assert.Single(refused.Errors["plannedTotalInvestment"]));
        Assert.Equal(Domain.Filings.FilingStatus.Draft, (await GetAsync(Filer, draft.Id)).Status);

        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        var english = await Assert.ThrowsAsync<RequestValidationException>(() => SubmitAsync(Filer, draft));
        Assert.Equal("Planned total investment cannot be 0; enter an amount above 0 before submission.", Assert.Single(english.Errors["plannedTotalInvestment"]));
    }
}

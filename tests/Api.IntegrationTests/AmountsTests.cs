using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Amounts as people read them (issue 9 item 6): sheets in 万元 with the unit in the header, exact (number cells formatted with
/// two decimals, more only when the amount has them), the import in 万元 back to the same fen, and a planned total of 0.
/// The JSON API stays in yuan.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class AmountsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Total = "计划总投资（万元）";
    private const string FixedAssets = "计划固定资产投资（万元）";

    /// <summary>The first sheet's cells as the reader gives them (numbers as double, text as string), header row first.</summary>
    private static List<object?[]> Cells(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray())];
    }

    private static string StylesXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static async Task<JsonElement> ImportAsync(HttpClient filer, params object?[][] rows) =>
        await (await filer.SendAsync(ExcelTests.ImportRequest(ExcelTests.Workbook(ExcelTests.TemplateHeaders, rows)))).AssertOkJsonAsync();

    [Fact]
    public async Task The_export_holds_exact_wan_numbers_shown_with_two_decimals_and_imports_back_to_the_same_fen()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "往返金额");
        body["plannedTotalInvestment"] = 123_456_789.01m;
        body["plannedFixedAssetInvestment"] = 19_999_999.99m;
        var created = await FilingsTests.CreateAsync(filer, body);
        Assert.Equal(123_456_789.01m, created.GetProperty("plannedTotalInvestment").GetDecimal()); // the JSON stays in yuan

        var response = await filer.GetAsync("/api/filings/export?search=往返金额");
        await response.AssertStatusAsync(HttpStatusCode.OK);
        var xlsx = await response.Content.ReadAsByteArrayAsync();
        var sheet = Cells(xlsx);
        var total = sheet[1][Array.IndexOf(sheet[0], Total)];
        var fixedAssets = sheet[1][Array.IndexOf(sheet[0], FixedAssets)];

        // Number cells holding the exact 万元 (not 12,345.68, not "2,000"), under the number format that shows two decimals
        // and the further ones only when the amount has them.
        Assert.Equal(12_345.678901m, (decimal)Assert.IsType<double>(total));
        Assert.Equal(1_999.999999m, (decimal)Assert.IsType<double>(fixedAssets));
        Assert.Contains("formatCode=\"#,##0.00####\"", StylesXml(xlsx), StringComparison.Ordinal);

        // The exported cells, typed into the template as they are, import as the same yuan.
        var result = await ImportAsync(filer, ExcelTests.Row("往返导入", total: total, fixedAssets: fixedAssets));
        Assert.Equal(1, result.GetProperty("importedCount").GetInt32());
        var imported = await (await filer.GetAsync($"/api/filings/{result.GetProperty("importedIds")[0].GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal(123_456_789.01m, imported.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal(19_999_999.99m, imported.GetProperty("plannedFixedAssetInvestment").GetDecimal());
    }

    [Fact]
    public async Task Import_cells_are_wan_a_seventh_decimal_or_a_zero_total_is_refused_by_row_and_column_never_rounded()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var result = await ImportAsync(
            filer,
            ExcelTests.Row("六位小数", total: "12,345.678901", fixedAssets: 0.000001),
            ExcelTests.Row("七位小数文本", total: "1.0000001", fixedAssets: 0),
            ExcelTests.Row("七位小数数字", total: 10_000, fixedAssets: 1.0000001),
            ExcelTests.Row("零总投资", total: 0, fixedAssets: 0),
            ExcelTests.Row("固定资产超总投资", total: 10_000, fixedAssets: "10000.000001"),
            ExcelTests.Row("负数", total: -1));

        Assert.Equal(1, result.GetProperty("importedCount").GetInt32());
        var imported = await (await filer.GetAsync($"/api/filings/{result.GetProperty("importedIds")[0].GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal(123_456_789.01m, imported.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal(0.01m, imported.GetProperty("plannedFixedAssetInvestment").GetDecimal());

        var errors = result.GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("row").GetInt32(),
            e => e.GetProperty("errors").EnumerateArray().Select(f => (
                Field: f.GetProperty("field").GetString(), Column: f.GetProperty("column").GetString(), Message: f.GetProperty("message").GetString()!)).Single());
        Assert.Equal([3, 4, 5, 6, 7], errors.Keys.Order());
        Assert.Equal(("plannedTotalInvestment", Total), (errors[3].Field, errors[3].Column));
        Assert.Contains("最多 6 位小数", errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("1.0000001", errors[3].Message, StringComparison.Ordinal);
        Assert.Equal(("plannedFixedAssetInvestment", FixedAssets), (errors[4].Field, errors[4].Column));
        Assert.Equal(("plannedTotalInvestment", Total), (errors[5].Field, errors[5].Column));
        Assert.Contains("计划总投资不能为 0", errors[5].Message, StringComparison.Ordinal);
        Assert.Equal(("plannedFixedAssetInvestment", FixedAssets), (errors[6].Field, errors[6].Column)); // fixed assets ≤ total, to the fen
        Assert.Equal(("plannedTotalInvestment", Total), (errors[7].Field, errors[7].Column));
        Assert.Contains("负数", errors[7].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_template_states_the_unit_and_an_upload_of_the_yuan_template_is_refused_with_a_hint()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var template = await (await filer.GetAsync("/api/filings/import/template")).Content.ReadAsByteArrayAsync();
        Assert.Equal(ExcelTests.TemplateHeaders, Cells(template)[0].Select(c => (string?)c));
        using (var stream = new MemoryStream(template))
        {
            var rules = MiniExcel.Query(stream, useHeaderRow: false, sheetName: "填写说明").Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.ElementAt(2) as string).ToList();
            Assert.Contains(rules, r => r is not null && r.Contains("金额以万元为单位", StringComparison.Ordinal) && r.Contains("最多 6 位小数", StringComparison.Ordinal));
        }

        string[] yuanHeaders = [.. ExcelTests.TemplateHeaders.Select(h => h.Replace("（万元）", "(元)", StringComparison.Ordinal))];
        var errors = await (await filer.SendAsync(ExcelTests.ImportRequest(ExcelTests.Workbook(yuanHeaders, ExcelTests.Row("旧模板", total: 150_000_000m)))))
            .AssertValidationProblemAsync("file");
        Assert.Contains("万元", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);

        // Headers with ASCII brackets are the same header.
        string[] ascii = [.. ExcelTests.TemplateHeaders.Select(h => h.Replace('（', '(').Replace('）', ')'))];
        var result = await (await filer.SendAsync(ExcelTests.ImportRequest(ExcelTests.Workbook(ascii, ExcelTests.Row("半角括号"))))).AssertOkJsonAsync();
        Assert.Equal(1, result.GetProperty("importedCount").GetInt32());
    }

    [Fact]
    public async Task A_planned_total_of_0_is_kept_in_a_draft_and_its_submission_is_a_400_naming_the_planned_total()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "零元草稿", 0m);
        var draft = await FilingsTests.CreateAsync(filer, body);
        Assert.Equal(0m, draft.GetProperty("plannedTotalInvestment").GetDecimal());

        var submit = await filer.PostAsJsonAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}/submit", new { version = draft.GetProperty("version").GetInt32() });
        var errors = await submit.AssertValidationProblemAsync("plannedTotalInvestment");
        Assert.Equal(["plannedTotalInvestment"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal("“计划总投资”不能为 0，提交审核前请填写大于 0 的金额。", errors.GetProperty("plannedTotalInvestment")[0].GetString());
        var after = await (await filer.GetAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal("Draft", after.GetProperty("status").GetString());

        // One fen is a plan: the same draft then submits.
        body["plannedTotalInvestment"] = 0.01m;
        var updated = await (await filer.PutAsJsonAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}", new Dictionary<string, object?>(body) { ["version"] = after.GetProperty("version").GetInt32() })).AssertOkJsonAsync();
        Assert.Equal("UnderReview", (await FilingsTests.PostAsync(filer, updated, "submit")).GetProperty("status").GetString());
    }
}

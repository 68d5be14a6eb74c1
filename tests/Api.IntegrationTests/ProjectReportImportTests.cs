using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// POST /api/projects/reports/import and its template over HTTP: 200 with per-row codes, another unit's project "not found" on
/// its row, a read-write key for any unit, a read-only key refused, a file that is not the template a 400 on "file", and an
/// idempotent replay that imports nothing twice.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ProjectReportImportTests(ApiFixture fixture) : ApiTest(fixture)
{
    internal static readonly string[] Headers = ["项目编号", "项目名称", "报表类型", "年", "月", "省外境内（万元）", "港澳台（万元）", "外国（万元）", "完成投资额（万元）", "备注", "外部编号"];

    /// <summary>A project of <paramref name="filer"/>'s unit approved (moved to June 2026, so August to October have ended and may be reported).</summary>
    private async Task<Guid> ProjectAsync(HttpClient filer, string name)
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), name));
        filing = await FilingsTests.PostAsync(filer, filing, "submit");
        await FilingsTests.PostAsync(reviewer, filing, "approve");
        var id = filing.GetProperty("id").GetGuid();
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.TrackedProjects.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApprovedOn, new DateOnly(2026, 6, 1)));
        return id;
    }

    private static object?[] FundsRow(Guid project, int month, object? wan) => [project.ToString(), null, "到位资金", 2026, month, wan, null, null, null, null, null];

    internal static HttpRequestMessage ImportRequest(byte[] workbook, string? idempotencyKey = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue(ExcelTests.XlsxType);
        form.Add(file, "file", "月报.xlsx");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/projects/reports/import") { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    private async Task<int> ReportCountAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().MonthlyReports.CountAsync();
    }

    private static string RowCode(JsonElement result, int row) =>
        result.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("row").GetInt32() == row).GetProperty("errors")[0].GetProperty("code").GetString()!;

    [Fact]
    public async Task A_filer_imports_its_own_units_rows_another_units_project_is_not_found_and_the_report_comes_back()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var mine = await ProjectAsync(filer, "接口月报项目");
        var theirs = await ProjectAsync(filer2, "外单位月报项目");
        var before = await ReportCountAsync();

        var response = await filer.SendAsync(ImportRequest(ExcelTests.Workbook(Headers, FundsRow(mine, 8, "1.5"), FundsRow(theirs, 8, 1), FundsRow(mine, 9, -2))));
        var result = await response.AssertOkJsonAsync();

        Assert.Equal((3, 1, 2), (result.GetProperty("totalRows").GetInt32(), result.GetProperty("importedCount").GetInt32(), result.GetProperty("failedCount").GetInt32()));
        Assert.Equal("report-import.project-not-found", RowCode(result, 3));
        Assert.Equal("report.amount-negative", RowCode(result, 4));
        Assert.DoesNotContain("外单位月报项目", result.GetRawText(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(result.GetProperty("reportBase64").GetString()));
        Assert.Equal(before + 1, await ReportCountAsync());
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().MonthlyReports.SingleAsync(r => r.ProjectId == mine);
        Assert.Equal((15_000m, 8), (report.DomesticOutsideProvince, report.Month));
    }

    [Fact]
    public async Task A_replay_with_the_same_idempotency_key_answers_the_first_result_and_imports_nothing_twice()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var project = await ProjectAsync(filer, "幂等月报项目");
        var workbook = ExcelTests.Workbook(Headers, FundsRow(project, 8, 1), FundsRow(project, 9, 2));
        var before = await ReportCountAsync();

        var first = await filer.SendAsync(ImportRequest(workbook, "report-import-1"));
        var again = await filer.SendAsync(ImportRequest(workbook, "report-import-1")); // a new form: a new multipart boundary

        var firstBody = await first.AssertOkJsonAsync();
        var againBody = await again.AssertOkJsonAsync();
        Assert.Equal(2, firstBody.GetProperty("importedCount").GetInt32());
        Assert.True(again.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(firstBody.GetRawText(), againBody.GetRawText());
        Assert.Equal(before + 2, await ReportCountAsync());

        // Without the key the same file is a new import: every row's month is already reported.
        var fresh = await (await filer.SendAsync(ImportRequest(workbook))).AssertOkJsonAsync();
        Assert.Equal(0, fresh.GetProperty("importedCount").GetInt32());
        Assert.Equal("report.duplicate-month", RowCode(fresh, 2));
    }

    [Fact]
    public async Task A_read_write_key_imports_for_any_unit_and_a_read_only_key_is_refused()
    {
        var admin = await LoginAsync(DemoLogin.Admin);
        var project = await ProjectAsync(await LoginAsync(DemoLogin.Filer2), "密钥月报项目");
        var workbook = ExcelTests.Workbook(Headers, FundsRow(project, 10, 3));

        await (await (await Fixture.ApiKeyClientAsync("ReadOnly", admin)).SendAsync(ImportRequest(workbook))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var result = await (await (await Fixture.ApiKeyClientAsync("ReadWrite", admin)).SendAsync(ImportRequest(workbook))).AssertOkJsonAsync();

        Assert.Equal(1, result.GetProperty("importedCount").GetInt32());
    }

    [Fact]
    public async Task A_file_that_is_not_the_template_is_a_400_on_file_and_the_template_downloads()
    {
        var filer = await LoginAsync(DemoLogin.Filer);

        await (await filer.SendAsync(ImportRequest([1, 2, 3]))).AssertValidationProblemAsync("file");
        await (await filer.SendAsync(ImportRequest(ExcelTests.Workbook(["项目", "金额"], ["x", 1])))).AssertValidationProblemAsync("file");
        await (await (await LoginAsync(DemoLogin.Reviewer)).SendAsync(ImportRequest([1]))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        var template = await filer.GetAsync("/api/projects/reports/import/template");
        await template.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(ExcelTests.XlsxType, template.Content.Headers.ContentType?.MediaType);
        var sheet = await ExcelTests.SheetAsync(template);
        Assert.Equal(Headers, sheet[0]);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The monthly reports' HTTP concerns: 201 and its body, the 400/409 codes, 404 across units, 409 stale, idempotent replay,
/// read-write API keys reporting and read-only ones refused, the year summary's scope and the funds totals.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ProjectReportsTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>An approved project of the filer's unit (省外境内 investor), its approval moved back to 2026-03-10.</summary>
    internal static async Task<Guid> ReportableProjectAsync(ApiFixture fixture, HttpClient filer, HttpClient reviewer, string name = "月报项目")
    {
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), name));
        filing = await FilingsTests.PostAsync(filer, filing, "submit");
        filing = await FilingsTests.PostAsync(reviewer, filing, "approve");
        var id = filing.GetProperty("id").GetGuid();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.TrackedProjects.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApprovedOn, new DateOnly(2026, 3, 10)));
        return id;
    }

    /// <summary>The month the fixture's clock is in (China time): not ended yet. Other tests may have moved the shared clock on.</summary>
    private object ThisMonth()
    {
        var today = InvestPromo.Domain.Common.ChinaTime.DateOf(Fixture.Clock.GetUtcNow());
        return Funds(today.Month, 1m, year: today.Year);
    }

    internal static object Funds(int month, decimal domestic, string? reference = null, int year = 2026) => new
    {
        kind = "FundsInPlace", year, month, domesticOutsideProvince = domestic, hongKongMacaoTaiwan = 0, foreign = 0, note = "银行回单已上传", externalReference = reference,
    };

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, Guid project, object body) => client.PostAsJsonAsync($"/api/projects/{project}/reports", body);

    [Fact]
    public async Task A_filer_reports_a_month_a_reviewer_verifies_it_and_the_summary_counts_it()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var leader = await LoginAsync(DemoLogin.Leader);
        var project = await ReportableProjectAsync(Fixture, filer, reviewer);

        var report = await (await ReportAsync(filer, project, Funds(5, 1_000_000.5m, "OA-1"))).AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Submitted", 1, 1_000_000.5m, "OA-1"), (report.GetProperty("status").GetString(), report.GetProperty("revision").GetInt32(), report.GetProperty("amount").GetDecimal(), report.GetProperty("externalReference").GetString()));
        var id = report.GetProperty("id").GetGuid();

        var verified = await (await reviewer.PostAsJsonAsync($"/api/projects/{project}/reports/{id}/verify", new { version = report.GetProperty("version").GetInt32() })).AssertOkJsonAsync();
        Assert.True(verified.GetProperty("counts").GetBoolean());
        await (await reviewer.PostAsJsonAsync($"/api/projects/{project}/reports/{id}/verify", new { version = report.GetProperty("version").GetInt32() }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        var summary = await (await leader.GetAsync("/api/projects/summary?year=2026")).AssertOkJsonAsync();
        Assert.Equal(1_000_000.5m, summary.GetProperty("funds").GetProperty("domesticOutsideProvince").GetDecimal());
        var list = await (await filer.GetAsync($"/api/projects/{project}/reports?kind=FundsInPlace")).AssertOkJsonAsync();
        Assert.Equal("Verified", Assert.Single(list.EnumerateArray()).GetProperty("status").GetString());
        var totals = await (await leader.GetAsync("/api/projects/funds-totals?from=2026-01-01&to=2026-12-31&groupBy=Month")).AssertOkJsonAsync();
        Assert.Equal("2026-05", Assert.Single(totals.GetProperty("groups").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Bad_input_gets_its_stable_code_and_nothing_is_saved()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var project = await ReportableProjectAsync(Fixture, filer, reviewer);

        await (await ReportAsync(filer, project, ThisMonth())).AssertProblemAsync(HttpStatusCode.BadRequest, "report.month-not-ended");
        await (await ReportAsync(filer, project, Funds(2, 1m))).AssertProblemAsync(HttpStatusCode.BadRequest, "report.month-before-approval");
        await (await ReportAsync(filer, project, Funds(5, -1m))).AssertProblemAsync(HttpStatusCode.BadRequest, "report.amount-negative");
        await (await ReportAsync(filer, project, new { kind = "FundsInPlace", year = 2026, month = 5, foreign = 10 })).AssertProblemAsync(HttpStatusCode.BadRequest, "report.source-class-mismatch");
        await (await ReportAsync(filer, project, new { kind = "FundsInPlace", year = 2026, month = 13 })).AssertValidationProblemAsync("month");
        await (await ReportAsync(filer, project, new { kind = "Nonsense", year = 2026, month = 5 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty((await (await filer.GetAsync($"/api/projects/{project}/reports")).AssertOkJsonAsync()).EnumerateArray());

        await (await ReportAsync(filer, project, Funds(5, 1m))).AssertOkJsonAsync(HttpStatusCode.Created);
        var duplicate = await (await ReportAsync(filer, project, Funds(5, 2m))).AssertProblemAsync(HttpStatusCode.Conflict, "report.duplicate-month");
        Assert.False(string.IsNullOrEmpty(duplicate.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Codes_read_in_English_for_an_English_caller()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var project = await ReportableProjectAsync(Fixture, filer, reviewer);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{project}/reports") { Content = JsonContent.Create(ThisMonth()) };
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var problem = await (await filer.SendAsync(request)).AssertProblemAsync(HttpStatusCode.BadRequest, "report.month-not-ended");
        Assert.Contains("China time", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_project_and_report_are_404_and_a_stopped_project_is_409()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var project = await ReportableProjectAsync(Fixture, filer, reviewer);
        var report = await (await ReportAsync(filer, project, Funds(5, 1m))).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();

        await (await ReportAsync(filer2, project, Funds(6, 1m))).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.GetAsync($"/api/projects/{project}/reports")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.PostAsJsonAsync($"/api/projects/{project}/reports/{id}/corrections", new { version = 0, domesticOutsideProvince = 2 })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.GetAsync($"/api/projects/summary?year=2026&unitId={report.GetProperty("unitId").GetGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            await db.TrackedProjects.Where(p => p.Id == project).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, InvestPromo.Domain.Projects.TrackedProjectStatus.Stopped));
        }

        await (await ReportAsync(filer, project, Funds(6, 1m))).AssertProblemAsync(HttpStatusCode.Conflict, "project.not-active");
    }

    [Fact]
    public async Task A_correction_is_a_new_revision_and_a_rejection_needs_a_reason()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var project = await ReportableProjectAsync(Fixture, filer, reviewer);
        var report = await (await ReportAsync(filer, project, Funds(5, 1m))).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = report.GetProperty("id").GetGuid();
        var version = report.GetProperty("version").GetInt32();

        await (await filer.PostAsJsonAsync($"/api/projects/{project}/reports/{id}/corrections", new { version, domesticOutsideProvince = 2 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "report.awaiting-verification");
        await (await reviewer.PostAsJsonAsync($"/api/projects/{project}/reports/{id}/reject", new { version, reason = "" })).AssertValidationProblemAsync("reason");
        var rejected = await (await reviewer.PostAsJsonAsync($"/api/projects/{project}/reports/{id}/reject", new { version, reason = "缺少银行回单" })).AssertOkJsonAsync();
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());

        var correction = await (await filer.PostAsJsonAsync($"/api/projects/{project}/reports/{id}/corrections", new { version = rejected.GetProperty("version").GetInt32(), domesticOutsideProvince = 2 }))
            .AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal((2, id), (correction.GetProperty("revision").GetInt32(), correction.GetProperty("supersedesId").GetGuid()));
        await (await filer.PostAsJsonAsync($"/api/projects/{project}/reports/{id}/corrections", new { version = 0, domesticOutsideProvince = 3 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
    }

    [Fact]
    public async Task A_read_write_key_reports_with_an_idempotency_key_and_a_replay_saves_once()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var project = await ReportableProjectAsync(Fixture, filer, reviewer);
        var key = await Fixture.ApiKeyClientAsync("ReadWrite");
        var readOnly = await Fixture.ApiKeyClientAsync("ReadOnly");

        HttpRequestMessage Request() => new(HttpMethod.Post, $"/api/projects/{project}/reports")
        {
            Content = JsonContent.Create(Funds(6, 42m, "PROV-0001")),
            Headers = { { "Idempotency-Key", "monthly-2026-06-0001" } },
        };
        var first = await (await key.SendAsync(Request())).AssertOkJsonAsync(HttpStatusCode.Created);
        var replay = await (await key.SendAsync(Request())).AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("id").GetGuid(), replay.GetProperty("id").GetGuid());
        Assert.Single((await (await key.GetAsync($"/api/projects/{project}/reports")).AssertOkJsonAsync()).EnumerateArray());

        await (await ReportAsync(key, project, Funds(7, 1m, "PROV-0001"))).AssertProblemAsync(HttpStatusCode.Conflict, "external-reference.exists");
        await (await ReportAsync(filer, project, Funds(7, 1m, "PROV-0001"))).AssertOkJsonAsync(HttpStatusCode.Created); // another caller's reference
        await (await ReportAsync(readOnly, project, Funds(8, 1m))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

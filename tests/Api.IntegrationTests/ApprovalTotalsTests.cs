using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Analysis;
using InvestPromo.Application.Analysis.Commands.RebuildApprovalTotals;
using InvestPromo.Infrastructure.Jobs;
using InvestPromo.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The analysis reads running totals kept in step with the filings in each change's own transaction. Every test ends by
/// recomputing them from the filings: zero differing rows means the increments were exact.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ApprovalTotalsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<int> DriftAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RebuildApprovalTotalsCommand());
    }

    private static async Task<JsonElement> AnalysisAsync(HttpClient client, string query) =>
        await (await client.GetAsync("/api/analysis/filings?" + query)).AssertOkJsonAsync();

    [Fact]
    public async Task Approvals_revocations_and_every_re_review_outcome_keep_the_totals_exact()
    {
        var publication = await ObjectionsTests.PublishedAsync(Fixture, "总数甲", "总数乙", "总数丙", "总数丁");
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        Assert.Equal(4, (await AnalysisAsync(reviewer, "groupBy=IndustryChain")).GetProperty("count").GetInt32());

        // 甲: objected to and dismissed (still counted); 乙: upheld and revoked; 丙: upheld and returned, corrected, approved again;
        // 丁: revoked directly.
        for (var entry = 0; entry < 3; entry++)
        {
            await (await ObjectionsTests.LodgeAsync(Fixture.CreateClient(), publication, entry, address: $"203.0.113.{entry + 1}")).AssertOkJsonAsync(System.Net.HttpStatusCode.Created);
        }

        var pending = (await (await reviewer.GetAsync("/api/objections?status=Pending")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        JsonElement For(string project) => pending.Single(o => o.GetProperty("projectName").GetString() == project);
        Assert.Equal(4, (await AnalysisAsync(reviewer, "groupBy=Stage")).GetProperty("count").GetInt32()); // under re-review still counts
        await reviewer.PostAsJsonAsync($"/api/objections/{For("总数甲").GetProperty("id").GetGuid()}/dismiss", new { version = For("总数甲").GetProperty("version").GetInt32(), reason = "不成立" });
        await reviewer.PostAsJsonAsync($"/api/objections/{For("总数乙").GetProperty("id").GetGuid()}/uphold", new { version = For("总数乙").GetProperty("version").GetInt32(), remedy = "Revoke", reason = "撤销" });
        await reviewer.PostAsJsonAsync($"/api/objections/{For("总数丙").GetProperty("id").GetGuid()}/uphold", new { version = For("总数丙").GetProperty("version").GetInt32(), remedy = "Return", reason = "更正" });
        Assert.Equal(2, (await AnalysisAsync(reviewer, "groupBy=Unit")).GetProperty("count").GetInt32());

        var filer = await LoginAsync(DemoLogin.Filer);
        var returned = await (await filer.GetAsync($"/api/filings/{For("总数丙").GetProperty("filingId").GetGuid()}")).AssertOkJsonAsync();
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer, "NEV"), "总数丙", 6_000_000_000m);
        body["plannedFixedAssetInvestment"] = 5_000_000_000m;
        body["stage"] = "Started";
        body["version"] = returned.GetProperty("version").GetInt32();
        var corrected = await (await filer.PutAsJsonAsync($"/api/filings/{returned.GetProperty("id").GetGuid()}", body)).AssertOkJsonAsync();
        await FilingsTests.PostAsync(reviewer, await FilingsTests.PostAsync(filer, corrected, "submit"), "approve");
        var ding = (await (await reviewer.GetAsync("/api/filings?search=总数丁")).AssertOkJsonAsync()).GetProperty("items")[0];
        await FilingsTests.PostAsync(reviewer, await (await reviewer.GetAsync($"/api/filings/{ding.GetProperty("id").GetGuid()}")).AssertOkJsonAsync(), "revoke", new { reason = "撤销" });

        var byStage = await AnalysisAsync(reviewer, "groupBy=Stage");
        Assert.Equal(2, byStage.GetProperty("count").GetInt32());
        Assert.Equal(1_500_000_000m + 6_000_000_000m, byStage.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal(["Signed", "Started"], byStage.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        Assert.Equal(2, (await AnalysisAsync(reviewer, "groupBy=Period&period=Year")).GetProperty("count").GetInt32());
        Assert.Equal(0, await DriftAsync());
    }

    [Fact]
    public async Task Concurrent_approvals_lose_no_increment()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var submitted = new List<JsonElement>();
        for (var i = 0; i < 8; i++)
        {
            submitted.Add(await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, $"并发项目{i}", 100_000_000m + i)), "submit"));
        }

        var reviewers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => LoginAsync(DemoLogin.Reviewer)));
        await Task.WhenAll(submitted.Select((filing, i) => FilingsTests.PostAsync(reviewers[i % reviewers.Length], filing, "approve")));

        var analysis = await AnalysisAsync(reviewers[0], "groupBy=Period&period=Month");
        Assert.Equal(8, analysis.GetProperty("count").GetInt32());
        Assert.Equal(800_000_028m, analysis.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal(0, await DriftAsync());
    }

    [Fact]
    public async Task Totals_that_drifted_are_rebuilt_by_the_nightly_job_and_built_at_start_up_when_missing()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer))), "submit");
        await FilingsTests.PostAsync(reviewer, filing, "approve");
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            await db.ApprovalTotals.Where(t => t.Dimension == Domain.Analysis.ApprovalDimension.Stage).ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, 5));
        }

        Assert.Equal(5, (await AnalysisAsync(reviewer, "groupBy=Stage")).GetProperty("count").GetInt32());
        Assert.Equal(2, await Fixture.RunRecurringJobAsync(RecurringJobs.RebuildApprovalTotals)); // the wrong row out, the right one in
        Assert.Equal(1, (await AnalysisAsync(reviewer, "groupBy=Stage")).GetProperty("count").GetInt32());
        Assert.Equal(0, await Fixture.RunRecurringJobAsync(RecurringJobs.RebuildApprovalTotals));

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().ApprovalTotals.ExecuteDeleteAsync();
        }

        await using var restarted = Fixture.Factory.WithWebHostBuilder(_ => { });
        var client = Fixture.CreateClient(app: restarted);
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Reviewer.UserName, password = DemoLogin.Reviewer.Password, rememberMe = false })).EnsureSuccessStatusCode();
        Assert.Equal(1, (await AnalysisAsync(client, "groupBy=Unit")).GetProperty("count").GetInt32());
        Assert.Equal(0, await DriftAsync());

        var storage = Fixture.Factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RecurringJobs.RebuildApprovalTotals);
        Assert.Equal(("Asia/Shanghai", "15 2 * * *"), (job.TimeZoneId, job.Cron));
    }
}

using System.Net;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The workbenches over HTTP: a filer's is its own unit's (no unit can be asked for), the leader's headline is city-wide and for
/// staff only; amounts travel in yuan. The authorization matrix has every caller × both endpoints.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class WorkbenchTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static int Count(JsonElement json, string name) => json.GetProperty(name).GetInt32();

    [Fact]
    public async Task A_filer_gets_its_own_units_counts_and_returned_filings_whatever_unit_it_names()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, "武陵草稿"));
        var returned = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, "武陵退回")), "submit");
        await FilingsTests.PostAsync(reviewer, returned, "return", new { reasons = "请补充投资协议\n并更正金额" });
        await FilingsTests.CreateAsync(filer2, FilingsTests.CompleteBody(chain, "鼎城草稿一"));
        await FilingsTests.CreateAsync(filer2, FilingsTests.CompleteBody(chain, "鼎城草稿二"));
        var approved = await FilingsTests.PostAsync(filer2, await FilingsTests.CreateAsync(filer2, FilingsTests.CompleteBody(chain, "鼎城备案")), "submit");
        await FilingsTests.PostAsync(reviewer, approved, "approve");
        var dingcheng = await UnitIdAsync(await AdminAsync(), "430703");

        var own = await (await filer.GetAsync("/api/workbench/filer")).AssertOkJsonAsync();
        // A unit in the query string is not a parameter: the workbench is always the caller's unit.
        var asked = await (await filer.GetAsync($"/api/workbench/filer?unitId={dingcheng}")).AssertOkJsonAsync();
        var other = await (await filer2.GetAsync("/api/workbench/filer")).AssertOkJsonAsync();

        Assert.Equal((1, 1, 0, 0), (Count(own, "drafts"), Count(own, "returned"), Count(own, "underReview"), Count(own, "approvedThisWeek")));
        Assert.Equal(own.GetRawText(), asked.GetRawText());
        Assert.Equal((2, 0, 0, 1), (Count(other, "drafts"), Count(other, "returned"), Count(other, "underReview"), Count(other, "approvedThisWeek")));
        var item = Assert.Single(own.GetProperty("latestReturned").EnumerateArray());
        Assert.Equal(returned.GetProperty("id").GetGuid(), item.GetProperty("id").GetGuid());
        Assert.Equal("武陵退回", item.GetProperty("projectName").GetString());
        Assert.Equal("请补充投资协议\n并更正金额", item.GetProperty("returnReason").GetString());
        Assert.Empty(other.GetProperty("latestReturned").EnumerateArray());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", own.GetProperty("weekStart").GetString()!);
    }

    [Fact]
    public async Task The_headline_is_city_wide_in_yuan_and_refused_to_anonymous_callers_filers_associations_and_keys()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        foreach (var (client, name, total) in new[] { (filer, "武陵备案", 30_650_000_000m), (filer2, "鼎城备案", 1_234.56m) })
        {
            var submitted = await FilingsTests.PostAsync(client, await FilingsTests.CreateAsync(client, FilingsTests.CompleteBody(chain, name, total)), "submit");
            await FilingsTests.PostAsync(reviewer, submitted, "approve");
        }

        var headline = await (await (await LoginAsync(DemoLogin.Leader)).GetAsync("/api/workbench/leader")).AssertOkJsonAsync();

        var year = headline.GetProperty("thisYear");
        Assert.Equal(2, year.GetProperty("count").GetInt32());
        Assert.Equal(30_650_001_234.56m, year.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal(2, headline.GetProperty("thisWeek").GetProperty("count").GetInt32());
        Assert.Equal(1, headline.GetProperty("reserveList").GetProperty("count").GetInt32());
        Assert.Equal(30_650_000_000m, headline.GetProperty("reserveList").GetProperty("plannedTotalInvestment").GetDecimal());

        await (await Fixture.CreateClient().GetAsync("/api/workbench/leader")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await Fixture.CreateClient().GetAsync("/api/workbench/filer")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await filer.GetAsync("/api/workbench/leader")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await reviewer.GetAsync("/api/workbench/filer")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await (await LoginAsync(DemoLogin.Leader)).GetAsync("/api/workbench/filer")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}

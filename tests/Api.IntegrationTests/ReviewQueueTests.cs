using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class ReviewQueueTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private sealed record Scenario(DateOnly Monday, Guid DingchengUnit, Guid NevChain);

    /// <summary>Moves the shared clock forward to the next given weekday at this China time.</summary>
    private DateOnly AdvanceTo(DayOfWeek day, int chinaHour, int minute = 0)
    {
        var now = Fixture.Clock.GetUtcNow().ToOffset(China);
        var target = new DateTimeOffset(now.Date, China).AddDays(1).AddHours(chinaHour).AddMinutes(minute);
        while (target.DayOfWeek != day)
        {
            target = target.AddDays(1);
        }

        Fixture.Clock.Advance(target - now);
        return DateOnly.FromDateTime(target.DateTime);
    }

    private void AdvanceBy(TimeSpan by) => Fixture.Clock.Advance(by);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Before the week: G approved (last week). Monday 10:00: Alpha (武陵, 2亿) submitted, E approved, F returned.
    /// Tuesday 10:00: Bravo (武陵, 10亿) submitted; 10:01: Charlie (鼎城, NEV, Service, SG, 60亿, 在谈) submitted; a draft
    /// stays a draft. Then the clock stands at Friday 10:00: Alpha (due Thursday) is overdue, Bravo and Charlie are due today.
    /// </summary>
    private async Task<Scenario> ArrangeAsync()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var equip = await FilingsTests.ChainIdAsync(filer);
        var nev = await FilingsTests.ChainIdAsync(filer, "NEV");
        var g = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(equip, "Golf")), "submit");
        await FilingsTests.PostAsync(reviewer, g, "approve");

        var monday = AdvanceTo(DayOfWeek.Monday, 10);
        filer = await LoginAsync(DemoLogin.Filer);
        reviewer = await LoginAsync(DemoLogin.Reviewer);
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(equip, "Alpha", 200_000_000m)), "submit");
        var e = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(equip, "Echo")), "submit");
        await FilingsTests.PostAsync(reviewer, e, "approve");
        var f = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(equip, "Foxtrot")), "submit");
        await FilingsTests.PostAsync(reviewer, f, "return", new { reasons = "请补充协议" });

        AdvanceTo(DayOfWeek.Tuesday, 10);
        filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(equip, "Bravo", 1_000_000_000m)), "submit");
        AdvanceBy(TimeSpan.FromMinutes(1));
        var charlie = FilingsTests.CompleteBody(nev, "Charlie", 6_000_000_000m);
        charlie["category"] = "Service";
        charlie["sourceRegionCode"] = "SG";
        charlie["creditCode"] = null;
        charlie["stage"] = "Negotiating";
        var c = await FilingsTests.PostAsync(filer2, await FilingsTests.CreateAsync(filer2, charlie), "submit");
        await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(equip, "Delta draft"));

        AdvanceTo(DayOfWeek.Friday, 10);
        return new Scenario(monday, c.GetProperty("unitId").GetGuid(), nev);
    }

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("projectName").GetString()!).ToArray();

    [Fact]
    public async Task The_queue_filters_sorts_and_pages_on_the_server()
    {
        var scenario = await ArrangeAsync();
        var leader = await LoginAsync(DemoLogin.Leader);
        async Task<string[]> Query(string query) => Names(await (await leader.GetAsync("/api/review/queue?" + query)).AssertOkJsonAsync());
        var tuesday = Iso(scenario.Monday.AddDays(1));

        Assert.Equal(["Charlie"], await Query($"unitId={scenario.DingchengUnit}"));
        Assert.Equal(["Charlie"], await Query($"industryChainId={scenario.NevChain}"));
        Assert.Equal(["Charlie"], await Query("category=Service"));
        Assert.Equal(["Charlie"], await Query("sourceRegionCode=SG"));
        Assert.Equal(["Charlie"], await Query("scaleBand=From5BillionTo10Billion"));
        Assert.Equal(["Bravo"], await Query("scaleBand=From1BillionTo5Billion"));
        Assert.Equal(["Charlie"], await Query("stage=Negotiating"));
        Assert.Equal(["Bravo", "Charlie"], await Query($"submittedFrom={tuesday}"));
        Assert.Equal(["Alpha"], await Query($"submittedTo={Iso(scenario.Monday)}"));
        Assert.Equal(["Bravo", "Charlie"], await Query($"submittedFrom={tuesday}&submittedTo={tuesday}"));
        Assert.Equal(["Charlie", "Bravo", "Alpha"], await Query("sort=PlannedTotal&direction=Desc"));
        Assert.Equal(["Alpha", "Bravo", "Charlie"], await Query("sort=PlannedTotal"));
        Assert.Equal(["Charlie", "Bravo", "Alpha"], await Query("sort=Name&direction=Desc"));
        Assert.Equal(["Charlie", "Bravo", "Alpha"], await Query("sort=SubmittedAt&direction=Desc"));
        Assert.Equal(["Charlie", "Bravo", "Alpha"], await Query("direction=Desc"));

        var page2 = await (await leader.GetAsync("/api/review/queue?page=2&pageSize=2")).AssertOkJsonAsync();
        Assert.Equal(["Charlie"], Names(page2));
        Assert.Equal(3, page2.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("sort=Nope", "sort")]
    [InlineData("scaleBand=Huge", "scaleBand")]
    [InlineData("sourceOrigin=Mainland", "sourceOrigin")]
    [InlineData("sourceOrigin=9", "sourceOrigin")]
    [InlineData("submittedFrom=yesterday", "submittedFrom")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("submittedFrom=2026-11-20&submittedTo=2026-11-19", "submittedTo")]
    public async Task A_bad_queue_query_is_a_400_naming_the_parameter(string query, string field)
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        await (await reviewer.GetAsync("/api/review/queue?" + query)).AssertValidationProblemAsync(field);
    }

    [Fact]
    public async Task Filers_and_associations_have_no_queue()
    {
        await (await (await LoginAsync(DemoLogin.Filer)).GetAsync("/api/review/queue")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await (await LoginAsync(DemoLogin.Association)).GetAsync("/api/review/counts")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}

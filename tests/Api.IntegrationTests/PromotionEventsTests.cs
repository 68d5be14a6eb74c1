using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Promotion events and publicity items through HTTP: 400 field errors, 404 across units, 409 stale and decided.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class PromotionEventsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static object Body(string startsOn = "2026-10-01", string endsOn = "2026-10-02", int invited = 3, string[]? companies = null, int? version = null) => new
    {
        kind = "Promotion", title = "武陵区推介会", startsOn, endsOn, place = "北京", invitedCompanyCount = invited, invitedCompanies = companies, version,
    };

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_field()
    {
        var filer = await Fixture.LoginAsync(DemoLogin.Filer);
        await (await filer.PostAsJsonAsync("/api/events", Body(endsOn: "2026-09-30"))).AssertValidationProblemAsync("endsOn");
        await (await filer.PostAsJsonAsync("/api/events", Body(invited: 1, companies: ["甲公司", "乙公司"]))).AssertValidationProblemAsync("invitedCompanyCount");
        await (await filer.PostAsJsonAsync("/api/events", new { kind = "Party", title = "x", startsOn = "2026-10-01", endsOn = "2026-10-01", place = "x" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        var reviewer = await Fixture.LoginAsync(DemoLogin.Reviewer);
        var association = (await (await reviewer.GetAsync("/api/associations?pageSize=1")).AssertOkJsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        await (await reviewer.PostAsJsonAsync("/api/publicity", new { medium = "常德日报", publishedOn = "2026-10-01", title = "报道", url = "ftp://example.com/a", associationId = association }))
            .AssertValidationProblemAsync("url");
        await (await reviewer.PostAsJsonAsync("/api/publicity", new { medium = "常德日报", publishedOn = "2026-10-01", title = "报道", url = "https://example.com/a", associationId = Guid.NewGuid() }))
            .AssertValidationProblemAsync("associationId");
    }

    [Fact]
    public async Task Another_units_filer_gets_404_and_a_stale_version_is_a_409()
    {
        var filer = await Fixture.LoginAsync(DemoLogin.Filer);
        var filer2 = await Fixture.LoginAsync(DemoLogin.Filer2);
        var created = await (await filer.PostAsJsonAsync("/api/events", Body())).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt32();
        Assert.Equal("Confirmed", created.GetProperty("status").GetString());

        await (await filer2.GetAsync($"/api/events/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer2.PutAsJsonAsync($"/api/events/{id}", Body(version: version))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer2.DeleteAsync($"/api/events/{id}?version={version}")).AssertProblemAsync(HttpStatusCode.NotFound);

        await (await filer.PutAsJsonAsync($"/api/events/{id}", Body(version: version))).AssertOkJsonAsync();
        await (await filer.PutAsJsonAsync($"/api/events/{id}", Body(version: version))).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await filer.PutAsJsonAsync($"/api/events/{id}", Body())).AssertValidationProblemAsync("version");
    }

    [Fact]
    public async Task A_proposal_is_decided_once_and_then_closed_to_the_association()
    {
        var association = await Fixture.LoginAsync(DemoLogin.Association);
        var reviewer = await Fixture.LoginAsync(DemoLogin.Reviewer);
        var proposed = await (await association.PostAsJsonAsync("/api/association-portal/events", new
        {
            kind = "Symposium", title = "座谈会", startsOn = "2026-10-01", endsOn = "2026-10-01", place = "北京", ownRole = "Host", invitedCompanyCount = 0,
        })).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = proposed.GetProperty("id").GetGuid();
        var version = proposed.GetProperty("version").GetInt32();
        Assert.Equal("Proposed", proposed.GetProperty("status").GetString());

        await (await reviewer.PostAsJsonAsync($"/api/events/{id}/reject", new { reason = "", version })).AssertValidationProblemAsync("reason");
        var rejected = await (await reviewer.PostAsJsonAsync($"/api/events/{id}/reject", new { reason = "不属于招商活动。", version })).AssertOkJsonAsync();
        await (await reviewer.PostAsJsonAsync($"/api/events/{id}/confirm", new { version = rejected.GetProperty("version").GetInt32() }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "event.already-decided");
        await (await association.DeleteAsync($"/api/events/{id}?version={rejected.GetProperty("version").GetInt32()}"))
            .AssertProblemAsync(HttpStatusCode.Conflict, "event.already-decided");
        var seen = await (await association.GetAsync($"/api/events/{id}")).AssertOkJsonAsync();
        Assert.Equal("不属于招商活动。", seen.GetProperty("rejectionReason").GetString());
    }
}

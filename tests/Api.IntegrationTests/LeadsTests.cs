using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Project leads over HTTP: status codes, 404 across units and associations, 409s, 400 field errors.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class LeadsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static async Task<JsonElement> RecordAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/leads", body)).AssertOkJsonAsync(HttpStatusCode.Created);

    private static object CenterLead(string company = "某某科技有限公司") =>
        new { companyName = company, intendedInvestment = 300_000_000.50m, sourceRegionCode = "440000", known = "董事长为常德籍。", sourceKind = "Center" };

    private static async Task<int> CountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/leads")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task The_center_asks_the_association_which_answers_once_and_assigns_the_lead_to_a_unit()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var association = await LoginAsync(DemoLogin.Association);
        var lead = await RecordAsync(reviewer, CenterLead());
        var id = lead.GetProperty("id").GetGuid();
        var associationId = (await (await reviewer.GetAsync("/api/associations?search=北京常德商会")).AssertOkJsonAsync())
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        var asked = await (await reviewer.PostAsJsonAsync($"/api/leads/{id}/opinion-requests", new { associationIds = new[] { associationId }, question = "请了解企业情况。", version = 0 }))
            .AssertOkJsonAsync();
        Assert.Equal("UnderAssessment", asked.GetProperty("status").GetString());
        await (await reviewer.PostAsJsonAsync($"/api/leads/{id}/opinion-requests", new { associationIds = new[] { associationId }, question = "再问", version = 0 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        var requests = await (await association.GetAsync("/api/association-portal/opinion-requests?openOnly=true")).AssertOkJsonAsync();
        var request = requests.GetProperty("items")[0];
        var requestId = request.GetProperty("id").GetGuid();
        await (await association.PostAsJsonAsync($"/api/association-portal/opinion-requests/{requestId}/answer", new { answer = " ", version = 0 }))
            .AssertValidationProblemAsync("answer");
        await (await association.PostAsJsonAsync($"/api/association-portal/opinion-requests/{requestId}/answer", new { answer = "企业经营稳健。", version = 0 }))
            .AssertOkJsonAsync();
        await (await association.PostAsJsonAsync($"/api/association-portal/opinion-requests/{requestId}/answer", new { answer = "再答", version = 1 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "lead.opinion-answered");
        await (await association.GetAsync($"/api/leads/{id}")).AssertOkJsonAsync();

        var unitId = await UnitIdAsync(await AdminAsync(), "430702");
        var detail = await (await reviewer.GetAsync($"/api/leads/{id}")).AssertOkJsonAsync();
        var assigned = await (await reviewer.PostAsJsonAsync($"/api/leads/{id}/assign", new { unitId, note = "请对接", version = detail.GetProperty("version").GetInt32() }))
            .AssertOkJsonAsync();
        Assert.Equal("Assigned", assigned.GetProperty("status").GetString());
        Assert.Equal("企业经营稳健。", assigned.GetProperty("opinions")[0].GetProperty("answer").GetString());
        await (await reviewer.PostAsJsonAsync($"/api/leads/{id}/shelve", new { reason = "晚了", version = assigned.GetProperty("version").GetInt32() }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "lead.status-invalid");

        var filer = await LoginAsync(DemoLogin.Filer);
        await (await filer.GetAsync($"/api/leads/{id}")).AssertOkJsonAsync();
        await (await (await LoginAsync(DemoLogin.Filer2)).GetAsync($"/api/leads/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_units_or_the_centers_lead_is_a_404_and_only_the_center_decides()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var association = await LoginAsync(DemoLogin.Association);
        var own = await RecordAsync(filer, new { companyName = "武陵区线索", sourceKind = "Center" });
        Assert.Equal("Unit", own.GetProperty("sourceKind").GetString());
        var centers = await RecordAsync(await LoginAsync(DemoLogin.Reviewer), CenterLead());
        var id = own.GetProperty("id").GetGuid();

        await (await filer2.GetAsync($"/api/leads/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await association.GetAsync($"/api/leads/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer.GetAsync($"/api/leads/{centers.GetProperty("id").GetGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer.PostAsJsonAsync($"/api/leads/{id}/shelve", new { reason = "自行搁置", version = 0 })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await (await LoginAsync(DemoLogin.Leader)).GetAsync("/api/leads")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(1, await CountAsync(filer));
        Assert.Equal(0, await CountAsync(filer2));
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_saves_nothing()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await reviewer.PostAsJsonAsync("/api/leads", new { companyName = "甲", intendedInvestment = 1.001m, sourceKind = "Center" })).AssertValidationProblemAsync("intendedInvestment");
        await (await reviewer.PostAsJsonAsync("/api/leads", new { companyName = " ", sourceKind = "Center" })).AssertValidationProblemAsync("companyName");
        await (await reviewer.PostAsJsonAsync("/api/leads", new { companyName = "甲", sourceKind = "Association" })).AssertValidationProblemAsync("sourceId");
        await (await reviewer.PostAsJsonAsync("/api/leads", new { companyName = "甲", sourceKind = "Association", sourceId = Guid.NewGuid() })).AssertValidationProblemAsync("sourceId");
        await (await reviewer.PostRawJsonAsync("/api/leads", """{"companyName": "甲", "sourceKind": "Friend"}""")).AssertValidationProblemAsync("sourceKind");
        Assert.Equal(0, await CountAsync(reviewer));

        var a = await RecordAsync(reviewer, CenterLead("甲公司"));
        var aId = a.GetProperty("id").GetGuid();
        await (await reviewer.PostAsJsonAsync($"/api/leads/{aId}/merge", new { targetLeadId = aId, version = 0 })).AssertProblemAsync(HttpStatusCode.Conflict, "lead.merge-invalid");
        await (await reviewer.PostAsJsonAsync($"/api/leads/{aId}/merge", new { targetLeadId = Guid.NewGuid(), version = 0 })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await reviewer.PostAsJsonAsync($"/api/leads/{aId}/shelve", new { reason = "", version = 0 })).AssertValidationProblemAsync("reason");
    }

    [Fact]
    public async Task A_filing_links_only_a_lead_assigned_to_its_unit()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var lead = await RecordAsync(filer, new { companyName = "未交办线索", sourceKind = "Center" });
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer));
        body["leadId"] = lead.GetProperty("id").GetGuid();
        await (await filer.PostAsJsonAsync("/api/filings", body)).AssertProblemAsync(HttpStatusCode.Conflict, "lead.not-assigned-to-unit");
        body["leadId"] = Guid.NewGuid();
        await (await filer.PostAsJsonAsync("/api/filings", body)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

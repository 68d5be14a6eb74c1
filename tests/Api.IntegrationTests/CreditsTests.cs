using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Credits and the purchased service through HTTP: 404 across units, 409 stale and over budget, 400 for a third decimal.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class CreditsTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static MultipartFormDataContent EvidenceForm()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(FilingAttachmentsTests.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "引荐函.pdf");
        return form;
    }

    private async Task<(HttpClient Filer, HttpClient Reviewer, Guid FilingId, Guid AssociationId)> ApprovedFilingAsync()
    {
        var filer = await Fixture.LoginAsync(DemoLogin.Filer);
        var reviewer = await Fixture.LoginAsync(DemoLogin.Reviewer);
        var admin = await Fixture.LoginAsync(DemoLogin.Admin);
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(admin)));
        filing = await FilingsTests.PostAsync(filer, filing, "submit");
        filing = await FilingsTests.PostAsync(reviewer, filing, "approve");
        var association = await (await admin.PostAsJsonAsync("/api/associations", new { name = "北京常德商会测试", kind = "HometownChamberElsewhere" })).AssertOkJsonAsync(HttpStatusCode.Created);
        return (filer, reviewer, filing.GetProperty("id").GetGuid(), association.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Another_units_filer_gets_404_a_second_claim_409_and_a_stale_confirmation_409()
    {
        var (filer, reviewer, filingId, associationId) = await ApprovedFilingAsync();
        var filer2 = await Fixture.LoginAsync(DemoLogin.Filer2);
        await (await filer2.PostAsJsonAsync($"/api/filings/{filingId}/credits", new { associationId })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer2.GetAsync($"/api/filings/{filingId}/credits")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer.PostAsJsonAsync($"/api/filings/{filingId}/credits", new { associationId = Guid.NewGuid() })).AssertProblemAsync(HttpStatusCode.NotFound);

        var credit = await (await filer.PostAsJsonAsync($"/api/filings/{filingId}/credits", new { associationId })).AssertOkJsonAsync(HttpStatusCode.Created);
        await (await filer.PostAsJsonAsync($"/api/filings/{filingId}/credits", new { associationId })).AssertProblemAsync(HttpStatusCode.Conflict, "credit.claim-exists");
        await (await filer2.PostAsync($"/api/credits/{credit.GetProperty("id").GetGuid()}/evidence", EvidenceForm())).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer.PostAsJsonAsync($"/api/filings/{filingId}/credits", new { })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "credit.empty");

        var id = credit.GetProperty("id").GetGuid();
        await (await reviewer.PostAsJsonAsync($"/api/credits/{id}/confirm", new { version = credit.GetProperty("version").GetInt32() + 1 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        var confirmed = await (await reviewer.PostAsJsonAsync($"/api/credits/{id}/confirm", new { version = credit.GetProperty("version").GetInt32() })).AssertOkJsonAsync();
        Assert.Equal("Confirmed", confirmed.GetProperty("status").GetString());
        await (await reviewer.PostAsJsonAsync($"/api/credits/{id}/reject", new { version = confirmed.GetProperty("version").GetInt32(), reason = "x" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "credit.already-decided");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{filingId}/credits/change", new { version = confirmed.GetProperty("version").GetInt32(), associationId, reason = "" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var list = await (await reviewer.GetAsync($"/api/filings/{filingId}/credits")).AssertOkJsonAsync();
        Assert.Equal(1, list.GetArrayLength());
    }

    [Fact]
    public async Task Purchased_service_amounts_have_two_decimals_and_stay_within_budget()
    {
        var admin = await Fixture.LoginAsync(DemoLogin.Admin);
        await (await admin.PostAsJsonAsync("/api/purchased-service", new { year = 2026, contractor = "承接机构", contractAmount = 1.001m }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var year = await (await admin.PostAsJsonAsync("/api/purchased-service", new { year = 2026, contractor = "承接机构", contractAmount = 2_000_000m })).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = year.GetProperty("id").GetGuid();
        await (await admin.PostAsJsonAsync($"/api/purchased-service/{id}/payments", new { paidOn = "2026-03-31", amount = 0.125m })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsJsonAsync($"/api/purchased-service/{id}/payments", new { paidOn = "2026-03-31", amount = 3_000_000m })).AssertOkJsonAsync();
        await (await admin.PostAsJsonAsync($"/api/purchased-service/{id}/payments", new { paidOn = "2026-04-01", amount = 0.01m }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "purchased-service.over-budget");
        await (await admin.PutAsJsonAsync($"/api/purchased-service/{id}", new { version = 99, contractor = "改名", contractAmount = 1m, budgetLimit = 3_000_000m }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await admin.GetAsync($"/api/purchased-service/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var read = await (await (await Fixture.LoginAsync(DemoLogin.Leader)).GetAsync($"/api/purchased-service/{id}")).AssertOkJsonAsync();
        Assert.Equal(0m, read.GetProperty("remaining").GetDecimal());
    }
}

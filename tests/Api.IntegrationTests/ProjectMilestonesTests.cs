using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Common;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>The milestone endpoints' HTTP concerns: status codes and ProblemDetails codes, 404 across units, 409 stale, idempotent replay, API keys.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ProjectMilestonesTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>The fixture's clock's China date (approvals happen today); other tests may have moved the shared clock on.</summary>
    private string Today => Day(0);

    private string Day(int offset) => ChinaTime.DateOf(Fixture.Clock.GetUtcNow()).AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private object Signing(string? on = null, decimal? amount = 1_200_000_000m, string? reference = null) =>
        new { kind = "Signed", occurredOn = on ?? Today, agreementAmount = amount, note = "协议已签", externalReference = reference };

    private static async Task<Guid> ApprovedProjectAsync(HttpClient filer, HttpClient reviewer, string name = "接口里程碑项目")
    {
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), name));
        await FilingsTests.PostAsync(reviewer, await FilingsTests.PostAsync(filer, filing, "submit"), "approve");
        return filing.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_filer_reports_a_signing_a_reviewer_confirms_it_and_the_project_shows_it()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var id = await ApprovedProjectAsync(filer, reviewer);

        var response = await filer.PostAsJsonAsync($"/api/projects/{id}/milestones", Signing());
        var reported = await response.AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/projects/{id}/milestones", response.Headers.Location?.OriginalString);
        Assert.Equal(("Signed", "Reported", 1_200_000_000m), (reported.GetProperty("kind").GetString(), reported.GetProperty("status").GetString(), reported.GetProperty("agreementAmount").GetDecimal()));
        var milestoneId = reported.GetProperty("id").GetGuid();

        var confirmed = await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/milestones/{milestoneId}/confirm", new { version = reported.GetProperty("version").GetInt32() })).AssertOkJsonAsync();

        Assert.Equal("Confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal(["Reported", "Confirmed"], confirmed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        var project = await (await filer.GetAsync($"/api/projects/{id}")).AssertOkJsonAsync();
        Assert.Equal(("Signed", Today), (project.GetProperty("stage").GetString(), project.GetProperty("signedOn").GetString()));
        Assert.Equal("Signed", (await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync()).GetProperty("stage").GetString());
        Assert.Single((await (await filer.GetAsync($"/api/projects/{id}/milestones")).AssertOkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Bad_input_answers_400_with_its_code_on_the_field_and_state_conflicts_409()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var id = await ApprovedProjectAsync(filer, reviewer);
        var url = $"/api/projects/{id}/milestones";

        var future = await (await filer.PostAsJsonAsync(url, Signing(Day(1)))).AssertProblemAsync(HttpStatusCode.BadRequest, "milestone.date-in-future");
        Assert.True(future.GetProperty("errors").TryGetProperty("occurredOn", out _));
        await (await filer.PostAsJsonAsync(url, Signing(Day(-1)))).AssertProblemAsync(HttpStatusCode.BadRequest, "milestone.date-before-approval");
        var noAmount = await (await filer.PostAsJsonAsync(url, Signing(amount: null))).AssertProblemAsync(HttpStatusCode.BadRequest, "milestone.amount-required");
        Assert.True(noAmount.GetProperty("errors").TryGetProperty("agreementAmount", out _));
        await (await filer.PostAsJsonAsync(url, Signing(amount: -1m))).AssertProblemAsync(HttpStatusCode.BadRequest, "milestone.amount-required");
        await (await filer.PostAsJsonAsync(url, new { kind = "Launched", occurredOn = Today })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await filer.PostAsJsonAsync(url, new { kind = "Started", occurredOn = Today })).AssertProblemAsync(HttpStatusCode.Conflict, "milestone.out-of-order");
        Assert.Empty((await (await filer.GetAsync(url)).AssertOkJsonAsync()).EnumerateArray());

        await (await filer.PostAsJsonAsync(url, Signing())).AssertOkJsonAsync(HttpStatusCode.Created);
        await (await filer.PostAsJsonAsync(url, Signing())).AssertProblemAsync(HttpStatusCode.Conflict, "milestone.kind-exists");
        var english = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(Signing()) };
        english.Headers.AcceptLanguage.ParseAdd("en-US");
        var problem = await (await filer.SendAsync(english)).AssertProblemAsync(HttpStatusCode.Conflict, "milestone.kind-exists");
        Assert.Contains("already been reported", problem.GetProperty("detail").GetString() ?? problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_project_is_a_404_and_a_stale_version_a_409()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var id = await ApprovedProjectAsync(filer, reviewer);
        var reported = await (await filer.PostAsJsonAsync($"/api/projects/{id}/milestones", Signing())).AssertOkJsonAsync(HttpStatusCode.Created);
        var milestoneId = reported.GetProperty("id").GetGuid();
        var version = reported.GetProperty("version").GetInt32();

        await (await filer2.GetAsync($"/api/projects/{id}/milestones")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.PostAsJsonAsync($"/api/projects/{id}/milestones", Signing())).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.PutAsJsonAsync($"/api/projects/{id}/milestones/{milestoneId}", new { version, occurredOn = Today, agreementAmount = 1m, note = (string?)null }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/milestones/{Guid.NewGuid()}/confirm", new { version })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");

        var returned = await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/milestones/{milestoneId}/return", new { version, reason = "金额与协议不符" })).AssertOkJsonAsync();
        await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/milestones/{milestoneId}/confirm", new { version })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await filer.PutAsJsonAsync($"/api/projects/{id}/milestones/{milestoneId}", new { occurredOn = Today, agreementAmount = 1m })).AssertValidationProblemAsync("version");
        var again = await (await filer.PutAsJsonAsync($"/api/projects/{id}/milestones/{milestoneId}", new { version = returned.GetProperty("version").GetInt32(), occurredOn = Today, agreementAmount = 1_300_000_000m, note = "已更正" }))
            .AssertOkJsonAsync();
        Assert.Equal("Reported", again.GetProperty("status").GetString());
        await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/milestones/{milestoneId}/return", new { version = again.GetProperty("version").GetInt32(), reason = "" }))
            .AssertValidationProblemAsync("reason");
    }

    [Fact]
    public async Task A_replayed_report_with_the_same_idempotency_key_answers_the_first_answer_and_saves_one_milestone()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var id = await ApprovedProjectAsync(filer, reviewer);

        async Task<HttpResponseMessage> SendAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{id}/milestones") { Content = JsonContent.Create(Signing()) };
            request.Headers.Add("Idempotency-Key", "milestone-signing-1");
            return await filer.SendAsync(request);
        }

        var first = await (await SendAsync()).AssertOkJsonAsync(HttpStatusCode.Created);
        var second = await (await SendAsync()).AssertOkJsonAsync(HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Single((await (await filer.GetAsync($"/api/projects/{id}/milestones")).AssertOkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_read_write_key_reports_with_its_external_reference_once_and_a_read_only_key_is_refused()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var id = await ApprovedProjectAsync(filer, reviewer, "平台推送项目");
        var other = await ApprovedProjectAsync(filer, reviewer, "平台推送项目二");
        var readWrite = await Fixture.ApiKeyClientAsync("ReadWrite");
        var readOnly = await Fixture.ApiKeyClientAsync("ReadOnly");

        await (await readOnly.PostAsJsonAsync($"/api/projects/{id}/milestones", Signing(reference: "PLAT-1"))).AssertProblemAsync(HttpStatusCode.Forbidden, "auth.api-key-read-only");
        var reported = await (await readWrite.PostAsJsonAsync($"/api/projects/{id}/milestones", Signing(reference: "PLAT-1"))).AssertOkJsonAsync(HttpStatusCode.Created);

        Assert.Equal("PLAT-1", reported.GetProperty("externalReference").GetString());
        Assert.StartsWith("api-key:", reported.GetProperty("reportedByName").GetString(), StringComparison.Ordinal);
        await (await readWrite.PostAsJsonAsync($"/api/projects/{other}/milestones", Signing(reference: "PLAT-1"))).AssertProblemAsync(HttpStatusCode.Conflict, "external-reference.exists");
        await (await readWrite.PostAsJsonAsync($"/api/projects/{other}/milestones", Signing(reference: new string('x', 101)))).AssertValidationProblemAsync("externalReference");
        await (await filer.PostAsJsonAsync($"/api/projects/{other}/milestones", Signing(reference: "PLAT-1"))).AssertOkJsonAsync(HttpStatusCode.Created); // another caller
        Assert.Equal(JsonValueKind.Array, (await (await readOnly.GetAsync($"/api/projects/{id}/milestones")).AssertOkJsonAsync()).ValueKind);
    }

    [Fact]
    public async Task A_stopped_project_answers_409_project_not_active_and_reviewers_mark_规模工业()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var id = await ApprovedProjectAsync(filer, reviewer);
        var version = (await (await reviewer.GetAsync($"/api/projects/{id}")).AssertOkJsonAsync()).GetProperty("version").GetInt32();

        await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/above-designated-size", new { version, qualifiedOn = Day(7) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "project.date-in-future");
        var marked = await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/above-designated-size", new { version, qualifiedOn = Today })).AssertOkJsonAsync();
        Assert.True(marked.GetProperty("isAboveDesignatedSize").GetBoolean());
        await (await filer.PostAsJsonAsync($"/api/projects/{id}/stop", new { version = marked.GetProperty("version").GetInt32(), stoppedOn = Today, reason = "撤资" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var stopped = await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/stop", new { version = marked.GetProperty("version").GetInt32(), stoppedOn = Today, reason = "投资方撤资" }))
            .AssertOkJsonAsync();

        Assert.Equal("Stopped", stopped.GetProperty("status").GetString());
        await (await filer.PostAsJsonAsync($"/api/projects/{id}/milestones", Signing())).AssertProblemAsync(HttpStatusCode.Conflict, "project.not-active");
        await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/stop", new { version = stopped.GetProperty("version").GetInt32(), stoppedOn = Today, reason = "再次" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "project.not-active");
    }
}

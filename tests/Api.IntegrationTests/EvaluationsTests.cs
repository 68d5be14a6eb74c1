using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The association evaluation through HTTP (issue 15 items 2 and 3): who may do what, 400 on fields, 409 codes, the anonymous 榜单.
/// The rules run through ISender (Application.IntegrationTests/EvaluationTests.cs) and in the domain (EvaluationScoringTests).
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class EvaluationsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const int Year = 2021;

    private static object Scores(string code, decimal score, int? version = null, string? reason = null) =>
        new { scores = new[] { new { indicatorCode = code, score, note = "测试", evidence = (string?)null, version } }, reason };

    [Fact]
    public async Task Bad_scores_and_weights_are_400_on_their_fields_and_a_year_not_closed_409()
    {
        var admin = await AdminAsync();
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await admin.PostAsJsonAsync("/api/evaluations", new { year = 2027 })).AssertProblemAsync(HttpStatusCode.Conflict, "evaluation.period-not-ended");
        await (await admin.PutAsJsonAsync("/api/evaluation-schemes/2030", new
        {
            name = "细则",
            totalScore = 100m,
            groups = new[] { new { code = "g", name = "组", maxScore = 90m, indicators = new[] { new { code = "m", name = "人工", maxScore = 80m, kind = "Manual" } } } },
            version = (int?)null,
        })).AssertValidationProblemAsync("groups", "groups[0].indicators");
        await (await admin.GetAsync("/api/evaluation-schemes/2030")).AssertProblemAsync(HttpStatusCode.NotFound);

        await (await admin.PostAsJsonAsync("/api/evaluations", new { year = Year })).AssertOkJsonAsync();
        var association = (await (await admin.GetAsync($"/api/evaluations/{Year}")).AssertOkJsonAsync()).GetProperty("rows")[0].GetProperty("associationId").GetGuid();
        await (await reviewer.PutAsJsonAsync($"/api/evaluations/{Year}/associations/{association}/scores", Scores("products", 15.5m)))
            .AssertValidationProblemAsync("scores[0].score");
        await (await reviewer.PutAsJsonAsync($"/api/evaluations/{Year}/associations/{association}/scores", Scores("products", -1m)))
            .AssertValidationProblemAsync("scores[0].score");
        await (await reviewer.PutAsJsonAsync($"/api/evaluations/{Year}/associations/{Guid.NewGuid()}/scores", Scores("products", 1m)))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsJsonAsync("/api/evaluation-schemes/2021/copy", new { template = "hunan", version = (int?)null }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "evaluation-scheme.in-use");
    }

    [Fact]
    public async Task Approval_with_scores_missing_is_409_a_stale_version_409_and_only_leaders_and_admins_approve()
    {
        var admin = await AdminAsync();
        var leader = await LoginAsync(DemoLogin.Leader);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var opened = await (await admin.PostAsJsonAsync("/api/evaluations", new { year = Year })).AssertOkJsonAsync();
        var version = opened.GetProperty("version").GetInt32();

        await (await reviewer.PostAsJsonAsync($"/api/evaluations/{Year}/approve", new { version })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await leader.PostAsJsonAsync($"/api/evaluations/{Year}/approve", new { version }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "evaluation.manual-scores-missing");
        await (await leader.PostAsJsonAsync($"/api/evaluations/{Year}/approve", new { version = version + 7 })).AssertProblemAsync(HttpStatusCode.Conflict);
        var detail = await (await admin.GetAsync($"/api/evaluations/{Year}")).AssertOkJsonAsync();
        Assert.Equal(0, detail.GetProperty("evaluation").GetProperty("revision").GetInt32());
        Assert.Equal(0, detail.GetProperty("revisions").GetArrayLength());
    }

    [Fact]
    public async Task Anyone_reads_a_published_榜单_without_contacts_and_an_unpublished_year_is_404()
    {
        var admin = await AdminAsync();
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var anonymous = Fixture.CreateClient();
        await (await admin.PostAsJsonAsync("/api/evaluations", new { year = Year })).AssertOkJsonAsync();
        await (await anonymous.GetAsync($"/api/public/evaluations/{Year}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync($"/api/evaluations/{Year}")).AssertProblemAsync(HttpStatusCode.Unauthorized);

        var detail = await (await admin.GetAsync($"/api/evaluations/{Year}")).AssertOkJsonAsync();
        var manual = detail.GetProperty("scheme").GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray())
            .Where(i => i.GetProperty("kind").GetString() == "Manual").Select(i => i.GetProperty("code").GetString()!).ToList();
        foreach (var row in detail.GetProperty("rows").EnumerateArray())
        {
            var scores = manual.Select(code => new { indicatorCode = code, score = 3m, note = "测试", evidence = (string?)null, version = (int?)null }).ToArray();
            await (await reviewer.PutAsJsonAsync($"/api/evaluations/{Year}/associations/{row.GetProperty("associationId").GetGuid()}/scores", new { scores, reason = (string?)null }))
                .AssertOkJsonAsync();
        }

        var version = (await (await admin.GetAsync($"/api/evaluations/{Year}")).AssertOkJsonAsync()).GetProperty("evaluation").GetProperty("version").GetInt32();
        await (await (await LoginAsync(DemoLogin.Leader)).PostAsJsonAsync($"/api/evaluations/{Year}/approve", new { version })).AssertOkJsonAsync();

        var response = await anonymous.GetAsync($"/api/public/evaluations/{Year}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("北京常德商会", text, StringComparison.Ordinal);
        Assert.DoesNotContain("phone", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("contact", text, StringComparison.OrdinalIgnoreCase);
        var board = System.Text.Json.JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, board.GetProperty("revision").GetInt32());
        Assert.Equal(1, board.GetProperty("rows")[0].GetProperty("rank").GetInt32());
        var years = await (await anonymous.GetAsync("/api/public/evaluations")).AssertOkJsonAsync();
        Assert.Contains(years.EnumerateArray(), y => y.GetProperty("year").GetInt32() == Year);
        await (await anonymous.GetAsync($"/api/public/evaluations/{Year}?revision=0")).AssertValidationProblemAsync("revision");
    }
}

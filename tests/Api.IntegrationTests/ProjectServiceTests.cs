using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Common;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The follow-up service's HTTP concerns: status codes and ProblemDetails codes, 404 across units, 409 on a stale version, 201 with
/// a Location, and an idempotent replay of a revisit.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ProjectServiceTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Today => ChinaTime.DateOf(Fixture.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private string Tomorrow => ChinaTime.DateOf(Fixture.Clock.GetUtcNow()).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(HttpClient Filer, HttpClient Reviewer, Guid Id)> ProjectAsync(string name)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), name));
        filing = await FilingsTests.PostAsync(filer, filing, "submit");
        await FilingsTests.PostAsync(reviewer, filing, "approve");
        return (filer, reviewer, filing.GetProperty("id").GetGuid());
    }

    private static object Revisit(string visitedOn) => new { visitedOn, visitors = "招商科 李四", metWith = "企业 王总", notes = "生产经营正常。" };

    [Fact]
    public async Task A_revisit_is_201_with_its_location_a_future_date_is_a_400_and_the_project_shows_it()
    {
        var (filer, _, id) = await ProjectAsync("接口回访项目");

        var response = await filer.PostAsJsonAsync($"/api/projects/{id}/revisits", Revisit(Today));
        var revisit = await response.AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/projects/{id}/revisits/{revisit.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());

        var future = await (await filer.PostAsJsonAsync($"/api/projects/{id}/revisits", Revisit(Tomorrow))).AssertProblemAsync(HttpStatusCode.BadRequest, "revisit.in-future");
        Assert.True(future.GetProperty("errors").TryGetProperty("visitedOn", out _));
        await (await filer.PostAsJsonAsync($"/api/projects/{id}/revisits", Revisit("2020-01-01"))).AssertProblemAsync(HttpStatusCode.BadRequest, "revisit.before-approval");
        await (await filer.PostAsJsonAsync($"/api/projects/{id}/revisits", new { visitedOn = Today, visitors = "", metWith = "x", notes = "y" })).AssertValidationProblemAsync("visitors");

        var list = await (await filer.GetAsync($"/api/projects/{id}/revisits")).AssertOkJsonAsync();
        Assert.Single(list.EnumerateArray());
        var service = await (await filer.GetAsync($"/api/projects/{id}/service")).AssertOkJsonAsync();
        Assert.Equal(Today, service.GetProperty("lastRevisitOn").GetString());
        Assert.Equal(JsonValueKind.Null, service.GetProperty("nextRevisitDueOn").ValueKind); // not signed yet
    }

    [Fact]
    public async Task Another_units_filer_gets_404_for_every_service_route_and_the_leader_may_only_read()
    {
        var (_, reviewer, id) = await ProjectAsync("接口他单位项目");
        var problem = await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/problems", new { description = "用地问题。", department = "市自然资源和规划局", dueOn = Today }))
            .AssertOkJsonAsync(HttpStatusCode.Created);
        var problemId = problem.GetProperty("id").GetGuid();
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var leader = await LoginAsync(DemoLogin.Leader);

        foreach (var url in new[] { $"/api/projects/{id}/service", $"/api/projects/{id}/revisits", $"/api/projects/{id}/problems" })
        {
            await (await filer2.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
            await (await leader.GetAsync(url)).AssertStatusAsync(HttpStatusCode.OK);
        }

        await (await filer2.PostAsJsonAsync($"/api/projects/{id}/revisits", Revisit(Today))).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.PostAsJsonAsync($"/api/projects/{id}/problems/{problemId}/status", new { version = problem.GetProperty("version").GetInt32(), status = "InProgress", note = "越权。" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.PutAsJsonAsync($"/api/projects/{id}/service", new { version = 0, serviceOwnerId = (Guid?)null, revisitIntervalDays = (int?)null }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await leader.PostAsJsonAsync($"/api/projects/{id}/revisits", Revisit(Today))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await reviewer.PostAsJsonAsync($"/api/projects/{id}/problems/{Guid.NewGuid()}/status", new { version = 0, status = "InProgress", note = "无此问题。" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task The_service_owner_and_problem_status_take_the_version_read_a_stale_one_is_409_and_refused_moves_have_their_codes()
    {
        var (filer, reviewer, id) = await ProjectAsync("接口并发项目");
        var service = await (await filer.GetAsync($"/api/projects/{id}/service")).AssertOkJsonAsync();
        var version = service.GetProperty("version").GetInt32();
        var filerId = service.GetProperty("ownerCandidates").EnumerateArray().First().GetProperty("id").GetGuid();

        var assigned = await (await filer.PutAsJsonAsync($"/api/projects/{id}/service", new { version, serviceOwnerId = filerId, revisitIntervalDays = 30 })).AssertOkJsonAsync();
        Assert.Equal((filerId, 30), (assigned.GetProperty("serviceOwnerId").GetGuid(), assigned.GetProperty("revisitIntervalDays").GetInt32()));
        await (await reviewer.PutAsJsonAsync($"/api/projects/{id}/service", new { version, serviceOwnerId = filerId, revisitIntervalDays = 30 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        var current = assigned.GetProperty("version").GetInt32();
        await (await filer.PutAsJsonAsync($"/api/projects/{id}/service", new { version = current, serviceOwnerId = Guid.NewGuid(), revisitIntervalDays = (int?)null }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "service.owner-not-eligible");
        await (await filer.PutAsJsonAsync($"/api/projects/{id}/service", new { version = current, serviceOwnerId = filerId, revisitIntervalDays = 3 })).AssertValidationProblemAsync("revisitIntervalDays");
        await (await filer.PutAsJsonAsync($"/api/projects/{id}/service", new { serviceOwnerId = filerId })).AssertValidationProblemAsync("version");

        var problem = await (await filer.PostAsJsonAsync($"/api/projects/{id}/problems", new { description = "用电增容。", department = "国网供电公司", dueOn = Today }))
            .AssertOkJsonAsync(HttpStatusCode.Created);
        var problemId = problem.GetProperty("id").GetGuid();
        var url = $"/api/projects/{id}/problems/{problemId}/status";
        var solved = await (await reviewer.PostAsJsonAsync(url, new { version = problem.GetProperty("version").GetInt32(), status = "Solved", note = "已增容。" })).AssertOkJsonAsync();
        await (await reviewer.PostAsJsonAsync(url, new { version = problem.GetProperty("version").GetInt32(), status = "InProgress", note = "重开。" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await reviewer.PostAsJsonAsync(url, new { version = solved.GetProperty("version").GetInt32(), status = "InProgress", note = "重开。" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "problem.solved");
        await (await reviewer.PostAsJsonAsync(url, new { version = solved.GetProperty("version").GetInt32(), status = "Escalated", note = "上报。" }))
            .AssertValidationProblemAsync("escalatedTo");
        await (await reviewer.PostAsJsonAsync(url, new { version = solved.GetProperty("version").GetInt32(), status = 2, note = "数字。" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await filer.PostAsJsonAsync($"/api/projects/{id}/problems", new { description = "过期。", department = "某局", dueOn = "2020-01-01" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "problem.due-before-raised");
    }

    [Fact]
    public async Task The_due_list_the_summary_and_the_department_suggestions_answer_and_bad_filters_are_400()
    {
        var (filer, reviewer, id) = await ProjectAsync("接口汇总项目");
        await (await filer.PostAsJsonAsync($"/api/projects/{id}/problems", new { description = "用地。", department = "市自然资源和规划局", dueOn = Today }))
            .AssertOkJsonAsync(HttpStatusCode.Created);

        var summary = await (await (await LoginAsync(DemoLogin.Leader)).GetAsync("/api/projects/problems/summary")).AssertOkJsonAsync();
        Assert.True(summary.GetProperty("total").GetInt32() >= 1);
        Assert.Contains(summary.GetProperty("departments").EnumerateArray(), d => d.GetProperty("department").GetString() == "市自然资源和规划局");
        var due = await (await reviewer.GetAsync("/api/projects/service/due?page=1&pageSize=10")).AssertOkJsonAsync();
        Assert.Equal(10, due.GetProperty("pageSize").GetInt32());
        Assert.Contains("市自然资源和规划局", (await (await filer.GetAsync("/api/projects/problems/departments?search=自然")).AssertOkJsonAsync()).EnumerateArray().Select(d => d.GetString()));
        await (await reviewer.GetAsync("/api/projects/service/due?withinDays=31")).AssertValidationProblemAsync("withinDays");
        await (await reviewer.GetAsync("/api/projects/service/due?pageSize=1000")).AssertValidationProblemAsync("pageSize");
    }

    [Fact]
    public async Task A_revisit_sent_again_with_the_same_idempotency_key_is_recorded_once()
    {
        var (filer, _, id) = await ProjectAsync("接口幂等回访项目");
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{id}/revisits") { Content = JsonContent.Create(Revisit(Today)) };
            request.Headers.Add("Idempotency-Key", "revisit-" + id.ToString("N"));
            return request;
        }

        var first = await (await filer.SendAsync(Request())).AssertOkJsonAsync(HttpStatusCode.Created);
        var again = await (await filer.SendAsync(Request())).AssertOkJsonAsync(HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Single((await (await filer.GetAsync($"/api/projects/{id}/revisits")).AssertOkJsonAsync()).EnumerateArray());
    }
}

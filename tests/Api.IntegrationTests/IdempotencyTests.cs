using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Idempotency;
using InvestPromo.Domain.Idempotency;
using InvestPromo.Infrastructure.Excel;
using InvestPromo.Infrastructure.Jobs;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Idempotency-Key on the writes marked <c>.WithIdempotency()</c> (Api/Idempotency/IdempotencyKeys.cs).</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class IdempotencyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Header = "Idempotency-Key";
    private const string Replayed = "Idempotency-Replayed";

    private static HttpRequestMessage Post(string url, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(Header, key);
        }

        return request;
    }

    private static bool IsReplay(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Replayed, out var values) && values.Single() == "true";

    /// <summary>Every filing, drafts included (the admin's list shows no drafts).</summary>
    private async Task<int> FilingCountAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IApplicationDbContext>().Filings.CountAsync();
    }

    private async Task<int> AuditCountAsync(Guid filingId) =>
        (await (await (await AdminAsync()).GetAsync($"/api/audit?entityType=Filing&entityId={filingId}")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();

    private static async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_repeat_with_the_same_key_and_body_answers_the_first_answer_again_and_the_write_runs_once()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var before = await FilingCountAsync();
        var body = new { projectName = "幂等创建测试" };

        var (first, firstBody) = await SendAsync(filer, Post("/api/filings", body, "create-1"));
        var (again, againBody) = await SendAsync(filer, Post("/api/filings", body, "create-1"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(IsReplay(first));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(IsReplay(again));
        Assert.Equal(firstBody, againBody);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal("application/json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before + 1, await FilingCountAsync());
        var id = JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/filings/{id}", first.Headers.Location?.OriginalString);
        Assert.Equal(1, await AuditCountAsync(id));
    }

    [Fact]
    public async Task A_request_without_the_header_runs_every_time_as_before()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var before = await FilingCountAsync();

        var (first, _) = await SendAsync(filer, Post("/api/filings", new { projectName = "无键创建" }, null));
        var (second, _) = await SendAsync(filer, Post("/api/filings", new { projectName = "无键创建" }, null));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(IsReplay(second));
        Assert.Equal(before + 2, await FilingCountAsync());
    }

    [Fact]
    public async Task The_same_key_for_another_body_or_another_write_is_409_key_reused_and_runs_nothing()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var (first, firstBody) = await SendAsync(filer, Post("/api/filings", new { projectName = "甲项目" }, "reused-1"));
        await first.AssertStatusAsync(HttpStatusCode.Created);
        var before = await FilingCountAsync();

        var otherBody = await filer.SendAsync(Post("/api/filings", new { projectName = "乙项目" }, "reused-1"));
        var id = JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetGuid();
        var otherWrite = await filer.SendAsync(Post($"/api/filings/{id}/submit", new { version = 1 }, "reused-1"));

        var problem = await otherBody.AssertProblemAsync(HttpStatusCode.Conflict, "idempotency.key-reused");
        Assert.Contains("Idempotency-Key", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        await otherWrite.AssertProblemAsync(HttpStatusCode.Conflict, "idempotency.key-reused");
        Assert.Equal(before, await FilingCountAsync());
        var read = await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
        Assert.Equal("Draft", read.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_requests_at_once_with_the_same_key_run_the_write_once()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var before = await FilingCountAsync();
        var body = new { projectName = "并发幂等" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(filer, Post("/api/filings", body, "concurrent-1"))));

        Assert.Equal(before + 1, await FilingCountAsync());
        var ran = Assert.Single(responses, r => r.Response.StatusCode == HttpStatusCode.Created && !IsReplay(r.Response));
        foreach (var (response, text) in responses)
        {
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Assert.Equal(ran.Body, text);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
                Assert.Equal("idempotency.in-progress", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
            }
        }
    }

    [Fact]
    public async Task A_key_whose_first_request_still_runs_is_409_in_progress_until_the_timeout_lets_a_retry_claim_it()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filerId = (await UserByNameAsync(await AdminAsync(), "filer")).GetProperty("id").GetGuid();
        var body = new { projectName = "进行中" };
        var bodyHash = IdempotencyFingerprint.HashBody(JsonSerializer.SerializeToUtf8Bytes(body));
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IIdempotencyStore>();
            var claim = await store.ClaimAsync($"user:{filerId}", "running-1", IdempotencyFingerprint.Of("POST", "/api/filings", null, bodyHash), CancellationToken.None);
            Assert.Equal(IdempotencyOutcome.Claimed, claim.Outcome);
        }

        var before = await FilingCountAsync();

        var busy = await filer.SendAsync(Post("/api/filings", body, "running-1"));

        await busy.AssertProblemAsync(HttpStatusCode.Conflict, "idempotency.in-progress");
        Assert.Equal(before, await FilingCountAsync());

        Fixture.Clock.Advance(TimeSpan.FromMinutes(10)); // Idempotency:InProgressTimeout: the first request's process died
        var retried = await filer.SendAsync(Post("/api/filings", body, "running-1"));
        await retried.AssertStatusAsync(HttpStatusCode.Created);
        Assert.False(IsReplay(retried));
        Assert.Equal(before + 1, await FilingCountAsync());
    }

    [Fact]
    public async Task Another_caller_with_the_same_key_is_independent()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var other = await LoginAsync(DemoLogin.Filer2);
        var before = await FilingCountAsync();
        var body = new { projectName = "同键不同人" };

        var (mine, mineBody) = await SendAsync(filer, Post("/api/filings", body, "shared-key"));
        var (theirs, theirsBody) = await SendAsync(other, Post("/api/filings", body, "shared-key"));

        await mine.AssertStatusAsync(HttpStatusCode.Created);
        await theirs.AssertStatusAsync(HttpStatusCode.Created);
        Assert.False(IsReplay(theirs));
        Assert.NotEqual(mineBody, theirsBody);
        Assert.Equal(before + 2, await FilingCountAsync());
    }

    [Fact]
    public async Task A_key_past_its_retention_runs_again_and_housekeeping_deletes_old_keys()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var before = await FilingCountAsync();
        await (await filer.SendAsync(Post("/api/filings", new { projectName = "过期键" }, "expiring-1"))).AssertStatusAsync(HttpStatusCode.Created);
        await (await filer.SendAsync(Post("/api/filings", new { projectName = "过期键二" }, "expiring-2"))).AssertStatusAsync(HttpStatusCode.Created);
        Assert.Equal(0, await Fixture.RunRecurringJobAsync(RecurringJobs.PurgeIdempotencyKeys));

        Fixture.Clock.Advance(TimeSpan.FromHours(24)); // Idempotency:Retention
        filer = await LoginAsync(DemoLogin.Filer); // the session's absolute lifetime is shorter
        var again = await filer.SendAsync(Post("/api/filings", new { projectName = "过期键" }, "expiring-1"));

        await again.AssertStatusAsync(HttpStatusCode.Created);
        Assert.False(IsReplay(again));
        Assert.Equal(before + 3, await FilingCountAsync());
        Assert.Equal(1, await Fixture.RunRecurringJobAsync(RecurringJobs.PurgeIdempotencyKeys)); // expiring-2; expiring-1 is new
        Assert.Equal(0, await Fixture.RunRecurringJobAsync(RecurringJobs.PurgeIdempotencyKeys));
        var replay = await filer.SendAsync(Post("/api/filings", new { projectName = "过期键" }, "expiring-1"));
        Assert.True(IsReplay(replay));
    }

    [Fact]
    public async Task A_refusal_is_kept_and_replayed_with_the_first_answers_trace()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var draft = await FilingsTests.CreateAsync(filer, new { projectName = "未填完" });
        var url = $"/api/filings/{draft.GetProperty("id").GetGuid()}/submit";

        var (first, firstBody) = await SendAsync(filer, Post(url, new { version = draft.GetProperty("version").GetInt32() }, "refused-1"));
        var (again, againBody) = await SendAsync(filer, Post(url, new { version = draft.GetProperty("version").GetInt32() }, "refused-1"));

        Assert.True((int)first.StatusCode is >= 400 and < 500, firstBody);
        Assert.Equal(first.StatusCode, again.StatusCode);
        Assert.True(IsReplay(again));
        Assert.Equal(firstBody, againBody); // the same traceId too: the first answer, not a second run
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_server_failure_is_not_kept_so_a_retry_runs_and_a_multipart_retry_with_a_new_boundary_is_a_replay()
    {
        var failOnce = new FailOnce();
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Idempotency:MaxStoredBodyBytes", "100000")
            .ConfigureTestServices(services =>
            {
                services.RemoveAll<ISpreadsheets>();
                services.AddSingleton<ISpreadsheets>(sp => new FailingSpreadsheets(ActivatorUtilities.CreateInstance<MiniExcelSpreadsheets>(sp), failOnce));
            }));
        var filer = Fixture.CreateClient(app: app);
        (await filer.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Filer.UserName, password = DemoLogin.Filer.Password, rememberMe = false })).EnsureSuccessStatusCode();
        var workbook = ExcelTests.Workbook(ExcelTests.TemplateHeaders, ExcelTests.Row("幂等导入甲"), ExcelTests.Row("幂等导入乙"));
        HttpRequestMessage Import()
        {
            var request = ExcelTests.ImportRequest(workbook); // a new form each time: a new boundary
            request.Headers.Add(Header, "import-1");
            return request;
        }

        var before = await FilingCountAsync();

        var failed = await filer.SendAsync(Import());
        await failed.AssertProblemAsync(HttpStatusCode.InternalServerError, "internal");
        Assert.Equal(before, await FilingCountAsync());

        var (ran, ranBody) = await SendAsync(filer, Import());
        var (replayed, replayedBody) = await SendAsync(filer, Import());

        await ran.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False(IsReplay(ran));
        Assert.True(IsReplay(replayed));
        Assert.Equal(ranBody, replayedBody);
        Assert.Equal(before + 2, await FilingCountAsync());
    }

    [Fact]
    public async Task An_answer_above_the_size_cap_is_replayed_with_its_status_and_location_only()
    {
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Idempotency:MaxStoredBodyBytes", "64"));
        var filer = Fixture.CreateClient(app: app);
        (await filer.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Filer.UserName, password = DemoLogin.Filer.Password, rememberMe = false })).EnsureSuccessStatusCode();
        var before = await FilingCountAsync();

        var (first, firstBody) = await SendAsync(filer, Post("/api/filings", new { projectName = "大答复" }, "large-1"));
        var (again, againBody) = await SendAsync(filer, Post("/api/filings", new { projectName = "大答复" }, "large-1"));

        await first.AssertStatusAsync(HttpStatusCode.Created);
        Assert.True(firstBody.Length > 64);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(IsReplay(again));
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(string.Empty, againBody);
        Assert.Equal(before + 1, await FilingCountAsync());
    }

    [Theory]
    [InlineData("tab\there")]
    [InlineData("é-not-ascii")]
    [InlineData("x101")]
    public async Task A_malformed_key_is_400_key_invalid_in_both_languages_and_runs_nothing(string key)
    {
        if (key == "x101")
        {
            key = new string('x', 101);
        }

        var filer = await LoginAsync(DemoLogin.Filer);
        var before = await FilingCountAsync();

        var zh = Post("/api/filings", new { projectName = "坏键" }, key);
        var en = Post("/api/filings", new { projectName = "坏键" }, key);
        en.Headers.AcceptLanguage.ParseAdd("en-US");
        var zhProblem = await (await filer.SendAsync(zh)).AssertProblemAsync(HttpStatusCode.BadRequest, "idempotency.key-invalid");
        var enProblem = await (await filer.SendAsync(en)).AssertProblemAsync(HttpStatusCode.BadRequest, "idempotency.key-invalid");

        Assert.Contains("请求头无效", zhProblem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("header is invalid", enProblem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await FilingCountAsync());
    }

    [Fact]
    public async Task Two_Idempotency_Key_headers_are_400()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var request = Post("/api/filings", new { projectName = "两个键" }, "one");
        request.Headers.TryAddWithoutValidation(Header, "two");

        await (await filer.SendAsync(request)).AssertProblemAsync(HttpStatusCode.BadRequest, "idempotency.key-invalid");
    }

    [Fact]
    public async Task Routes_not_marked_ignore_the_header()
    {
        var admin = await AdminAsync();
        var before = await UnitCountAsync(admin);

        var first = await admin.SendAsync(Post("/api/units", new { code = "430799001", name = "幂等园区一", kind = "Park" }, "units-1"));
        var second = await admin.SendAsync(Post("/api/units", new { code = "430799002", name = "幂等园区二", kind = "Park" }, "units-1"));
        var bad = await admin.SendAsync(Post("/api/units", new { code = "430799003", name = "幂等园区三", kind = "Park" }, "é"));

        await first.AssertStatusAsync(HttpStatusCode.Created);
        await second.AssertStatusAsync(HttpStatusCode.Created);
        await bad.AssertStatusAsync(HttpStatusCode.Created);
        Assert.False(IsReplay(second));
        Assert.Equal(before + 3, await UnitCountAsync(admin));
    }

    [Fact]
    public async Task An_anonymous_objection_is_replayed_only_to_the_same_address_so_a_guessed_key_reads_no_receipt()
    {
        var publication = await ObjectionsTests.PublishedAsync(Fixture, "幂等异议项目");
        var anonymous = Fixture.CreateClient();
        async Task<(HttpResponseMessage Response, string Body)> LodgeAsync(string address)
        {
            var url = $"/api/public/publications/{publication.GetProperty("id").GetGuid()}/entries/{publication.GetProperty("entries")[0].GetProperty("id").GetGuid()}/objections";
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = ObjectionsTests.ObjectionForm() };
            request.Headers.Add(TestClientAddressFilter.Header, address);
            request.Headers.Add(Header, "objection-1");
            return await SendAsync(anonymous, request);
        }

        var (first, firstBody) = await LodgeAsync("203.0.113.7");
        var (again, againBody) = await LodgeAsync("203.0.113.7");
        var (stranger, strangerBody) = await LodgeAsync("198.51.100.9");

        await first.AssertStatusAsync(HttpStatusCode.Created);
        Assert.True(IsReplay(again));
        Assert.Equal(firstBody, againBody);
        Assert.Equal("no-store", again.Headers.CacheControl?.ToString());
        Assert.False(IsReplay(stranger));
        var receipt = JsonDocument.Parse(firstBody).RootElement.GetProperty("receiptCode").GetString()!;
        Assert.DoesNotContain(receipt, strangerBody, StringComparison.Ordinal);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var objections = await (await reviewer.GetAsync("/api/objections")).AssertOkJsonAsync();
        Assert.Equal(first.StatusCode == stranger.StatusCode ? 2 : 1, objections.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_optional_header_on_marked_writes_only()
    {
        var document = await (await Fixture.CreateClient().GetAsync("/swagger/v1/swagger.json")).AssertOkJsonAsync();
        JsonElement Operation(string path, string method) => document.GetProperty("paths").GetProperty(path).GetProperty(method);
        static bool HasHeader(JsonElement operation) => operation.TryGetProperty("parameters", out var parameters)
            && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == Header && p.GetProperty("in").GetString() == "header"
            && !(p.TryGetProperty("required", out var required) && required.GetBoolean()));

        foreach (var (path, method) in new[]
        {
            ("/api/filings", "post"), ("/api/filings/{id}", "put"), ("/api/filings/{id}/submit", "post"), ("/api/filings/{id}/withdraw", "post"),
            ("/api/filings/{id}/approve", "post"), ("/api/filings/{id}/return", "post"), ("/api/filings/{id}/revoke", "post"), ("/api/filings/import", "post"),
            ("/api/objections/{id}/dismiss", "post"), ("/api/objections/{id}/uphold", "post"), ("/api/api-keys", "post"),
            ("/api/public/publications/{id}/entries/{entryId}/objections", "post"),
        })
        {
            Assert.True(HasHeader(Operation(path, method)), $"{method} {path}");
        }

        Assert.False(HasHeader(Operation("/api/units", "post")));
        Assert.False(HasHeader(Operation("/api/filings", "get")));
        Assert.True(Operation("/api/filings", "post").GetProperty("responses").GetProperty("201").GetProperty("headers").TryGetProperty(Replayed, out _));
    }

    private sealed class FailOnce
    {
        private int calls;

        public bool Now() => Interlocked.Increment(ref calls) == 1;
    }

    /// <summary>The real spreadsheets, except that the first read fails as an unexpected fault would (a 500).</summary>
    private sealed class FailingSpreadsheets(ISpreadsheets inner, FailOnce failOnce) : ISpreadsheets
    {
        public Task<Stream> WriteAsync(IReadOnlyList<SpreadsheetSheet> sheets, CancellationToken cancellationToken) => inner.WriteAsync(sheets, cancellationToken);

        public SpreadsheetTable ReadFirstSheet(Stream content, SpreadsheetReadLimits limits) =>
            failOnce.Now() ? throw new InvalidOperationException("A fault of ours.") : inner.ReadFirstSheet(content, limits);
    }
}

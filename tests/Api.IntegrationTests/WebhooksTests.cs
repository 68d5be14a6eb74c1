using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Jobs;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Webhooks over HTTP: the answers and ProblemDetails of the admin endpoints (secret shown once, never listed; 400 codes that
/// save nothing; 404 for unknown and deleted ids; 409 for a stale version), and a filer's submission reaching a receiver on
/// loopback through the registered delivery job, signed.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class WebhooksTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Approved = ["filing.approved"];
    private static readonly string[] ApprovedAndLodged = ["filing.approved", "objection.lodged"];
    private static readonly string[] WithUnknown = ["filing.approved", "filing.teleported"];

    private static async Task<JsonElement> SubscribeAsync(HttpClient admin, string url, params string[] types)
    {
        var response = await admin.PostAsJsonAsync("/api/webhooks/subscriptions", new { url, eventTypes = types, description = "省平台" });
        return await response.AssertOkJsonAsync(HttpStatusCode.Created);
    }

    private static async Task<int> SubscriptionCountAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/webhooks/subscriptions")).AssertOkJsonAsync()).GetArrayLength();

    [Fact]
    public async Task A_filers_submission_is_delivered_signed_and_logged()
    {
        using var receiver = WebhookReceiver.Start(200);
        var admin = await AdminAsync();
        var saved = await SubscribeAsync(admin, receiver.Url.ToString(), "filing.submitted");
        var secret = saved.GetProperty("secret").GetString()!;
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "推送项目"));
        await FilingsTests.PostAsync(filer, filing, "submit");

        Assert.Equal(1, await Fixture.RunRecurringJobAsync(RecurringJobs.DeliverWebhooks));

        var received = Assert.Single(receiver.Received);
        Assert.True(received.SignatureVerifies(secret));
        Assert.Equal("filing.submitted", received.Header("X-InvestPromo-Event"));
        var log = await (await admin.GetAsync($"/api/webhooks/deliveries?subscriptionId={saved.GetProperty("subscription").GetProperty("id").GetGuid()}&status=Delivered")).AssertOkJsonAsync();
        var entry = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal(("filing.submitted", 1, 200), (entry.GetProperty("eventType").GetString(), entry.GetProperty("attempts").GetInt32(), entry.GetProperty("lastStatusCode").GetInt32()));
        Assert.Equal(received.Header("X-InvestPromo-Event-Id"), entry.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task The_secret_is_in_the_create_answer_only_never_in_lists_or_reads()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/webhooks/subscriptions", new { url = "https://203.0.113.20/hook", eventTypes = ApprovedAndLodged });

        var saved = await response.AssertOkJsonAsync(HttpStatusCode.Created);
        var id = saved.GetProperty("subscription").GetProperty("id").GetGuid();
        Assert.Equal($"/api/webhooks/subscriptions/{id}", response.Headers.Location?.OriginalString);
        Assert.StartsWith("whsec_", saved.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.Equal("Active", saved.GetProperty("subscription").GetProperty("status").GetString());
        var list = await (await admin.GetAsync("/api/webhooks/subscriptions")).Content.ReadAsStringAsync();
        var one = await (await admin.GetAsync($"/api/webhooks/subscriptions/{id}")).Content.ReadAsStringAsync();
        foreach (var text in new[] { list, one })
        {
            Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("objection.lodged", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://10.0.0.8/hook", "webhooks.url-private")]
    [InlineData("https://[fe80::1]/hook", "webhooks.url-private")]
    [InlineData("https://[ff02::1]/hook", "webhooks.url-private")]
    [InlineData("https://127.0.0.1.nip.invalid/hook", null)]
    [InlineData("http://203.0.113.30/hook", "webhooks.url-not-https")]
    public async Task A_refused_target_is_a_400_with_its_code_and_saves_nothing(string url, string? code)
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/webhooks/subscriptions", new { url, eventTypes = Approved });

        if (code is null)
        {
            // A name that does not resolve now is accepted: the connect-time check still applies to whatever it resolves to later.
            await response.AssertStatusAsync(HttpStatusCode.Created);
            return;
        }

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, code);
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _));
        Assert.Equal(0, await SubscriptionCountAsync(admin));
    }

    [Fact]
    public async Task An_unknown_event_type_is_a_validation_error_that_saves_nothing()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/webhooks/subscriptions", new { url = "https://203.0.113.40/hook", eventTypes = WithUnknown });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("eventTypes[1]", out _));
        Assert.Equal(0, await SubscriptionCountAsync(admin));
    }

    [Fact]
    public async Task Unknown_and_deleted_subscriptions_are_404_and_a_stale_version_is_409()
    {
        var admin = await AdminAsync();
        var saved = (await SubscribeAsync(admin, "https://203.0.113.50/hook", "filing.approved")).GetProperty("subscription");
        var id = saved.GetProperty("id").GetGuid();
        var version = saved.GetProperty("version").GetInt32();

        await (await admin.GetAsync($"/api/webhooks/subscriptions/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await admin.PostAsJsonAsync($"/api/webhooks/deliveries/{Guid.NewGuid()}/redeliver", new { })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        var update = new { url = "https://203.0.113.51/hook", eventTypes = new[] { "filing.revoked" }, description = "改", paused = false, version };
        var updated = await (await admin.PutAsJsonAsync($"/api/webhooks/subscriptions/{id}", update)).AssertOkJsonAsync();
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("secret").ValueKind);
        await (await admin.PutAsJsonAsync($"/api/webhooks/subscriptions/{id}", update)).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await admin.DeleteAsync($"/api/webhooks/subscriptions/{id}?version={version}")).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        var current = updated.GetProperty("subscription").GetProperty("version").GetInt32();
        await (await admin.DeleteAsync($"/api/webhooks/subscriptions/{id}?version={current}")).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await admin.GetAsync($"/api/webhooks/subscriptions/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await admin.PostAsJsonAsync($"/api/webhooks/subscriptions/{id}/ping", new { })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await admin.DeleteAsync($"/api/webhooks/subscriptions/{id}?version={current + 1}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, await SubscriptionCountAsync(admin));
    }

    /// <summary>
    /// Hangfire's client could not be built (as when its global log provider holds a disposed LoggerFactory): the redelivery is
    /// saved and answered 202, and the minute's run delivers it. The trigger used to take the client in its constructor, so the
    /// handler could not be built and the command answered 500.
    /// </summary>
    [Fact]
    public async Task A_redelivery_is_accepted_when_the_job_client_cannot_be_built()
    {
        using var receiver = WebhookReceiver.Start(200);
        var admin = await AdminAsync();
        var subscriptionId = (await SubscribeAsync(admin, receiver.Url.ToString(), "filing.approved")).GetProperty("subscription").GetProperty("id").GetGuid();
        var ping = await (await admin.PostAsJsonAsync($"/api/webhooks/subscriptions/{subscriptionId}/ping", new { })).AssertOkJsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(1, await Fixture.RunRecurringJobAsync(RecurringJobs.DeliverWebhooks));

        await using var app = Fixture.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<Hangfire.IBackgroundJobClient>(
            _ => throw new ObjectDisposedException("LoggerFactory"))));
        var broken = Fixture.CreateClient(app: app);
        (await broken.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Admin.UserName, password = DemoLogin.Admin.Password, rememberMe = false })).EnsureSuccessStatusCode();
        var redelivery = await (await broken.PostAsJsonAsync($"/api/webhooks/deliveries/{ping.GetProperty("id").GetGuid()}/redeliver", new { }))
            .AssertOkJsonAsync(HttpStatusCode.Accepted);

        Assert.Equal("Pending", redelivery.GetProperty("status").GetString());
        Assert.Equal(1, await Fixture.RunRecurringJobAsync(RecurringJobs.DeliverWebhooks));
        Assert.Equal(2, receiver.Received.Count);
    }

    [Fact]
    public async Task The_event_types_are_the_registry()
    {
        var types = await (await (await AdminAsync()).GetAsync("/api/webhooks/event-types")).AssertOkJsonAsync();

        Assert.Equal(
            "filing.submitted filing.approved filing.returned filing.revoked publication.published objection.lodged objection.decided "
            + "project.report-submitted project.report-verified project.report-rejected project.milestone-reported project.milestone-confirmed "
            + "project.milestone-returned project.stopped project.problem-escalated",
            string.Join(' ', types.EnumerateArray().Select(t => t.GetString())));
    }
}

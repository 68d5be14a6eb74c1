using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.States;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Api.Security;
using InvestPromo.Infrastructure.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Two instances of the app on one database, as behind a load balancer: each is started beside the fixture's app with a data
/// folder of its own (another machine), so only what is in the database is shared.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class SeveralInstancesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private readonly List<string> folders = [];

    public override Task DisposeAsync()
    {
        foreach (var folder in folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // still held open: left behind in the temp folder, harmlessly
            }
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_session_and_an_antiforgery_token_made_by_one_instance_are_accepted_by_the_other()
    {
        await using var a = Instance();
        await using var b = Instance();
        var cookies = new CookieContainer();
        var onA = Client(a, cookies);
        var onB = Client(b, cookies);
        await (await onA.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Admin.UserName, password = DemoLogin.Admin.Password, rememberMe = false }))
            .AssertStatusAsync(HttpStatusCode.OK);
        await (await onA.GetAsync("/api/auth/antiforgery")).AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.False(string.IsNullOrEmpty(cookies.GetCookies(new Uri("http://localhost"))[AntiforgeryCookie.CookieName]?.Value));

        // The unsafe request first, so the antiforgery cookie and token are still those instance A made.
        var created = await onB.PostAsJsonAsync("/api/units", new { code = "439901", name = "第二实例园区", kind = "Park" });
        var me = await onB.GetAsync("/api/auth/me");

        await created.AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("admin", (await me.AssertOkJsonAsync()).GetProperty("userName").GetString());
        // Without the header instance B still refuses it: the token was checked, not skipped.
        var noHeader = new HttpRequestMessage(HttpMethod.Post, "/api/units") { Content = JsonContent.Create(new { code = "439902", name = "无令牌园区", kind = "Park" }) };
        var refused = await b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)).SendAsync(noHeader);
        await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "antiforgery.invalid");
    }

    [Fact]
    public async Task Sign_in_and_receipt_lookup_limits_hold_with_the_hits_spread_over_two_instances()
    {
        await using var a = Instance(("RateLimiting:LoginPerMinute", "3"), ("RateLimiting:ReceiptLookupPerMinute", "3"));
        await using var b = Instance(("RateLimiting:LoginPerMinute", "3"), ("RateLimiting:ReceiptLookupPerMinute", "3"));
        var onA = Client(a, new CookieContainer());
        var onB = Client(b, new CookieContainer());
        const string address = "198.51.100.21";

        await (await Send(onA, "/api/auth/login", address, new { userName = "admin", password = "Wrong#1" })).AssertStatusAsync(HttpStatusCode.Unauthorized);
        await (await Send(onB, "/api/auth/login", address, new { userName = "admin", password = "Wrong#2" })).AssertStatusAsync(HttpStatusCode.Unauthorized);
        await (await Send(onA, "/api/auth/login", address, new { userName = "admin", password = "Wrong#3" })).AssertStatusAsync(HttpStatusCode.Unauthorized);
        var fourthSignIn = await Send(onB, "/api/auth/login", address, new { userName = "admin", password = DemoLogin.Admin.Password });

        await (await Send(onB, "/api/public/objections/status", address, new { receiptCode = "0000-0000-0000-0001" })).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await Send(onA, "/api/public/objections/status", address, new { receiptCode = "0000-0000-0000-0002" })).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await Send(onB, "/api/public/objections/status", address, new { receiptCode = "0000-0000-0000-0003" })).AssertStatusAsync(HttpStatusCode.NotFound);
        var fourthLookup = await Send(onA, "/api/public/objections/status", address, new { receiptCode = "0000-0000-0000-0004" });

        await fourthSignIn.AssertProblemAsync(HttpStatusCode.TooManyRequests, "request.rate-limited");
        Assert.InRange(int.Parse(Assert.Single(fourthSignIn.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        await fourthLookup.AssertProblemAsync(HttpStatusCode.TooManyRequests, "request.rate-limited");
        // Another address has its own count on both instances.
        await (await Send(onB, "/api/auth/login", "198.51.100.22", new { userName = "admin", password = DemoLogin.Admin.Password })).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_calendar_correction_saved_on_one_instance_is_answered_at_once_by_the_other()
    {
        await using var a = Instance();
        await using var b = Instance();
        var admin = Client(a, new CookieContainer());
        await (await admin.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Admin.UserName, password = DemoLogin.Admin.Password, rememberMe = false }))
            .AssertStatusAsync(HttpStatusCode.OK);
        var anonymousOnB = Client(b, new CookieContainer());
        const string question = "/api/calendar/add-working-days?date=2024-09-27&days=3";
        Assert.Equal("2024-10-08", (await (await anonymousOnB.GetAsync(question)).AssertOkJsonAsync()).GetProperty("date").GetString()); // B has it cached now
        var year = await (await admin.GetAsync("/api/calendar/years/2024")).AssertOkJsonAsync();
        var days = year.GetProperty("days").EnumerateArray()
            .Where(d => d.GetProperty("date").GetString() != "2024-09-29")
            .Select(d => new { date = d.GetProperty("date").GetString(), kind = d.GetProperty("kind").GetString(), name = d.GetProperty("name").GetString() })
            .ToList();

        await (await admin.PutAsJsonAsync("/api/calendar/years/2024", new { source = "更正", days, version = year.GetProperty("version").GetInt32() })).AssertStatusAsync(HttpStatusCode.OK);

        Assert.Equal("2024-10-09", (await (await anonymousOnB.GetAsync(question)).AssertOkJsonAsync()).GetProperty("date").GetString());
    }

    [Fact]
    public async Task An_instance_without_a_job_server_enqueues_and_shows_the_dashboard_but_runs_nothing()
    {
        // Hangfire__ServerEnabled in the environment. A fresh instance: Hangfire keeps its log provider in a static, which the
        // last app started in this process set (an earlier one may be disposed by now).
        await using var app = Instance(("Hangfire:ServerEnabled", "false"));
        var services = app.Services;
        var storage = services.GetRequiredService<JobStorage>();

        var id = services.GetRequiredService<IBackgroundJobClient>().Enqueue<PurgeSignInThrottlesJob>(job => job.RunAsync(CancellationToken.None));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Empty(storage.GetMonitoringApi().Servers());
        using (var connection = storage.GetConnection())
        {
            Assert.Equal(EnqueuedState.StateName, connection.GetStateData(id).Name);
        }

        Assert.DoesNotContain(services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s is BackgroundJobServerHostedService);
        var admin = Client(app, new CookieContainer());
        await (await admin.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Admin.UserName, password = DemoLogin.Admin.Password, rememberMe = false }))
            .AssertStatusAsync(HttpStatusCode.OK);
        await (await admin.GetAsync("/hangfire")).AssertStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>Another instance: the same database and settings, a data folder of its own.</summary>
    private WebApplicationFactory<Program> Instance(params (string Key, string Value)[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "investpromo-instance-" + Guid.NewGuid().ToString("N")[..8]);
        folders.Add(folder);
        return Fixture.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("App:DataPath", folder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
    }

    /// <summary>A client of one instance on a cookie jar that may be shared with a client of the other, echoing the XSRF cookie as the SPA does.</summary>
    private static HttpClient Client(WebApplicationFactory<Program> app, CookieContainer cookies) =>
        app.CreateDefaultClient(new Uri("http://localhost"), new XsrfHandler(cookies), new CookieContainerHandler(cookies));

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, string address, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add(TestClientAddressFilter.Header, address);
        return client.SendAsync(request);
    }
}

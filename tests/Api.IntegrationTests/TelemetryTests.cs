using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Persistence;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>What an operator watches: /metrics (Prometheus text, allowed addresses only) and /health/ready's checks.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class TelemetryTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>A scrape as if from <paramref name="address"/> (the test server has no network peer).</summary>
    public static HttpRequestMessage Scrape(string? address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (address is not null)
        {
            request.Headers.Add(TestClientAddressFilter.Header, address);
        }

        return request;
    }

    [Fact]
    public async Task Metrics_from_loopback_are_Prometheus_text_with_request_durations_and_the_domain_counters()
    {
        var anonymous = Fixture.CreateClient();
        var before = Sum(await ScrapeTextAsync(anonymous), "investpromo_filings_submitted_total");
        var failuresBefore = Sum(await ScrapeTextAsync(anonymous), "investpromo_sign_in_failures_total");

        var filer = await LoginAsync(DemoLogin.Filer);
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer))), "submit");
        var refused = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Filer.UserName, password = "not-the-password-1A!", rememberMe = false });
        Assert.False(refused.IsSuccessStatusCode);

        // The exporter may answer a scrape from its short cache: ask again for a little while.
        string text;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            text = await ScrapeTextAsync(anonymous);
        }
        while ((Sum(text, "investpromo_filings_submitted_total") <= before || Sum(text, "investpromo_sign_in_failures_total") <= failuresBefore)
            && DateTime.UtcNow < deadline && await Delay());

        Assert.Equal(before + 1, Sum(text, "investpromo_filings_submitted_total"));
        Assert.Contains("investpromo_filings_submitted_total{", text, StringComparison.Ordinal);
        Assert.Contains("kind=\"first\"", text, StringComparison.Ordinal);
        Assert.Equal(failuresBefore + 1, Sum(text, "investpromo_sign_in_failures_total"));
        Assert.Contains("reason=\"auth.invalid-credentials\"", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE investpromo_reviews_overdue gauge", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE investpromo_objections_open gauge", text, StringComparison.Ordinal);
        Assert.Contains("\ninvestpromo_reviews_overdue", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.9")]
    [InlineData(null)]
    public async Task Metrics_are_refused_to_other_addresses_with_no_data(string? address)
    {
        var response = await Fixture.CreateClient().SendAsync(Scrape(address));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("investpromo_", body, StringComparison.Ordinal);
        Assert.DoesNotContain("http_server", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_scrape_addresses_replace_loopback()
    {
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Telemetry:ScrapeAllowedAddresses:0", "10.1.2.0/24"));
        var client = Fixture.CreateClient(app: app);

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Scrape("127.0.0.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Scrape("10.1.3.1"))).StatusCode);
        var allowed = await client.SendAsync(Scrape("10.1.2.7"));
        await allowed.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Contains("# TYPE", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_host_in_the_process_ending_leaves_this_hosts_metrics_whole()
    {
        // Two hosts in one process (as here) each tag their meters with their own number, so each has its own streams.
        var other = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Telemetry:GaugeRefreshSeconds", "61"));
        var otherClient = Fixture.CreateClient(app: other);
        await (await otherClient.GetAsync("/health")).AssertStatusAsync(HttpStatusCode.OK);
        Assert.Contains("http_server_request_duration_seconds_bucket{", await ScrapeTextAsync(otherClient), StringComparison.Ordinal);
        await other.DisposeAsync();

        // A shared stream is collected once more after its instrument ended, then dropped: look past that collection (and past
        // the exporter's short cache of a scrape).
        var client = Fixture.CreateClient();
        await ScrapeTextAsync(client);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await (await client.GetAsync("/health")).AssertStatusAsync(HttpStatusCode.OK);
        await ScrapeTextAsync(client);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await (await client.GetAsync("/health")).AssertStatusAsync(HttpStatusCode.OK);
        var text = await ScrapeTextAsync(client);

        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE investpromo_filings_submitted_total counter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_reports_the_database_the_attachment_store_and_the_job_servers()
    {
        var response = await Fixture.CreateClient().GetAsync("/health/ready");

        // No job server runs in the tests (Hangfire:ServerEnabled false): degraded, still ready (200).
        var report = await response.AssertOkJsonAsync();
        var checks = report.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["storage"]);
        if (Fixture.Provider == DatabaseProvider.Sqlite)
        {
            // In-memory job storage of this host alone: no server at all.
            Assert.Equal("Degraded", checks["jobs"]);
            Assert.Equal("Degraded", report.GetProperty("status").GetString());
        }
        else
        {
            // Shared job storage: another test host's server may still count as alive for a while.
            Assert.True(checks["jobs"] is "Degraded" or "Healthy", checks["jobs"]);
        }
    }

    [Fact]
    public async Task Readiness_is_healthy_once_this_instances_job_server_beats()
    {
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Hangfire:ServerEnabled", "true"));
        var client = Fixture.CreateClient(app: app);

        string? jobs = null;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            var response = await client.GetAsync("/health/ready");
            var report = await response.ReadJsonAsync();
            jobs = report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "jobs").GetProperty("status").GetString();
        }
        while (jobs != "Healthy" && DateTime.UtcNow < deadline && await Delay());

        Assert.Equal("Healthy", jobs);
    }

    private static async Task<string> ScrapeTextAsync(HttpClient client)
    {
        var response = await client.SendAsync(Scrape("127.0.0.1"));
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples over all its label sets.</summary>
    private static double Sum(string text, string metric) => text.Split('\n')
        .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }
}

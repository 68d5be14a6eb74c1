using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>A second app on the same database with a low sign-in limit.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class RateLimitTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_fourth_sign_in_attempt_within_a_minute_is_refused_with_429_and_Retry_After()
    {
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:LoginPerMinute", "3"));
        var client = Fixture.CreateClient(app: app);

        await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Wrong#1" })).AssertStatusAsync(HttpStatusCode.Unauthorized);
        await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Wrong#2" })).AssertStatusAsync(HttpStatusCode.Unauthorized);
        await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Admin#2026-Demo" })).AssertStatusAsync(HttpStatusCode.OK);
        var fourth = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Admin#2026-Demo" });

        await fourth.AssertProblemAsync(HttpStatusCode.TooManyRequests, "request.rate-limited");
        var retryAfter = int.Parse(Assert.Single(fourth.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        // Only sign-in is limited this hard: the signed-in session still works.
        await (await client.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Exhausting_the_receipt_lookups_of_an_address_leaves_its_publication_reads_working()
    {
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:PublicPerMinute", "6").UseSetting("RateLimiting:ReceiptLookupPerMinute", "3"));
        var client = Fixture.CreateClient(sendXsrfHeader: false, app: app);
        const string address = "198.51.100.7";

        for (var i = 0; i < 3; i++)
        {
            await (await SendAsync(client, HttpMethod.Post, "/api/public/objections/status", address, new { receiptCode = $"0000-0000-0000-000{i}" }))
                .AssertStatusAsync(HttpStatusCode.NotFound);
        }

        var fourth = await SendAsync(client, HttpMethod.Post, "/api/public/objections/status", address, new { receiptCode = "0000-0000-0000-0009" });

        await fourth.AssertProblemAsync(HttpStatusCode.TooManyRequests, "request.rate-limited");
        for (var i = 0; i < 3; i++)
        {
            await (await SendAsync(client, HttpMethod.Get, "/api/public/publications", address)).AssertStatusAsync(HttpStatusCode.OK);
            await (await SendAsync(client, HttpMethod.Get, "/api/calendar/days?from=2026-01-01&to=2026-01-31", address)).AssertStatusAsync(HttpStatusCode.OK);
        }

        // Another address still has its own lookups.
        await (await SendAsync(client, HttpMethod.Post, "/api/public/objections/status", "198.51.100.8", new { receiptCode = "0000-0000-0000-0009" }))
            .AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Exhausting_the_publication_reads_of_an_address_leaves_its_receipt_lookups_and_objections_working()
    {
        var publication = await ObjectionsTests.PublishedAsync(Fixture, "限流项目");
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:PublicPerMinute", "3").UseSetting("RateLimiting:ReceiptLookupPerMinute", "3").UseSetting("RateLimiting:ObjectionPerMinute", "3"));
        var client = Fixture.CreateClient(sendXsrfHeader: false, app: app);
        const string address = "198.51.100.9";
        for (var i = 0; i < 3; i++)
        {
            await (await SendAsync(client, HttpMethod.Get, "/api/public/publications", address)).AssertStatusAsync(HttpStatusCode.OK);
        }

        await (await SendAsync(client, HttpMethod.Get, "/api/public/publications", address)).AssertProblemAsync(HttpStatusCode.TooManyRequests, "request.rate-limited");
        await (await SendAsync(client, HttpMethod.Get, "/api/calendar/days?from=2026-01-01&to=2026-01-31", address))
            .AssertProblemAsync(HttpStatusCode.TooManyRequests, "request.rate-limited");

        await (await SendAsync(client, HttpMethod.Post, "/api/public/objections/status", address, new { receiptCode = "0000-0000-0000-0000" }))
            .AssertStatusAsync(HttpStatusCode.NotFound);
        await (await ObjectionsTests.LodgeAsync(client, publication, address: address)).AssertStatusAsync(HttpStatusCode.Created);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string address, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(TestClientAddressFilter.Header, address);
        return client.SendAsync(request);
    }
}

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
}

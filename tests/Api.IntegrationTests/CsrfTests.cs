using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Cookie-authenticated unsafe requests must echo the XSRF-TOKEN cookie in X-XSRF-TOKEN; API keys need no token.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class CsrfTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Signing_in_issues_a_readable_XSRF_TOKEN_cookie()
    {
        var client = Fixture.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Admin#2026-Demo" });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var xsrf = Assert.Single(cookies, c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        Assert.DoesNotContain("httponly", xsrf, StringComparison.OrdinalIgnoreCase);
        var auth = Assert.Single(cookies, c => c.StartsWith(".InvestPromo.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_signed_in_unsafe_request_without_the_token_is_refused_and_changes_nothing()
    {
        var admin = await AdminAsync();
        var withoutToken = await LoginAsync(DemoLogin.Admin, sendXsrfHeader: false);

        var response = await withoutToken.PostAsJsonAsync("/api/units", new { code = "CSRF1", name = "跨站园区", kind = "Park" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "antiforgery.invalid");
        Assert.Equal(9, await UnitCountAsync(admin));
    }

    [Fact]
    public async Task A_signed_in_unsafe_request_with_a_wrong_token_is_refused()
    {
        var withoutToken = await LoginAsync(DemoLogin.Admin, sendXsrfHeader: false);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/units") { Content = JsonContent.Create(new { code = "CSRF2", name = "跨站园区", kind = "Park" }) };
        request.Headers.Add("X-XSRF-TOKEN", "forged-token");

        var response = await withoutToken.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "antiforgery.invalid");
    }

    [Fact]
    public async Task Another_users_token_does_not_work()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var reviewerToken = await TokenOfAsync(reviewer);
        var admin = await LoginAsync(DemoLogin.Admin, sendXsrfHeader: false);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/units") { Content = JsonContent.Create(new { code = "CSRF3", name = "跨站园区", kind = "Park" }) };
        request.Headers.Add("X-XSRF-TOKEN", reviewerToken);

        var response = await admin.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "antiforgery.invalid");
    }

    [Fact]
    public async Task A_signed_in_unsafe_request_with_the_token_succeeds()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/units", new { code = "CSRF4", name = "正常园区", kind = "Park" });

        await response.AssertStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_token_from_the_antiforgery_endpoint_works_for_a_signed_in_session()
    {
        var admin = await AdminAsync();
        await (await admin.GetAsync("/api/auth/antiforgery")).AssertStatusAsync(HttpStatusCode.NoContent);

        var response = await admin.PostAsJsonAsync("/api/units", new { code = "CSRF5", name = "正常园区", kind = "Park" });

        await response.AssertStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task API_key_callers_send_no_token_and_are_never_asked_for_one()
    {
        var key = await Fixture.ApiKeyClientAsync("ReadWrite");

        // A write the key may make: answered normally, without any CSRF token.
        var login = await key.PostAsJsonAsync("/api/auth/login", new { userName = "leader", password = "Leader#2026-Demo" });
        // A write the key may not make: refused by authorization (403), not by CSRF (400).
        var create = await key.PostAsJsonAsync("/api/units", new { code = "CSRF6", name = "密钥园区", kind = "Park" });

        await login.AssertStatusAsync(HttpStatusCode.OK);
        await create.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Signing_in_itself_needs_no_token()
    {
        var client = Fixture.CreateClient(sendXsrfHeader: false);

        var first = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Admin#2026-Demo" });
        var again = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Admin#2026-Demo" });

        await first.AssertStatusAsync(HttpStatusCode.OK);
        await again.AssertStatusAsync(HttpStatusCode.OK);
    }

    private static async Task<string> TokenOfAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/auth/antiforgery");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        return cookie["XSRF-TOKEN=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Jobs;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Server-side sessions (issue 10 item 2): the auth cookie carries a session id, and a request counts only while that session
/// is active. "Copy" is another client sending the same Cookie header as the browser did at sign-in, as a thief would.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class SessionsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly Uri Root = new("http://localhost");

    [Fact]
    public async Task A_copied_cookie_answers_401_as_soon_as_its_user_signs_out()
    {
        var (browser, copy) = await SignInAsync(DemoLogin.Reviewer);
        await (await copy.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);

        await (await browser.PostAsync("/api/auth/logout", null)).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await copy.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
        Fixture.Clock.Advance(TimeSpan.FromSeconds(65));
        await (await copy.GetAsync("/api/units")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
    }

    [Fact]
    public async Task The_session_question_answers_200_for_a_visitor_a_user_and_an_ended_session_so_no_expected_401_is_logged()
    {
        var visitor = Fixture.Factory.CreateDefaultClient(Root);
        var (browser, copy) = await SignInAsync(DemoLogin.Reviewer);

        var anonymous = await (await visitor.GetAsync("/api/auth/session")).AssertOkJsonAsync();
        var signedIn = await (await copy.GetAsync("/api/auth/session")).AssertOkJsonAsync();
        await (await browser.PostAsync("/api/auth/logout", null)).AssertStatusAsync(HttpStatusCode.NoContent);
        var ended = await (await copy.GetAsync("/api/auth/session")).AssertOkJsonAsync();

        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("user").ValueKind);
        Assert.Equal("reviewer", signedIn.GetProperty("user").GetProperty("userName").GetString());
        Assert.Contains("Reviewer", signedIn.GetProperty("user").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("user").ValueKind);
    }

    [Fact]
    public async Task A_session_idle_for_31_minutes_has_ended_while_29_minutes_keep_it()
    {
        var (browser, _) = await SignInAsync(DemoLogin.Filer);

        Fixture.Clock.Advance(TimeSpan.FromMinutes(29));
        await (await browser.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(29));
        await (await browser.GetAsync("/api/filings")).AssertStatusAsync(HttpStatusCode.OK);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(31));

        await (await browser.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_session_ends_eight_hours_after_sign_in_however_active_remember_me_or_not(bool rememberMe)
    {
        // A jar that keeps the cookies the server renews whatever their Expires says (the test clock is not the machine's).
        var browser = Fixture.Factory.CreateDefaultClient(Root, new ReplayingCookies());
        await (await browser.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Leader.UserName, password = DemoLogin.Leader.Password, rememberMe }))
            .AssertStatusAsync(HttpStatusCode.OK);

        for (var minutes = 10; minutes < 8 * 60; minutes += 10)
        {
            Fixture.Clock.Advance(TimeSpan.FromMinutes(10));
            await (await browser.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        }

        Fixture.Clock.Advance(TimeSpan.FromMinutes(10));

        await (await browser.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
    }

    [Fact]
    public async Task An_admin_ends_all_of_a_users_sessions_and_only_that_users()
    {
        var (office, officeCopy) = await SignInAsync(DemoLogin.Filer);
        var (home, _) = await SignInAsync(DemoLogin.Filer);
        var (other, _) = await SignInAsync(DemoLogin.Filer2);
        var admin = await AdminAsync();
        var filerId = (await UserByNameAsync(admin, "filer")).GetProperty("id").GetGuid();
        var listed = await (await admin.GetAsync($"/api/users/{filerId}/sessions")).AssertOkJsonAsync();
        Assert.Equal(2, listed.GetArrayLength());
        Assert.Equal(2, (await UserByNameAsync(admin, "filer")).GetProperty("activeSessions").GetInt32());

        var ended = await (await admin.PostAsync($"/api/users/{filerId}/sessions/end", null)).AssertOkJsonAsync();

        Assert.Equal(2, ended.GetProperty("ended").GetInt32());
        await (await office.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
        await (await officeCopy.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
        await (await home.GetAsync("/api/filings")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
        await (await other.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        await (await admin.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(0, (await (await admin.GetAsync($"/api/users/{filerId}/sessions")).AssertOkJsonAsync()).GetArrayLength());
        Assert.Equal(0, (await UserByNameAsync(admin, "filer")).GetProperty("activeSessions").GetInt32());
        await LoginAsync(DemoLogin.Filer); // signing in again works
    }

    [Fact]
    public async Task Ending_a_users_sessions_is_audited_with_who_and_how_many()
    {
        await SignInAsync(DemoLogin.Filer);
        var admin = await AdminAsync();
        var filerId = (await UserByNameAsync(admin, "filer")).GetProperty("id").GetGuid();

        await (await admin.PostAsync($"/api/users/{filerId}/sessions/end", null)).AssertStatusAsync(HttpStatusCode.OK);

        var audit = await (await admin.GetAsync($"/api/audit?entityType=ApplicationUser&entityId={filerId}")).AssertOkJsonAsync();
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("after").GetString()?.Contains("EndedByAdmin", StringComparison.Ordinal) == true);
        Assert.Equal("admin", entry.GetProperty("userName").GetString());
        Assert.Equal("Modified", entry.GetProperty("action").GetString());
        Assert.Equal(1, JsonDocument.Parse(entry.GetProperty("before").GetString()!).RootElement.GetProperty("activeSessions").GetInt32());
        Assert.Equal(Fixture.Clock.GetUtcNow(), entry.GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Only_an_admin_can_end_sessions_and_an_unknown_user_is_a_404()
    {
        var (filer, _) = await SignInAsync(DemoLogin.Filer);
        var admin = await AdminAsync();
        var filerId = (await UserByNameAsync(admin, "filer")).GetProperty("id").GetGuid();
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        await (await reviewer.PostAsync($"/api/users/{filerId}/sessions/end", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await filer.PostAsync($"/api/users/{filerId}/sessions/end", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await reviewer.GetAsync($"/api/users/{filerId}/sessions")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await admin.PostAsync($"/api/users/{Guid.CreateVersion7()}/sessions/end", null)).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await admin.GetAsync($"/api/users/{Guid.CreateVersion7()}/sessions")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");

        await (await filer.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Resetting_a_users_password_ends_its_sessions_at_once()
    {
        var (_, copy) = await SignInAsync(DemoLogin.Leader);
        var admin = await AdminAsync();
        var leaderId = (await UserByNameAsync(admin, "leader")).GetProperty("id").GetGuid();

        await (await admin.PostAsJsonAsync($"/api/users/{leaderId}/reset-password", new { newPassword = "Str0ng#Passw0rd-2026" })).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await copy.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
    }

    [Fact]
    public async Task Deactivating_a_user_ends_its_sessions_at_once()
    {
        var (_, copy) = await SignInAsync(DemoLogin.Leader);
        var admin = await AdminAsync();
        var leader = await UserByNameAsync(admin, "leader");

        await (await admin.PutAsJsonAsync($"/api/users/{leader.GetProperty("id").GetGuid()}", new
        {
            displayName = leader.GetProperty("displayName").GetString(), role = "Leader", unitId = (Guid?)null, isActive = false, version = leader.GetProperty("version").GetInt32(),
        })).AssertStatusAsync(HttpStatusCode.OK);

        await (await copy.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
    }

    [Fact]
    public async Task Changing_ones_password_ends_ones_other_sessions_and_keeps_this_one()
    {
        var (here, _) = await SignInAsync(DemoLogin.Filer2);
        var (elsewhere, _) = await SignInAsync(DemoLogin.Filer2);

        await (await here.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = DemoLogin.Filer2.Password, newPassword = "Str0ng#Passw0rd-2026" }))
            .AssertStatusAsync(HttpStatusCode.NoContent);

        await (await elsewhere.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
        await (await here.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_that_user_only()
    {
        var (here, _) = await SignInAsync(DemoLogin.Reviewer);
        var (elsewhere, _) = await SignInAsync(DemoLogin.Reviewer);
        var admin = await AdminAsync();

        await (await here.PostAsync("/api/auth/logout-everywhere", null)).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await elsewhere.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.session-ended");
        await (await here.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Housekeeping_deletes_sessions_30_days_after_they_lapsed_and_a_second_run_deletes_nothing()
    {
        var (browser, _) = await SignInAsync(DemoLogin.Reviewer);
        await (await browser.PostAsync("/api/auth/logout", null)).AssertStatusAsync(HttpStatusCode.NoContent);
        Fixture.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        var (recent, _) = await SignInAsync(DemoLogin.Filer);

        var first = await Fixture.RunRecurringJobAsync(RecurringJobs.PurgeEndedSessions);
        var second = await Fixture.RunRecurringJobAsync(RecurringJobs.PurgeEndedSessions);

        Assert.True(first >= 1, $"deleted {first}");
        Assert.Equal(0, second);
        await (await recent.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public void The_session_housekeeping_job_is_registered_daily_in_China_time()
    {
        using var connection = Fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RecurringJobs.PurgeEndedSessions);

        Assert.Equal("Asia/Shanghai", job.TimeZoneId);
        Assert.Equal("45 3 * * *", job.Cron);
    }

    /// <summary>Signs in like the SPA (cookie jar, XSRF header) and answers that browser and a client replaying its cookies.</summary>
    private async Task<(HttpClient Browser, HttpClient Copy)> SignInAsync(DemoLogin login)
    {
        var cookies = new CookieContainerHandler();
        var browser = Fixture.Factory.CreateDefaultClient(Root, new XsrfHandler(cookies.Container), cookies);
        await (await browser.PostAsJsonAsync("/api/auth/login", new { userName = login.UserName, password = login.Password, rememberMe = false }))
            .AssertStatusAsync(HttpStatusCode.OK);
        var copy = Fixture.Factory.CreateDefaultClient(Root);
        copy.DefaultRequestHeaders.Add("Cookie", cookies.Container.GetCookieHeader(Root));
        return (browser, copy);
    }

    /// <summary>Sends back every cookie the server set, by name, until the server clears it; ignores Expires.</summary>
    private sealed class ReplayingCookies : DelegatingHandler
    {
        private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
            {
                var pair = header.Split(';', 2)[0];
                var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                var value = pair[(name.Length + 1)..];
                if (value.Length == 0)
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }

            return response;
        }
    }
}

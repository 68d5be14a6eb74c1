using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class SignInTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("admin", "wrong-password")]
    [InlineData("nobody", "Admin#2026-Demo")]
    [InlineData("ADMIN", "admin#2026")]
    public async Task Wrong_credentials_are_a_401_that_does_not_say_which_part_was_wrong(string userName, string password)
    {
        var response = await Fixture.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid-credentials");
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".InvestPromo.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_sign_in_form_is_a_400_naming_both_fields()
    {
        var response = await Fixture.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "", password = "" });

        await response.AssertValidationProblemAsync("userName", "password");
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_address_refuse_that_address_even_the_right_password()
    {
        var client = Fixture.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer", password = $"Wrong#{i}" }))
                .AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid-credentials");
        }

        var fifth = await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer", password = "Wrong#5" });
        var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer", password = "Reviewer#2026-Demo" });

        await fifth.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.locked-out");
        await right.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.locked-out");
        await (await Fixture.CreateClient().GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer", password = "Reviewer#2026-Demo" })).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Six_wrong_passwords_from_one_address_do_not_lock_the_admin_out_from_another()
    {
        var client = Fixture.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            await LoginFromAsync(client, "203.0.113.10", "admin", $"Wrong#{i}");
        }

        var attacker = await LoginFromAsync(client, "203.0.113.10", "admin", DemoLogin.Admin.Password);
        var admin = await LoginFromAsync(Fixture.CreateClient(), "203.0.113.20", "admin", DemoLogin.Admin.Password);

        await attacker.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.locked-out");
        await admin.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False((await UserByNameAsync(await AdminAsync(), "admin")).GetProperty("isLockedOut").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_name_gets_exactly_the_answers_a_known_one_gets_wrong_and_then_throttled()
    {
        var known = Fixture.CreateClient();
        var unknown = Fixture.CreateClient();
        for (var i = 0; i < 7; i++)
        {
            var a = await LoginFromAsync(known, "203.0.113.30", "reviewer", $"Wrong#{i}-password");
            var b = await LoginFromAsync(unknown, "203.0.113.30", "no-such-user", $"Wrong#{i}-password");

            Assert.Equal(a.StatusCode, b.StatusCode);
            Assert.Equal(Headers(a), Headers(b));
            Assert.Equal(await BodyAsync(a), await BodyAsync(b));
            await b.AssertProblemAsync(HttpStatusCode.Unauthorized, i < 4 ? "auth.invalid-credentials" : "auth.locked-out");
        }
    }

    [Fact]
    public async Task An_unknown_name_costs_the_same_password_hashing_as_a_known_one()
    {
        var counter = new HashCounter();
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(counter);
            services.AddScoped<IPasswordHasher<ApplicationUser>, CountingPasswordHasher>();
        }));
        var client = Fixture.CreateClient(app: app);

        await LoginFromAsync(client, "203.0.113.40", "reviewer", "Wrong#1-password");
        var known = counter.Verifications;
        await LoginFromAsync(client, "203.0.113.41", "no-such-user", "Wrong#1-password");
        var unknown = counter.Verifications - known;

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task One_user_signing_in_from_six_browsers_at_once_gets_six_sessions()
    {
        // Each sign-in writes the last sign-in time and starts a session; neither may conflict with the others (was a 409).
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Fixture.LoginAsync(DemoLogin.Leader)));

        foreach (var client in clients)
        {
            await (await client.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_burst_of_wrong_passwords_for_one_name_from_many_addresses_is_all_401_never_a_500()
    {
        // Every failure updates the same per-name row; the races between them are retried, never answered 500.
        var client = Fixture.CreateClient();
        var attempts = Enumerable.Range(1, 24).Select(i => LoginFromAsync(client, $"198.19.1.{i}", "burst-target", $"Wrong#{i}-password"));

        var responses = await Task.WhenAll(attempts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task Many_failures_across_addresses_lock_the_account_which_admins_see_and_can_undo()
    {
        await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("SignIn:AccountFailureLimit", "8"));
        var client = Fixture.CreateClient(app: app);
        for (var address = 1; address <= 4; address++)
        {
            for (var i = 0; i < 2; i++)
            {
                // The failure that reaches the limit is answered as the lock it causes.
                var expected = address == 4 && i == 1 ? "auth.locked-out" : "auth.invalid-credentials";
                await (await LoginFromAsync(client, $"198.18.0.{address}", "reviewer", $"Wrong#{i}-password")).AssertProblemAsync(HttpStatusCode.Unauthorized, expected);
                await (await LoginFromAsync(client, $"198.18.0.{address}", "no-such-user", $"Wrong#{i}-password")).AssertProblemAsync(HttpStatusCode.Unauthorized, expected);
            }
        }

        var right = await LoginFromAsync(client, "198.18.0.99", "reviewer", DemoLogin.Reviewer.Password);
        var unknown = await LoginFromAsync(client, "198.18.0.99", "no-such-user", DemoLogin.Reviewer.Password);

        await right.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.locked-out");
        await unknown.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.locked-out");
        var admin = await AdminAsync();
        var reviewer = await UserByNameAsync(admin, "reviewer");
        Assert.True(reviewer.GetProperty("isLockedOut").GetBoolean());
        Assert.Equal(Fixture.Clock.GetUtcNow(), reviewer.GetProperty("lockedOutAt").GetDateTimeOffset());
        Assert.Contains("8", reviewer.GetProperty("lockoutReason").GetString(), StringComparison.Ordinal);
        var audit = await (await admin.GetAsync($"/api/audit?entityType=ApplicationUser&entityId={reviewer.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync();
        Assert.Contains("lockoutReason", audit, StringComparison.OrdinalIgnoreCase);

        await (await admin.PostAsync($"/api/users/{reviewer.GetProperty("id").GetGuid()}/unlock", null)).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.False((await UserByNameAsync(admin, "reviewer")).GetProperty("isLockedOut").GetBoolean());
        await (await LoginFromAsync(client, "198.18.0.99", "reviewer", DemoLogin.Reviewer.Password)).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_and_is_told_so_only_with_the_right_password()
    {
        var admin = await AdminAsync();
        var leader = await UserByNameAsync(admin, "leader");
        await (await admin.PutAsJsonAsync($"/api/users/{leader.GetProperty("id").GetGuid()}", new
        {
            displayName = leader.GetProperty("displayName").GetString(),
            role = "Leader",
            unitId = (Guid?)null,
            isActive = false,
            version = leader.GetProperty("version").GetInt32(),
        })).AssertStatusAsync(HttpStatusCode.OK);

        var right = await Fixture.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "leader", password = "Leader#2026-Demo" });
        var wrong = await Fixture.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "leader", password = "Wrong#2026" });

        await right.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.inactive");
        await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid-credentials");
    }

    [Fact]
    public async Task A_deactivated_users_open_session_ends()
    {
        var leader = await LoginAsync(DemoLogin.Leader);
        await (await leader.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        var admin = await AdminAsync();
        var user = await UserByNameAsync(admin, "leader");
        await (await admin.PutAsJsonAsync($"/api/users/{user.GetProperty("id").GetGuid()}", new
        {
            displayName = "王市长", role = "Leader", unitId = (Guid?)null, isActive = false, version = user.GetProperty("version").GetInt32(),
        })).AssertStatusAsync(HttpStatusCode.OK);

        var me = await leader.GetAsync("/api/auth/me");

        await me.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_current_user_shows_roles_and_unit()
    {
        var filer = await LoginAsync(DemoLogin.Filer);

        var me = await (await filer.GetAsync("/api/auth/me")).AssertOkJsonAsync();

        Assert.Equal("filer", me.GetProperty("userName").GetString());
        Assert.Equal(["Filer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("武陵区", me.GetProperty("unitName").GetString());
        Assert.Equal(await UnitIdAsync(await AdminAsync(), "430702"), me.GetProperty("unitId").GetGuid());
    }

    [Fact]
    public async Task Signing_in_answers_with_the_current_user_and_records_the_time()
    {
        var client = Fixture.CreateClient();

        var user = await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "leader", password = "Leader#2026-Demo" })).AssertOkJsonAsync();

        Assert.Equal("leader", user.GetProperty("userName").GetString());
        Assert.Equal(["Leader"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var listed = await UserByNameAsync(await AdminAsync(), "leader");
        Assert.Equal(Fixture.Clock.GetUtcNow(), listed.GetProperty("lastLoginAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task After_signing_out_the_session_is_gone()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        await (await reviewer.PostAsync("/api/auth/logout", null)).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await reviewer.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await reviewer.GetAsync("/api/units")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task The_session_cookie_expires_after_eight_hours_of_inactivity()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await reviewer.GetAsync("/api/auth/me")).AssertStatusAsync(HttpStatusCode.OK);

        Fixture.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        await (await reviewer.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Changing_the_password_makes_the_new_one_work_and_the_old_one_fail()
    {
        var filer = await LoginAsync(DemoLogin.Filer2);

        var response = await filer.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = "Filer#2026-Demo", newPassword = "Dingcheng#2027" });

        await response.AssertStatusAsync(HttpStatusCode.NoContent);
        await (await Fixture.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "filer2", password = "Filer#2026-Demo" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid-credentials");
        await Fixture.LoginAsync("filer2", "Dingcheng#2027");
    }

    [Theory]
    [InlineData("Abcdef#2026", "12")]
    [InlineData("Password@123", "常见")]
    [InlineData("P@ssw0rd1234", "常见")]
    public async Task An_eleven_character_or_common_new_password_is_a_400_saying_why(string weak, string why)
    {
        var filer = await LoginAsync(DemoLogin.Filer2);

        var response = await filer.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = DemoLogin.Filer2.Password, newPassword = weak });

        var errors = await response.AssertValidationProblemAsync("newPassword");
        Assert.Contains(errors.GetProperty("newPassword").EnumerateArray(), m => m.GetString()!.Contains(why, StringComparison.Ordinal));
        await Fixture.LoginAsync(DemoLogin.Filer2);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("alllowercase#1")]
    [InlineData("NoDigitsHere#")]
    [InlineData("NoSymbols2027")]
    public async Task A_weak_new_password_is_a_400_on_newPassword_and_the_old_one_keeps_working(string weak)
    {
        var filer = await LoginAsync(DemoLogin.Filer2);

        var response = await filer.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = "Filer#2026-Demo", newPassword = weak });

        await response.AssertValidationProblemAsync("newPassword");
        await Fixture.LoginAsync(DemoLogin.Filer2);
    }

    [Fact]
    public async Task A_wrong_current_password_is_a_400_on_currentPassword()
    {
        var filer = await LoginAsync(DemoLogin.Filer2);

        var response = await filer.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = "Wrong#2026", newPassword = "Dingcheng#2027" });

        await response.AssertValidationProblemAsync("currentPassword");
    }

    private static Task<HttpResponseMessage> LoginFromAsync(HttpClient client, string address, string userName, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { userName, password }) };
        request.Headers.Add(TestClientAddressFilter.Header, address);
        return client.SendAsync(request);
    }

    private static string Headers(HttpResponseMessage response) => string.Join("\n", response.Headers.Concat(response.Content.Headers)
        .Where(h => h.Key is not "Date")
        .OrderBy(h => h.Key, StringComparer.Ordinal)
        .Select(h => h.Key + ": " + string.Join(",", h.Value)));

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }

    public sealed class HashCounter
    {
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public void Count() => Interlocked.Increment(ref verifications);
    }

    private sealed class CountingPasswordHasher(HashCounter counter, IOptions<PasswordHasherOptions> options) : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> inner = new(options);

        public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            counter.Count();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

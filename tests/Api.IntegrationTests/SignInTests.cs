using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

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
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
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
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class UsersAdminTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_admin_creates_a_filer_for_a_unit_who_can_then_sign_in_and_sees_that_unit()
    {
        var admin = await AdminAsync();
        var unitId = await UnitIdAsync(admin, "430723");

        var response = await admin.PostAsJsonAsync("/api/users", new { userName = "lixian", displayName = "澧县填报员", password = "Lixian#2026-Pass", role = "Filer", unitId, phoneNumber = "0736-1234567" });

        var created = await response.AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/users/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("澧县", created.GetProperty("unitName").GetString());
        var filer = await Fixture.LoginAsync("lixian", "Lixian#2026-Pass");
        var units = await (await filer.GetAsync("/api/units")).AssertOkJsonAsync();
        Assert.Equal("430723", Assert.Single(units.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_filer_without_a_unit_is_refused()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/users", new { userName = "nounit", displayName = "无单位", password = "NoUnit#2026-Pass", role = "Filer" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "user.filer-needs-unit");
        await AssertNoUserAsync(admin, "nounit");
    }

    [Fact]
    public async Task A_unit_that_does_not_exist_is_refused()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/users", new { userName = "ghostunit", displayName = "幽灵", password = "Ghost#2026-Pass", role = "Filer", unitId = Guid.NewGuid() });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "user.unit-not-found");
    }

    [Theory]
    [InlineData("reviewer")]
    [InlineData("REVIEWER")]
    public async Task A_user_name_already_taken_is_refused(string userName)
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/users", new { userName, displayName = "重名", password = "Twice#2026-Pass", role = "Reviewer" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "user.name-taken");
        await Fixture.LoginAsync(DemoLogin.Reviewer);
    }

    [Theory]
    [InlineData("""{"userName": "x y", "displayName": "空格", "password": "Space#2026-Pass", "role": "Leader"}""", "userName")]
    [InlineData("""{"userName": "badrole", "displayName": "坏角色", "password": "Role#2026-Pass", "role": "Integrator"}""", "role")]
    [InlineData("""{"userName": "weak", "displayName": "弱密码", "password": "weak", "role": "Leader"}""", "password")]
    [InlineData("""{"userName": "mail", "displayName": "邮箱", "password": "Mail#2026-Pass", "role": "Leader", "email": "not-an-email"}""", "email")]
    public async Task Invalid_user_input_is_a_400_on_the_field_and_creates_nobody(string json, string field)
    {
        var admin = await AdminAsync();
        var before = await UserCountAsync(admin);

        var response = await admin.PostRawJsonAsync("/api/users", json);

        await response.AssertValidationProblemAsync(field);
        Assert.Equal(before, await UserCountAsync(admin));
    }

    [Fact]
    public async Task The_admin_cannot_deactivate_their_own_account()
    {
        var admin = await AdminAsync();
        var self = await UserByNameAsync(admin, "admin");

        var response = await admin.PutAsJsonAsync($"/api/users/{self.GetProperty("id").GetGuid()}", Changes(self, isActive: false));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "user.cannot-deactivate-self");
        Assert.True((await UserByNameAsync(admin, "admin")).GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task The_admin_cannot_remove_their_own_admin_role()
    {
        var admin = await AdminAsync();
        var self = await UserByNameAsync(admin, "admin");

        var response = await admin.PutAsJsonAsync($"/api/users/{self.GetProperty("id").GetGuid()}", Changes(self, role: "Reviewer"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "user.cannot-demote-self");
        Assert.Equal("Admin", (await UserByNameAsync(admin, "admin")).GetProperty("role").GetString());
        await (await admin.GetAsync("/api/users")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_a_users_role_changes_what_they_may_do()
    {
        var admin = await AdminAsync();
        var leader = await UserByNameAsync(admin, "leader");

        var updated = await (await admin.PutAsJsonAsync($"/api/users/{leader.GetProperty("id").GetGuid()}", Changes(leader, role: "Admin"))).AssertOkJsonAsync();

        Assert.Equal("Admin", updated.GetProperty("role").GetString());
        // The answer carries the version to send next (a role change saves several times, so it may grow by more than one).
        Assert.True(updated.GetProperty("version").GetInt32() > leader.GetProperty("version").GetInt32());
        Assert.Equal(updated.GetProperty("version").GetInt32(), (await UserByNameAsync(admin, "leader")).GetProperty("version").GetInt32());
        var promoted = await LoginAsync(DemoLogin.Leader);
        await (await promoted.GetAsync("/api/users")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Updating_a_user_with_a_stale_version_is_a_409()
    {
        var admin = await AdminAsync();
        var leader = await UserByNameAsync(admin, "leader");
        await (await admin.PutAsJsonAsync($"/api/users/{leader.GetProperty("id").GetGuid()}", Changes(leader, displayName: "第一次"))).AssertStatusAsync(HttpStatusCode.OK);

        var response = await admin.PutAsJsonAsync($"/api/users/{leader.GetProperty("id").GetGuid()}", Changes(leader, displayName: "第二次"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        Assert.Equal("第一次", (await UserByNameAsync(admin, "leader")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Resetting_a_password_unlocks_a_locked_account()
    {
        var admin = await AdminAsync();
        var client = Fixture.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "filer", password = $"Wrong#{i}" });
        }

        await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "filer", password = "Filer#2026-Demo" })).AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.locked-out");
        var filer = await UserByNameAsync(admin, "filer");

        var reset = await admin.PostAsJsonAsync($"/api/users/{filer.GetProperty("id").GetGuid()}/reset-password", new { newPassword = "Unlocked#2026" });

        await reset.AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.False((await UserByNameAsync(admin, "filer")).GetProperty("isLockedOut").GetBoolean());
        await Fixture.LoginAsync("filer", "Unlocked#2026");
        await (await Fixture.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "filer", password = "Filer#2026-Demo" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid-credentials");
    }

    [Theory]
    [InlineData("Lixian#2026", "12")]
    [InlineData("woaini1314", "常见")]
    [InlineData("Password@123", "常见")]
    public async Task A_new_users_password_under_twelve_characters_or_common_is_a_400_on_password(string password, string why)
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/users", new { userName = "policy", displayName = "密码策略", password, role = "Leader" });

        var errors = await response.AssertValidationProblemAsync("password");
        Assert.Contains(errors.GetProperty("password").EnumerateArray(), m => m.GetString()!.Contains(why, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_weak_reset_password_is_a_400_on_newPassword()
    {
        var admin = await AdminAsync();
        var filer = await UserByNameAsync(admin, "filer");

        var response = await admin.PostAsJsonAsync($"/api/users/{filer.GetProperty("id").GetGuid()}/reset-password", new { newPassword = "weak" });

        await response.AssertValidationProblemAsync("newPassword");
        await Fixture.LoginAsync(DemoLogin.Filer);
    }

    [Fact]
    public async Task Users_can_be_listed_by_role_and_unit()
    {
        var admin = await AdminAsync();
        var dingcheng = await UnitIdAsync(admin, "430703");

        var filers = await (await admin.GetAsync("/api/users?role=Filer")).AssertOkJsonAsync();
        var ofDingcheng = await (await admin.GetAsync($"/api/users?unitId={dingcheng}")).AssertOkJsonAsync();

        Assert.Equal(["filer", "filer2"], filers.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).Order());
        Assert.Equal("filer2", Assert.Single(ofDingcheng.GetProperty("items").EnumerateArray()).GetProperty("userName").GetString());
        await (await admin.GetAsync($"/api/users/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    private static object Changes(JsonElement user, bool? isActive = null, string? role = null, string? displayName = null) => new
    {
        displayName = displayName ?? user.GetProperty("displayName").GetString(),
        role = role ?? user.GetProperty("role").GetString(),
        unitId = user.GetProperty("unitId").ValueKind == JsonValueKind.Null ? (Guid?)null : user.GetProperty("unitId").GetGuid(),
        email = (string?)null,
        phoneNumber = (string?)null,
        isActive = isActive ?? user.GetProperty("isActive").GetBoolean(),
        version = user.GetProperty("version").GetInt32(),
    };

    private static async Task<int> UserCountAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/users?pageSize=200")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();

    private static async Task AssertNoUserAsync(HttpClient admin, string userName)
    {
        var list = await (await admin.GetAsync($"/api/users?search={userName}")).AssertOkJsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), u => u.GetProperty("userName").GetString() == userName);
    }
}

using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class ApiKeysTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Creating_a_key_shows_its_secret_once_and_the_list_shows_only_its_prefix()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/api-keys", new { name = "省平台对接", scope = "ReadOnly", expiresAt = (DateTimeOffset?)null });

        var created = await response.AssertOkJsonAsync(HttpStatusCode.Created);
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("ipk_", secret, StringComparison.Ordinal);
        Assert.Equal(44, secret.Length);
        var key = created.GetProperty("apiKey");
        Assert.Equal(secret[..12], key.GetProperty("prefix").GetString());
        Assert.Equal("Active", key.GetProperty("status").GetString());
        Assert.Equal("admin", key.GetProperty("createdByName").GetString());
        var listText = await (await admin.GetAsync("/api/api-keys")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, listText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"secret\"", listText, StringComparison.Ordinal);
        var listed = Assert.Single(await ListAsync(admin), k => k.GetProperty("id").GetGuid() == key.GetProperty("id").GetGuid());
        Assert.Equal(secret[..12], listed.GetProperty("prefix").GetString());
        Assert.Equal("省平台对接", listed.GetProperty("name").GetString());
        Assert.Equal("ReadOnly", listed.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task A_key_reads_units_and_its_last_use_is_recorded()
    {
        var admin = await AdminAsync();
        var (secret, id) = await Fixture.CreateApiKeyAsync("ReadOnly", admin);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await KeyAsync(admin, id)).GetProperty("lastUsedAt").ValueKind);

        var response = await Fixture.ApiKeyClient(secret).GetAsync("/api/units");

        var units = await response.AssertOkJsonAsync();
        Assert.Equal(9, units.GetProperty("totalCount").GetInt32());
        Assert.Equal(Fixture.Clock.GetUtcNow(), (await KeyAsync(admin, id)).GetProperty("lastUsedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var admin = await AdminAsync();
        var (secret, id) = await Fixture.CreateApiKeyAsync("ReadWrite", admin);
        var client = Fixture.ApiKeyClient(secret);
        await (await client.GetAsync("/api/units")).AssertStatusAsync(HttpStatusCode.OK);

        await (await admin.PostAsJsonAsync($"/api/api-keys/{id}/revoke", new { reason = "对接结束" })).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await client.GetAsync("/api/units")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        var key = await KeyAsync(admin, id);
        Assert.Equal("Revoked", key.GetProperty("status").GetString());
        Assert.Equal("对接结束", key.GetProperty("revokedReason").GetString());
        await (await admin.PostAsJsonAsync($"/api/api-keys/{id}/revoke", new { reason = "again" })).AssertProblemAsync(HttpStatusCode.Conflict, "api-key.already-revoked");
        await (await admin.PostAsJsonAsync($"/api/api-keys/{Guid.NewGuid()}/revoke", new { reason = "none" })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("ipk_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("ipk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public async Task An_unknown_or_malformed_key_is_a_401(string secret)
    {
        var client = Fixture.Factory.CreateDefaultClient(new Uri("http://localhost"));
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", secret);

        var response = await client.GetAsync("/api/units");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_key_with_a_tampered_secret_but_a_real_prefix_is_a_401()
    {
        var (secret, _) = await Fixture.CreateApiKeyAsync("ReadOnly");
        var tampered = secret[..^1] + (secret[^1] == 'a' ? 'b' : 'a');

        var response = await Fixture.ApiKeyClient(tampered).GetAsync("/api/units");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task An_expired_key_is_a_401_and_listed_as_expired()
    {
        var admin = await AdminAsync();
        var expiresAt = Fixture.Clock.GetUtcNow().AddDays(1);
        var (secret, id) = await Fixture.CreateApiKeyAsync("ReadOnly", admin, expiresAt);
        var client = Fixture.ApiKeyClient(secret);
        await (await client.GetAsync("/api/units")).AssertStatusAsync(HttpStatusCode.OK);

        Fixture.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        await (await client.GetAsync("/api/units")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        var freshAdmin = await AdminAsync();
        Assert.Equal("Expired", (await KeyAsync(freshAdmin, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_key_cannot_be_created_already_expired_or_without_a_name()
    {
        var admin = await AdminAsync();

        var past = await admin.PostAsJsonAsync("/api/api-keys", new { name = "过期", scope = "ReadOnly", expiresAt = Fixture.Clock.GetUtcNow().AddMinutes(-1) });
        var nameless = await admin.PostAsJsonAsync("/api/api-keys", new { name = "", scope = "ReadOnly" });
        var badScope = await admin.PostRawJsonAsync("/api/api-keys", """{"name": "坏范围", "scope": "Admin"}""");

        await past.AssertProblemAsync(HttpStatusCode.Conflict, "api-key.expiry-in-past");
        await nameless.AssertValidationProblemAsync("name");
        await badScope.AssertValidationProblemAsync("scope");
        Assert.Empty(await ListAsync(admin));
    }

    [Fact]
    public async Task A_read_write_key_may_not_use_the_signed_in_users_endpoints()
    {
        var client = await Fixture.ApiKeyClientAsync("ReadWrite");

        await (await client.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await client.GetAsync("/api/industry-chains")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Contacts_reach_a_key_only_while_an_admin_grants_them_and_each_change_is_audited_and_listed()
    {
        var admin = await AdminAsync();
        var filer = await LoginAsync(DemoLogin.Filer);
        var filing = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer))), "submit");
        var url = $"/api/filings/{filing.GetProperty("id").GetGuid()}";
        var (secret, id) = await Fixture.CreateApiKeyAsync("ReadOnly", admin);
        var key = Fixture.ApiKeyClient(secret);
        async Task<string?> PhoneAsync() => (await (await key.GetAsync(url)).AssertOkJsonAsync()).GetProperty("contactPhone").GetString();
        Assert.False((await KeyAsync(admin, id)).GetProperty("mayReadContacts").GetBoolean());
        Assert.Null(await PhoneAsync());

        var granted = await (await admin.PutAsJsonAsync($"/api/api-keys/{id}/contacts", new { mayReadContacts = true, version = (await KeyAsync(admin, id)).GetProperty("version").GetInt32() }))
            .AssertOkJsonAsync();

        Assert.True(granted.GetProperty("mayReadContacts").GetBoolean());
        Assert.Equal("ReadOnly", granted.GetProperty("scope").GetString()); // the scope is its own thing
        Assert.True((await KeyAsync(admin, id)).GetProperty("mayReadContacts").GetBoolean());
        Assert.Equal("0736-7654321", await PhoneAsync());
        await (await key.PutAsJsonAsync(url, new { })).AssertProblemAsync(HttpStatusCode.Forbidden, "auth.api-key-read-only");

        // A stale version is refused; taking the grant back works at once.
        await (await admin.PutAsJsonAsync($"/api/api-keys/{id}/contacts", new { mayReadContacts = false, version = 0 })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await admin.PutAsJsonAsync($"/api/api-keys/{id}/contacts", new { mayReadContacts = false, version = granted.GetProperty("version").GetInt32() }))
            .AssertStatusAsync(HttpStatusCode.OK);
        Assert.Null(await PhoneAsync());
        Assert.False((await KeyAsync(admin, id)).GetProperty("mayReadContacts").GetBoolean());

        var audit = await (await admin.GetAsync($"/api/audit?entityType=ApiKey&entityId={id}")).AssertOkJsonAsync();
        var changes = audit.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "Modified").ToList();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, e => Assert.Equal("admin", e.GetProperty("userName").GetString()));
        Assert.All(changes, e => Assert.Contains("mayReadContacts", e.GetProperty("after").GetString(), StringComparison.Ordinal));

        // A key created with the grant has it from the start; a revoked key's grant cannot change.
        var (_, grantedAtCreation) = await Fixture.CreateApiKeyAsync("ReadWrite", admin, mayReadContacts: true);
        var created = await KeyAsync(admin, grantedAtCreation);
        Assert.True(created.GetProperty("mayReadContacts").GetBoolean());
        await (await admin.PostAsJsonAsync($"/api/api-keys/{grantedAtCreation}/revoke", new { reason = "对接结束" })).AssertStatusAsync(HttpStatusCode.NoContent);
        await (await admin.PutAsJsonAsync($"/api/api-keys/{grantedAtCreation}/contacts", new { mayReadContacts = false, version = (await KeyAsync(admin, grantedAtCreation)).GetProperty("version").GetInt32() }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "api-key.already-revoked");
        await (await admin.PutAsJsonAsync($"/api/api-keys/{Guid.NewGuid()}/contacts", new { mayReadContacts = true, version = 0 })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    private static async Task<List<System.Text.Json.JsonElement>> ListAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/api-keys")).AssertOkJsonAsync()).EnumerateArray().ToList();

    private static async Task<System.Text.Json.JsonElement> KeyAsync(HttpClient admin, Guid id) =>
        (await ListAsync(admin)).Single(k => k.GetProperty("id").GetGuid() == id);
}

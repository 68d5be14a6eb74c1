using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class AuditTrailTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Creating_and_updating_a_unit_leaves_entries_with_the_user_and_the_values_before_and_after()
    {
        var admin = await AdminAsync();
        var unit = await CreateUnitAsync(admin, "AUD1", "审计前名称");
        var id = unit.GetProperty("id").GetGuid();
        await (await admin.PutAsJsonAsync($"/api/units/{id}", new { name = "审计后名称", kind = "Park", description = "新说明", version = unit.GetProperty("version").GetInt32() }))
            .AssertStatusAsync(HttpStatusCode.OK);

        var audit = await (await admin.GetAsync($"/api/audit?entityType=CarrierUnit&entityId={id}")).AssertOkJsonAsync();

        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("admin", e.GetProperty("userName").GetString()));
        Assert.All(entries, e => Assert.Equal(id.ToString(), e.GetProperty("entityId").GetString()));
        var modified = Assert.Single(entries, e => e.GetProperty("action").GetString() == "Modified");
        Assert.Contains("审计前名称", modified.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("审计后名称", modified.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Contains("新说明", modified.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AUD1", modified.GetProperty("after").GetString(), StringComparison.Ordinal);
        var created = Assert.Single(entries, e => e.GetProperty("action").GetString() == "Created");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("before").ValueKind);
        Assert.Contains("审计前名称", created.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, created.GetProperty("userId").ValueKind);
    }

    [Fact]
    public async Task The_audit_trail_never_records_password_hashes_or_key_secrets()
    {
        var admin = await AdminAsync();
        var (secret, _) = await Fixture.CreateApiKeyAsync("ReadOnly", admin);
        await (await admin.PostAsJsonAsync("/api/users", new { userName = "audited", displayName = "审计用户", password = "Audited#2026", role = "Leader" }))
            .AssertStatusAsync(HttpStatusCode.Created);

        // The admin's own entries: start-up seeding writes hundreds (the shipped source regions) that may sort first.
        var text = await (await admin.GetAsync("/api/audit?userName=admin&pageSize=200")).Content.ReadAsStringAsync();

        Assert.Contains("audited", text, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secretHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Audited#2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_can_be_filtered_by_user_name()
    {
        var admin = await AdminAsync();
        await CreateUnitAsync(admin, "AUD2", "按用户筛选");

        var mine = await (await admin.GetAsync("/api/audit?userName=admin&entityType=CarrierUnit")).AssertOkJsonAsync();
        var nobody = await (await admin.GetAsync("/api/audit?userName=nobody")).AssertOkJsonAsync();

        Assert.Contains(mine.GetProperty("items").EnumerateArray(), e => e.GetProperty("after").GetString()!.Contains("按用户筛选", StringComparison.Ordinal));
        Assert.Equal(0, nobody.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("reviewer", "Reviewer#2026-Demo")]
    [InlineData("leader", "Leader#2026-Demo")]
    [InlineData("filer", "Filer#2026-Demo")]
    public async Task Only_admins_may_read_the_audit_trail(string userName, string password)
    {
        var client = await Fixture.LoginAsync(userName, password);

        var response = await client.GetAsync("/api/audit");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}

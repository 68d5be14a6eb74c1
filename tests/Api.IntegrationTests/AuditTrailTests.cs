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

    [Fact]
    public async Task Entries_carry_the_objects_names_even_after_a_soft_delete()
    {
        var admin = await AdminAsync();
        var filer = await LoginAsync(DemoLogin.Filer);
        var unit = await CreateUnitAsync(admin, "AUD3", "名称单位");
        var association = await (await admin.PostAsJsonAsync("/api/associations", new { name = "审计商会", kind = "HometownChamberElsewhere" })).AssertOkJsonAsync(HttpStatusCode.Created);
        var associationId = association.GetProperty("id").GetGuid();
        await (await admin.DeleteAsync($"/api/associations/{associationId}?version={association.GetProperty("version").GetInt32()}")).AssertStatusAsync(HttpStatusCode.NoContent);
        await (await admin.PostAsJsonAsync("/api/users", new { userName = "named", displayName = "审计姓名", password = "Audited#2026", role = "Leader" }))
            .AssertStatusAsync(HttpStatusCode.Created);
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "审计项目名称"));
        var (_, keyId) = await Fixture.CreateApiKeyAsync("ReadOnly", admin, name: "审计密钥");

        async Task<string?> NameAsync(string type, Guid id)
        {
            var page = await (await admin.GetAsync($"/api/audit?entityType={type}&entityId={id}")).AssertOkJsonAsync();
            var names = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("entityName").GetString()).Distinct().ToList();
            return Assert.Single(names);
        }

        Assert.Equal("名称单位", await NameAsync("CarrierUnit", unit.GetProperty("id").GetGuid()));
        Assert.Equal("审计商会", await NameAsync("Association", associationId));
        Assert.Equal("审计姓名", await NameAsync("ApplicationUser", (await UserByNameAsync(admin, "named")).GetProperty("id").GetGuid()));
        Assert.Equal("审计项目名称", await NameAsync("Filing", filing.GetProperty("id").GetGuid()));
        Assert.Equal("审计密钥", await NameAsync("ApiKey", keyId));
    }

    [Fact]
    public async Task A_page_of_mixed_entries_gets_every_name_and_the_types_filter_lists_the_audited_types()
    {
        var admin = await AdminAsync();
        await CreateUnitAsync(admin, "AUD4", "混合单位");
        await (await admin.PostAsJsonAsync("/api/associations", new { name = "混合商会", kind = "HometownChamberElsewhere" })).AssertStatusAsync(HttpStatusCode.Created);

        var types = (await (await admin.GetAsync("/api/audit/entity-types")).AssertOkJsonAsync()).EnumerateArray().Select(t => t.GetString()!).ToList();
        var page = await (await admin.GetAsync("/api/audit?userName=admin&pageSize=200")).AssertOkJsonAsync();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var associations = await (await admin.GetAsync("/api/audit?entityType=Association")).AssertOkJsonAsync();

        Assert.Superset(new HashSet<string>(["Filing", "CarrierUnit", "ApplicationUser", "Association", "ApiKey", "IndustryChain", "SourceRegion"]), types.ToHashSet());
        Assert.Contains(items, e => e.GetProperty("entityName").GetString() == "混合单位");
        Assert.Contains(items, e => e.GetProperty("entityName").GetString() == "混合商会");
        Assert.All(items, e => Assert.Contains(e.GetProperty("entityType").GetString(), types));
        Assert.All(associations.GetProperty("items").EnumerateArray(), e => Assert.Equal("Association", e.GetProperty("entityType").GetString()));
        Assert.Contains(associations.GetProperty("items").EnumerateArray(), e => e.GetProperty("entityName").GetString() == "混合商会");
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

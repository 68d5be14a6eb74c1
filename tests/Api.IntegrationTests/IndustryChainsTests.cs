using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Admins maintain the industry-chain taxonomy (产业链): add, correct, deactivate, and delete a chain no filing uses.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class IndustryChainsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static async Task<JsonElement> CreateAsync(HttpClient admin, string code, string name = "低空经济", string? group = "战略性新兴产业集群", int sortOrder = 500) =>
        await (await admin.PostAsJsonAsync("/api/industry-chains", new { code, name, nameEn = "Low-altitude economy", group, sortOrder })).AssertOkJsonAsync(HttpStatusCode.Created);

    private static async Task<JsonElement[]> ListAsync(HttpClient client, bool includeInactive = false) =>
        [.. (await (await client.GetAsync($"/api/industry-chains?includeInactive={includeInactive}")).AssertOkJsonAsync()).EnumerateArray()];

    [Fact]
    public async Task Admins_add_correct_deactivate_and_reactivate_a_chain_and_filers_see_only_active_chains()
    {
        var admin = await AdminAsync();
        var filer = await LoginAsync(DemoLogin.Filer);

        var created = await CreateAsync(admin, " low-alt ");
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("LOW-ALT", created.GetProperty("code").GetString());
        Assert.True(created.GetProperty("isActive").GetBoolean());
        Assert.Contains(await ListAsync(filer), c => c.GetProperty("id").GetGuid() == id);

        var renamed = await (await admin.PutAsJsonAsync($"/api/industry-chains/{id}", new { name = "低空经济产业链", nameEn = (string?)null, group = "新兴产业", sortOrder = 5, isActive = true, version = 0 }))
            .AssertOkJsonAsync();
        Assert.Equal("低空经济产业链", renamed.GetProperty("name").GetString());
        Assert.Equal("新兴产业", renamed.GetProperty("group").GetString());
        Assert.Equal(5, renamed.GetProperty("sortOrder").GetInt32());
        Assert.Equal(JsonValueKind.Null, renamed.GetProperty("nameEn").ValueKind);
        await (await admin.PutAsJsonAsync($"/api/industry-chains/{id}", new { name = "旧版本", sortOrder = 5, isActive = true, version = 0 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        // A filing names the chain; deactivating it is still safe: the filing keeps it, new filings cannot choose it.
        var body = FilingsTests.CompleteBody(id);
        var filing = await FilingsTests.CreateAsync(filer, body);
        var version = renamed.GetProperty("version").GetInt32();
        var deactivated = await (await admin.PutAsJsonAsync($"/api/industry-chains/{id}", new { name = "低空经济产业链", sortOrder = 5, isActive = false, version }))
            .AssertOkJsonAsync();
        Assert.False(deactivated.GetProperty("isActive").GetBoolean());
        Assert.DoesNotContain(await ListAsync(filer), c => c.GetProperty("id").GetGuid() == id);
        Assert.Contains(await ListAsync(admin, includeInactive: true), c => c.GetProperty("id").GetGuid() == id);
        var kept = await (await filer.GetAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal(id, kept.GetProperty("industryChainId").GetGuid());
        await (await filer.PostAsJsonAsync("/api/filings", body)).AssertValidationProblemAsync("industryChainId");

        var reactivated = await (await admin.PutAsJsonAsync($"/api/industry-chains/{id}", new { name = "低空经济产业链", sortOrder = 5, isActive = true, version = deactivated.GetProperty("version").GetInt32() }))
            .AssertOkJsonAsync();
        Assert.True(reactivated.GetProperty("isActive").GetBoolean());
        await FilingsTests.CreateAsync(filer, body);
    }

    [Fact]
    public async Task A_chain_no_filing_uses_can_be_deleted_but_one_in_use_is_refused_and_kept()
    {
        var admin = await AdminAsync();
        var unused = await CreateAsync(admin, "UNUSED");
        var unusedId = unused.GetProperty("id").GetGuid();
        await (await admin.DeleteAsync($"/api/industry-chains/{unusedId}?version=1")).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await admin.DeleteAsync($"/api/industry-chains/{unusedId}?version=0")).AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.DoesNotContain(await ListAsync(admin, includeInactive: true), c => c.GetProperty("id").GetGuid() == unusedId);
        await (await admin.DeleteAsync($"/api/industry-chains/{unusedId}?version=1")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        // Its code stays taken: old exports and audit entries still name it.
        await (await admin.PostAsJsonAsync("/api/industry-chains", new { code = "unused", name = "再用", sortOrder = 1 })).AssertProblemAsync(HttpStatusCode.Conflict, "industry-chain.code-taken");

        var used = await CreateAsync(admin, "USED");
        var usedId = used.GetProperty("id").GetGuid();
        var filer = await LoginAsync(DemoLogin.Filer);
        await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(usedId)); // a draft is enough

        var refused = await (await admin.DeleteAsync($"/api/industry-chains/{usedId}?version=0")).AssertProblemAsync(HttpStatusCode.Conflict, "industry-chain.in-use");
        Assert.False(string.IsNullOrWhiteSpace(refused.GetProperty("detail").GetString()));
        Assert.Contains(await ListAsync(admin), c => c.GetProperty("id").GetGuid() == usedId);
    }

    [Fact]
    public async Task Bad_input_is_a_400_per_field_a_taken_code_a_409_and_only_admins_write()
    {
        var admin = await AdminAsync();
        var before = (await ListAsync(admin, includeInactive: true)).Length;

        await (await admin.PostAsJsonAsync("/api/industry-chains", new { code = " ", name = "", sortOrder = -1 })).AssertValidationProblemAsync("code", "name", "sortOrder");
        await (await admin.PostAsJsonAsync("/api/industry-chains", new { code = "BAD CODE!", name = "链", group = new string('群', 101), sortOrder = 1 })).AssertValidationProblemAsync("code", "group");
        await (await admin.PostAsJsonAsync("/api/industry-chains", new { code = "equip", name = "重复", sortOrder = 1 })).AssertProblemAsync(HttpStatusCode.Conflict, "industry-chain.code-taken");
        await (await admin.PutAsJsonAsync($"/api/industry-chains/{Guid.NewGuid()}", new { name = "无", sortOrder = 1, isActive = true, version = 0 })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        var equip = await FilingsTests.ChainIdAsync(admin);
        await (await admin.PutAsJsonAsync($"/api/industry-chains/{equip}", new { name = "", sortOrder = 1, isActive = true, version = -1 })).AssertValidationProblemAsync("name", "version");

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await reviewer.PostAsJsonAsync("/api/industry-chains", new { code = "REV", name = "审核员加的", sortOrder = 1 })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(before, (await ListAsync(admin, includeInactive: true)).Length);
    }
}

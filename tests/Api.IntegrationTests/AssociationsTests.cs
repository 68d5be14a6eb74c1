using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class AssociationsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Admins_create_update_and_delete_associations_and_filings_reference_them()
    {
        var admin = await AdminAsync();
        var before = (await (await admin.GetAsync("/api/associations")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();
        var created = await (await admin.PostAsJsonAsync("/api/associations", new { name = "北京常德商会", kind = "HometownChamberElsewhere" })).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var updated = await (await admin.PutAsJsonAsync($"/api/associations/{id}", new { name = "北京市常德商会", kind = "HometownChamberElsewhere", version = 0 })).AssertOkJsonAsync();
        Assert.Equal("北京市常德商会", updated.GetProperty("name").GetString());
        await (await admin.PutAsJsonAsync($"/api/associations/{id}", new { name = "旧版本", kind = "AlumniAssociation", version = 0 })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        var filer = await LoginAsync(DemoLogin.Filer);
        var listed = await (await filer.GetAsync("/api/associations?kind=HometownChamberElsewhere")).AssertOkJsonAsync();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id && a.GetProperty("name").GetString() == "北京市常德商会");
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer));
        body["associationId"] = id;
        var filing = await FilingsTests.CreateAsync(filer, body);
        Assert.Equal(id, filing.GetProperty("associationId").GetGuid());

        await (await admin.DeleteAsync($"/api/associations/{id}?version=1")).AssertStatusAsync(HttpStatusCode.NoContent);
        var after = await (await admin.GetAsync("/api/associations")).AssertOkJsonAsync();
        Assert.Equal(before, after.GetProperty("totalCount").GetInt32());
        await (await filer.PostAsJsonAsync("/api/filings", body)).AssertValidationProblemAsync("associationId");
    }

    [Fact]
    public async Task Only_admins_manage_associations_and_bad_input_is_a_400()
    {
        var admin = await AdminAsync();
        var before = (await (await admin.GetAsync("/api/associations")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();
        await (await (await LoginAsync(DemoLogin.Reviewer)).PostAsJsonAsync("/api/associations", new { name = "x", kind = "IndustryAssociation" })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await admin.PostAsJsonAsync("/api/associations", new { name = " ", kind = "IndustryAssociation" })).AssertValidationProblemAsync("name");
        await (await admin.PostRawJsonAsync("/api/associations", """{"name": "某商会", "kind": "Club"}""")).AssertValidationProblemAsync("kind");
        Assert.Equal(before, (await (await admin.GetAsync("/api/associations")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32());
    }
}

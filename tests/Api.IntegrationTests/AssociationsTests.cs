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
    public async Task Only_the_center_manages_associations_and_bad_input_is_a_400()
    {
        var admin = await AdminAsync();
        var before = (await (await admin.GetAsync("/api/associations")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();
        await (await (await LoginAsync(DemoLogin.Leader)).PostAsJsonAsync("/api/associations", new { name = "x", kind = "IndustryAssociation" })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await admin.PostAsJsonAsync("/api/associations", new { name = " ", kind = "IndustryAssociation" })).AssertValidationProblemAsync("name");
        await (await admin.PostRawJsonAsync("/api/associations", """{"name": "某商会", "kind": "Club"}""")).AssertValidationProblemAsync("kind");
        Assert.Equal(before, (await (await admin.GetAsync("/api/associations")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32());
    }

    private static async Task<Guid> DemoAssociationIdAsync(HttpClient admin)
    {
        var list = await (await admin.GetAsync("/api/associations?search=北京常德商会")).AssertOkJsonAsync();
        return list.GetProperty("items").EnumerateArray().First(a => a.GetProperty("name").GetString() == "北京常德商会").GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Officers_contacts_reach_the_center_only()
    {
        var admin = await AdminAsync();
        var created = await (await admin.PostAsJsonAsync("/api/associations", new { name = "联系方式商会", kind = "IndustryAssociation" })).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await admin.PutAsJsonAsync($"/api/associations/{id}/profile", new
        {
            name = "联系方式商会", kind = "IndustryAssociation", presidentName = "周建华", presidentContact = "13807361000", version = 0,
        })).AssertOkJsonAsync();

        var leader = await (await (await LoginAsync(DemoLogin.Leader)).GetAsync($"/api/associations/{id}")).AssertOkJsonAsync();
        Assert.Equal("13807361000", leader.GetProperty("presidentContact").GetString());
        await (await (await LoginAsync(DemoLogin.Filer)).GetAsync($"/api/associations/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await (await LoginAsync(DemoLogin.Association)).GetAsync($"/api/associations/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_portal_answers_404_for_another_associations_office_or_member_and_409_when_stale()
    {
        var admin = await AdminAsync();
        var other = (await (await admin.PostAsJsonAsync("/api/associations", new { name = "别家商会", kind = "IndustryAssociation" })).AssertOkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var theirOffice = await (await admin.PostAsJsonAsync($"/api/associations/{other}/offices", new { name = "别家联络处", cityRegionCode = "440300" })).AssertOkJsonAsync(HttpStatusCode.Created);
        var theirMember = await (await admin.PostAsJsonAsync($"/api/associations/{other}/members", new { companyName = "别家企业" })).AssertOkJsonAsync(HttpStatusCode.Created);

        var portal = await LoginAsync(DemoLogin.Association);
        await (await portal.PutAsJsonAsync($"/api/association-portal/offices/{theirOffice.GetProperty("id").GetGuid()}", new { name = "抢", cityRegionCode = "440300", version = 0 }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await portal.DeleteAsync($"/api/association-portal/members/{theirMember.GetProperty("id").GetGuid()}?version=0")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");

        var office = await (await portal.PostAsJsonAsync("/api/association-portal/offices", new { name = "常德市招商联络处（深圳）", cityRegionCode = "440300", contactName = "黄海" }))
            .AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(await DemoAssociationIdAsync(admin), office.GetProperty("associationId").GetGuid());
        var officeId = office.GetProperty("id").GetGuid();
        await (await portal.PutAsJsonAsync($"/api/association-portal/offices/{officeId}", new { name = "改名", cityRegionCode = "310000", version = 0 })).AssertOkJsonAsync();
        await (await portal.PutAsJsonAsync($"/api/association-portal/offices/{officeId}", new { name = "旧版本", cityRegionCode = "310000", version = 0 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await portal.PostAsJsonAsync("/api/association-portal/members", new { companyName = " " })).AssertValidationProblemAsync("companyName");
        await (await portal.PostAsJsonAsync("/api/association-portal/members", new { companyName = "坏代码公司", creditCode = "91430702760750218A" }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "association-member.credit-code-invalid");

        var home = await (await portal.GetAsync("/api/association-portal")).AssertOkJsonAsync();
        var profile = home.GetProperty("profile");
        Assert.Equal("北京常德商会", profile.GetProperty("name").GetString());
        Assert.DoesNotContain(profile.GetProperty("offices").EnumerateArray(), o => o.GetProperty("associationId").GetGuid() == other);
    }

    [Fact]
    public async Task Status_changes_and_ratings_answer_409_when_refused()
    {
        var admin = await AdminAsync();
        var a = await (await admin.PostAsJsonAsync("/api/associations", new { name = "筹备商会", kind = "AlumniAssociation", status = "Preparatory" })).AssertOkJsonAsync(HttpStatusCode.Created);
        var id = a.GetProperty("id").GetGuid();
        Assert.Equal("Preparatory", a.GetProperty("status").GetString());
        await (await admin.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Preparatory", version = 0 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "association.status-change-invalid");
        await (await admin.PostAsJsonAsync($"/api/associations/{id}/ratings", new { level = "Municipal", year = 2024 })).AssertOkJsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/associations/{id}/ratings", new { level = "Municipal", year = 2024 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "association.rating-exists");
        await (await admin.PostAsJsonAsync($"/api/associations/{id}/ratings", new { level = "Municipal", year = 1990 })).AssertValidationProblemAsync("year");
    }

    [Fact]
    public async Task A_user_of_role_association_needs_an_existing_association()
    {
        var admin = await AdminAsync();
        await (await admin.PostAsJsonAsync("/api/users", new { userName = "assoc-x", displayName = "联络员", password = "Assoc#2026-Test!", role = "Association" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "user.association-required");
        await (await admin.PostAsJsonAsync("/api/users", new { userName = "assoc-x", displayName = "联络员", password = "Assoc#2026-Test!", role = "Association", associationId = Guid.NewGuid() }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "user.association-not-found");
        await (await admin.PostAsJsonAsync("/api/users", new { userName = "rev-x", displayName = "审核", password = "Review#2026-Test!", role = "Reviewer", associationId = await DemoAssociationIdAsync(admin) }))
            .AssertValidationProblemAsync("associationId");
    }
}

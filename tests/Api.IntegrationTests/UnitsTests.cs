using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class UnitsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Wuling = "430702";
    private const string Dingcheng = "430703";
    private const string Hanshou = "430722";

    [Fact]
    public async Task A_filer_lists_only_its_own_unit()
    {
        var filer = await LoginAsync(DemoLogin.Filer);

        var list = await (await filer.GetAsync("/api/units?pageSize=200")).AssertOkJsonAsync();

        var unit = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(Wuling, unit.GetProperty("code").GetString());
        Assert.Equal("武陵区", unit.GetProperty("name").GetString());
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Another_units_record_is_not_found_for_a_filer_but_visible_to_its_own_filer_and_the_admin()
    {
        var admin = await AdminAsync();
        var dingcheng = await UnitIdAsync(admin, Dingcheng);

        await (await (await LoginAsync(DemoLogin.Filer)).GetAsync($"/api/units/{dingcheng}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        var own = await (await (await LoginAsync(DemoLogin.Filer2)).GetAsync($"/api/units/{dingcheng}")).AssertOkJsonAsync();
        Assert.Equal("鼎城区", own.GetProperty("name").GetString());
        await (await admin.GetAsync($"/api/units/{dingcheng}")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_admin_sees_every_seeded_unit_and_can_filter_by_kind_and_search()
    {
        var admin = await AdminAsync();

        Assert.Equal(9, await UnitCountAsync(admin));
        var parks = await (await admin.GetAsync("/api/units?kind=Park")).AssertOkJsonAsync();
        Assert.Equal(3, parks.GetProperty("totalCount").GetInt32());
        Assert.All(parks.GetProperty("items").EnumerateArray(), u => Assert.Equal("Park", u.GetProperty("kind").GetString()));
        var search = await (await admin.GetAsync($"/api/units?search={Uri.EscapeDataString("鼎城")}")).AssertOkJsonAsync();
        Assert.Equal(Dingcheng, Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        var page = await (await admin.GetAsync("/api/units?page=2&pageSize=4")).AssertOkJsonAsync();
        Assert.Equal(4, page.GetProperty("items").GetArrayLength());
        Assert.Equal(9, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Creating_a_unit_answers_201_with_its_location_and_the_unit_can_be_read_there()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/units", new { code = "cdzhtz", name = "常德综合保税区", kind = "Park", description = "海关特殊监管区域" });

        var created = await response.AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("CDZHTZ", created.GetProperty("code").GetString());
        Assert.Equal($"/api/units/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        var read = await (await admin.GetAsync(response.Headers.Location)).AssertOkJsonAsync();
        Assert.Equal("常德综合保税区", read.GetProperty("name").GetString());
        Assert.Equal("海关特殊监管区域", read.GetProperty("description").GetString());
        Assert.Equal(10, await UnitCountAsync(admin));
    }

    [Theory]
    [InlineData(Dingcheng)]
    [InlineData("cdetdz")]
    public async Task A_unit_code_already_in_use_is_refused_with_409(string code)
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/units", new { code, name = "重复", kind = "County" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "unit.code-taken");
        Assert.Equal(9, await UnitCountAsync(admin));
    }

    [Fact]
    public async Task Updating_a_unit_changes_it_and_bumps_its_version()
    {
        var admin = await AdminAsync();
        var unit = await CreateUnitAsync(admin, "UPD1", "旧名称");
        var id = unit.GetProperty("id").GetGuid();
        var version = unit.GetProperty("version").GetInt32();

        var updated = await (await admin.PutAsJsonAsync($"/api/units/{id}", new { name = "新名称", kind = "County", description = "改为县区", version })).AssertOkJsonAsync();

        Assert.Equal(version + 1, updated.GetProperty("version").GetInt32());
        var read = await (await admin.GetAsync($"/api/units/{id}")).AssertOkJsonAsync();
        Assert.Equal("新名称", read.GetProperty("name").GetString());
        Assert.Equal("County", read.GetProperty("kind").GetString());
        Assert.Equal(version + 1, read.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_second_update_with_the_same_version_is_stale_and_the_first_update_stays()
    {
        var admin = await AdminAsync();
        var unit = await UnitByCodeAsync(admin, Hanshou);
        var id = unit.GetProperty("id").GetGuid();
        var version = unit.GetProperty("version").GetInt32();

        await (await admin.PutAsJsonAsync($"/api/units/{id}", new { name = "汉寿县(第一次)", kind = "County", description = (string?)null, version })).AssertStatusAsync(HttpStatusCode.OK);
        var second = await admin.PutAsJsonAsync($"/api/units/{id}", new { name = "汉寿县(第二次)", kind = "County", description = (string?)null, version });

        await second.AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        var read = await (await admin.GetAsync($"/api/units/{id}")).AssertOkJsonAsync();
        Assert.Equal("汉寿县(第一次)", read.GetProperty("name").GetString());
        Assert.Equal(version + 1, read.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Deleting_with_a_stale_version_is_refused_and_the_unit_stays()
    {
        var admin = await AdminAsync();
        var unit = await UnitByCodeAsync(admin, Hanshou);
        var id = unit.GetProperty("id").GetGuid();
        var version = unit.GetProperty("version").GetInt32();
        await (await admin.PutAsJsonAsync($"/api/units/{id}", new { name = "汉寿县(已改)", kind = "County", description = (string?)null, version })).AssertStatusAsync(HttpStatusCode.OK);

        var response = await admin.DeleteAsync($"/api/units/{id}?version={version}");

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        var read = await (await admin.GetAsync($"/api/units/{id}")).AssertOkJsonAsync();
        Assert.Equal("汉寿县(已改)", read.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Deleting_a_unit_is_soft_it_disappears_from_reads_is_audited_and_its_code_stays_taken()
    {
        var admin = await AdminAsync();
        var unit = await UnitByCodeAsync(admin, Hanshou);
        var id = unit.GetProperty("id").GetGuid();

        var response = await admin.DeleteAsync($"/api/units/{id}?version={unit.GetProperty("version").GetInt32()}");

        await response.AssertStatusAsync(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/units/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        var list = await (await admin.GetAsync("/api/units?pageSize=200")).AssertOkJsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), u => u.GetProperty("id").GetGuid() == id);
        Assert.Equal(8, list.GetProperty("totalCount").GetInt32());
        var audit = await (await admin.GetAsync($"/api/audit?entityType=CarrierUnit&entityId={id}")).AssertOkJsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Deleted" && e.GetProperty("userName").GetString() == "admin");
        await (await admin.PostAsJsonAsync("/api/units", new { code = Hanshou, name = "汉寿县", kind = "County" })).AssertProblemAsync(HttpStatusCode.Conflict, "unit.code-taken");
        await (await admin.DeleteAsync($"/api/units/{id}?version=99")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_unit_with_active_users_cannot_be_deleted()
    {
        var admin = await AdminAsync();
        var unit = await UnitByCodeAsync(admin, Wuling);

        var response = await admin.DeleteAsync($"/api/units/{unit.GetProperty("id").GetGuid()}?version={unit.GetProperty("version").GetInt32()}");

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "unit.has-users");
        await (await admin.GetAsync($"/api/units/{unit.GetProperty("id").GetGuid()}")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_center_cannot_be_deleted()
    {
        var admin = await AdminAsync();
        var center = await UnitByCodeAsync(admin, "CENTER");

        var response = await admin.DeleteAsync($"/api/units/{center.GetProperty("id").GetGuid()}?version={center.GetProperty("version").GetInt32()}");

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "unit.center-cannot-be-deleted");
        await (await admin.GetAsync($"/api/units/{center.GetProperty("id").GetGuid()}")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_centers_kind_cannot_be_changed()
    {
        var admin = await AdminAsync();
        var center = await UnitByCodeAsync(admin, "CENTER");

        var response = await admin.PutAsJsonAsync($"/api/units/{center.GetProperty("id").GetGuid()}", new { name = "常德市投资促进中心", kind = "Park", description = (string?)null, version = center.GetProperty("version").GetInt32() });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "unit.center-kind-fixed");
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_unit_is_404()
    {
        var admin = await AdminAsync();
        var id = Guid.NewGuid();

        await (await admin.PutAsJsonAsync($"/api/units/{id}", new { name = "无", kind = "Park", description = (string?)null, version = 0 })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await admin.DeleteAsync($"/api/units/{id}?version=0")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await admin.GetAsync($"/api/units/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }
}

using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Unit targets and quarterly reports through HTTP (issue 15's bad input): an unknown unit and a negative figure 400 with the field,
/// a stale version 409, another unit's line 404 for a filer, the export's content type. Rules run through ISender
/// (Application.IntegrationTests/QuarterlyTests.cs) and in the domain (QuarterlySchedulingTests).
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class QuarterlyApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static object Body(int signed, int? version) => new
    {
        figures = new { signedProjects = signed, signedOver1Billion = 0, signedOver5Billion = 0, startedProjects = 1, completedProjects = 1, fixedAssetInvestment = 100m, fundsDomestic = 0m, fundsForeign = 0m },
        version,
    };

    private static async Task<Guid> UnitAsync(HttpClient admin, string code)
    {
        var year = await (await admin.GetAsync("/api/targets/2013")).AssertOkJsonAsync();
        return year.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitCode").GetString() == code).GetProperty("unitId").GetGuid();
    }

    [Fact]
    public async Task Targets_refuse_an_unknown_unit_and_a_negative_with_400_a_stale_version_with_409_and_save_nothing()
    {
        var admin = await AdminAsync();
        var unit = await UnitAsync(admin, "430722");

        await (await admin.PutAsJsonAsync($"/api/targets/2013/units/{Guid.NewGuid()}", Body(1, null))).AssertValidationProblemAsync("unitId");
        await (await admin.PutAsJsonAsync($"/api/targets/2013/units/{unit}", Body(-1, null))).AssertValidationProblemAsync("figures.signedProjects");
        var created = await (await admin.PutAsJsonAsync($"/api/targets/2013/units/{unit}", Body(5, null))).AssertOkJsonAsync();
        var version = created.GetProperty("version").GetInt32();
        await (await admin.PutAsJsonAsync($"/api/targets/2013/units/{unit}", Body(6, version))).AssertOkJsonAsync();
        await (await admin.PutAsJsonAsync($"/api/targets/2013/units/{unit}", Body(7, version))).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");

        var year = await (await admin.GetAsync("/api/targets/2013")).AssertOkJsonAsync();
        Assert.Equal(6, year.GetProperty("cityTotal").GetProperty("signedProjects").GetInt32());
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await reviewer.PutAsJsonAsync($"/api/targets/2013/units/{unit}", Body(8, version + 1))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_filer_gets_its_own_units_line_another_units_404_and_the_export_is_xlsx()
    {
        var admin = await AdminAsync();
        await (await admin.PostAsJsonAsync("/api/quarterly/reports", new { year = 2013, quarter = 2, again = false })).AssertOkJsonAsync();
        var own = await UnitAsync(admin, "430702");
        var other = await UnitAsync(admin, "430703");
        var filer = await LoginAsync(DemoLogin.Filer);

        var report = await (await filer.GetAsync("/api/quarterly/reports/2013/2")).AssertOkJsonAsync();
        Assert.Equal([own], report.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()));
        await (await filer.GetAsync($"/api/quarterly/reports/2013/2/units/{own}")).AssertOkJsonAsync();
        await (await filer.GetAsync($"/api/quarterly/reports/2013/2/units/{other}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer.GetAsync("/api/quarterly/reports/2013/3")).AssertProblemAsync(HttpStatusCode.NotFound);

        using var export = await admin.GetAsync("/api/quarterly/reports/2013/2/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);

        var again = await (await admin.PostAsJsonAsync("/api/quarterly/reports", new { year = 2013, quarter = 2, again = true })).AssertOkJsonAsync();
        Assert.Equal(2, again.GetProperty("revision").GetInt32());
        await (await admin.PostAsJsonAsync("/api/quarterly/reports", new { year = 2099, quarter = 4, again = false })).AssertProblemAsync(HttpStatusCode.Conflict, "quarterly.quarter-not-ended");
    }
}

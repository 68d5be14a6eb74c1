using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>Source regions over HTTP: filing with a city, province or country; the admin endpoints' answers; the import.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class SourceRegionsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static async Task<JsonElement[]> ListAsync(HttpClient client, string query = "") =>
        [.. (await (await client.GetAsync($"/api/regions{query}")).AssertOkJsonAsync()).EnumerateArray()];

    private static async Task<JsonElement> RegionAsync(HttpClient admin, string code) =>
        (await ListAsync(admin, "?includeInactive=true")).Single(r => r.GetProperty("code").GetString() == code);

    private static Task<HttpResponseMessage> SetActiveAsync(HttpClient admin, JsonElement region, bool active) =>
        admin.PutAsJsonAsync($"/api/regions/{region.GetProperty("code").GetString()}", new
        {
            name = region.GetProperty("name").GetString(),
            nameEn = region.GetProperty("nameEn").GetString(),
            isActive = active,
            version = region.GetProperty("version").GetInt32(),
        });

    [Theory]
    [InlineData("430700")] // 常德
    [InlineData("440300")] // 深圳
    [InlineData("FI")]
    [InlineData("MX")]
    public async Task A_city_or_a_country_can_be_filed_and_submitted(string code)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer));
        body["sourceRegionCode"] = code;
        if (code.Length == 2)
        {
            body["creditCode"] = null; // a foreign investor needs no credit code
        }

        var filing = await FilingsTests.CreateAsync(filer, body);
        var submitted = await FilingsTests.PostAsync(filer, filing, "submit");

        Assert.Equal(code, submitted.GetProperty("sourceRegionCode").GetString());
    }

    [Theory]
    [InlineData("430799")]
    [InlineData("429000")]
    [InlineData("CN")]
    public async Task An_unknown_region_is_a_400_on_the_field(string code)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer));
        body["sourceRegionCode"] = code;

        await (await filer.PostAsJsonAsync("/api/filings", body)).AssertValidationProblemAsync("sourceRegionCode");
    }

    [Fact]
    public async Task A_deactivated_region_is_a_422_with_its_code_for_a_new_filing_and_kept_on_an_existing_one()
    {
        var admin = await AdminAsync();
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer));
        body["sourceRegionCode"] = "430700";
        var filing = await FilingsTests.CreateAsync(filer, body);

        await (await SetActiveAsync(admin, await RegionAsync(admin, "430700"), false)).AssertOkJsonAsync();

        await (await filer.PostAsJsonAsync("/api/filings", body)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "region.inactive");
        body["version"] = filing.GetProperty("version").GetInt32();
        var kept = await (await filer.PutAsJsonAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}", body)).AssertOkJsonAsync();
        Assert.Equal("430700", kept.GetProperty("sourceRegionCode").GetString());
        Assert.DoesNotContain(await ListAsync(filer, "?parentCode=430000"), r => r.GetProperty("code").GetString() == "430700");
    }

    [Fact]
    public async Task Admins_add_and_rename_regions_with_the_answers_an_integrator_gets()
    {
        var admin = await AdminAsync();

        var created = await (await admin.PostAsJsonAsync("/api/regions", new { code = "439903", name = "接口市", nameEn = "Api City" })).AssertOkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("City", created.GetProperty("kind").GetString());
        Assert.Equal("430000", created.GetProperty("parentCode").GetString());
        await (await admin.PostAsJsonAsync("/api/regions", new { code = "439903", name = "重复", nameEn = "Again" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "region.code-taken");
        await (await admin.PostAsJsonAsync("/api/regions", new { code = "990100", name = "无省", nameEn = "No province" }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "region.province-missing");
        await (await admin.PostAsJsonAsync("/api/regions", new { code = "Finland", name = "芬兰", nameEn = "Finland" })).AssertValidationProblemAsync("code");

        var renamed = await (await admin.PutAsJsonAsync("/api/regions/439903", new { name = "接口市二", nameEn = "Api City II", isActive = true, version = 0 })).AssertOkJsonAsync();
        Assert.Equal(("接口市二", 1), (renamed.GetProperty("name").GetString(), renamed.GetProperty("version").GetInt32()));
        await (await admin.PutAsJsonAsync("/api/regions/439903", new { name = "旧", nameEn = "Old", isActive = true, version = 0 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await admin.PutAsJsonAsync("/api/regions/439999", new { name = "无", nameEn = "None", isActive = true, version = 0 }))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_filters_by_kind_and_province_and_hides_inactive_regions_unless_asked()
    {
        var admin = await AdminAsync();
        var filer = await LoginAsync(DemoLogin.Filer);

        var hunan = await ListAsync(filer, "?kind=City&parentCode=430000");
        Assert.Equal(14, hunan.Length);
        Assert.Contains(hunan, r => r.GetProperty("code").GetString() == "430700" && r.GetProperty("nameEn").GetString() == "Changde");
        Assert.Equal(245, (await ListAsync(filer, "?kind=Country")).Length);

        await (await SetActiveAsync(admin, await RegionAsync(admin, "MX"), false)).AssertOkJsonAsync();
        Assert.DoesNotContain(await ListAsync(filer, "?kind=Country"), r => r.GetProperty("code").GetString() == "MX");
        var inactive = (await ListAsync(filer, "?kind=Country&includeInactive=true")).Single(r => r.GetProperty("code").GetString() == "MX");
        Assert.False(inactive.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task The_import_takes_a_city_or_country_by_code_or_Chinese_name_and_refuses_a_deactivated_one()
    {
        var admin = await AdminAsync();
        var filer = await LoginAsync(DemoLogin.Filer);
        await (await SetActiveAsync(admin, await RegionAsync(admin, "440300"), false)).AssertOkJsonAsync();
        var workbook = ExcelTests.Workbook(
            ExcelTests.TemplateHeaders,
            ExcelTests.Row("常德代码", region: "430700"),
            ExcelTests.Row("常德名称", region: "常德市"),
            ExcelTests.Row("芬兰", creditCode: "", region: "FI"),
            ExcelTests.Row("墨西哥", creditCode: "", region: "墨西哥"),
            ExcelTests.Row("深圳停用", region: "440300"),
            ExcelTests.Row("不存在", region: "430799"));

        var result = await (await filer.SendAsync(ExcelTests.ImportRequest(workbook))).AssertOkJsonAsync();

        Assert.Equal(4, result.GetProperty("importedCount").GetInt32());
        var errors = result.GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("row").GetInt32(), e => e.GetProperty("errors")[0]);
        Assert.Equal([6, 7], errors.Keys.Order());
        Assert.Equal("sourceRegionCode", errors[6].GetProperty("field").GetString());
        Assert.Contains("停用", errors[6].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("sourceRegionCode", errors[7].GetProperty("field").GetString());
        var regions = new List<string?>();
        foreach (var id in result.GetProperty("importedIds").EnumerateArray())
        {
            regions.Add((await (await filer.GetAsync($"/api/filings/{id.GetGuid()}")).AssertOkJsonAsync()).GetProperty("sourceRegionCode").GetString());
        }

        Assert.Equal(["430700", "430700", "FI", "MX"], regions);
    }
}

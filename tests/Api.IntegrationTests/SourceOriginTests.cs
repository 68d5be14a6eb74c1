using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.ReferenceData;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Issue 9 item 2: the source region decides whether an investor needs a credit code (港澳台 and abroad do not), the analysis
/// groups by the five classes seen from the configured home city (default 430700 常德) and rolls cities up to their province,
/// and the list filters match a province's cities and a class.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class SourceOriginTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>A prefecture-level city as a source region: shipped with the reference data.</summary>
    private async Task EnsureCityAsync(string code)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.True(await db.SourceRegions.AnyAsync(r => r.Code == code && r.IsActive), $"{code} is shipped");
    }

    private static Dictionary<string, object?> Body(Guid chain, string name, string region, string? creditCode, decimal total = 300_000_000m)
    {
        var body = FilingsTests.CompleteBody(chain, name, total);
        body["sourceRegionCode"] = region;
        body["creditCode"] = creditCode;
        return body;
    }

    private static async Task<JsonElement> ApprovedAsync(HttpClient filer, HttpClient reviewer, Dictionary<string, object?> body) =>
        await FilingsTests.PostAsync(reviewer, await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, body), "submit"), "approve");

    private static JsonElement? Group(JsonElement analysis, string key) =>
        analysis.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("key").GetString() == key).Select(g => (JsonElement?)g).SingleOrDefault();

    private static async Task<List<string>> NamesAsync(HttpClient client, string url) =>
        [.. (await (await client.GetAsync(url)).AssertOkJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("projectName").GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_Hong_Kong_investor_is_filed_and_approved_without_a_credit_code_and_the_analysis_counts_it_under_Hong_Kong_Macao_Taiwan()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var body = Body(chain, "香港投资项目", "810000", creditCode: null, total: 250_000_000.50m);
        // foreignInvestor is not an input: what a body says is ignored, the region decides.
        body["foreignInvestor"] = false;

        var draft = await FilingsTests.CreateAsync(filer, body);
        Assert.True(draft.GetProperty("foreignInvestor").GetBoolean());
        var approved = await ApprovedAsync(filer, reviewer, body);

        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, approved.GetProperty("creditCode").ValueKind);
        Assert.True(approved.GetProperty("foreignInvestor").GetBoolean());

        var leader = await LoginAsync(DemoLogin.Leader);
        var byClass = await (await leader.GetAsync("/api/analysis/filings?groupBy=SourceOrigin")).AssertOkJsonAsync();
        var hmt = Group(byClass, "HongKongMacaoTaiwan") ?? throw new InvalidOperationException($"No 港澳台 group in {byClass}");
        Assert.Equal(1, hmt.GetProperty("count").GetInt32());
        Assert.Equal(250_000_000.50m, hmt.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal("港澳台", hmt.GetProperty("labelZh").GetString());
        Assert.Equal("Hong Kong, Macao and Taiwan", hmt.GetProperty("labelEn").GetString());
        Assert.Equal("HongKongMacaoTaiwan", hmt.GetProperty("origin").GetString());
        Assert.Null(Group(byClass, "OtherProvince"));

        var byRegion = await (await leader.GetAsync("/api/analysis/filings?groupBy=SourceRegion")).AssertOkJsonAsync();
        var hongKong = Group(byRegion, "810000") ?? throw new InvalidOperationException($"No 810000 group in {byRegion}");
        Assert.Equal("HongKongMacaoTaiwan", hongKong.GetProperty("origin").GetString());
        Assert.Equal("Province", hongKong.GetProperty("regionKind").GetString());

        Assert.Equal(["香港投资项目"], await NamesAsync(leader, "/api/filings?sourceOrigin=HongKongMacaoTaiwan"));
        Assert.Empty(await NamesAsync(leader, "/api/filings?sourceOrigin=OtherProvince"));
    }

    [Fact]
    public async Task A_Shenzhen_investor_without_a_credit_code_is_refused_as_incomplete_whatever_foreignInvestor_says()
    {
        await EnsureCityAsync("440300");
        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var body = Body(chain, "深圳投资项目", "440300", creditCode: null);
        body["foreignInvestor"] = true;

        var draft = await FilingsTests.CreateAsync(filer, body);
        Assert.False(draft.GetProperty("foreignInvestor").GetBoolean());
        var response = await filer.PostAsJsonAsync($"/api/filings/{draft.GetProperty("id").GetGuid()}/submit", new { version = draft.GetProperty("version").GetInt32() });

        var errors = await response.AssertValidationProblemAsync("creditCode");
        Assert.Single(errors.EnumerateObject());
    }

    [Theory]
    [InlineData("810000")]
    [InlineData("820000")]
    [InlineData("710000")]
    public async Task A_credit_code_given_for_a_Hong_Kong_Macao_or_Taiwan_investor_is_still_checked(string region)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var chain = await FilingsTests.ChainIdAsync(filer);

        await (await filer.PostAsJsonAsync("/api/filings", Body(chain, "港澳台信用代码", region, "9143070276075021XM"))).AssertValidationProblemAsync("creditCode");
        var kept = await FilingsTests.CreateAsync(filer, Body(chain, "港澳台信用代码", region, FilingsTests.ValidCreditCode));
        Assert.Equal(FilingsTests.ValidCreditCode, kept.GetProperty("creditCode").GetString());
    }

    [Fact]
    public async Task An_imported_Hong_Kong_row_needs_no_credit_code_and_submits_while_a_bad_code_on_it_is_still_refused()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var rows = ExcelTests.Workbook(ExcelTests.TemplateHeaders,
            ExcelTests.Row("香港导入", creditCode: "", region: "810000"),
            ExcelTests.Row("澳门导入坏代码", creditCode: "9143070276075021XM", region: "820000"));

        var result = await (await filer.SendAsync(ExcelTests.ImportRequest(rows))).AssertOkJsonAsync();

        Assert.Equal(1, result.GetProperty("importedCount").GetInt32());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Contains(error.GetProperty("errors").EnumerateArray(), f => f.GetProperty("field").GetString() == "creditCode");
        var filing = await (await filer.GetAsync($"/api/filings/{result.GetProperty("importedIds")[0].GetGuid()}")).AssertOkJsonAsync();
        Assert.True(filing.GetProperty("foreignInvestor").GetBoolean());
        Assert.Equal("UnderReview", (await FilingsTests.PostAsync(filer, filing, "submit")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_province_filter_finds_its_cities_and_the_analysis_rolls_a_city_up_to_its_province()
    {
        await EnsureCityAsync("440300");
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        await ApprovedAsync(filer, reviewer, Body(chain, "深圳项目", "440300", FilingsTests.ValidCreditCode, 100_000_000m));
        await ApprovedAsync(filer, reviewer, Body(chain, "广东项目", "440000", FilingsTests.ValidCreditCode, 200_000_000m));
        await ApprovedAsync(filer, reviewer, Body(chain, "湖南项目", "430000", FilingsTests.ValidCreditCode, 400_000_000m));
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, Body(chain, "深圳待审", "440300", FilingsTests.ValidCreditCode)), "submit");

        Assert.Equal(["广东项目", "深圳待审", "深圳项目"], await NamesAsync(reviewer, "/api/filings?sourceRegionCode=440000"));
        Assert.Equal(["深圳待审", "深圳项目"], await NamesAsync(reviewer, "/api/filings?sourceRegionCode=440300"));
        Assert.Equal(["深圳待审"], await NamesAsync(reviewer, "/api/review/queue?sourceRegionCode=440000"));
        Assert.Equal(["广东项目", "深圳待审", "深圳项目"], await NamesAsync(reviewer, "/api/filings?sourceOrigin=OtherProvince"));
        Assert.Equal(["湖南项目"], await NamesAsync(reviewer, "/api/filings?sourceOrigin=HomeProvince"));
        Assert.Empty(await NamesAsync(reviewer, "/api/filings?sourceOrigin=HomeCity&sourceRegionCode=440000"));

        var leader = await LoginAsync(DemoLogin.Leader);
        var byRegion = await (await leader.GetAsync("/api/analysis/filings?groupBy=SourceRegion")).AssertOkJsonAsync();
        var guangdong = Group(byRegion, "440000") ?? throw new InvalidOperationException($"No 440000 group in {byRegion}");
        Assert.Equal(2, guangdong.GetProperty("count").GetInt32());
        Assert.Equal(300_000_000m, guangdong.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal("OtherProvince", guangdong.GetProperty("origin").GetString());
        Assert.Null(Group(byRegion, "440300"));

        var byClass = await (await leader.GetAsync("/api/analysis/filings?groupBy=SourceOrigin")).AssertOkJsonAsync();
        Assert.Equal(["HomeProvince", "OtherProvince"], byClass.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        Assert.Equal(2, Group(byClass, "OtherProvince")!.Value.GetProperty("count").GetInt32());
        Assert.Equal("省外境内", Group(byClass, "OtherProvince")!.Value.GetProperty("labelZh").GetString());
        Assert.Equal(3, byClass.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_home_city_comes_from_configuration_and_a_bad_one_stops_the_start()
    {
        await EnsureCityAsync("440300");
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        await ApprovedAsync(filer, reviewer, Body(chain, "深圳项目", "440300", FilingsTests.ValidCreditCode));
        var (secret, _) = await Fixture.CreateApiKeyAsync("ReadOnly");

        await using var shenzhen = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Region:HomeCityCode", "440300"));
        var client = Fixture.CreateClient(app: shenzhen);
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        var byClass = await (await client.GetAsync("/api/analysis/filings?groupBy=SourceOrigin")).AssertOkJsonAsync();
        Assert.Equal(["HomeCity"], byClass.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        Assert.Equal(["深圳项目"], await NamesAsync(client, "/api/filings?sourceOrigin=HomeCity"));

        foreach (var bad in new[] { "810000", "4307", "CN" })
        {
            await using var broken = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Region:HomeCityCode", bad));
            var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());
            Assert.Contains("Region:HomeCityCode", error.ToString(), StringComparison.Ordinal);
        }
    }
}

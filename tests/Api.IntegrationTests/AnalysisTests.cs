using System.Net;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Filings;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class AnalysisTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>Creates, submits and approves a filing of the filer's unit, then sets its approval instant (China time).</summary>
    private async Task<Guid> ApprovedAsync(HttpClient filer, HttpClient reviewer, Guid chain, string name, decimal total, decimal fixedAssets,
        DateTimeOffset approvedAt, string region = "440000", string stage = "Signed")
    {
        var body = FilingsTests.CompleteBody(chain, name, total);
        body["plannedFixedAssetInvestment"] = fixedAssets;
        body["sourceRegionCode"] = region;
        body["stage"] = stage;
        if (region.Length == 2)
        {
            body["creditCode"] = null;
        }

        var filing = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, body), "submit");
        filing = await FilingsTests.PostAsync(reviewer, filing, "approve");
        var id = filing.GetProperty("id").GetGuid();
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var on = DateOnly.FromDateTime(approvedAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        await db.Filings.Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.DecidedAt, approvedAt.ToUniversalTime()).SetProperty(f => f.ApprovedOn, on));
        // The approval date was moved behind the application's back: the running totals are rebuilt, as after any bulk load.
        await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new InvestPromo.Application.Analysis.Commands.RebuildApprovalTotals.RebuildApprovalTotalsCommand());
        return id;
    }

    private static DateTimeOffset China(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.FromHours(8));

    private static JsonElement GroupOf(JsonElement analysis, string key) =>
        analysis.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == key);

    private sealed record Seeded(HttpClient Filer, HttpClient Reviewer, Guid Chain, Guid Revoked);

    private async Task<Seeded> SeedAsync()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        // Amounts whose decimal sum would lose cents in binary floating point.
        await ApprovedAsync(filer, reviewer, chain, "分析甲", 100_000_000.10m, 30_000_000.01m, China(2025, 3, 31, 23, 30));
        await ApprovedAsync(filer, reviewer, chain, "分析乙", 200_000_000.20m, 50_000_000.02m, China(2025, 4, 1, 0, 10));
        await ApprovedAsync(filer, reviewer, chain, "分析丙", 9_999_999_999_999.99m, 1.01m, China(2025, 3, 9, 23, 30), region: "SG");
        var revoked = await ApprovedAsync(filer, reviewer, chain, "分析撤销", 7_000_000_000m, 1m, China(2025, 3, 10, 0, 10));
        var revokedFiling = await (await reviewer.GetAsync($"/api/filings/{revoked}")).AssertOkJsonAsync();
        await FilingsTests.PostAsync(reviewer, revokedFiling, "revoke", new { reason = "异议成立" });
        // Not approved: a draft and one under review.
        await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, "分析草稿", 8_000_000_000m));
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, "分析审核中", 8_000_000_000m)), "submit");
        return new Seeded(filer, reviewer, chain, revoked);
    }

    [Fact]
    public async Task Groups_sum_exactly_and_count_only_approved_not_revoked_filings()
    {
        var seeded = await SeedAsync();
        var leader = await LoginAsync(DemoLogin.Leader);

        var byChain = await (await leader.GetAsync("/api/analysis/filings?groupBy=IndustryChain")).AssertOkJsonAsync();
        var group = GroupOf(byChain, seeded.Chain.ToString());
        Assert.Equal(3, group.GetProperty("count").GetInt32());
        Assert.Equal(10_000_300_000_000.29m, group.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal(80_000_001.04m, group.GetProperty("plannedFixedAssetInvestment").GetDecimal());
        Assert.Equal(3, byChain.GetProperty("count").GetInt32());
        Assert.Equal("高端装备制造", group.GetProperty("labelZh").GetString());

        var byRegion = await (await leader.GetAsync("/api/analysis/filings?groupBy=SourceRegion")).AssertOkJsonAsync();
        var guangdong = GroupOf(byRegion, "440000");
        Assert.Equal("Province", guangdong.GetProperty("regionKind").GetString());
        Assert.Equal("广东省", guangdong.GetProperty("label").GetString());
        Assert.Equal(300_000_000.30m, guangdong.GetProperty("plannedTotalInvestment").GetDecimal());
        var singapore = GroupOf(byRegion, "SG");
        Assert.Equal("Country", singapore.GetProperty("regionKind").GetString());
        Assert.Equal("Singapore", singapore.GetProperty("labelEn").GetString());
        Assert.Equal("SG", byRegion.GetProperty("groups")[0].GetProperty("key").GetString()); // largest first

        var byStage = await (await leader.GetAsync("/api/analysis/filings?groupBy=Stage")).AssertOkJsonAsync();
        Assert.Equal(3, GroupOf(byStage, "Signed").GetProperty("count").GetInt32());
        var byBand = await (await leader.GetAsync("/api/analysis/filings?groupBy=ScaleBand")).AssertOkJsonAsync();
        Assert.Equal(2, GroupOf(byBand, "From100MillionTo1Billion").GetProperty("count").GetInt32());
        var byUnit = await (await leader.GetAsync("/api/analysis/filings?groupBy=Unit")).AssertOkJsonAsync();
        Assert.Equal(3, Assert.Single(byUnit.GetProperty("groups").EnumerateArray()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Periods_are_China_dates_weeks_start_on_Monday_and_the_range_filters_on_the_approval_date()
    {
        await SeedAsync();
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        var months = await (await reviewer.GetAsync("/api/analysis/filings?groupBy=Period&period=Month")).AssertOkJsonAsync();
        Assert.Equal(["2025-03", "2025-04"], months.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        Assert.Equal(2, GroupOf(months, "2025-03").GetProperty("count").GetInt32()); // 03-31 23:30 +08:00 is March
        Assert.Equal("2025年3月", GroupOf(months, "2025-03").GetProperty("labelZh").GetString());

        var quarters = await (await reviewer.GetAsync("/api/analysis/filings?groupBy=Period&period=Quarter")).AssertOkJsonAsync();
        Assert.Equal(2, GroupOf(quarters, "2025-Q1").GetProperty("count").GetInt32());
        Assert.Equal(1, GroupOf(quarters, "2025-Q2").GetProperty("count").GetInt32());

        var weeks = await (await reviewer.GetAsync("/api/analysis/filings?groupBy=Period&period=Week")).AssertOkJsonAsync();
        Assert.Equal(["2025-W10", "2025-W14"], weeks.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        Assert.Contains("03-03", GroupOf(weeks, "2025-W10").GetProperty("labelZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, GroupOf(weeks, "2025-W14").GetProperty("count").GetInt32()); // Mon 03-31 and Tue 04-01

        var years = await (await reviewer.GetAsync("/api/analysis/filings?groupBy=Period&period=Year")).AssertOkJsonAsync();
        Assert.Equal(3, GroupOf(years, "2025").GetProperty("count").GetInt32());

        var march = await (await reviewer.GetAsync("/api/analysis/filings?groupBy=Period&period=Month&from=2025-03-10&to=2025-03-31")).AssertOkJsonAsync();
        Assert.Equal(1, march.GetProperty("count").GetInt32());
        Assert.Equal(100_000_000.10m, march.GetProperty("plannedTotalInvestment").GetDecimal());
    }

    [Fact]
    public async Task Bad_parameters_are_400s()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        await (await reviewer.GetAsync("/api/analysis/filings")).AssertStatusAsync(HttpStatusCode.BadRequest);
        await (await reviewer.GetAsync("/api/analysis/filings?groupBy=Colour")).AssertStatusAsync(HttpStatusCode.BadRequest);
        await (await reviewer.GetAsync("/api/analysis/filings?groupBy=Period&period=Fortnight")).AssertStatusAsync(HttpStatusCode.BadRequest);
        var problem = await (await reviewer.GetAsync("/api/analysis/filings?groupBy=Unit&from=2025-04-01&to=2025-03-01")).AssertOkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task The_export_matches_the_analysis()
    {
        await SeedAsync();
        var leader = await LoginAsync(DemoLogin.Leader);
        var response = await leader.GetAsync("/api/analysis/filings/export?groupBy=SourceRegion");
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(ExcelTests.XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("项目分析_按来源区域_", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var sheet = Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("分组|编码|来源类型|项目数|计划总投资（万元）|计划固定资产投资（万元）", string.Join('|', sheet[0]));
        // Exact sums in 万元 (number cells; the cell format shows two decimals, more only when the amount has them).
        Assert.Equal("新加坡|SG|境外(国家/地区)|1|999999999.999999|0.000101", string.Join('|', sheet[1]));
        Assert.Equal("广东省|440000|境内(省份)|2|30000.00003|8000.000003", string.Join('|', sheet[2]));
        Assert.Equal("合计", sheet[3][0]);
        Assert.Equal("3", sheet[3][3]);
    }

    [Fact]
    public async Task The_reserve_list_applies_the_rule_groups_by_region_and_leaves_contacts_out()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var at = China(2025, 5, 6, 10, 0);
        await ApprovedAsync(filer, reviewer, chain, "储备十亿签约", 1_000_000_000m, 1m, at);
        await ApprovedAsync(filer, reviewer, chain, "储备不足十亿", 999_000_000m, 1m, at);
        await ApprovedAsync(filer, reviewer, chain, "储备在谈十亿", 1_000_000_000m, 1m, at, stage: "Negotiating");
        // Mature AND large (DOMAIN.md §4): 60亿 still negotiating is not listed (the old any-stage ≥ 50亿 branch listed it).
        await ApprovedAsync(filer, reviewer, chain, "储备在谈六十亿", 6_000_000_000m, 1m, at, region: "US", stage: "Negotiating");
        await ApprovedAsync(filer, reviewer, chain, "储备美国签约", 3_500_000_000m, 1m, at, region: "US");
        await ApprovedAsync(filer, reviewer, chain, "储备投产", 2_000_000_000m, 1m, at, stage: "InProduction");
        var revoked = await ApprovedAsync(filer, reviewer, chain, "储备撤销", 9_000_000_000m, 1m, at);
        await FilingsTests.PostAsync(reviewer, await (await reviewer.GetAsync($"/api/filings/{revoked}")).AssertOkJsonAsync(), "revoke", new { reason = "撤销" });
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(chain, "储备审核中", 9_000_000_000m)), "submit");

        var leader = await LoginAsync(DemoLogin.Leader);
        var response = await leader.GetAsync("/api/reserve-list?perRegion=1");
        var text = await response.Content.ReadAsStringAsync();
        var list = await response.AssertOkJsonAsync();
        Assert.Equal(3, list.GetProperty("count").GetInt32());
        Assert.Equal(6_500_000_000m, list.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal(1, list.GetProperty("perRegion").GetInt32());
        var regions = list.GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(["US", "440000"], regions.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal([1, 2], regions.Select(r => r.GetProperty("count").GetInt32()));
        Assert.Equal("Country", regions[0].GetProperty("kind").GetString());
        Assert.True(regions[0].GetProperty("outsideMainland").GetBoolean());
        Assert.False(regions[1].GetProperty("outsideMainland").GetBoolean());
        Assert.Equal(["储备投产"], regions[1].GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("projectName").GetString()));
        Assert.DoesNotContain("王联系", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0736-7654321", text, StringComparison.Ordinal);
        Assert.Equal("Signed", list.GetProperty("rule").GetProperty("minStage").GetString());
        Assert.Equal(1_000_000_000m, list.GetProperty("rule").GetProperty("minAmountYuan").GetDecimal());
        Assert.False(list.GetProperty("rule").TryGetProperty("minAmountAnyStageYuan", out _));

        var page = await (await leader.GetAsync("/api/reserve-list/regions/440000?page=2&pageSize=1")).AssertOkJsonAsync();
        Assert.Equal(["储备十亿签约"], page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("projectName").GetString()));
        Assert.Equal((2, 2, 1, "广东省"), (page.GetProperty("totalCount").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("label").GetString()));
        Assert.Equal(3_000_000_000m, page.GetProperty("plannedTotalInvestment").GetDecimal());

        // The export is the whole list, not the first page: every project, no cap.
        var export = await leader.GetAsync("/api/reserve-list/export");
        await export.AssertStatusAsync(HttpStatusCode.OK);
        var sheet = Read(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(4, sheet.Count);
        Assert.Equal(["储备美国签约", "储备投产", "储备十亿签约"], sheet.Skip(1).Select(r => r[2]));
        Assert.Equal(["美国", "广东省", "广东省"], sheet.Skip(1).Select(r => r[0]));
        Assert.Equal("计划总投资（万元）|计划固定资产投资（万元）", string.Join('|', sheet[0][6..8]));
        var signed = sheet.Single(r => r[2] == "储备十亿签约");
        Assert.Equal("100000|0.0001", string.Join('|', signed[6..8])); // 10亿 and 1 yuan, in 万元
        Assert.DoesNotContain(sheet.SelectMany(r => r), c => c == "0736-7654321");

        var filerAnswer = await filer.GetAsync("/api/reserve-list");
        await filerAnswer.AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await filer.GetAsync("/api/reserve-list/regions/440000")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await filer.GetAsync("/api/analysis/filings?groupBy=Stage")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/reserve-list?perRegion=0", "perRegion")]
    [InlineData("/api/reserve-list?perRegion=51", "perRegion")]
    [InlineData("/api/reserve-list?perRegion=x", "perRegion")]
    [InlineData("/api/reserve-list/regions/440000?page=0", "page")]
    [InlineData("/api/reserve-list/regions/440000?page=x", "page")]
    [InlineData("/api/reserve-list/regions/440000?pageSize=0", "pageSize")]
    [InlineData("/api/reserve-list/regions/440000?pageSize=201", "pageSize")]
    [InlineData("/api/reserve-list/regions/440000?pageSize=1.5", "pageSize")]
    [InlineData("/api/reserve-list/regions/4400", "code")]
    [InlineData("/api/reserve-list/regions/usa", "code")]
    [InlineData("/api/reserve-list/regions/4400001", "code")]
    public async Task A_bad_reserve_list_paging_parameter_is_a_400_naming_it(string url, string field)
    {
        var leader = await LoginAsync(DemoLogin.Leader);

        await (await leader.GetAsync(url)).AssertValidationProblemAsync(field);
    }

    private static List<string?[]> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return MiniExcel.Query(stream, useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v is null ? null : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();
    }
}

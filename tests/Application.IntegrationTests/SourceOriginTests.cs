using InvestPromo.Application.Analysis;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Queries.ListFilings;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Issue 9 item 2 through the use cases: the region decides the credit-code rule on submit, update and import alike; the
/// class filter is the SQL form of <see cref="SourceRegionCodes.Classify"/> for any home city; the analysis' classes.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class SourceOriginTests(AppFixture fixture) : AppTest(fixture)
{
    /// <summary>Mainland cities and provinces, 港澳台 and countries: all shipped reference data.</summary>
    private static readonly string[] Codes = ["430700", "430100", "430000", "440300", "440000", "500000", "810000", "820000", "710000", "SG", "DE"];

    private async Task EnsureRegionsAsync(params string[] codes)
    {
        var held = await Fixture.DbAsync(db => db.SourceRegions.CountAsync(r => codes.Contains(r.Code)));
        Assert.Equal(codes.Length, held);
    }

    /// <summary>One draft per code (and one without a region), named after its code.</summary>
    private async Task FileEveryCodeAsync()
    {
        await EnsureRegionsAsync(Codes);
        foreach (var code in Codes)
        {
            await CreateAsync(Filer, Draft.Complete(Equip, "来源" + code) with { SourceRegionCode = code, CreditCode = null });
        }

        await CreateAsync(Filer, Draft.Complete(Equip, "来源none") with { SourceRegionCode = null });
    }

    [Theory]
    [InlineData("810000")]
    [InlineData("820000")]
    [InlineData("710000")]
    [InlineData("DE")]
    public async Task An_investor_outside_the_mainland_is_submitted_and_approved_without_a_credit_code(string region)
    {
        var approved = await ApproveAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, Draft.Complete(Equip) with { CreditCode = null, SourceRegionCode = region })));

        Assert.Equal(FilingStatus.Approved, approved.Status);
        Assert.True(approved.ForeignInvestor);
        Assert.Null(approved.CreditCode);
    }

    [Fact]
    public async Task An_update_moving_the_investor_to_Hong_Kong_drops_the_need_for_a_credit_code_and_back_to_Shenzhen_brings_it_back()
    {
        await EnsureRegionsAsync("440300");
        var draft = await CreateAsync(Filer, Draft.Complete(Equip) with { CreditCode = null, SourceRegionCode = "440300" });
        Assert.False(draft.ForeignInvestor);
        var incomplete = await Assert.ThrowsAsync<RequestValidationException>(() => SubmitAsync(Filer, draft));
        Assert.Equal(["creditCode"], incomplete.Errors.Keys);

        var moved = await UpdateAsync(Filer, draft, Draft.Complete(Equip) with { CreditCode = null, SourceRegionCode = "810000" });
        Assert.True(moved.ForeignInvestor);
        var returned = await ReturnAsync(Reviewer, await SubmitAsync(Filer, moved), "请核实投资方");

        var back = await UpdateAsync(Filer, returned, Draft.Complete(Equip) with { CreditCode = null, SourceRegionCode = "440300" });
        Assert.False(back.ForeignInvestor);
        incomplete = await Assert.ThrowsAsync<RequestValidationException>(() => SubmitAsync(Filer, back));
        Assert.Equal(["creditCode"], incomplete.Errors.Keys);
    }

    [Theory]
    [InlineData("430700")]
    [InlineData("440300")]
    [InlineData("500000")]
    [InlineData("110000")]
    public async Task The_class_filter_finds_exactly_the_filings_Classify_puts_in_each_class_for_any_home_city(string home)
    {
        await FileEveryCodeAsync();
        var region = new RegionOptions { HomeCityCode = home }.Validated();

        foreach (var origin in Enum.GetValues<SourceOrigin>())
        {
            var found = await Fixture.DbAsync(db => db.Filings.AsNoTracking().OfOrigin(origin, region).Select(f => f.ProjectName!).ToListAsync());
            var expected = Codes.Where(c => SourceRegionCodes.Classify(c, home) == origin).Select(c => "来源" + c);
            Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task The_list_filters_by_class_as_configured_and_by_a_province_with_its_cities()
    {
        await FileEveryCodeAsync();

        async Task<List<string>> Names(FilingFilter filter) =>
            [.. (await SendAsync(Filer, new ListFilingsQuery(PageSize: 100) { Filter = filter })).Items.Select(i => i.ProjectName!).Order(StringComparer.Ordinal)];

        Assert.Equal(["来源430700"], await Names(new(SourceOrigin: SourceOrigin.HomeCity)));
        Assert.Equal(["来源430000", "来源430100"], await Names(new(SourceOrigin: SourceOrigin.HomeProvince)));
        Assert.Equal(["来源440000", "来源440300", "来源500000"], await Names(new(SourceOrigin: SourceOrigin.OtherProvince)));
        Assert.Equal(["来源710000", "来源810000", "来源820000"], await Names(new(SourceOrigin: SourceOrigin.HongKongMacaoTaiwan)));
        Assert.Equal(["来源DE", "来源SG"], await Names(new(SourceOrigin: SourceOrigin.Abroad)));
        Assert.Equal(["来源440000", "来源440300"], await Names(new(SourceRegionCode: "440000")));
        Assert.Equal(["来源440300"], await Names(new(SourceRegionCode: "440300")));
        Assert.Equal(["来源430000", "来源430100", "来源430700"], await Names(new(SourceRegionCode: " 430000 ")));
        Assert.Equal(["来源SG"], await Names(new(SourceRegionCode: "SG")));
        Assert.Equal(["来源430100"], await Names(new(SourceRegionCode: "430100", SourceOrigin: SourceOrigin.HomeProvince)));
        Assert.Empty(await Names(new(SourceRegionCode: "430100", SourceOrigin: SourceOrigin.HomeCity)));
    }

    [Fact]
    public async Task The_analysis_counts_each_class_once_and_rolls_cities_up_to_their_province()
    {
        await EnsureRegionsAsync(Codes);
        foreach (var code in Codes)
        {
            var creditCode = SourceRegionCodes.IsOutsideMainland(code) ? null : Draft.ValidCreditCode;
            await ApprovedAsync("来源" + code, Draft.Complete(Equip) with { SourceRegionCode = code, CreditCode = creditCode, PlannedTotalInvestment = 100m, PlannedFixedAssetInvestment = 10m });
        }

        var byClass = await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.SourceOrigin));
        Assert.Equal(
            [("HomeCity", 1), ("HomeProvince", 2), ("OtherProvince", 3), ("HongKongMacaoTaiwan", 3), ("Abroad", 2)],
            byClass.Groups.Select(g => (g.Key, g.Count)));
        Assert.Equal(1_100m, byClass.PlannedTotalInvestment);
        Assert.Equal(["本市", "省内市外", "省外境内", "港澳台", "外国"], byClass.Groups.Select(g => g.LabelZh));
        Assert.All(byClass.Groups, g => Assert.Equal(g.Key, g.Origin?.ToString()));

        var byRegion = await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.SourceRegion));
        Assert.Equal(
            ["430000:3", "440000:2", "500000:1", "710000:1", "810000:1", "820000:1", "DE:1", "SG:1"],
            byRegion.Groups.Select(g => $"{g.Key}:{g.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(SourceOrigin.HongKongMacaoTaiwan, byRegion.Groups.Single(g => g.Key == "810000").Origin);
        Assert.Equal(SourceOrigin.Abroad, byRegion.Groups.Single(g => g.Key == "SG").Origin);
        Assert.Equal(SourceRegionKind.Country, byRegion.Groups.Single(g => g.Key == "SG").RegionKind);
        Assert.Equal(SourceOrigin.OtherProvince, byRegion.Groups.Single(g => g.Key == "440000").Origin);
    }
}

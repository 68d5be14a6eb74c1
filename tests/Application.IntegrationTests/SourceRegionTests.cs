using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Application.ReferenceData.Commands.CreateIndustryChain;
using InvestPromo.Application.ReferenceData.Commands.CreateSourceRegion;
using InvestPromo.Application.ReferenceData.Commands.UpdateIndustryChain;
using InvestPromo.Application.ReferenceData.Commands.UpdateSourceRegion;
using InvestPromo.Application.ReferenceData.Queries.ListSourceRegions;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Source regions (投资来源地) to prefecture level, maintained by admins like industry chains; a filing may name any active
/// region (a city, a province, a country), keeps a deactivated one, and may not take a deactivated one as a new value.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class SourceRegionTests(AppFixture fixture) : AppTest(fixture)
{
    private static async Task<string> RefusedAsync(Func<Task> act) => (await Assert.ThrowsAsync<DomainRuleException>(act)).Code;

    private Task<SourceRegionDto> AddAsync(string code, string name = "新区域", string nameEn = "New region") =>
        SendAsync(Admin, new CreateSourceRegionCommand(code, name, nameEn));

    private Task<SourceRegionDto> UpdateAsync(SourceRegionDto region, string? name = null, string? nameEn = null, bool? active = null) =>
        SendAsync(Admin, new UpdateSourceRegionCommand(region.Code, name ?? region.Name, nameEn ?? region.NameEn, active ?? region.IsActive, region.Version));

    private async Task<SourceRegionDto> RegionAsync(string code) =>
        Assert.Single(await SendAsync(Admin, new ListSourceRegionsQuery(IncludeInactive: true)), r => r.Code == code);

    [Theory]
    [InlineData("430700")] // 常德市
    [InlineData("440300")] // 深圳市
    [InlineData("429004")] // 仙桃市, directly under 湖北省
    [InlineData("430000")] // a province
    [InlineData("810000")] // 香港
    [InlineData("FI")]
    [InlineData("MX")]
    public async Task A_filing_may_name_any_shipped_city_province_or_country(string code)
    {
        var filing = await CreateAsync(Filer, Draft.Complete(Equip) with { SourceRegionCode = code, CreditCode = null });
        var updated = await UpdateAsync(Filer, filing, Draft.Complete(Equip) with { SourceRegionCode = code, CreditCode = null, ProjectName = "改名" });

        Assert.Equal(code, (await GetAsync(Filer, updated.Id)).SourceRegionCode);
    }

    [Theory]
    [InlineData("430799")] // no such city
    [InlineData("429000")] // 省直辖县级行政区划 is a placeholder, not a region
    [InlineData("110100")] // 北京's 市辖区: the municipality itself is the region
    [InlineData("CN")]
    [InlineData("ZZ")]
    public async Task An_unknown_region_is_refused_on_the_field(string code)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => CreateAsync(Filer, Draft.Complete(Equip) with { SourceRegionCode = code }));

        Assert.Contains("sourceRegionCode", refused.Errors.Keys);
    }

    [Fact]
    public async Task Regions_list_active_ones_by_kind_and_by_province()
    {
        var hunan = await SendAsync(Filer, new ListSourceRegionsQuery(ParentCode: "430000"));
        Assert.Equal(14, hunan.Count); // 13 prefecture-level cities and 湘西州
        Assert.All(hunan, c => Assert.Equal((SourceRegionKind.City, "430000"), (c.Kind, c.ParentCode)));
        Assert.Equal("430100", hunan[0].Code);
        Assert.Contains(hunan, c => c is { Code: "430700", Name: "常德市", NameEn: "Changde" });

        var provinces = await SendAsync(Filer, new ListSourceRegionsQuery(SourceRegionKind.Province));
        Assert.Equal(34, provinces.Count);
        Assert.Equal("110000", provinces[0].Code);

        var hubei = await SendAsync(Filer, new ListSourceRegionsQuery(SourceRegionKind.City, "420000"));
        Assert.Contains(hubei, c => c.Code == "429004");

        var all = await SendAsync(Filer, new ListSourceRegionsQuery());
        Assert.Equal([SourceRegionKind.Province, SourceRegionKind.Country, SourceRegionKind.City], all.Select(r => r.Kind).Distinct());
    }

    [Fact]
    public async Task An_admin_adds_a_city_whose_province_exists_and_it_is_listed_last_under_its_province()
    {
        var added = await AddAsync(" 439901 ", "测试新市", "Ceshi");

        Assert.Equal(("439901", SourceRegionKind.City, "430000", true, 15), (added.Code, added.Kind, added.ParentCode, added.IsActive, added.SortOrder));
        Assert.Equal("439901", (await SendAsync(Filer, new ListSourceRegionsQuery(ParentCode: "430000")))[^1].Code);
        var filing = await CreateAsync(Filer, Draft.Complete(Equip) with { SourceRegionCode = "439901" });
        Assert.Equal("439901", filing.SourceRegionCode);
    }

    [Fact]
    public async Task The_code_decides_the_kind_of_an_added_region()
    {
        var country = await AddAsync("xk", "科索沃", "Kosovo");
        var province = await AddAsync("990000", "测试省", "Test province");

        Assert.Equal(("XK", SourceRegionKind.Country, (string?)null), (country.Code, country.Kind, country.ParentCode));
        Assert.Equal((SourceRegionKind.Province, (string?)null), (province.Kind, province.ParentCode));
        Assert.Equal(SourceRegionKind.Country, (await RegionAsync("XK")).Kind);
    }

    [Fact]
    public async Task A_city_whose_province_does_not_exist_is_refused()
    {
        Assert.Equal("region.province-missing", await RefusedAsync(() => AddAsync("990100")));
        Assert.DoesNotContain(await SendAsync(Admin, new ListSourceRegionsQuery(IncludeInactive: true)), r => r.Code == "990100");
    }

    [Fact]
    public async Task A_province_can_be_added_and_then_its_city()
    {
        await AddAsync("990000", "测试省", "Test province");
        var city = await AddAsync("990100", "测试市", "Test city");

        Assert.Equal("990000", city.ParentCode);
    }

    [Theory]
    [InlineData("430700")]
    [InlineData("fi")]
    [InlineData("810000")]
    public async Task A_code_already_there_is_refused_as_taken(string code) =>
        Assert.Equal("region.code-taken", await RefusedAsync(() => AddAsync(code)));

    [Fact]
    public async Task A_deactivated_code_is_still_taken()
    {
        await UpdateAsync(await RegionAsync("MX"), active: false);

        Assert.Equal("region.code-taken", await RefusedAsync(() => AddAsync("MX")));
    }

    [Theory]
    [InlineData("430001")] // six digits without prefecture digits
    [InlineData("030000")]
    public async Task A_malformed_division_is_refused(string code) =>
        Assert.Equal("region.code-invalid", await RefusedAsync(() => AddAsync(code)));

    [Theory]
    [InlineData("4307")]
    [InlineData("FIN")]
    [InlineData("")]
    public async Task A_code_of_the_wrong_shape_is_a_field_error(string code)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => AddAsync(code));

        Assert.Contains("code", refused.Errors.Keys);
    }

    [Fact]
    public async Task An_admin_renames_a_region_and_a_stale_version_is_refused()
    {
        var changde = await RegionAsync("430700");

        var renamed = await UpdateAsync(changde, "常德", "Changde City");

        Assert.Equal(("常德", "Changde City", changde.Version + 1), (renamed.Name, renamed.NameEn, renamed.Version));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => UpdateAsync(changde, "旧"));
        Assert.Equal("常德", (await RegionAsync("430700")).Name);
    }

    [Fact]
    public async Task Renaming_an_unknown_region_is_not_found() =>
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Admin, new UpdateSourceRegionCommand("430799", "无", "None", true, 0)));

    [Fact]
    public async Task A_deactivated_region_stays_on_its_filings_and_is_refused_as_a_new_value()
    {
        var kept = await CreateAsync(Filer, Draft.Complete(Equip) with { SourceRegionCode = "440300" });
        var deactivated = await UpdateAsync(await RegionAsync("440300"), active: false);
        Assert.False(deactivated.IsActive);

        // Not offered any more; the filing keeps it and may be saved with it.
        Assert.DoesNotContain(await SendAsync(Filer, new ListSourceRegionsQuery(ParentCode: "440000")), r => r.Code == "440300");
        Assert.Contains(await SendAsync(Filer, new ListSourceRegionsQuery(ParentCode: "440000", IncludeInactive: true)), r => r.Code == "440300");
        var edited = await UpdateAsync(Filer, kept, Draft.Complete(Equip) with { SourceRegionCode = "440300", ProjectName = "仍在深圳" });
        Assert.Equal("440300", edited.SourceRegionCode);
        var submitted = await SubmitAsync(Filer, edited);
        Assert.Equal("440300", submitted.SourceRegionCode);

        // A new filing, or another filing changing to it, may not take it.
        Assert.Equal("region.inactive", await RefusedAsync(() => CreateAsync(Filer, Draft.Complete(Equip) with { SourceRegionCode = "440300" })));
        var other = await CreateAsync(Filer, Draft.Complete(Equip) with { SourceRegionCode = "430700" });
        Assert.Equal("region.inactive", await RefusedAsync(() => UpdateAsync(Filer, other, Draft.Complete(Equip) with { SourceRegionCode = "440300" })));

        // Reactivated, it is offered and accepted again.
        await UpdateAsync(deactivated, active: true);
        Assert.Equal("440300", (await CreateAsync(Filer, Draft.Complete(Equip) with { SourceRegionCode = "440300" })).SourceRegionCode);
    }

    [Fact]
    public async Task A_deactivated_industry_chain_stays_on_its_filings_and_is_refused_as_a_new_value()
    {
        var chain = await SendAsync(Admin, new CreateIndustryChainCommand("RETIRED", "即将停用链", "Retiring chain", null, 90));
        var kept = await CreateAsync(Filer, Draft.Complete(chain.Id));
        var other = await CreateAsync(Filer, Draft.Complete(Equip));
        await SendAsync(Admin, new UpdateIndustryChainCommand(chain.Id, chain.Name, chain.NameEn, chain.Group, chain.SortOrder, IsActive: false, chain.Version));

        // The filing that names it is edited and submitted with it, as with a deactivated region.
        var edited = await UpdateAsync(Filer, kept, Draft.Complete(chain.Id) with { ProjectName = "仍在原产业链" });
        Assert.Equal(chain.Id, (await SubmitAsync(Filer, edited)).IndustryChainId);

        // A new filing, or another filing changing to it, may not take it.
        var created = await Assert.ThrowsAsync<RequestValidationException>(() => CreateAsync(Filer, Draft.Complete(chain.Id)));
        Assert.Contains("industryChainId", created.Errors.Keys);
        var changed = await Assert.ThrowsAsync<RequestValidationException>(() => UpdateAsync(Filer, other, Draft.Complete(chain.Id)));
        Assert.Contains("industryChainId", changed.Errors.Keys);
    }

    [Fact]
    public async Task Adding_renaming_and_deactivating_are_audited_with_the_admin()
    {
        await AddAsync("439902", "审计市", "Audit");
        var renamed = await UpdateAsync(await RegionAsync("439902"), "审计市二", "Audit II");
        await UpdateAsync(renamed, active: false);

        var audit = await Fixture.DbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(SourceRegion) && e.EntityId == "439902").ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, e => Assert.Equal(Admin.UserId, e.UserId));
        Assert.Contains(audit, e => e.After is { } after && after.Contains("\"name\":\"审计市二\"", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.After is { } after && after.Contains("\"isActive\":false", StringComparison.Ordinal));
    }
}

using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;
using InvestPromo.Infrastructure.Persistence.Seeding;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>The data shipped with the product is well formed.</summary>
public sealed class ReferenceDataTests
{
    private static IEnumerable<ShippedRegion> OfKind(SourceRegionKind kind) => ReferenceData.Regions.Where(r => r.Kind == kind);

    [Fact]
    public void There_are_34_province_level_divisions_with_unique_well_formed_codes()
    {
        var codes = OfKind(SourceRegionKind.Province).Select(p => p.Code).ToList();

        Assert.Equal(34, codes.Count);
        Assert.All(codes, c => Assert.True(SourceRegion.IsWellFormed(c, SourceRegionKind.Province), c));
        Assert.Contains("810000", codes);
        Assert.Contains("820000", codes);
        Assert.Contains("710000", codes);
    }

    [Fact]
    public void Every_code_is_unique_and_its_kind_is_the_one_its_code_denotes()
    {
        var codes = ReferenceData.Regions.Select(r => r.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ReferenceData.Regions, r => Assert.Equal(r.Kind, SourceRegion.KindOf(r.Code)));
    }

    [Fact]
    public void Every_city_names_its_province_as_parent_and_only_cities_have_one()
    {
        var provinces = OfKind(SourceRegionKind.Province).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(OfKind(SourceRegionKind.City), c =>
        {
            Assert.Equal(SourceRegionCodes.RollUp(c.Code), c.ParentCode);
            Assert.Contains(c.ParentCode!, provinces);
        });
        Assert.All(ReferenceData.Regions.Where(r => r.Kind != SourceRegionKind.City), r => Assert.Null(r.ParentCode));
    }

    [Theory]
    [InlineData("430700", "常德市", "Changde")]
    [InlineData("440300", "深圳市", "Shenzhen")]
    [InlineData("429004", "仙桃市", "Xiantao")]
    [InlineData("610100", "西安市", "Xi'an")]
    [InlineData("433100", "湘西土家族苗族自治州", "Xiangxi Tujia and Miao Autonomous Prefecture")]
    [InlineData("650100", "乌鲁木齐市", "Urumqi")]
    public void Cities_carry_their_Chinese_and_English_names(string code, string name, string nameEn)
    {
        var city = Assert.Single(ReferenceData.Regions, r => r.Code == code);

        Assert.Equal((SourceRegionKind.City, name, nameEn), (city.Kind, city.Name, city.NameEn));
    }

    [Theory]
    [InlineData("429000")] // 省直辖县级行政区划: a placeholder group
    [InlineData("469000")]
    [InlineData("110100")] // a municipality's 市辖区: the municipality itself is the region
    [InlineData("500200")] // 重庆市 县
    [InlineData("CN")]
    [InlineData("HK")]
    [InlineData("MO")]
    [InlineData("TW")]
    [InlineData("XK")]
    public void Placeholders_and_China_as_a_country_are_not_regions(string code) =>
        Assert.DoesNotContain(ReferenceData.Regions, r => r.Code == code);

    [Fact]
    public void Provinces_keep_the_names_the_product_always_used()
    {
        var names = OfKind(SourceRegionKind.Province).ToDictionary(r => r.Code, r => (r.Name, r.NameEn), StringComparer.Ordinal);

        Assert.Equal(("香港特别行政区", "Hong Kong SAR"), names["810000"]);
        Assert.Equal(("澳门特别行政区", "Macao SAR"), names["820000"]);
        Assert.Equal(("台湾省", "Taiwan"), names["710000"]);
        Assert.Equal(("陕西省", "Shaanxi"), names["610000"]);
        Assert.Equal(("山西省", "Shanxi"), names["140000"]);
    }

    [Fact]
    public void Every_ISO_3166_country_is_there_including_Finland_and_Mexico()
    {
        var countries = OfKind(SourceRegionKind.Country).ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);

        Assert.Equal(245, countries.Count); // 249 ISO 3166-1 codes less CN, HK, MO, TW
        Assert.Equal("芬兰", countries["FI"]);
        Assert.Equal("墨西哥", countries["MX"]);
        Assert.Equal("新加坡", countries["SG"]);
    }

    [Fact]
    public void Every_region_has_both_names()
    {
        Assert.All(ReferenceData.Regions, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Name), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.NameEn), r.Code);
        });
    }

    [Fact]
    public void Every_region_can_be_created_and_siblings_are_numbered_from_one()
    {
        var regions = ReferenceData.CreateRegions(DateTimeOffset.UnixEpoch).ToList();

        Assert.Equal(ReferenceData.Regions.Count, regions.Count);
        Assert.All(regions, r => Assert.True(r.IsActive));
        foreach (var siblings in regions.GroupBy(r => (r.Kind, r.ParentCode)))
        {
            Assert.Equal(Enumerable.Range(1, siblings.Count()), siblings.Select(r => r.SortOrder).Order());
        }
    }

    [Fact]
    public void Industry_chain_codes_are_unique_and_fit_the_model()
    {
        var codes = DemoData.IndustryChains.Select(c => c.Code).ToList();

        Assert.True(codes.Count >= 10);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(DemoData.IndustryChains, c =>
        {
            Assert.Equal(c.Code, IndustryChain.Create(c.Code, c.Name, c.NameEn, c.Group, 0, null, DateTimeOffset.UnixEpoch).Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
        });
    }

    [Fact]
    public void Demo_units_have_unique_normalised_codes_and_one_center()
    {
        Assert.Equal(DemoData.Units.Count, DemoData.Units.Select(u => u.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DemoData.Units, u => Assert.Equal(u.Code, CarrierUnit.NormaliseCode(u.Code)));
        Assert.Single(DemoData.Units, u => u.Kind == UnitKind.Center);
    }

    [Fact]
    public void Every_demo_user_with_a_unit_names_a_demo_unit_and_every_filer_has_one()
    {
        var unitCodes = DemoData.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(DemoData.Users.Where(u => u.UnitCode is not null), u => Assert.Contains(u.UnitCode!, unitCodes));
        Assert.All(DemoData.Users.Where(u => u.Role == "Filer"), u => Assert.NotNull(u.UnitCode));
        Assert.Contains(DemoData.Users, u => u.Role == "Filer");
    }

    [Fact]
    public void There_is_one_demo_user_per_role_except_a_second_filer()
    {
        Assert.Equal(
            InvestPromo.Application.Common.Security.Roles.UserRoles.Order(StringComparer.Ordinal),
            DemoData.Users.Select(u => u.Role).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Equal(DemoData.Users.Count, DemoData.Users.Select(u => u.UserName).Distinct(StringComparer.Ordinal).Count());
    }
}

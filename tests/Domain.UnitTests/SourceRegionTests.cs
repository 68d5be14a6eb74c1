using InvestPromo.Domain.Common;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.UnitTests;

public sealed class SourceRegionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.CreateVersion7();

    [Theory]
    [InlineData("110000")]
    [InlineData("430000")]
    [InlineData("820000")]
    public void Province_codes_ending_in_four_zeros_are_well_formed(string code) =>
        Assert.True(SourceRegion.IsWellFormed(code, SourceRegionKind.Province));

    [Theory]
    [InlineData("110100")] // a prefecture-level city, not a province
    [InlineData("430702")] // a district
    [InlineData("011000")] // no province code starts with 0
    [InlineData("000000")]
    [InlineData("ABC")]
    [InlineData("11000")]
    [InlineData("1100000")]
    [InlineData("110000 ")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_province_codes_are_not_well_formed(string? code) =>
        Assert.False(SourceRegion.IsWellFormed(code, SourceRegionKind.Province));

    [Theory]
    [InlineData("SG")]
    [InlineData("US")]
    [InlineData("VG")]
    public void Countries_are_two_capital_letters(string code) =>
        Assert.True(SourceRegion.IsWellFormed(code, SourceRegionKind.Country));

    [Theory]
    [InlineData("sg")]
    [InlineData("Sg")]
    [InlineData("SGP")]
    [InlineData("S")]
    [InlineData("S1")]
    [InlineData("110000")]
    [InlineData(null)]
    public void Other_country_codes_are_not_well_formed(string? code) =>
        Assert.False(SourceRegion.IsWellFormed(code, SourceRegionKind.Country));

    [Theory]
    [InlineData("430700")] // 常德市
    [InlineData("440300")] // 深圳市
    [InlineData("429004")] // 仙桃市, directly under 湖北省
    [InlineData("110100")]
    [InlineData("430702")] // a district is a division below its province too
    [InlineData("659012")]
    public void Six_digits_not_ending_in_0000_are_a_city(string code) =>
        Assert.Equal(SourceRegionKind.City, SourceRegion.KindOf(code));

    [Theory]
    [InlineData("430000", SourceRegionKind.Province)]
    [InlineData("810000", SourceRegionKind.Province)]
    [InlineData("FI", SourceRegionKind.Country)]
    [InlineData("MX", SourceRegionKind.Country)]
    public void The_code_decides_the_kind(string code, SourceRegionKind kind) =>
        Assert.Equal(kind, SourceRegion.KindOf(code));

    [Theory]
    [InlineData("430001")] // no prefecture digits: not a city of 湖南
    [InlineData("430099")]
    [InlineData("030700")] // no province starts with 0
    [InlineData("43070")]
    [InlineData("4307000")]
    [InlineData("43O700")]
    [InlineData("fi")]
    [InlineData("FIN")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Other_codes_have_no_kind(string? code) => Assert.Null(SourceRegion.KindOf(code));

    [Fact]
    public void A_province_code_is_not_a_country_code_and_the_reverse()
    {
        Assert.False(SourceRegion.IsWellFormed("430000", SourceRegionKind.Country));
        Assert.False(SourceRegion.IsWellFormed("JP", SourceRegionKind.Province));
        Assert.False(SourceRegion.IsWellFormed("430000", SourceRegionKind.City));
        Assert.False(SourceRegion.IsWellFormed("430700", SourceRegionKind.Province));
    }

    [Fact]
    public void An_unknown_kind_has_no_well_formed_codes() =>
        Assert.False(SourceRegion.IsWellFormed("110000", (SourceRegionKind)0));

    [Fact]
    public void Creating_a_province_keeps_its_values_and_starts_active()
    {
        var region = SourceRegion.Create("430000", " 湖南省 ", "Hunan", 18, Admin, Now);

        Assert.Equal("430000", region.Code);
        Assert.Equal("湖南省", region.Name);
        Assert.Equal("Hunan", region.NameEn);
        Assert.Equal(SourceRegionKind.Province, region.Kind);
        Assert.Null(region.ParentCode);
        Assert.Equal(18, region.SortOrder);
        Assert.True(region.IsActive);
        Assert.Equal((Admin, Now), (region.CreatedBy, region.CreatedAt));
    }

    [Theory]
    [InlineData("430700", "430000")] // 常德 → 湖南
    [InlineData("440300", "440000")] // 深圳 → 广东
    [InlineData("429004", "420000")] // 仙桃 → 湖北
    [InlineData("810100", "810000")]
    public void A_city_has_its_province_as_parent(string code, string province)
    {
        var city = SourceRegion.Create(code, "城市", "City", 1, null, Now);

        Assert.Equal(SourceRegionKind.City, city.Kind);
        Assert.Equal(province, city.ParentCode);
        Assert.Equal(SourceRegionCodes.RollUp(code), city.ParentCode);
    }

    [Theory]
    [InlineData("FI")]
    [InlineData("MX")]
    public void A_country_has_no_parent(string code)
    {
        var country = SourceRegion.Create(code, "国家", "Country", 1, null, Now);

        Assert.Equal((SourceRegionKind.Country, (string?)null), (country.Kind, country.ParentCode));
    }

    [Theory]
    [InlineData("430001")]
    [InlineData("sg")]
    [InlineData("")]
    public void Creating_a_region_with_a_malformed_code_is_refused(string code)
    {
        var error = Assert.Throws<DomainRuleException>(() => SourceRegion.Create(code, "名称", "Name", 1, null, Now));
        Assert.Equal("region.code-invalid", error.Code);
        Assert.Equal(DomainRuleKind.Invalid, error.Kind);
    }

    [Theory]
    [InlineData("", "Singapore")]
    [InlineData("新加坡", " ")]
    public void Creating_a_region_without_both_names_is_refused(string name, string nameEn)
    {
        var error = Assert.Throws<DomainRuleException>(() => SourceRegion.Create("SG", name, nameEn, 1, null, Now));
        Assert.Equal("region.name-invalid", error.Code);
    }

    [Fact]
    public void Creating_a_region_with_a_too_long_name_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => SourceRegion.Create("SG", new string('新', SourceRegion.NameMaxLength + 1), "Singapore", 1, null, Now));
        Assert.Equal("region.name-invalid", error.Code);
    }

    [Fact]
    public void A_name_of_exactly_the_maximum_length_is_kept()
    {
        var name = new string('新', SourceRegion.NameMaxLength);

        Assert.Equal(name, SourceRegion.Create("SG", name, name, 1, null, Now).NameEn);
    }

    [Fact]
    public void Renaming_changes_both_names_and_nothing_else()
    {
        var region = SourceRegion.Create("430700", "常德市", "Changde", 7, null, Now);

        region.Rename(" 常德 ", "Changde City");

        Assert.Equal(("常德", "Changde City", "430700", "430000", 7), (region.Name, region.NameEn, region.Code, region.ParentCode, region.SortOrder));
    }

    [Theory]
    [InlineData("", "Changde")]
    [InlineData("常德", "")]
    public void Renaming_to_an_empty_name_is_refused_and_keeps_the_old_names(string name, string nameEn)
    {
        var region = SourceRegion.Create("430700", "常德市", "Changde", 7, null, Now);

        var error = Assert.Throws<DomainRuleException>(() => region.Rename(name, nameEn));

        Assert.Equal("region.name-invalid", error.Code);
        Assert.Equal(("常德市", "Changde"), (region.Name, region.NameEn));
    }

    [Fact]
    public void A_region_can_be_deactivated_and_reactivated()
    {
        var region = SourceRegion.Create("FI", "芬兰", "Finland", 1, null, Now);

        region.SetActive(false);
        Assert.False(region.IsActive);
        region.SetActive(true);
        Assert.True(region.IsActive);
    }
}

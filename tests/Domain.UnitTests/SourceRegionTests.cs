using InvestPromo.Domain.Common;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.UnitTests;

public sealed class SourceRegionTests
{
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

    [Fact]
    public void A_province_code_is_not_a_country_code_and_the_reverse()
    {
        Assert.False(SourceRegion.IsWellFormed("430000", SourceRegionKind.Country));
        Assert.False(SourceRegion.IsWellFormed("JP", SourceRegionKind.Province));
    }

    [Fact]
    public void An_unknown_kind_has_no_well_formed_codes() =>
        Assert.False(SourceRegion.IsWellFormed("110000", (SourceRegionKind)0));

    [Fact]
    public void Creating_a_region_keeps_its_values()
    {
        var region = SourceRegion.Create("430000", " 湖南省 ", "Hunan", SourceRegionKind.Province, 18);

        Assert.Equal("430000", region.Code);
        Assert.Equal("湖南省", region.Name);
        Assert.Equal("Hunan", region.NameEn);
        Assert.Equal(SourceRegionKind.Province, region.Kind);
        Assert.Equal(18, region.SortOrder);
    }

    [Theory]
    [InlineData("110100", SourceRegionKind.Province)]
    [InlineData("sg", SourceRegionKind.Country)]
    public void Creating_a_region_with_a_malformed_code_is_refused(string code, SourceRegionKind kind)
    {
        var error = Assert.Throws<DomainRuleException>(() => SourceRegion.Create(code, "名称", "Name", kind, 1));
        Assert.Equal("region.code-invalid", error.Code);
    }

    [Theory]
    [InlineData("", "Singapore")]
    [InlineData("新加坡", " ")]
    public void Creating_a_region_without_both_names_is_refused(string name, string nameEn)
    {
        var error = Assert.Throws<DomainRuleException>(() => SourceRegion.Create("SG", name, nameEn, SourceRegionKind.Country, 1));
        Assert.Equal("region.name-invalid", error.Code);
    }

    [Fact]
    public void Creating_a_region_with_a_too_long_name_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => SourceRegion.Create("SG", new string('新', SourceRegion.NameMaxLength + 1), "Singapore", SourceRegionKind.Country, 1));
        Assert.Equal("region.name-invalid", error.Code);
    }
}

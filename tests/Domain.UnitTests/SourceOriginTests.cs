using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.UnitTests;

public class SourceOriginTests
{
    [Theory]
    [InlineData("430700", SourceOrigin.HomeCity)]
    [InlineData("430721", SourceOrigin.HomeCity)]
    [InlineData("430100", SourceOrigin.HomeProvince)]
    [InlineData("430000", SourceOrigin.HomeProvince)]
    [InlineData("440300", SourceOrigin.OtherProvince)]
    [InlineData("110000", SourceOrigin.OtherProvince)]
    [InlineData("810000", SourceOrigin.HongKongMacaoTaiwan)]
    [InlineData("820000", SourceOrigin.HongKongMacaoTaiwan)]
    [InlineData("710000", SourceOrigin.HongKongMacaoTaiwan)]
    [InlineData("FI", SourceOrigin.Abroad)]
    [InlineData("MX", SourceOrigin.Abroad)]
    public void Classifies_a_source_as_seen_from_Changde(string code, SourceOrigin expected) =>
        Assert.Equal(expected, SourceRegionCodes.Classify(code, "430700"));

    [Theory]
    [InlineData("500000", SourceOrigin.HomeCity)]
    [InlineData("500101", SourceOrigin.HomeCity)]
    [InlineData("510100", SourceOrigin.OtherProvince)]
    public void A_municipality_as_home_is_all_home_city(string code, SourceOrigin expected) =>
        Assert.Equal(expected, SourceRegionCodes.Classify(code, "500000"));

    [Theory]
    [InlineData("429004", SourceOrigin.HomeCity)]
    [InlineData("429005", SourceOrigin.HomeProvince)]
    [InlineData("429000", SourceOrigin.HomeProvince)]
    [InlineData("420100", SourceOrigin.HomeProvince)]
    [InlineData("430700", SourceOrigin.OtherProvince)]
    public void A_county_level_city_as_home_is_only_itself(string code, SourceOrigin expected) =>
        Assert.Equal(expected, SourceRegionCodes.Classify(code, "429004"));

    [Theory]
    [InlineData("440300", SourceOrigin.HomeCity)]
    [InlineData("440305", SourceOrigin.HomeCity)]
    [InlineData("440100", SourceOrigin.HomeProvince)]
    [InlineData("440000", SourceOrigin.HomeProvince)]
    [InlineData("430700", SourceOrigin.OtherProvince)]
    [InlineData("810000", SourceOrigin.HongKongMacaoTaiwan)]
    public void Another_configured_home_city_moves_the_classes(string code, SourceOrigin expected) =>
        Assert.Equal(expected, SourceRegionCodes.Classify(code, "440300"));

    [Theory]
    [InlineData("430700", true)]
    [InlineData("500000", true)]
    [InlineData("429004", true)]
    [InlineData("810000", false)]
    [InlineData("820100", false)]
    [InlineData("710000", false)]
    [InlineData("SG", false)]
    [InlineData("43070", false)]
    [InlineData("043070", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_home_city_is_a_mainland_division(string? code, bool expected) =>
        Assert.Equal(expected, SourceRegionCodes.IsHomeCity(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("43070")]
    [InlineData("043070")]
    [InlineData("fi")]
    [InlineData("FIN")]
    public void Anything_else_has_no_class(string? code) => Assert.Null(SourceRegionCodes.Classify(code, "430700"));

    [Fact]
    public void The_home_city_must_be_a_division()
    {
        Assert.Contains("'CN'", Assert.Throws<ArgumentException>(() => SourceRegionCodes.Classify("440300", "CN")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SourceRegionCodes.Classify("SG", null!));
    }

    [Theory]
    [InlineData("430700", "430000")]
    [InlineData("429004", "420000")]
    [InlineData("810000", "810000")]
    [InlineData("SG", "SG")]
    [InlineData("sg", null)]
    [InlineData(null, null)]
    public void A_city_rolls_up_to_its_province_and_a_country_to_itself(string? code, string? expected) =>
        Assert.Equal(expected, SourceRegionCodes.RollUp(code));

    [Theory]
    [InlineData("810000", true)]
    [InlineData("710000", true)]
    [InlineData("US", true)]
    [InlineData("440300", false)]
    [InlineData("430000", false)]
    [InlineData(null, false)]
    public void Only_Hong_Kong_Macao_Taiwan_and_abroad_are_outside_the_mainland(string? code, bool expected) =>
        Assert.Equal(expected, SourceRegionCodes.IsOutsideMainland(code));
}

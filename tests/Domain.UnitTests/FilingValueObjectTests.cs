using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91110000100000123T")]
    [InlineData("9143070276075021XN")]
    [InlineData("52430700MJJ1234569")]
    [InlineData("12430700005678901Q")]
    [InlineData("914307001234000260")] // sum ≡ 0 (mod 31): the check character is 0, not "31"
    public void Valid_codes_pass_the_GB_32100_check(string code)
    {
        Assert.True(CreditCode.IsValid(code));
        Assert.Equal(code, CreditCode.Parse(code).Value);
    }

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_accepted_and_stored_upper_cased() =>
        Assert.Equal("9143070276075021XN", CreditCode.Parse("  9143070276075021xn ").Value);

    [Theory]
    [InlineData("91110000100000123A")] // wrong check character
    [InlineData("9143070276075021XM")] // wrong check character
    [InlineData("91110000100000123")] // 17 characters
    [InlineData("91110000100000123TT")] // 19 characters
    [InlineData("9111000010000012IT")] // I is not a code character
    [InlineData("9111000010000012OT")] // O
    [InlineData("91110000100000S23T")] // S
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_codes_are_refused(string? code)
    {
        Assert.False(CreditCode.IsValid(code));
        var error = Assert.Throws<DomainRuleException>(() => CreditCode.Parse(code));
        Assert.Equal("filing.credit-code-invalid", error.Code);
    }

    [Fact]
    public void The_check_character_follows_the_standard_weights() =>
        Assert.Equal('T', CreditCode.CheckCharacter("91110000100000123"));
}

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("123456789.99")]
    public void Non_negative_amounts_with_at_most_two_decimals_are_valid(string yuan) =>
        Assert.Equal(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture), Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).Yuan);

    [Theory]
    [InlineData("-0.01")]
    [InlineData("-100")]
    [InlineData("1.001")]
    public void Negative_amounts_and_fractions_of_a_fen_are_refused(string yuan)
    {
        var error = Assert.Throws<DomainRuleException>(() => Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("filing.amount-invalid", error.Code);
    }

    [Fact]
    public void Fen_is_exact() => Assert.Equal(12_345_678_901L, Money.FromYuan(123_456_789.01m).Fen);
}

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("19912345678")]
    [InlineData("0736-1234567")]
    [InlineData("010-12345678")]
    [InlineData("07361234567")]
    [InlineData("0736-7654321-801")]
    [InlineData("0736-7654321转801")]
    [InlineData("138 1234 5678")]
    public void Mobiles_and_landlines_with_area_codes_are_valid(string phone) => Assert.True(PhoneNumber.IsValid(phone));

    [Theory]
    [InlineData("12812345678")] // 12x is not a mobile prefix
    [InlineData("1381234567")] // ten digits
    [InlineData("1234567")] // no area code
    [InlineData("+1 555 0100")]
    [InlineData("abc")]
    [InlineData("")]
    public void Other_numbers_are_refused(string phone)
    {
        Assert.False(PhoneNumber.IsValid(phone));
        Assert.Equal("filing.phone-invalid", Assert.Throws<DomainRuleException>(() => PhoneNumber.Parse(phone)).Code);
    }
}

public sealed class ScaleBandTests
{
    [Theory]
    [InlineData("0", ScaleBand.Below100Million)]
    [InlineData("99999999.99", ScaleBand.Below100Million)]
    [InlineData("100000000", ScaleBand.From100MillionTo1Billion)]
    [InlineData("999999999.99", ScaleBand.From100MillionTo1Billion)]
    [InlineData("1000000000", ScaleBand.From1BillionTo5Billion)]
    [InlineData("4999999999.99", ScaleBand.From1BillionTo5Billion)]
    [InlineData("5000000000", ScaleBand.From5BillionTo10Billion)]
    [InlineData("9999999999.99", ScaleBand.From5BillionTo10Billion)]
    [InlineData("10000000000", ScaleBand.From10Billion)]
    [InlineData("250000000000", ScaleBand.From10Billion)]
    public void Each_lower_boundary_belongs_to_the_band_above(string yuan, ScaleBand band) =>
        Assert.Equal(band, ScaleBands.Of(Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture))));
}

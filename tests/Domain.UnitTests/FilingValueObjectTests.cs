using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

public sealed class CreditCodeTests
{
    /// <summary>A valid code from its first eight characters and the organisation code's eight body characters.</summary>
    private static string Code(string first8, string body8)
    {
        var first17 = first8 + body8 + CreditCode.OrganisationCheckCharacter(body8);
        return first17 + CreditCode.CheckCharacter(first17);
    }

    [Theory]
    [InlineData("914403001922038216")] // 华为技术有限公司: 工商, 企业
    [InlineData("9144030071526726XG")] // 腾讯科技(深圳)有限公司: organisation code check character X
    [InlineData("91330100716105852F")] // 阿里巴巴(中国)有限公司
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    [InlineData("91520000214434146R")] // 贵州茅台酒股份有限公司
    [InlineData("12100000400000624D")] // 清华大学: 机构编制, 事业单位
    [InlineData("12100000400002259P")] // 北京大学
    [InlineData("53100000500021676K")] // 中国青少年发展基金会: 民政, 基金会
    [InlineData("31110000E00017891P")] // a Beijing law firm: 司法行政, 律师执业机构
    public void Published_codes_of_well_known_organisations_pass(string code)
    {
        Assert.True(CreditCode.IsValid(code));
        Assert.Equal(CreditCodeFault.None, CreditCode.Check(code));
        Assert.Equal(code, CreditCode.Parse(code).Value);
    }

    [Theory]
    [InlineData("91430702760750218M")] // the tests' example filing (replaces 9143070276075021XN, whose organisation code was wrong)
    [InlineData("91110000100000120H")] // replaces 91110000100000123T
    [InlineData("52430700MJJ123450N")] // replaces 52430700MJJ1234569: 民政, 民办非企业单位
    [InlineData("12430700005678902U")] // replaces 12430700005678901Q
    [InlineData("914307001234000550")] // sum ≡ 0 (mod 31): the check character is 0, not "31" (replaces 914307001234000260)
    [InlineData("91430702760750090R")] // Σ ≡ 0 (mod 11): the organisation check character is 0, not "11"
    [InlineData("9143070276075004XE")] // the organisation check character is X (10)
    public void Valid_codes_pass_the_GB_32100_check(string code)
    {
        Assert.True(CreditCode.IsValid(code));
        Assert.Equal(code, CreditCode.Parse(code).Value);
    }

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_accepted_and_stored_upper_cased() =>
        Assert.Equal("9144030071526726XG", CreditCode.Parse("  9144030071526726xg ").Value);

    private static readonly string[] Pairs =
    [
        "11", "12", "13", "19", // 机构编制
        "21", "29", // 外交
        "31", "32", "33", "34", "35", "39", // 司法行政
        "41", "49", // 文化
        "51", "52", "53", "59", // 民政
        "61", "62", "69", // 旅游
        "71", "72", "79", // 宗教
        "81", "89", // 工会
        "91", "92", "93", // 工商
        "A1", "A9", // 中央军委改革和编制办公室
        "N1", "N2", "N3", "N9", // 农业
        "Y1", // 其他
    ];

    public static TheoryData<string> ListedPairs() => new(Pairs);

    [Theory]
    [MemberData(nameof(ListedPairs))]
    public void Every_authority_and_category_pair_of_the_standard_passes(string pair) =>
        Assert.Equal(CreditCodeFault.None, CreditCode.Check(Code(pair + "430702", "MA4L0A2B")));

    [Fact]
    public void The_table_holds_exactly_the_listed_pairs() =>
        Assert.Equal(Pairs.Order(StringComparer.Ordinal),
            CreditCode.Categories.SelectMany(a => a.Value.Select(c => $"{a.Key}{c}")).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("00")] // the issue's all-zero code starts so
    [InlineData("01")]
    [InlineData("10")]
    [InlineData("14")] // 机构编制 has no category 4
    [InlineData("18")]
    [InlineData("22")]
    [InlineData("36")]
    [InlineData("42")]
    [InlineData("54")] // 民政 has no category 4
    [InlineData("63")]
    [InlineData("73")]
    [InlineData("82")]
    [InlineData("90")]
    [InlineData("94")] // 工商 has 1, 2, 3 only
    [InlineData("99")]
    [InlineData("9A")]
    [InlineData("A2")]
    [InlineData("B1")] // no authority B
    [InlineData("N4")]
    [InlineData("Y0")]
    [InlineData("Y2")] // 其他 has 1 only
    [InlineData("Y9")]
    public void A_pair_the_standard_does_not_list_is_refused(string pair)
    {
        var code = Code(pair + "430702", "MA4L0A2B");

        Assert.Equal(CreditCodeFault.AuthorityCategory, CreditCode.Check(code));
        var error = Assert.Throws<DomainRuleException>(() => CreditCode.Parse(code));
        Assert.Equal("filing.credit-code-invalid", error.Code);
        Assert.Contains("characters 1–2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_all_zero_code_is_refused_though_both_check_characters_fit() =>
        Assert.Equal(CreditCodeFault.AuthorityCategory, CreditCode.Check("000000000000000000"));

    [Fact]
    public void The_issues_code_with_a_wrong_organisation_check_character_is_refused()
    {
        Assert.Equal(CreditCodeFault.OrganisationCode, CreditCode.Check("91350100M000100Y56"));
        Assert.Contains("characters 9–17", Assert.Throws<DomainRuleException>(() => CreditCode.Parse("91350100M000100Y56")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    public void A_letter_in_the_division_code_is_refused(int at)
    {
        var division = "430702".Remove(at, 1).Insert(at, "A");
        var code = Code("91" + division, "MA4L0A2B");

        Assert.Equal(CreditCodeFault.Division, CreditCode.Check(code));
        Assert.Contains("characters 3–8", Assert.Throws<DomainRuleException>(() => CreditCode.Parse(code)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_wrong_organisation_check_character_is_refused()
    {
        const string First16 = "91430702MA4L0A2B";
        var right = CreditCode.OrganisationCheckCharacter("MA4L0A2B");
        foreach (var c in "0123456789X".Where(c => c != right))
        {
            var first17 = First16 + c;
            Assert.Equal(CreditCodeFault.OrganisationCode, CreditCode.Check(first17 + CreditCode.CheckCharacter(first17)));
        }
    }

    [Fact]
    public void An_organisation_code_ending_in_a_letter_other_than_X_is_refused()
    {
        const string First17 = "91430702MA4L0A2BY";
        Assert.Equal(CreditCodeFault.OrganisationCode, CreditCode.Check(First17 + CreditCode.CheckCharacter(First17)));
    }

    [Theory]
    [InlineData("76075021", '8')]
    [InlineData("19220382", '1')] // 华为
    [InlineData("71526726", 'X')] // 腾讯: 11 − 1 = 10 → X
    [InlineData("76075009", '0')] // Σ ≡ 0 (mod 11): 11 → 0
    [InlineData("MA4L0A2B", '3')] // letters count A = 10 … Z = 35
    [InlineData("ZZZZZZZZ", '3')]
    [InlineData("00000000", '0')]
    public void The_organisation_check_character_follows_GB_11714(string body, char expected) =>
        Assert.Equal(expected, CreditCode.OrganisationCheckCharacter(body));

    [Theory]
    [InlineData("7607502")]
    [InlineData("760750211")]
    [InlineData("7607502a")]
    [InlineData("7607502-")]
    [InlineData("中6075021")]
    public void An_organisation_body_not_of_eight_digits_or_capitals_has_no_check_character(string body) =>
        Assert.Null(CreditCode.OrganisationCheckCharacter(body));

    [Fact]
    public void A_wrong_18th_character_is_refused_as_such()
    {
        Assert.Equal(CreditCodeFault.CheckCharacter, CreditCode.Check("91430702760750218N"));
        Assert.Contains("18th", Assert.Throws<DomainRuleException>(() => CreditCode.Parse("91430702760750218N")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91430702760750218", CreditCodeFault.Length)] // 17 characters
    [InlineData("91430702760750218MM", CreditCodeFault.Length)] // 19 characters
    [InlineData("", CreditCodeFault.Length)]
    [InlineData("   ", CreditCodeFault.Length)]
    [InlineData(null, CreditCodeFault.Length)]
    [InlineData("9143070276075021IM", CreditCodeFault.Character)] // I is not a code character
    [InlineData("9143070276075021OM", CreditCodeFault.Character)] // O
    [InlineData("914307027607502S8M", CreditCodeFault.Character)] // S
    [InlineData("91430702760750218Z", CreditCodeFault.Character)] // Z as the 18th
    [InlineData("91430702760750218-", CreditCodeFault.Character)]
    [InlineData("91110000100000123T", CreditCodeFault.OrganisationCode)] // an old test example: its 18th fits, its organisation code does not
    [InlineData("9143070276075021XN", CreditCodeFault.OrganisationCode)] // likewise
    [InlineData("91430702760750218A", CreditCodeFault.CheckCharacter)]
    public void Invalid_codes_are_refused_naming_the_part(string? code, CreditCodeFault fault)
    {
        Assert.Equal(fault, CreditCode.Check(code));
        Assert.False(CreditCode.IsValid(code));
        var error = Assert.Throws<DomainRuleException>(() => CreditCode.Parse(code));
        Assert.Equal("filing.credit-code-invalid", error.Code);
        Assert.Equal($"The unified social credit code is invalid: {CreditCode.Describe(fault)}.", error.Message);
    }

    [Fact]
    public void The_first_wrong_part_is_named()
    {
        Assert.Equal(CreditCodeFault.AuthorityCategory, CreditCode.Check("0000A00000000000AA")); // also a letter in the division, wrong checks
        Assert.Equal(CreditCodeFault.Division, CreditCode.Check("9100A00000000000AA")); // also wrong checks
        Assert.Equal(CreditCodeFault.OrganisationCode, CreditCode.Check("910000000000000AAA")); // also a wrong 18th
    }

    [Fact]
    public void Each_fault_is_worded_for_a_person()
    {
        Assert.Equal("The unified social credit code is invalid: it must be 18 characters.", Assert.Throws<DomainRuleException>(() => CreditCode.Parse("9143")).Message);
        Assert.Contains("other than I, O, Z, S and V", Assert.Throws<DomainRuleException>(() => CreditCode.Parse("9143070276075021IM")).Message, StringComparison.Ordinal);
        Assert.Equal("no fault", CreditCode.Describe(CreditCodeFault.None));
    }

    [Fact]
    public void Check_characters_of_nothing_are_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => CreditCode.CheckCharacter(null!));
        Assert.Throws<ArgumentNullException>(() => CreditCode.OrganisationCheckCharacter(null!));
    }

    [Fact]
    public void Each_fault_is_described_differently() =>
        Assert.Equal(Enum.GetValues<CreditCodeFault>().Length, Enum.GetValues<CreditCodeFault>().Select(CreditCode.Describe).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void The_check_character_follows_the_standard_weights()
    {
        Assert.Equal('M', CreditCode.CheckCharacter("91430702760750218"));
        Assert.Equal('6', CreditCode.CheckCharacter("91440300192203821"));
        Assert.Null(CreditCode.CheckCharacter("9143070276075021"));
        Assert.Null(CreditCode.CheckCharacter("9143070276075021I"));
    }
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

using System.Globalization;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

/// <summary>Amounts as people read and type them (万元), exact both ways; and a planned total of 0 at submission.</summary>
public sealed class AmountTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("123456789.01", "12345.678901")]
    [InlineData("19999999.99", "1999.999999")] // the case: never "2,000万元"
    [InlineData("150000000", "15000")]
    [InlineData("123456700", "12345.67")]
    [InlineData("0.01", "0.000001")] // a fen is the sixth decimal
    [InlineData("0", "0")]
    [InlineData("9999999999999.99", "999999999.999999")] // the largest amount held
    public void Yuan_and_wan_convert_exactly_both_ways(string yuan, string wan)
    {
        Assert.Equal(D(wan), Money.FromYuan(D(yuan)).InTenThousands);
        Assert.True(Money.IsValidTenThousands(D(wan)));
        Assert.Equal(D(yuan), Money.FromTenThousands(D(wan)).Yuan);
        Assert.Equal(Money.FromYuan(D(yuan)).Fen, Money.FromTenThousands(D(wan)).Fen);
    }

    [Theory]
    [InlineData("1.0000001")] // a seventh decimal: a tenth of a fen
    [InlineData("12345.6789015")]
    [InlineData("0.0000005")]
    [InlineData("-0.000001")]
    [InlineData("-1")]
    [InlineData("1000000000000")] // 10^16 yuan: above what the column holds
    public void A_wan_amount_beyond_a_fen_negative_or_too_large_is_refused_never_rounded(string wan)
    {
        Assert.False(Money.IsValidTenThousands(D(wan)));
        var error = Assert.Throws<DomainRuleException>(() => Money.FromTenThousands(D(wan)));
        Assert.Equal("filing.amount-invalid", error.Code);
        Assert.Equal("An amount in 万元 must be at least 0 with at most six decimals (a fen).", error.Message);
    }

    [Fact]
    public void A_yuan_amount_beyond_a_fen_is_refused_in_yuan_words()
    {
        var error = Assert.Throws<DomainRuleException>(() => Money.FromYuan(0.001m));
        Assert.Equal("An amount must be at least 0 yuan with at most two decimals.", error.Message);
        Assert.Equal("1.50", Money.FromYuan(1.5m).ToString());
    }

    [Fact]
    public void Missing_fields_alone_are_named_alone()
    {
        var error = new FilingIncompleteException(["ContactName", "ContactPhone"]);

        Assert.Empty(error.ZeroFields);
        Assert.Equal("The filing is incomplete: missing ContactName, ContactPhone.", error.Message);
    }

    [Fact]
    public void Zeros_after_the_sixth_decimal_are_no_fraction_of_a_fen() =>
        Assert.Equal(15_000m, Money.FromTenThousands(D("1.500000000")).Yuan);

    [Fact]
    public void An_amount_of_10_wan_yi_yuan_or_more_is_refused()
    {
        Assert.True(Money.IsValid(9_999_999_999_999.99m));
        Assert.False(Money.IsValid(10_000_000_000_000m));
        Assert.Throws<DomainRuleException>(() => Money.FromYuan(10_000_000_000_000m));
        Assert.False(Money.IsValidTenThousands(1_000_000_000m));
    }

    [Fact]
    public void Nine_thousand_amounts_at_the_largest_add_up_in_fen_without_overflow() =>
        Assert.Equal(8_999_999_999_999_991_000L, checked(Money.FromYuan(Money.MaxYuan).Fen * 9_000L));

    [Fact]
    public void The_largest_wan_amount_is_the_largest_yuan_amount()
    {
        Assert.True(Money.IsValidTenThousands(Money.MaxYuan / Money.TenThousand));
        Assert.False(Money.IsValidTenThousands((Money.MaxYuan / Money.TenThousand) + 0.000001m));
        Assert.Equal(6, Money.TenThousandsDecimals);
    }

    private static Filing Draft(FilingDetails details) => Filing.CreateDraft(Guid.NewGuid(), details, Filer, Now);

    [Fact]
    public void A_draft_may_hold_a_planned_total_of_0_but_cannot_be_submitted_with_it()
    {
        var filing = Draft(FilingTests.Complete with { PlannedTotalInvestment = 0m, PlannedFixedAssetInvestment = 0m });
        Assert.Equal(0m, filing.PlannedTotalInvestment);

        var error = Assert.Throws<FilingIncompleteException>(() => filing.Submit(Now, new DateOnly(2026, 11, 25), Now.AddDays(5), Filer));

        Assert.Equal("filing.incomplete", error.Code);
        Assert.Empty(error.Fields);
        Assert.Equal(["PlannedTotalInvestment"], error.ZeroFields);
        Assert.Equal("The filing is incomplete: must be above zero PlannedTotalInvestment.", error.Message);
        Assert.Equal(FilingStatus.Draft, filing.Status);
        Assert.Single(filing.History);
    }

    [Fact]
    public void Missing_fields_and_a_zero_total_are_named_together()
    {
        var filing = Draft(FilingTests.Complete with { PlannedTotalInvestment = 0m, PlannedFixedAssetInvestment = null, ContactName = null });

        var error = Assert.Throws<FilingIncompleteException>(() => filing.Submit(Now, new DateOnly(2026, 11, 25), Now.AddDays(5), Filer));

        Assert.Equal(["PlannedFixedAssetInvestment", "ContactName"], error.Fields);
        Assert.Equal(["PlannedTotalInvestment"], error.ZeroFields);
        Assert.Equal("The filing is incomplete: missing PlannedFixedAssetInvestment, ContactName; must be above zero PlannedTotalInvestment.", error.Message);
    }

    [Theory]
    [InlineData("0.01", "0")] // one fen of total, no fixed assets: a plan
    [InlineData("100000000", "0")]
    [InlineData("100000000", "100000000")] // fixed assets equal to the total
    public void A_total_above_0_submits_and_fixed_assets_may_be_0(string total, string fixedAssets)
    {
        var details = FilingTests.Complete with { PlannedTotalInvestment = D(total), PlannedFixedAssetInvestment = D(fixedAssets) };
        Assert.Empty(details.ZeroAmountFields());
        var filing = Draft(details);

        filing.Submit(Now, new DateOnly(2026, 11, 25), Now.AddDays(5), Filer);

        Assert.Equal(FilingStatus.UnderReview, filing.Status);
    }

    [Fact]
    public void An_empty_total_is_missing_not_zero()
    {
        var details = FilingTests.Complete with { PlannedTotalInvestment = null };
        Assert.Empty(details.ZeroAmountFields());
        Assert.Contains(nameof(FilingDetails.PlannedTotalInvestment), details.MissingFields());
    }

    [Theory]
    [InlineData("100000000", "100000000.01")]
    [InlineData("0", "0.01")] // a zero total still caps the fixed assets
    public void Fixed_assets_above_the_total_are_still_refused(string total, string fixedAssets)
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            (FilingTests.Complete with { PlannedTotalInvestment = D(total), PlannedFixedAssetInvestment = D(fixedAssets) }).Normalised());
        Assert.Equal("filing.fixed-asset-exceeds-total", error.Code);
    }
}

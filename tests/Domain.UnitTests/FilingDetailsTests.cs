using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

public sealed class FilingDetailsTests
{
    private static readonly FilingDetails Complete = FilingTests.Complete;

    private static readonly FilingDetails Blank = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    [Fact]
    public void Normalising_trims_texts_upper_cases_the_credit_code_and_empties_blanks()
    {
        var details = (Complete with
        {
            ProjectName = "  智能装备产业园 ",
            CreditCode = " 91430702760750218m ",
            SourceRegionCode = " 440000 ",
            RecommenderName = "   ",
            ConstructionContent = "\t建设厂房\n",
        }).Normalised();

        Assert.Equal("智能装备产业园", details.ProjectName);
        Assert.Equal("91430702760750218M", details.CreditCode);
        Assert.Equal("440000", details.SourceRegionCode);
        Assert.Null(details.RecommenderName);
        Assert.Equal("建设厂房", details.ConstructionContent);
    }

    [Fact]
    public void Normalised_details_normalise_to_themselves() =>
        Assert.Equal(Complete.Normalised(), Complete.Normalised().Normalised());

    [Fact]
    public void The_scale_band_and_money_follow_the_planned_total()
    {
        var details = Complete with { PlannedTotalInvestment = 100_000_000m, PlannedFixedAssetInvestment = 80_000_000.5m };

        Assert.Equal(ScaleBand.From100MillionTo1Billion, details.ScaleBand);
        Assert.Equal(10_000_000_000L, details.PlannedTotal?.Fen);
        Assert.Equal(8_000_000_050L, details.PlannedFixedAsset?.Fen);
        Assert.Null(Blank.ScaleBand);
        Assert.Null(Blank.PlannedTotal);
    }

    [Theory]
    [InlineData("12345", "filing.phone-invalid")]
    [InlineData(null, null)]
    public void A_bad_phone_is_refused_and_none_is_fine(string? phone, string? code)
    {
        var details = Complete with { ContactPhone = phone };
        if (code is null)
        {
            Assert.Null(details.Normalised().ContactPhone);
        }
        else
        {
            Assert.Equal(code, Assert.Throws<DomainRuleException>(() => details.Normalised()).Code);
        }
    }

    [Fact]
    public void Fixed_assets_above_the_total_are_refused() =>
        Assert.Equal(
            "filing.fixed-asset-exceeds-total",
            Assert.Throws<DomainRuleException>(() => (Complete with { PlannedFixedAssetInvestment = 1_500_000_000.01m }).Normalised()).Code);

    [Fact]
    public void An_unknown_stage_is_refused() =>
        Assert.Equal("filing.field-invalid", Assert.Throws<DomainRuleException>(() => (Complete with { Stage = (ProjectStage)42 }).Normalised()).Code);

    [Fact]
    public void Complete_details_miss_nothing() => Assert.Empty(Complete.MissingFields());

    [Fact]
    public void Blank_details_miss_every_required_field_in_order_but_not_the_optional_ones()
    {
        Assert.Equal(
            [
                nameof(FilingDetails.ProjectName), nameof(FilingDetails.InvestorName), nameof(FilingDetails.CreditCode), nameof(FilingDetails.SourceRegionCode),
                nameof(FilingDetails.IndustryChainId), nameof(FilingDetails.Category), nameof(FilingDetails.Stage), nameof(FilingDetails.PlannedTotalInvestment),
                nameof(FilingDetails.PlannedFixedAssetInvestment), nameof(FilingDetails.ConstructionContent), nameof(FilingDetails.ContactName),
                nameof(FilingDetails.ContactPhone),
            ],
            Blank.MissingFields());
    }

    [Theory]
    [InlineData("810000")]
    [InlineData("820000")]
    [InlineData("710000")]
    [InlineData("810100")]
    [InlineData("SG")]
    [InlineData("FI")]
    public void An_investor_from_Hong_Kong_Macao_Taiwan_or_abroad_needs_no_credit_code(string region)
    {
        var details = Blank with { SourceRegionCode = region };

        Assert.True(details.OutsideMainland);
        Assert.DoesNotContain(nameof(FilingDetails.CreditCode), details.MissingFields());
    }

    [Theory]
    [InlineData("440300")]
    [InlineData("440000")]
    [InlineData("430700")]
    [InlineData("110000")]
    [InlineData(null)]
    public void A_mainland_investor_or_one_without_a_region_needs_a_credit_code(string? region)
    {
        var details = Blank with { SourceRegionCode = region };

        Assert.False(details.OutsideMainland);
        Assert.Contains(nameof(FilingDetails.CreditCode), details.MissingFields());
    }

    [Fact]
    public void A_credit_code_given_for_a_Hong_Kong_investor_is_still_checked()
    {
        Assert.Equal("filing.credit-code-invalid",
            Assert.Throws<DomainRuleException>(() => (Complete with { SourceRegionCode = "810000", CreditCode = "91110000100000123A" }).Normalised()).Code);
        Assert.Equal("91430702760750218M", (Complete with { SourceRegionCode = "810000", CreditCode = "91430702760750218m" }).Normalised().CreditCode);
    }

    [Fact]
    public void The_snapshot_names_every_field_once_in_order_with_enums_by_name()
    {
        var snapshot = Complete.Snapshot();

        Assert.Equal(15, snapshot.Count);
        Assert.Equal(nameof(FilingDetails.ProjectName), snapshot[0].Key);
        Assert.Equal(nameof(FilingDetails.ContactPhone), snapshot[^1].Key);
        Assert.Equal(snapshot.Count, snapshot.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Industrial", snapshot.Single(p => p.Key == nameof(FilingDetails.Category)).Value);
        Assert.Equal("Signed", snapshot.Single(p => p.Key == nameof(FilingDetails.Stage)).Value);
        Assert.Equal(1_500_000_000m, snapshot.Single(p => p.Key == nameof(FilingDetails.PlannedTotalInvestment)).Value);
    }

    [Fact]
    public void Changes_list_only_the_fields_that_differ_with_both_values()
    {
        var changes = Complete.ChangesTo(Complete with { Stage = ProjectStage.Started, ContactName = null });

        Assert.Equal(
            [
                new FilingDetailsChange(nameof(FilingDetails.Stage), "Signed", "Started"),
                new FilingDetailsChange(nameof(FilingDetails.ContactName), "王联系", null),
            ],
            changes);
        Assert.Empty(Complete.ChangesTo(Complete with { }));
    }

    [Fact]
    public void Amounts_equal_in_value_are_not_a_change() =>
        Assert.Empty(Complete.ChangesTo(Complete with { PlannedTotalInvestment = 1_500_000_000.00m }));

    /// <summary>Each text field with one character too many: its own code, and a message naming it.</summary>
    public static TheoryData<string, string, string> TooLong => new()
    {
        { nameof(FilingDetails.ProjectName), "filing.field-invalid", "Project name" },
        { nameof(FilingDetails.InvestorName), "filing.field-invalid", "Investor name" },
        { nameof(FilingDetails.CreditCode), "filing.credit-code-invalid", "Credit code" },
        { nameof(FilingDetails.SourceRegionCode), "filing.field-invalid", "Source region" },
        { nameof(FilingDetails.ConstructionContent), "filing.field-invalid", "Construction content" },
        { nameof(FilingDetails.RecommenderName), "filing.field-invalid", "Recommender name" },
        { nameof(FilingDetails.RecommenderContact), "filing.field-invalid", "Recommender contact" },
        { nameof(FilingDetails.ContactName), "filing.field-invalid", "Contact name" },
        { nameof(FilingDetails.ContactPhone), "filing.phone-invalid", "Contact phone" },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public void A_text_over_its_length_is_refused_with_its_code_and_named(string field, string code, string named)
    {
        var tooLong = WithTextOfLength(field, MaxLengthOf(field) + 1);

        var refused = Assert.Throws<DomainRuleException>(() => tooLong.Normalised());

        Assert.Equal(code, refused.Code);
        Assert.Equal(DomainRuleKind.Invalid, refused.Kind);
        Assert.StartsWith(named + " ", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(FilingDetails.ProjectName))]
    [InlineData(nameof(FilingDetails.InvestorName))]
    [InlineData(nameof(FilingDetails.ConstructionContent))]
    [InlineData(nameof(FilingDetails.RecommenderName))]
    [InlineData(nameof(FilingDetails.RecommenderContact))]
    [InlineData(nameof(FilingDetails.ContactName))]
    public void A_text_of_exactly_its_length_is_kept(string field)
    {
        var max = MaxLengthOf(field);

        var kept = WithTextOfLength(field, max).Normalised();

        Assert.Equal(max, ((string?)typeof(FilingDetails).GetProperty(field)!.GetValue(kept))!.Length);
    }

    [Fact]
    public void An_unknown_category_or_stage_is_refused_and_named()
    {
        var category = Assert.Throws<DomainRuleException>(() => (Complete with { Category = (ProjectCategory)999 }).Normalised());
        var stage = Assert.Throws<DomainRuleException>(() => (Complete with { Stage = (ProjectStage)999 }).Normalised());

        Assert.Equal(("filing.field-invalid", DomainRuleKind.Invalid), (category.Code, category.Kind));
        Assert.Contains("category", category.Message, StringComparison.Ordinal);
        Assert.Equal(("filing.field-invalid", DomainRuleKind.Invalid), (stage.Code, stage.Kind));
        Assert.Contains("stage", stage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_assets_above_the_total_are_a_conflict_that_says_so()
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            (Complete with { PlannedTotalInvestment = 100m, PlannedFixedAssetInvestment = 100.01m }).Normalised());

        Assert.Equal(("filing.fixed-asset-exceeds-total", DomainRuleKind.Conflict), (refused.Code, refused.Kind));
        Assert.Contains("fixed-asset", refused.Message, StringComparison.Ordinal);
    }

    private static int MaxLengthOf(string field) => field switch
    {
        nameof(FilingDetails.ProjectName) => Filing.ProjectNameMaxLength,
        nameof(FilingDetails.InvestorName) => Filing.InvestorNameMaxLength,
        nameof(FilingDetails.CreditCode) => 64,
        nameof(FilingDetails.SourceRegionCode) => Filing.RegionCodeMaxLength,
        nameof(FilingDetails.ConstructionContent) => Filing.ConstructionContentMaxLength,
        nameof(FilingDetails.RecommenderName) => Filing.PersonNameMaxLength,
        nameof(FilingDetails.RecommenderContact) => Filing.RecommenderContactMaxLength,
        nameof(FilingDetails.ContactName) => Filing.PersonNameMaxLength,
        nameof(FilingDetails.ContactPhone) => PhoneNumber.MaxLength,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static FilingDetails WithTextOfLength(string field, int length)
    {
        var text = new string('x', length);
        return field switch
        {
            nameof(FilingDetails.ProjectName) => Complete with { ProjectName = text },
            nameof(FilingDetails.InvestorName) => Complete with { InvestorName = text },
            nameof(FilingDetails.CreditCode) => Complete with { CreditCode = text },
            nameof(FilingDetails.SourceRegionCode) => Complete with { SourceRegionCode = text },
            nameof(FilingDetails.ConstructionContent) => Complete with { ConstructionContent = text },
            nameof(FilingDetails.RecommenderName) => Complete with { RecommenderName = text },
            nameof(FilingDetails.RecommenderContact) => Complete with { RecommenderContact = text },
            nameof(FilingDetails.ContactName) => Complete with { ContactName = text },
            nameof(FilingDetails.ContactPhone) => Complete with { ContactPhone = text },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }
}

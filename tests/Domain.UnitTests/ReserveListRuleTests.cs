using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

public sealed class ReserveListRuleTests
{
    private static readonly ReserveListRule Rule = ReserveListRule.Default;
    private static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");
    private static readonly FilingActor Reviewer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000e01"), "reviewer");

    [Theory]
    [InlineData(ProjectStage.Signed, "1000000000", true)] // exactly 10亿 at Signed
    [InlineData(ProjectStage.Signed, "999999999.99", false)] // one fen short
    [InlineData(ProjectStage.Signed, "999000000", false)] // 9.99亿
    [InlineData(ProjectStage.Signed, "1000000000.01", true)]
    [InlineData(ProjectStage.InProduction, "1000000000", true)]
    [InlineData(ProjectStage.Started, "1200000000", true)]
    [InlineData(ProjectStage.Completed, "999999999", false)]
    [InlineData(ProjectStage.Negotiating, "1000000000", false)] // big enough, but not yet signed
    [InlineData(ProjectStage.Negotiating, "5000000000", false)] // 50亿: size alone never lists a project
    [InlineData(ProjectStage.Negotiating, "6000000000", false)] // the case: 60亿 still negotiating
    [InlineData(ProjectStage.Negotiating, "99999999999999.99", false)] // the largest amount there is
    public void The_default_rule_is_signed_or_later_and_at_least_10_yi(ProjectStage stage, string yuan, bool listed) =>
        Assert.Equal(listed, Rule.Includes(stage, decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_defaults_are_signed_and_10_yi() =>
        Assert.Equal((ProjectStage.Signed, 1_000_000_000m, 100_000_000_000L), (Rule.MinStage, Rule.MinAmountYuan, Rule.MinFen));

    [Fact]
    public void A_project_without_a_stage_or_an_amount_is_not_listed()
    {
        Assert.False(Rule.Includes(null, 20_000_000_000m));
        Assert.False(Rule.Includes(ProjectStage.InProduction, null));
    }

    [Fact]
    public void Signed_or_later_follows_the_stage_order() =>
        Assert.Equal([ProjectStage.Signed, ProjectStage.Started, ProjectStage.Completed, ProjectStage.InProduction], Rule.MatureStages);

    [Fact]
    public void A_configured_rule_moves_the_thresholds()
    {
        var rule = new ReserveListRule(ProjectStage.Started, 500_000_000m).Validated();
        Assert.False(rule.Includes(ProjectStage.Signed, 1_000_000_000m));
        Assert.True(rule.Includes(ProjectStage.Started, 500_000_000m));
        Assert.False(rule.Includes(ProjectStage.Started, 499_999_999.99m));
        Assert.True(rule.Includes(ProjectStage.Completed, 500_000_000m));
        Assert.False(rule.Includes(ProjectStage.Negotiating, 20_000_000_000m));
        Assert.Equal(50_000_000_000L, rule.MinFen);
        Assert.Equal([ProjectStage.Started, ProjectStage.Completed, ProjectStage.InProduction], rule.MatureStages);
    }

    [Fact]
    public void Only_the_bands_reaching_the_lower_threshold_can_hold_a_listed_project()
    {
        Assert.Equal([ScaleBand.From1BillionTo5Billion, ScaleBand.From5BillionTo10Billion, ScaleBand.From10Billion], Rule.CandidateBands);
        // 5亿 lies inside the 1–10亿 band: that band can hold a listed project, the one below cannot.
        Assert.Equal(
            [ScaleBand.From100MillionTo1Billion, ScaleBand.From1BillionTo5Billion, ScaleBand.From5BillionTo10Billion, ScaleBand.From10Billion],
            new ReserveListRule(ProjectStage.Started, 500_000_000m).CandidateBands);
        Assert.Equal(Enum.GetValues<ScaleBand>(), new ReserveListRule(ProjectStage.Signed, 0m).CandidateBands);
        // Every listed amount's band is a candidate; 9.99亿, listed at no stage, is in a band that is not.
        foreach (var yuan in new[] { 1_000_000_000m, 4_999_999_999.99m, 5_000_000_000m, 9_999_999_999.99m, 20_000_000_000m })
        {
            Assert.True(Rule.Includes(ProjectStage.InProduction, yuan));
            Assert.Contains(ScaleBands.Of(Money.FromYuan(yuan)), Rule.CandidateBands);
        }

        Assert.False(Rule.Includes(ProjectStage.InProduction, 999_999_999.99m));
        Assert.DoesNotContain(ScaleBands.Of(Money.FromYuan(999_999_999.99m)), Rule.CandidateBands);
    }

    [Fact]
    public void A_misconfigured_rule_is_refused()
    {
        Assert.Equal("reserve-list.rule-invalid", Assert.Throws<DomainRuleException>(() => new ReserveListRule((ProjectStage)99, 1m).Validated()).Code);
        Assert.Equal("reserve-list.rule-invalid", Assert.Throws<DomainRuleException>(() => new ReserveListRule(ProjectStage.Signed, -1m).Validated()).Code);
        Assert.Equal("reserve-list.rule-invalid", Assert.Throws<DomainRuleException>(() => new ReserveListRule(ProjectStage.Signed, 0.001m).Validated()).Code);
        var valid = new ReserveListRule(ProjectStage.InProduction, 0m);
        Assert.Same(valid, valid.Validated());
    }

    [Fact]
    public void Only_an_approved_filing_is_listed_and_a_revoked_one_leaves_the_list()
    {
        var now = new DateTimeOffset(2025, 3, 31, 15, 30, 0, TimeSpan.Zero); // 2025-03-31 23:30 China time
        var filing = Filing.CreateDraft(Guid.NewGuid(), FilingTests.Complete with { PlannedTotalInvestment = 1_000_000_000m, PlannedFixedAssetInvestment = 300_000_000.55m }, Filer, now);
        Assert.False(Rule.Includes(filing));
        filing.Submit(now, new DateOnly(2025, 4, 3), now.AddDays(3), Filer);
        Assert.False(Rule.Includes(filing));
        filing.Approve(Reviewer, now);
        Assert.True(Rule.Includes(filing));
        Assert.Equal(new DateOnly(2025, 3, 31), filing.ApprovedOn);
        Assert.Equal(30_000_000_055L, filing.PlannedFixedAssetFen);
        filing.Revoke(Reviewer, now.AddMinutes(40), "异议成立");
        Assert.False(Rule.Includes(filing));
    }

    [Fact]
    public void An_approved_60_yi_project_still_negotiating_is_not_listed_until_it_is_signed()
    {
        var now = new DateTimeOffset(2025, 3, 31, 2, 0, 0, TimeSpan.Zero);
        var negotiating = Filing.CreateDraft(
            Guid.NewGuid(), FilingTests.Complete with { Stage = ProjectStage.Negotiating, PlannedTotalInvestment = 6_000_000_000m, PlannedFixedAssetInvestment = 1m }, Filer, now);
        negotiating.Submit(now, new DateOnly(2025, 4, 3), now.AddDays(3), Filer);
        negotiating.Approve(Reviewer, now);
        Assert.False(Rule.Includes(negotiating));

        var signed = Filing.CreateDraft(
            Guid.NewGuid(), FilingTests.Complete with { Stage = ProjectStage.Signed, PlannedTotalInvestment = 6_000_000_000m, PlannedFixedAssetInvestment = 1m }, Filer, now);
        signed.Submit(now, new DateOnly(2025, 4, 3), now.AddDays(3), Filer);
        signed.Approve(Reviewer, now);
        Assert.True(Rule.Includes(signed));
    }
}

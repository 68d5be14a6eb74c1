using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Rewards;

namespace InvestPromo.Domain.UnitTests;

/// <summary>The yearly reward's rules (DOMAIN.md §6, issue 14 item 7) with the worked cases.</summary>
public sealed class RewardRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly RewardPolicy Hunan = RewardPolicy.Hunan(Now);

    private static RewardPolicy Policy(string from, string to, decimal threshold = 20_000_000m, decimal rate = 0.001m, decimal cap = 1_000_000m) =>
        RewardPolicy.Create("政策", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            threshold, rate, [ProjectCategory.RealEstate, ProjectCategory.Finance, ProjectCategory.Infrastructure], cap, null, Now);

    private static RewardResult Line(decimal funds, ProjectCategory category = ProjectCategory.Industrial, bool credit = true, bool impact = true, decimal? counted = null) =>
        RewardRules.Evaluate(Hunan, new RewardInput(credit, category, funds, counted ?? funds, impact));

    [Fact]
    public void Twenty_million_is_eligible_for_twenty_thousand_because_the_threshold_includes_itself()
    {
        Assert.Equal(new RewardResult(RewardOutcome.Eligible, 20_000_000m, 20_000.00m), Line(20_000_000m));
    }

    [Fact]
    public void A_fen_below_twenty_million_is_below_threshold_and_pays_nothing()
    {
        Assert.Equal(new RewardResult(RewardOutcome.BelowThreshold, 19_999_999.99m, 0m), Line(19_999_999.99m));
        Assert.Equal(RewardOutcome.BelowThreshold, Line(19_999_999m).Outcome);
    }

    [Fact]
    public void The_amount_is_rounded_to_the_fen_half_up()
    {
        Assert.Equal(123_456.79m, Line(123_456_789m).Amount);
        Assert.Equal(20_000.01m, RewardRules.Amount(20_000_005m, 0.001m)); // 20,000.005 → up
        Assert.Equal(20_000.00m, RewardRules.Amount(20_000_004.99m, 0.001m));
    }

    [Fact]
    public void A_real_estate_project_of_five_hundred_million_is_excluded()
    {
        Assert.Equal(new RewardResult(RewardOutcome.ExcludedCategory, 500_000_000m, 0m), Line(500_000_000m, ProjectCategory.RealEstate));
        Assert.Equal(RewardOutcome.ExcludedCategory, Line(500_000_000m, ProjectCategory.Finance).Outcome);
        Assert.Equal(RewardOutcome.ExcludedCategory, Line(500_000_000m, ProjectCategory.Infrastructure).Outcome);
    }

    [Fact]
    public void Five_eligible_projects_of_three_hundred_million_are_capped_at_one_million_with_a_reduction_of_half_a_million()
    {
        var amounts = Enumerable.Range(0, 5).Select(_ => Line(300_000_000m)).ToList();
        Assert.All(amounts, a => Assert.Equal((RewardOutcome.Eligible, 300_000m), (a.Outcome, a.Amount)));

        var total = RewardRules.Cap(amounts.Select(a => a.Amount), Hunan.AnnualCapYuan);

        Assert.Equal(new AssociationReward(1_500_000m, 1_000_000m, 500_000m), total);
    }

    [Fact]
    public void An_association_under_the_cap_is_paid_its_sum_without_reduction()
    {
        Assert.Equal(new AssociationReward(999_999.99m, 999_999.99m, 0m), RewardRules.Cap([500_000m, 499_999.99m], 1_000_000m));
        Assert.Equal(new AssociationReward(1_000_000m, 1_000_000m, 0m), RewardRules.Cap([1_000_000m], 1_000_000m));
    }

    [Fact]
    public void The_outcomes_are_tested_in_order()
    {
        // A real-estate project without a confirmed credit is "no confirmed credit" first.
        Assert.Equal(RewardOutcome.NoConfirmedCredit, Line(500_000_000m, ProjectCategory.RealEstate, credit: false).Outcome);
        Assert.Equal(RewardOutcome.FundsOutsideValidity, Line(500_000_000m, ProjectCategory.RealEstate, counted: 0m).Outcome);
        Assert.Equal(RewardOutcome.ExcludedCategory, Line(1m, ProjectCategory.RealEstate, impact: false).Outcome);
        Assert.Equal(RewardOutcome.BelowThreshold, Line(1m, impact: false).Outcome);
        Assert.Equal(new RewardResult(RewardOutcome.ImpactNotConfirmed, 20_000_000m, 0m), Line(20_000_000m, impact: false));
        Assert.Equal(RewardOutcome.Eligible, Line(20_000_000m).Outcome);
    }

    [Fact]
    public void A_project_without_category_is_not_excluded()
    {
        Assert.Equal(RewardOutcome.Eligible, RewardRules.Evaluate(Hunan, new RewardInput(true, null, 20_000_000m, 20_000_000m, true)).Outcome);
    }

    [Fact]
    public void The_policy_in_force_on_31_December_governs_the_whole_year()
    {
        // Hunan's policy started 2022-09-01: it governs all of 2022 and 2023.
        var governing = RewardRules.Governing(2022, [Hunan]);
        Assert.Same(Hunan, governing!.Policy);
        Assert.Equal(new DateOnly(2022, 12, 31), governing.CountUntil);
        Assert.Equal(new DateOnly(2023, 12, 31), RewardRules.Governing(2023, [Hunan])!.CountUntil);
        Assert.True(RewardRules.MonthCounts(governing, 2022, 1));
    }

    [Fact]
    public void When_none_is_in_force_on_31_December_the_last_policy_in_force_governs_counting_funds_up_to_its_end()
    {
        // Hunan's policy ended 2024-08-31: in 2024 only the funds that arrived by then count.
        var governing = RewardRules.Governing(2024, [Hunan])!;
        Assert.Same(Hunan, governing.Policy);
        Assert.Equal(new DateOnly(2024, 8, 31), governing.CountUntil);
        Assert.True(RewardRules.MonthCounts(governing, 2024, 8));
        Assert.False(RewardRules.MonthCounts(governing, 2024, 9));
        Assert.Equal(new DateOnly(2024, 9, 1), RewardRules.CountedMonthsBefore(governing));
    }

    [Fact]
    public void Of_two_policies_ended_within_the_year_the_later_one_governs_and_a_successor_in_force_on_31_December_wins()
    {
        var early = Policy("2023-01-01", "2025-03-31");
        var late = Policy("2025-04-01", "2025-06-15");
        var governing = RewardRules.Governing(2025, [early, late])!;
        Assert.Same(late, governing.Policy);
        Assert.Equal(new DateOnly(2025, 6, 1), RewardRules.CountedMonthsBefore(governing)); // June has not fully arrived by the 15th

        var successor = Policy("2024-09-01", "2026-08-31");
        Assert.Same(successor, RewardRules.Governing(2025, [Hunan, successor])!.Policy);
        Assert.Same(successor, RewardRules.Governing(2024, [Hunan, successor])!.Policy);
    }

    [Fact]
    public void A_year_no_policy_touches_has_no_rewards()
    {
        Assert.Null(RewardRules.Governing(2021, [Hunan]));
        Assert.Null(RewardRules.Governing(2025, [Hunan]));
        Assert.Null(RewardRules.Governing(2025, []));
    }

    [Fact]
    public void Funds_that_arrived_after_the_policy_ended_are_outside_its_validity()
    {
        Assert.Equal(new RewardResult(RewardOutcome.FundsOutsideValidity, 0m, 0m), Line(30_000_000m, counted: 0m));
        Assert.Equal(RewardOutcome.BelowThreshold, Line(30_000_000m, counted: 10_000_000m).Outcome);
    }

    [Fact]
    public void Overlapping_policies_are_refused_and_adjacent_ones_accepted()
    {
        var overlap = Assert.Throws<DomainRuleException>(() => Policy("2024-08-31", "2026-08-31").EnsureNoOverlap([Hunan]));
        Assert.Equal("reward-policy.overlap", overlap.Code);
        Policy("2024-09-01", "2026-08-31").EnsureNoOverlap([Hunan]);
        Assert.Equal("reward-policy.dates-invalid", Assert.Throws<DomainRuleException>(() => Policy("2026-01-02", "2026-01-01")).Code);
        Assert.Equal("reward-policy.amount-invalid", Assert.Throws<DomainRuleException>(() => Policy("2026-01-01", "2026-12-31", threshold: 1.001m)).Code);
    }

    [Fact]
    public void A_calculation_waits_for_its_year_to_end_in_China_time()
    {
        Assert.Equal("reward.year-not-ended", Assert.Throws<DomainRuleException>(() => RewardCalculation.EnsureYearEnded(2025, new DateOnly(2025, 12, 31))).Code);
        RewardCalculation.EnsureYearEnded(2025, new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void A_calculation_moves_draft_submitted_approved_paid_and_a_correction_is_the_next_revision()
    {
        var calculation = RewardCalculation.Start(2025, null, null, Now);
        calculation.Recalculated(Hunan.Id, new DateOnly(2025, 12, 31), 3, 2_000_000, Now);
        Assert.Equal("reward.status-invalid", Assert.Throws<DomainRuleException>(() => calculation.Approve(null, "leader", Now)).Code);
        calculation.Submit(Now);
        calculation.Approve(null, "leader", Now);
        Assert.Contains(calculation.DomainEvents, e => e is RewardsApproved);
        Assert.Equal("reward.status-invalid", Assert.Throws<DomainRuleException>(() => calculation.Recalculated(null, null, 0, 0, Now)).Code);
        calculation.Pay(new DateOnly(2026, 1, 10), "记-2026-001");
        Assert.Equal(RewardCalculationStatus.Paid, calculation.Status);

        var correction = RewardCalculation.Start(2025, calculation, null, Now);
        Assert.Equal((2, RewardCalculationStatus.Draft), (correction.Revision, correction.Status));
    }

    [Fact]
    public void A_line_is_stored_in_yuan_and_fen_and_a_cap_reduction_is_negative()
    {
        var line = RewardLine.ForProject(Guid.NewGuid(), Guid.NewGuid(), "北京常德商会", Guid.NewGuid(), "项目", ProjectCategory.Industrial, Line(123_456_789m));
        Assert.Equal((12_345_678_900L, 12_345_679L, "reward.eligible"), (line.CountedFundsFen, line.AmountFen, line.ReasonCode));
        var reduction = RewardLine.CapReduction(Guid.NewGuid(), Guid.NewGuid(), "北京常德商会", 500_000m);
        Assert.Equal((-500_000m, -50_000_000L, RewardOutcome.CapReduction, "reward.capped"), (reduction.Amount, reduction.AmountFen, reduction.Outcome, reduction.ReasonCode));
    }
}

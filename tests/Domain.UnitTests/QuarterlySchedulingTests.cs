using InvestPromo.Domain.Common;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Domain.UnitTests;

/// <summary>The quarterly scheduling's rules (DOMAIN.md §8, issue 15 items 4 and 5): ratios, lagging, score, ranking, time ratio, targets.</summary>
public sealed class QuarterlySchedulingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyDictionary<TargetMetric, int> Default = new Dictionary<TargetMetric, int>
    {
        [TargetMetric.SignedProjects] = 20,
        [TargetMetric.SignedOver1Billion] = 10,
        [TargetMetric.SignedOver5Billion] = 5,
        [TargetMetric.StartedProjects] = 15,
        [TargetMetric.CompletedProjects] = 15,
        [TargetMetric.FixedAssetInvestment] = 25,
        [TargetMetric.FundsDomestic] = 5,
        [TargetMetric.FundsForeign] = 5,
    };

    private static QuarterlyScoring Scoring(decimal tolerance = 10m, IReadOnlyDictionary<TargetMetric, int>? weights = null, decimal cap = 100m) =>
        new(weights ?? Default, tolerance, cap);

    private static TargetFigures Signed(int signed) => new(signed, 0, 0, 0, 0, 0, 0, 0);

    [Theory]
    [InlineData(1, 25)]
    [InlineData(2, 50)]
    [InlineData(3, 75)]
    [InlineData(4, 100)]
    public void The_time_ratio_is_a_quarter_per_quarter(int quarter, int percent) =>
        Assert.Equal(percent, new YearQuarter(2026, quarter).TimeRatio);

    [Fact]
    public void A_quarter_has_its_first_and_last_day_and_the_job_reports_the_one_just_ended()
    {
        var q3 = new YearQuarter(2026, 3);
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), new DateOnly(2026, 9, 1)), (q3.Start, q3.End, q3.LastMonthStart));
        Assert.Equal(new YearQuarter(2025, 4), YearQuarter.JustEnded(new DateOnly(2026, 1, 1)));
        Assert.Equal(new YearQuarter(2026, 1), YearQuarter.JustEnded(new DateOnly(2026, 4, 1)));
        Assert.Equal(new YearQuarter(2026, 3), YearQuarter.JustEnded(new DateOnly(2026, 12, 31)));
        Assert.False(new YearQuarter(2026, 4).HasEnded(new DateOnly(2026, 12, 31)));
        Assert.True(new YearQuarter(2026, 4).HasEnded(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void The_completion_ratio_is_actual_over_target_and_none_without_a_target()
    {
        Assert.Equal(50m, QuarterlyScoring.Ratio(155, 310));
        Assert.Equal(150m, QuarterlyScoring.Ratio(3, 2));
        Assert.Null(QuarterlyScoring.Ratio(5, 0));
        var results = Scoring().Results(new TargetFigures(3, 0, 0, 0, 0, 0, 0, 0), new TargetFigures(1, 0, 0, 0, 0, 0, 0, 0), new YearQuarter(2026, 2));
        var signed = Assert.Single(results, r => r.Metric == TargetMetric.SignedProjects);
        Assert.Equal(33.33m, signed.CompletionRatio); // two decimals shown
        Assert.True(signed.Lagging); // 33.33 < 50 − 10
        Assert.All(results.Where(r => r.Metric != TargetMetric.SignedProjects), r => Assert.False(r.Lagging));
    }

    [Theory]
    [InlineData(15, false)] // exactly at the time ratio minus the tolerance: not lagging
    [InlineData(14, true)]
    [InlineData(25, false)]
    public void A_metric_lags_only_below_the_time_ratio_minus_the_tolerance(int actualOfHundred, bool lagging)
    {
        var results = Scoring().Results(Signed(100), Signed(actualOfHundred), new YearQuarter(2026, 1));
        Assert.Equal(lagging, results.Single(r => r.Metric == TargetMetric.SignedProjects).Lagging);
    }

    [Fact]
    public void The_boundary_is_exact_and_not_rounded()
    {
        // 14.999…% (1,499,999 of 10,000,000) at Q1 with 10 points' tolerance lags; 15% does not.
        Assert.True(Scoring().IsLagging(QuarterlyScoring.Ratio(1_499_999m, 10_000_000m), 25m));
        Assert.False(Scoring().IsLagging(QuarterlyScoring.Ratio(1_500_000m, 10_000_000m), 25m));
        Assert.False(Scoring(tolerance: 0m).IsLagging(25m, 25m));
        Assert.True(Scoring(tolerance: 0m).IsLagging(24.99m, 25m));
    }

    [Fact]
    public void The_score_weights_the_completion_ratios_capped_and_over_the_metrics_with_a_target()
    {
        var weights = new Dictionary<TargetMetric, int> { [TargetMetric.SignedProjects] = 60, [TargetMetric.FixedAssetInvestment] = 40 };
        var scoring = Scoring(weights: weights);
        var target = new TargetFigures(10, 0, 0, 0, 0, 1_000m, 0, 0);

        Assert.Equal(62m, scoring.Score(target, new TargetFigures(5, 0, 0, 0, 0, 800m, 0, 0))); // 0.6×50 + 0.4×80
        Assert.Equal(100m, scoring.Score(target, new TargetFigures(30, 0, 0, 0, 0, 1_000m, 0, 0))); // 300% capped at 100
        Assert.Equal(50m, scoring.Score(new TargetFigures(10, 0, 0, 0, 0, 0, 0, 0), Signed(5))); // no investment target: signed alone
        Assert.Null(scoring.Score(TargetFigures.Zero, Signed(5)));
        Assert.Equal(126m, Scoring(weights: weights, cap: 150m).Score(target, new TargetFigures(15, 0, 0, 0, 0, 900m, 0, 0))); // 0.6×150 + 0.4×90
    }

    [Fact]
    public void Weights_that_do_not_sum_to_100_are_refused()
    {
        var bad = new Dictionary<TargetMetric, int> { [TargetMetric.SignedProjects] = 60, [TargetMetric.StartedProjects] = 30 };
        Assert.Equal("quarterly.weights-invalid", Assert.Throws<DomainRuleException>(() => Scoring(weights: bad)).Code);
        var negative = new Dictionary<TargetMetric, int> { [TargetMetric.SignedProjects] = 110, [TargetMetric.StartedProjects] = -10 };
        Assert.Equal("quarterly.weights-invalid", Assert.Throws<DomainRuleException>(() => Scoring(weights: negative)).Code);
        Assert.Equal("quarterly.tolerance-invalid", Assert.Throws<DomainRuleException>(() => Scoring(tolerance: -1)).Code);
        Assert.Equal("quarterly.cap-invalid", Assert.Throws<DomainRuleException>(() => Scoring(cap: 99)).Code);
    }

    [Fact]
    public void Units_are_ranked_by_score_with_ties_sharing_a_rank_and_the_next_skipped()
    {
        Assert.Equal(new int?[] { 1, 2, 2, 4 }, QuarterlyScoring.Rank([90m, 80m, 80m, 70m]));
        Assert.Equal(new int?[] { 2, 1, null, 2 }, QuarterlyScoring.Rank([50m, 60m, null, 50m]));
        Assert.Equal(new int?[] { 1, 1, 1 }, QuarterlyScoring.Rank([0m, 0m, 0m]));
        Assert.Empty(QuarterlyScoring.Rank([]));
    }

    [Fact]
    public void Targets_refuse_negatives_extra_decimals_and_of_which_counts_above_their_whole()
    {
        Assert.Equal(("target.negative", "signedProjects"), Code(new TargetFigures(-1, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(("target.negative", "fundsForeign"), Code(new TargetFigures(0, 0, 0, 0, 0, 0, 0, -0.01m)));
        Assert.Equal(("target.amount-invalid", "fixedAssetInvestment"), Code(new TargetFigures(0, 0, 0, 0, 0, 1.001m, 0, 0)));
        Assert.Equal(("target.of-which-too-large", "signedOver1Billion"), Code(new TargetFigures(2, 3, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(("target.of-which-too-large", "signedOver5Billion"), Code(new TargetFigures(5, 2, 3, 0, 0, 0, 0, 0)));
        Assert.Null(new TargetFigures(310, 24, 3, 225, 175, 16_500_000_000m, 0, 0).Check());
        Assert.Throws<DomainRuleException>(() => UnitTarget.Create(Guid.NewGuid(), 2026, new TargetFigures(-1, 0, 0, 0, 0, 0, 0, 0), null, Now));

        static (string, string)? Code(TargetFigures f) => f.Check() is { } p ? (p.Code, p.Field) : null;
    }

    [Fact]
    public void A_target_keeps_its_amounts_in_fen_and_the_city_total_is_the_sum()
    {
        var target = UnitTarget.Create(Guid.NewGuid(), 2026, new TargetFigures(10, 1, 0, 8, 6, 123_456.78m, 50m, 0.01m), null, Now);
        Assert.Equal((12_345_678L, 5_000L, 1L), (target.FixedAssetInvestmentFen, target.FundsDomesticFen, target.FundsForeignFen));
        var sum = target.Figures.Plus(new TargetFigures(1, 1, 1, 1, 1, 1m, 1m, 1m));
        Assert.Equal(new TargetFigures(11, 2, 1, 9, 7, 123_457.78m, 51m, 1.01m), sum);
    }

    [Fact]
    public void A_report_is_only_for_an_ended_quarter()
    {
        var ex = Assert.Throws<DomainRuleException>(() => QuarterlyReport.Create(new YearQuarter(2026, 4), 1, 10m, QuarterlyReportTrigger.Job, null, "系统", 0, 0, "{}", Now));
        Assert.Equal("quarterly.quarter-not-ended", ex.Code);
        var report = QuarterlyReport.Create(new YearQuarter(2026, 3), 2, 10m, QuarterlyReportTrigger.Admin, null, "管理员", 5, 1, "{}", Now);
        Assert.Equal((2026, 3, 2, new DateOnly(2026, 9, 30), 75m), (report.Year, report.Quarter, report.Revision, report.PeriodEnd, report.TimeRatio));
    }
}

using InvestPromo.Domain.Common;
using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Domain.UnitTests;

/// <summary>The evaluation's arithmetic (DOMAIN.md §7, issue 15 items 2 and 3): ranking, linear and by-rank scoring, weights, the published cut.</summary>
public sealed class EvaluationScoringTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Equal_totals_share_a_rank_and_the_next_rank_skips_1_2_2_4()
    {
        Assert.Equal([1, 2, 2, 4], EvaluationScoring.CompetitionRanks([90m, 80m, 80m, 70m]));
    }

    [Fact]
    public void Ties_at_the_top_share_first_place()
    {
        Assert.Equal([1, 1, 3], EvaluationScoring.CompetitionRanks([95.5m, 95.5m, 60m]));
    }

    [Fact]
    public void All_equal_are_all_first_and_the_answer_keeps_the_input_order()
    {
        Assert.Equal([1, 1, 1, 1], EvaluationScoring.CompetitionRanks([50m, 50m, 50m, 50m]));
        Assert.Equal([3, 1, 2], EvaluationScoring.CompetitionRanks([10m, 30m, 20m]));
    }

    [Fact]
    public void An_empty_year_has_no_ranks()
    {
        Assert.Empty(EvaluationScoring.CompetitionRanks([]));
        Assert.Empty(EvaluationScoring.Score(EvaluationTemplates.ChangdeScheme, []));
    }

    [Fact]
    public void Everyone_tied_at_the_last_published_place_is_published()
    {
        // Top 3 over totals 90, 80, 70, 70, 70, 60: ranks 1, 2, 3, 3, 3, 6 — the three tied at third are all in, the sixth is not.
        var ranks = EvaluationScoring.CompetitionRanks([90m, 80m, 70m, 70m, 70m, 60m]);
        Assert.Equal([true, true, true, true, true, false], ranks.Select(r => EvaluationScoring.IsPublished(r, 3)));
        // A tie straddling the cut (places 2..4 tied, top 3): rank 2 ≤ 3, all in.
        var straddle = EvaluationScoring.CompetitionRanks([90m, 80m, 80m, 80m, 10m]);
        Assert.Equal([true, true, true, true, false], straddle.Select(r => EvaluationScoring.IsPublished(r, 3)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 7.5)]
    [InlineData(10, 15)]
    [InlineData(25, 15)]
    [InlineData(1, 1.5)]
    [InlineData(3, 4.5)]
    public void Linear_scores_the_share_of_the_cap_and_stops_at_the_maximum(decimal value, decimal expected)
    {
        Assert.Equal(expected, EvaluationScoring.Linear(15m, value, 10m));
    }

    [Fact]
    public void Linear_rounds_to_the_hundredth_half_up()
    {
        Assert.Equal(3.33m, EvaluationScoring.Linear(10m, 1m, 3m));
        Assert.Equal(6.67m, EvaluationScoring.Linear(10m, 2m, 3m));
        Assert.Equal(0.01m, EvaluationScoring.Linear(1m, 0.005m, 1m));
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 14)]
    [InlineData(15, 1)]
    [InlineData(16, 0)]
    [InlineData(40, 0)]
    public void By_rank_gives_the_maximum_to_the_first_and_a_step_less_per_rank_never_below_zero(int rank, decimal expected)
    {
        Assert.Equal(expected, EvaluationScoring.ByRank(15m, rank, 1m));
    }

    [Fact]
    public void By_rank_shares_the_score_of_a_shared_rank_and_a_zero_value_scores_nothing()
    {
        var scheme = new EvaluationSchemeDefinition("按名次", 10m,
        [
            new("g", "招商", 10m, [new("projects", "项目", 10m, IndicatorKind.Data, EvaluationMetric.ConfirmedCreditedProjects, ScoringRule.ByRank, RankStep: 2m)]),
        ]);
        var results = EvaluationScoring.Score(scheme, [Input("甲", 5), Input("乙", 3), Input("丙", 3), Input("丁", 1), Input("戊", 0)]);

        Assert.Equal([("甲", 10m, 1), ("丙", 8m, 2), ("乙", 8m, 2), ("丁", 4m, 4), ("戊", 0m, 5)], results.Select(r => (r.AssociationName, r.Total, r.Rank)));
    }

    [Fact]
    public void Totals_add_the_groups_and_groups_add_their_indicators_data_and_manual()
    {
        var results = EvaluationScoring.Score(EvaluationTemplates.ChangdeScheme,
        [
            new EvaluationInput(Guid.NewGuid(), "北京常德商会",
                new Dictionary<EvaluationMetric, decimal>
                {
                    [EvaluationMetric.EventsOrganised] = 3, [EvaluationMetric.EventsCoOrganised] = 1, [EvaluationMetric.CompaniesInvited] = 50,
                    [EvaluationMetric.ConfirmedCreditedProjects] = 2, [EvaluationMetric.CreditedProjectsOver1Yi] = 1,
                    [EvaluationMetric.VerifiedFundsInPlace] = 250_000_000m, [EvaluationMetric.LeadsSubmitted] = 20, [EvaluationMetric.LeadsAssigned] = 1,
                    [EvaluationMetric.PublicityItems] = 4,
                },
                new Dictionary<string, decimal> { ["building"] = 5m, ["welfare"] = 8m, ["products"] = 12.5m }),
        ]);

        var only = Assert.Single(results);
        // 商会建设: 6 + 4/3 (1.33) + 2 + 5 = 14.33; 招商引资: 15 + 3.33 + 7.5 + 5 + 1 = 31.83; 社会公益: 8 + 2 = 10; 德品出乡: 12.5.
        Assert.Equal(14.33m, only.GroupScores["building"]);
        Assert.Equal(31.83m, only.GroupScores["investment"]);
        Assert.Equal(10m, only.GroupScores["welfare"]);
        Assert.Equal(12.5m, only.GroupScores["products"]);
        Assert.Equal(68.66m, only.Total);
        Assert.Equal(1, only.Rank);
    }

    [Fact]
    public void Both_templates_add_up()
    {
        Assert.Empty(EvaluationTemplates.HunanScheme.Problems());
        Assert.Empty(EvaluationTemplates.ChangdeScheme.Problems());
        Assert.Equal(["宣传", "服务", "落实招商引资、引智引技"], EvaluationTemplates.HunanScheme.Groups.Select(g => g.Name));
        Assert.Equal(["商会建设", "招商引资", "社会公益", "德品出乡"], EvaluationTemplates.ChangdeScheme.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Weights_that_do_not_sum_to_the_total_are_named_by_field()
    {
        var changde = EvaluationTemplates.ChangdeScheme;
        var scheme = new EvaluationSchemeDefinition(changde.Name, 90m, changde.Groups);
        Assert.Contains(scheme.Problems(), p => p.Field == "groups");

        var (g0, g1) = (changde.Groups[0], changde.Groups[1]);
        var group = new EvaluationGroup(g0.Code, g0.Name, 25m, g0.Indicators);
        var other = new EvaluationGroup(g1.Code, g1.Name, 45m, g1.Indicators);
        var broken = new EvaluationSchemeDefinition(changde.Name, 100m, [group, other, .. changde.Groups.Skip(2)]);
        var problems = broken.Problems();
        Assert.Contains(problems, p => p.Field == "groups[0].indicators");
        Assert.Contains(problems, p => p.Field == "groups[1].indicators");
        Assert.DoesNotContain(problems, p => p.Field == "groups");

        Assert.Equal("evaluation-scheme.invalid", Assert.Throws<DomainRuleException>(() => EvaluationScheme.Create(2026, scheme, null, Now)).Code);
    }

    [Fact]
    public void A_linear_rule_needs_a_cap_and_codes_are_unique()
    {
        var scheme = new EvaluationSchemeDefinition("x", 10m,
        [
            new("g", "组", 10m,
            [
                new("a", "甲", 5m, IndicatorKind.Data, EvaluationMetric.LeadsSubmitted, ScoringRule.Linear),
                new("a", "乙", 5m, IndicatorKind.Manual),
            ]),
        ]);
        var fields = scheme.Problems().Select(p => p.Field).ToList();
        Assert.Contains("groups[0].indicators[0].cap", fields);
        Assert.Contains("groups[0].indicators[1].code", fields);
    }

    [Fact]
    public void The_period_is_1_december_of_the_year_before_to_30_november_and_ends_after_it()
    {
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30)), AssociationEvaluation.PeriodOf(2026));
        Assert.Equal("evaluation.period-not-ended",
            Assert.Throws<DomainRuleException>(() => AssociationEvaluation.EnsurePeriodEnded(2026, new DateOnly(2026, 11, 30))).Code);
        AssociationEvaluation.EnsurePeriodEnded(2026, new DateOnly(2026, 12, 1));
    }

    [Fact]
    public void Approval_with_a_manual_score_missing_is_refused_and_changes_nothing()
    {
        var evaluation = AssociationEvaluation.Open(2026, EvaluationTemplates.ChangdeScheme, new DateOnly(2026, 12, 15), null, Now);

        Assert.Equal("evaluation.manual-scores-missing", Assert.Throws<DomainRuleException>(() => evaluation.Approve(1, 40, [], null, null, "leader", Now)).Code);
        Assert.Equal((EvaluationStatus.Scoring, 0), (evaluation.Status, evaluation.Revision));
    }

    [Fact]
    public void A_correction_after_publication_needs_a_reason_and_the_next_approval_is_revision_two_revised_then()
    {
        var evaluation = AssociationEvaluation.Open(2026, EvaluationTemplates.ChangdeScheme, new DateOnly(2026, 12, 15), null, Now);
        var first = evaluation.Approve(0, 40, [], null, null, "leader", Now);
        Assert.Equal((1, EvaluationStatus.Published, (DateTimeOffset?)null), (first.Number, evaluation.Status, evaluation.RevisedAt));
        Assert.Equal("evaluation.already-approved", Assert.Throws<DomainRuleException>(() => evaluation.Approve(0, 40, [], null, null, "leader", Now)).Code);

        Assert.Equal("evaluation.reason-required", Assert.Throws<DomainRuleException>(() => evaluation.BeforeScoreChange(" ")).Code);
        evaluation.BeforeScoreChange("补充公益活动证明");
        Assert.Equal(EvaluationStatus.Correcting, evaluation.Status);
        var later = Now.AddDays(3);
        var second = evaluation.Approve(0, 40, [], "补充公益活动证明", null, "leader", later);

        Assert.Equal((2, later, Now), (second.Number, evaluation.RevisedAt!.Value, evaluation.PublishedAt!.Value));
    }

    [Fact]
    public void A_manual_score_is_between_zero_and_the_indicator_maximum()
    {
        var products = EvaluationTemplates.ChangdeScheme.Indicators.Single(i => i.Code == "products");
        Assert.Equal("evaluation.score-out-of-range",
            Assert.Throws<DomainRuleException>(() => EvaluationManualScore.Enter(Guid.NewGuid(), Guid.NewGuid(), products, 15.01m, null, null, null, null, "r", Now)).Code);
        Assert.Equal("evaluation.score-out-of-range",
            Assert.Throws<DomainRuleException>(() => EvaluationManualScore.Enter(Guid.NewGuid(), Guid.NewGuid(), products, -1m, null, null, null, null, "r", Now)).Code);
        Assert.Equal(15m, EvaluationManualScore.Enter(Guid.NewGuid(), Guid.NewGuid(), products, 15m, "好", "https://example.cn/a", null, null, "r", Now).Score);
    }

    private static EvaluationInput Input(string name, decimal projects) =>
        new(Guid.NewGuid(), name, new Dictionary<EvaluationMetric, decimal> { [EvaluationMetric.ConfirmedCreditedProjects] = projects }, new Dictionary<string, decimal>());
}

namespace InvestPromo.Domain.Evaluations;

/// <summary>
/// The two shipped scheme templates (seed 001 "评价细则另行制定"): Hunan's three areas (宣传, 服务, 落实招商引资/引智引技) and
/// Changde's four (商会建设, 招商引资, 社会公益, 德品出乡). An admin copies one into a year's scheme and edits it. The caps and
/// weights are a starting point the center sets for itself.
/// </summary>
public static class EvaluationTemplates
{
    public const string Hunan = "hunan";
    public const string Changde = "changde";

    private const decimal FiveYi = 500_000_000m;

    public static IReadOnlyList<string> Keys { get; } = [Changde, Hunan];

    public static EvaluationSchemeDefinition? Find(string? key) => key switch
    {
        Hunan => HunanScheme,
        Changde => ChangdeScheme,
        _ => null,
    };

    public static EvaluationSchemeDefinition HunanScheme { get; } = new("湖南省异地商会量化评价（宣传、服务、落实招商引资/引智引技）", 100m,
    [
        new("publicity", "宣传", 20m,
        [
            new("publicity-items", "宣传报道篇数", 15m, IndicatorKind.Data, EvaluationMetric.PublicityItems, ScoringRule.Linear, Cap: 10m),
            new("publicity-quality", "宣传质量", 5m, IndicatorKind.Manual),
        ]),
        new("service", "服务", 30m,
        [
            new("service", "服务会员与家乡", 20m, IndicatorKind.Manual),
            new("leads-submitted", "报送招商线索", 5m, IndicatorKind.Data, EvaluationMetric.LeadsSubmitted, ScoringRule.Linear, Cap: 10m),
            new("leads-assigned", "线索交办", 5m, IndicatorKind.Data, EvaluationMetric.LeadsAssigned, ScoringRule.Linear, Cap: 5m),
        ]),
        new("delivery", "落实招商引资、引智引技", 50m,
        [
            new("credited-projects", "引荐落地项目", 15m, IndicatorKind.Data, EvaluationMetric.ConfirmedCreditedProjects, ScoringRule.ByRank, RankStep: 1m),
            new("projects-over-1yi", "亿元以上项目", 10m, IndicatorKind.Data, EvaluationMetric.CreditedProjectsOver1Yi, ScoringRule.Linear, Cap: 3m),
            new("funds-in-place", "实际到位资金", 15m, IndicatorKind.Data, EvaluationMetric.VerifiedFundsInPlace, ScoringRule.Linear, Cap: FiveYi),
            new("events-organised", "承办招商活动", 5m, IndicatorKind.Data, EvaluationMetric.EventsOrganised, ScoringRule.Linear, Cap: 3m),
            new("talent", "引智引技", 5m, IndicatorKind.Manual),
        ]),
    ]);

    public static EvaluationSchemeDefinition ChangdeScheme { get; } = new("常德市异地商会量化评价（商会建设、招商引资、社会公益、德品出乡）", 100m,
    [
        new("building", "商会建设", 20m,
        [
            new("events-organised", "承办招商活动", 6m, IndicatorKind.Data, EvaluationMetric.EventsOrganised, ScoringRule.Linear, Cap: 3m),
            new("events-co-organised", "协办招商活动", 4m, IndicatorKind.Data, EvaluationMetric.EventsCoOrganised, ScoringRule.Linear, Cap: 3m),
            new("companies-invited", "邀请企业", 4m, IndicatorKind.Data, EvaluationMetric.CompaniesInvited, ScoringRule.Linear, Cap: 100m),
            new("building", "商会自身建设", 6m, IndicatorKind.Manual),
        ]),
        new("investment", "招商引资", 50m,
        [
            new("credited-projects", "引荐落地项目", 15m, IndicatorKind.Data, EvaluationMetric.ConfirmedCreditedProjects, ScoringRule.ByRank, RankStep: 1m),
            new("projects-over-1yi", "亿元以上项目", 10m, IndicatorKind.Data, EvaluationMetric.CreditedProjectsOver1Yi, ScoringRule.Linear, Cap: 3m),
            new("funds-in-place", "实际到位资金", 15m, IndicatorKind.Data, EvaluationMetric.VerifiedFundsInPlace, ScoringRule.Linear, Cap: FiveYi),
            new("leads-submitted", "报送招商线索", 5m, IndicatorKind.Data, EvaluationMetric.LeadsSubmitted, ScoringRule.Linear, Cap: 10m),
            new("leads-assigned", "线索交办", 5m, IndicatorKind.Data, EvaluationMetric.LeadsAssigned, ScoringRule.Linear, Cap: 5m),
        ]),
        new("welfare", "社会公益", 15m,
        [
            new("welfare", "社会公益", 10m, IndicatorKind.Manual),
            new("publicity-items", "宣传报道", 5m, IndicatorKind.Data, EvaluationMetric.PublicityItems, ScoringRule.Linear, Cap: 10m),
        ]),
        new("products", "德品出乡", 15m,
        [
            new("products", "德品出乡", 15m, IndicatorKind.Manual),
        ]),
    ]);
}

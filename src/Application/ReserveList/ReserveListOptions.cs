using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.ReserveList;

/// <summary>Configuration section "ReserveList": the rule of <see cref="ReserveListRule"/> (defaults: Signed, 10亿, 50亿).</summary>
public sealed class ReserveListOptions
{
    public const string Section = "ReserveList";

    public ProjectStage MinStage { get; set; } = ReserveListRule.Default.MinStage;

    public decimal MinAmountSignedYuan { get; set; } = ReserveListRule.Default.MinAmountSignedYuan;

    public decimal MinAmountAnyStageYuan { get; set; } = ReserveListRule.Default.MinAmountAnyStageYuan;

    /// <summary>The configured rule; a misconfigured one fails at start-up, not on a leader's request.</summary>
    public ReserveListRule ToRule() => new ReserveListRule(MinStage, MinAmountSignedYuan, MinAmountAnyStageYuan).Validated();
}

using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.ReserveList;

/// <summary>Configuration section "ReserveList": the rule of <see cref="ReserveListRule"/> (defaults: Signed, 10亿).</summary>
public sealed class ReserveListOptions
{
    public const string Section = "ReserveList";

    /// <summary>
    /// Keys of the old rule (mature and ≥ 10亿, or any stage and ≥ 50亿). The any-stage branch is gone (DOMAIN.md §4: mature AND
    /// large), so a configuration still naming them is refused at start-up rather than silently read differently.
    /// </summary>
    public static readonly IReadOnlyList<string> RemovedKeys = ["MinAmountSignedYuan", "MinAmountAnyStageYuan"];

    public ProjectStage MinStage { get; set; } = ReserveListRule.Default.MinStage;

    public decimal MinAmountYuan { get; set; } = ReserveListRule.Default.MinAmountYuan;

    /// <summary>The configured rule; a misconfigured one fails at start-up, not on a leader's request.</summary>
    public ReserveListRule ToRule() => new ReserveListRule(MinStage, MinAmountYuan).Validated();
}

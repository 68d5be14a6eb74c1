using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// 市级领导外出考察储备项目 (DOMAIN.md §4, seed 004: "成熟度较高且规模较大"): an approved project belongs to the reserve list
/// when it is mature AND large, both at once: its stage is <see cref="MinStage"/> or later and its planned total is at least
/// <see cref="MinAmountYuan"/>. Size alone never lists a project (a 60亿 project still negotiating is not on it). Defaults:
/// signed or later with ≥ 10亿. Stages are ordered as the enum is: 在谈 &lt; 签约 &lt; 开工 &lt; 竣工 &lt; 投产.
/// </summary>
public sealed record ReserveListRule
{
    public ReserveListRule(ProjectStage minStage, decimal minAmountYuan)
    {
        MinStage = minStage;
        MinAmountYuan = minAmountYuan;
    }

    public ProjectStage MinStage { get; }

    public decimal MinAmountYuan { get; }

    public static ReserveListRule Default { get; } = new(ProjectStage.Signed, 10 * Money.HundredMillion);

    /// <summary>The stages that count as "<see cref="MinStage"/> or later" (stored as strings, so SQL filters on the list).</summary>
    public IReadOnlyList<ProjectStage> MatureStages => [.. Enum.GetValues<ProjectStage>().Where(s => s >= MinStage)];

    /// <summary>The threshold in fen, for SQL on the fen column.</summary>
    public long MinFen => Money.FromYuan(MinAmountYuan).Fen;

    /// <summary>
    /// The scale bands a listed project can be in (those reaching the threshold). The band is stored with the amount and
    /// indexed, so SQL can narrow on it before checking the amount.
    /// </summary>
    public IReadOnlyList<ScaleBand> CandidateBands => ScaleBands.Reaching(Money.FromYuan(MinAmountYuan));

    /// <summary>Refuses a threshold that is not an amount and a stage that is not one.</summary>
    public ReserveListRule Validated()
    {
        if (!Enum.IsDefined(MinStage) || !Money.IsValid(MinAmountYuan))
        {
            throw DomainRuleException.Invalid("reserve-list.rule-invalid", "The reserve-list rule needs a known stage and a valid amount.");
        }

        return this;
    }

    /// <summary>Mature and large: a known stage at <see cref="MinStage"/> or later and a planned total of at least <see cref="MinAmountYuan"/>.</summary>
    public bool Includes(ProjectStage? stage, decimal? plannedTotalYuan) =>
        stage is { } s && s >= MinStage && plannedTotalYuan is { } total && total >= MinAmountYuan;

    /// <summary>
    /// Whether a filing is on the list: approved (not revoked; an approval under re-review still stands, flagged) and meeting
    /// the rule.
    /// </summary>
    public bool Includes(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return filing.Status is FilingStatus.Approved or FilingStatus.UnderReReview && Includes(filing.Stage, filing.PlannedTotalInvestment);
    }
}

using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// 市级领导外出考察储备项目 (DOMAIN.md §4): an approved project belongs to the reserve list when its stage is
/// <see cref="MinStage"/> or later and its planned total is at least <see cref="MinAmountSignedYuan"/>, or, at any stage,
/// at least <see cref="MinAmountAnyStageYuan"/>. Defaults: signed or later with ≥ 10亿, or any stage with ≥ 50亿.
/// Stages are ordered as the enum is: 在谈 &lt; 签约 &lt; 开工 &lt; 竣工 &lt; 投产.
/// </summary>
public sealed record ReserveListRule
{
    public ReserveListRule(ProjectStage minStage, decimal minAmountSignedYuan, decimal minAmountAnyStageYuan)
    {
        MinStage = minStage;
        MinAmountSignedYuan = minAmountSignedYuan;
        MinAmountAnyStageYuan = minAmountAnyStageYuan;
    }

    public ProjectStage MinStage { get; }

    public decimal MinAmountSignedYuan { get; }

    public decimal MinAmountAnyStageYuan { get; }

    public static ReserveListRule Default { get; } = new(ProjectStage.Signed, 10 * Money.HundredMillion, 50 * Money.HundredMillion);

    /// <summary>The stages that count as "<see cref="MinStage"/> or later" (stored as strings, so SQL filters on the list).</summary>
    public IReadOnlyList<ProjectStage> MatureStages => [.. Enum.GetValues<ProjectStage>().Where(s => s >= MinStage)];

    /// <summary>The thresholds in fen, for SQL on the fen column.</summary>
    public long MinFenSigned => Money.FromYuan(MinAmountSignedYuan).Fen;

    public long MinFenAnyStage => Money.FromYuan(MinAmountAnyStageYuan).Fen;

    /// <summary>
    /// The scale bands a listed project can be in (those reaching the lower threshold). The band is stored with the amount
    /// and indexed, so SQL narrows on it before checking the amounts: a few percent of the filings instead of all of them.
    /// </summary>
    public IReadOnlyList<ScaleBand> CandidateBands => ScaleBands.Reaching(Money.FromYuan(Math.Min(MinAmountSignedYuan, MinAmountAnyStageYuan)));

    /// <summary>Refuses thresholds that are not amounts and a stage that is not one.</summary>
    public ReserveListRule Validated()
    {
        if (!Enum.IsDefined(MinStage) || !Money.IsValid(MinAmountSignedYuan) || !Money.IsValid(MinAmountAnyStageYuan))
        {
            throw DomainRuleException.Invalid("reserve-list.rule-invalid", "The reserve-list rule needs a known stage and two valid amounts.");
        }

        return this;
    }

    public bool Includes(ProjectStage? stage, decimal? plannedTotalYuan) => plannedTotalYuan is { } total
        && ((stage is { } s && s >= MinStage && total >= MinAmountSignedYuan) || total >= MinAmountAnyStageYuan);

    /// <summary>
    /// Whether a filing is on the list: approved (not revoked; an approval under re-review still stands, flagged) and meeting
    /// the thresholds.
    /// </summary>
    public bool Includes(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return filing.Status is FilingStatus.Approved or FilingStatus.UnderReReview && Includes(filing.Stage, filing.PlannedTotalInvestment);
    }
}

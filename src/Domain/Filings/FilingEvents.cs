using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// A reviewer decided on a filing (approved, returned with reasons, revoked with a reason), or an objection opened or closed
/// its re-review. The unit's filers are notified in the same transaction as the decision (Application's
/// <c>NotifyFilersWhenFilingDecided</c>).
/// </summary>
public sealed record FilingDecided(Guid FilingId, Guid UnitId, string? ProjectName, FilingAction Action, string? Reason) : IDomainEvent
{
    public Guid FilingId { get; } = FilingId;

    public Guid UnitId { get; } = UnitId;

    public string? ProjectName { get; } = ProjectName;

    public FilingAction Action { get; } = Action;

    public string? Reason { get; } = Reason;
}

/// <summary>A filer submitted a filing, or resubmitted a returned one (<paramref name="Resubmitted"/>), for review.</summary>
public sealed record FilingSubmitted(Guid FilingId, Guid UnitId, string? ProjectName, bool Resubmitted) : IDomainEvent
{
    public Guid FilingId { get; } = FilingId;

    public Guid UnitId { get; } = UnitId;

    public string? ProjectName { get; } = ProjectName;

    public bool Resubmitted { get; } = Resubmitted;
}

/// <summary>
/// What a filing whose approval stands adds to the analysis' running totals (<see cref="Analysis.ApprovalTotal"/>): the keys of
/// its dimensions, the China date of its approval and its planned amounts in fen. Only the stage changes while the approval stands
/// (<see cref="Filing.ProgressTo"/>, which raises <see cref="FilingStageChanged"/> to move the totals), so the facts taken when the
/// approval ends are those that were counted.
/// </summary>
public sealed record ApprovalFacts(Guid UnitId, Guid? IndustryChainId, string? SourceRegionCode, ScaleBand? ScaleBand, ProjectStage? Stage, DateOnly? ApprovedOn, long PlannedTotalFen, long PlannedFixedAssetFen)
{
    public Guid UnitId { get; } = UnitId;

    public Guid? IndustryChainId { get; } = IndustryChainId;

    public string? SourceRegionCode { get; } = SourceRegionCode;

    public ScaleBand? ScaleBand { get; } = ScaleBand;

    public ProjectStage? Stage { get; } = Stage;

    public DateOnly? ApprovedOn { get; } = ApprovedOn;

    public long PlannedTotalFen { get; } = PlannedTotalFen;

    public long PlannedFixedAssetFen { get; } = PlannedFixedAssetFen;
}

/// <summary>
/// The filing's approval now stands (备案): the analysis counts it. Application's <c>UpdateApprovalTotalsWhenApprovalChanges</c>
/// adds it to the running totals in the same transaction.
/// </summary>
public sealed record FilingApproved(Guid FilingId, ApprovalFacts Facts) : IDomainEvent
{
    public Guid FilingId { get; } = FilingId;

    public ApprovalFacts Facts { get; } = Facts;
}

/// <summary>
/// The filing's approval no longer stands: revoked by a reviewer, or an upheld objection revoked it or returned the filing
/// (<paramref name="Action"/>). The analysis stops counting it: Application's <c>UpdateApprovalTotalsWhenApprovalChanges</c>
/// takes it out of the running totals in the same transaction.
/// </summary>
public sealed record FilingApprovalEnded(Guid FilingId, FilingAction Action, ApprovalFacts Facts) : IDomainEvent
{
    public Guid FilingId { get; } = FilingId;

    public FilingAction Action { get; } = Action;

    public ApprovalFacts Facts { get; } = Facts;
}

/// <summary>
/// A filing whose approval stands took its tracked project's current stage (<see cref="Filing.ProgressTo"/>): Application's
/// <c>UpdateApprovalTotalsWhenApprovalChanges</c> moves it in the running totals from <paramref name="Before"/> to
/// <paramref name="After"/>, in the same transaction.
/// </summary>
public sealed record FilingStageChanged(Guid FilingId, ApprovalFacts Before, ApprovalFacts After) : IDomainEvent
{
    public Guid FilingId { get; } = FilingId;

    public ApprovalFacts Before { get; } = Before;

    public ApprovalFacts After { get; } = After;
}

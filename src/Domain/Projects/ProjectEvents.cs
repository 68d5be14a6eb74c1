using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Projects;

/// <summary>The unit reported a milestone, or reported a returned one again (<paramref name="Again"/>): a webhook event.</summary>
public sealed record MilestoneReported(
    Guid MilestoneId, Guid ProjectId, Guid UnitId, string ProjectName, MilestoneKind Kind, DateOnly OccurredOn, decimal? AgreementAmount, bool Again) : IDomainEvent
{
    public Guid MilestoneId { get; } = MilestoneId;

    public Guid ProjectId { get; } = ProjectId;

    public Guid UnitId { get; } = UnitId;

    public string ProjectName { get; } = ProjectName;

    public MilestoneKind Kind { get; } = Kind;

    public DateOnly OccurredOn { get; } = OccurredOn;

    public decimal? AgreementAmount { get; } = AgreementAmount;

    public bool Again { get; } = Again;
}

/// <summary>A reviewer confirmed a milestone, or corrected a confirmed one (<paramref name="Corrected"/>, with its reason): it counts as it now stands.</summary>
public sealed record MilestoneConfirmed(
    Guid MilestoneId, Guid ProjectId, Guid UnitId, string ProjectName, MilestoneKind Kind, DateOnly OccurredOn, decimal? AgreementAmount, bool Corrected, string? Reason)
    : IDomainEvent
{
    public Guid MilestoneId { get; } = MilestoneId;

    public Guid ProjectId { get; } = ProjectId;

    public Guid UnitId { get; } = UnitId;

    public string ProjectName { get; } = ProjectName;

    public MilestoneKind Kind { get; } = Kind;

    public DateOnly OccurredOn { get; } = OccurredOn;

    public decimal? AgreementAmount { get; } = AgreementAmount;

    public bool Corrected { get; } = Corrected;

    public string? Reason { get; } = Reason;
}

/// <summary>A reviewer returned a reported milestone to the unit with a reason.</summary>
public sealed record MilestoneReturned(Guid MilestoneId, Guid ProjectId, Guid UnitId, string ProjectName, MilestoneKind Kind, string Reason) : IDomainEvent
{
    public Guid MilestoneId { get; } = MilestoneId;

    public Guid ProjectId { get; } = ProjectId;

    public Guid UnitId { get; } = UnitId;

    public string ProjectName { get; } = ProjectName;

    public MilestoneKind Kind { get; } = Kind;

    public string Reason { get; } = Reason;
}

/// <summary>
/// The project's current stage changed (a milestone confirmed, or its approval standing again after the filing's stage was
/// edited): Application's <c>ProgressFilingWhenProjectStageChanges</c> brings the filing's stage to it, in the same save, so the
/// filing list, the reserve list and the analysis show the current stage.
/// </summary>
public sealed record ProjectStageChanged(Guid ProjectId, ProjectStage? Stage) : IDomainEvent
{
    public Guid ProjectId { get; } = ProjectId;

    public ProjectStage? Stage { get; } = Stage;
}

/// <summary>A reviewer stopped the project (终止/撤资) with a reason: a webhook event.</summary>
public sealed record ProjectStopped(Guid ProjectId, Guid UnitId, string ProjectName, DateOnly StoppedOn, string Reason) : IDomainEvent
{
    public Guid ProjectId { get; } = ProjectId;

    public Guid UnitId { get; } = UnitId;

    public string ProjectName { get; } = ProjectName;

    public DateOnly StoppedOn { get; } = StoppedOn;

    public string Reason { get; } = Reason;
}

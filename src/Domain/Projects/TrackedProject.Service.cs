using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Projects;

/// <summary>
/// Follow-up service (动态跟踪服务, 定期回访; seed 001 三(四), seed 004): a service owner, a revisit interval (the stage's from
/// <see cref="RevisitPolicy"/>, or the project's own), the last revisit and the next one due. The due date is stored so the due
/// list and the owners' digest are one indexed query; it is recomputed by every change that moves it: a revisit, a new owner or
/// interval, and a confirmed milestone or a stop (the milestones branch calls <see cref="RecomputeNextRevisit"/>).
/// </summary>
public sealed partial class TrackedProject
{
    /// <summary>The user who follows the project up: a filer of its unit, or a reviewer or admin of the center.</summary>
    public Guid? ServiceOwnerId { get; private set; }

    /// <summary>The owner's display name when assigned (lists and the due list read it without the user store).</summary>
    public string? ServiceOwnerName { get; private set; }

    /// <summary>The project's own revisit interval in days; null takes the stage's (<see cref="RevisitPolicy"/>).</summary>
    public int? RevisitIntervalDays { get; private set; }

    /// <summary>The China date of the latest revisit recorded.</summary>
    public DateOnly? LastRevisitOn { get; private set; }

    /// <summary>
    /// When the next revisit is due: null before a confirmed signing and while the project does not go on; else the interval after
    /// the later of the last revisit and the date the current service stage began (signing, start, completion).
    /// </summary>
    public DateOnly? NextRevisitDueOn { get; private set; }

    /// <summary>The stage the revisit interval follows, from the confirmed dates alone (null before a confirmed signing).</summary>
    public ProjectStage? ServiceStage => CompletedOn is not null ? ProjectStage.Completed
        : StartedOn is not null ? ProjectStage.Started
        : SignedOn is not null ? ProjectStage.Signed
        : null;

    /// <summary>The interval in force: the project's own, else its service stage's (null before a confirmed signing).</summary>
    public int? EffectiveRevisitIntervalDays(RevisitPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return ServiceStage is { } stage ? RevisitIntervalDays ?? policy.DaysFor(stage) : null;
    }

    /// <summary>
    /// Sets the service owner and the project's own interval (null: the stage's), then recomputes the next due date. Who may be
    /// the owner is the use case's to check (it knows the users); the interval must be 7–366 days (409 <c>service.interval-invalid</c>).
    /// </summary>
    public void AssignService(Guid? ownerId, string? ownerName, int? intervalDays, RevisitPolicy policy)
    {
        if (intervalDays is { } days && !RevisitPolicy.IsValidInterval(days))
        {
            throw DomainRuleException.Conflict("service.interval-invalid", $"A revisit interval is {RevisitPolicy.MinDays} to {RevisitPolicy.MaxDays} days.");
        }

        ServiceOwnerId = ownerId;
        ServiceOwnerName = ownerId is null ? null : ownerName;
        RevisitIntervalDays = intervalDays;
        RecomputeNextRevisit(policy);
    }

    /// <summary>A revisit on <paramref name="visitedOn"/> was recorded: the last revisit moves on (never back), and the next one with it.</summary>
    public void RevisitRecorded(DateOnly visitedOn, RevisitPolicy policy)
    {
        if (LastRevisitOn is null || visitedOn > LastRevisitOn)
        {
            LastRevisitOn = visitedOn;
        }

        RecomputeNextRevisit(policy);
    }

    /// <summary>
    /// Recomputes <see cref="NextRevisitDueOn"/> from the confirmed dates, the last revisit and the interval in force. Call it after
    /// anything that moves them: a milestone confirmed or corrected, a stop, an approval ended or standing again.
    /// </summary>
    public void RecomputeNextRevisit(RevisitPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!IsActive || EffectiveRevisitIntervalDays(policy) is not { } days)
        {
            NextRevisitDueOn = null;
            return;
        }

        var stageBegan = CompletedOn ?? StartedOn ?? SignedOn!.Value;
        var from = LastRevisitOn is { } last && last > stageBegan ? last : stageBegan;
        NextRevisitDueOn = from.AddDays(days);
    }
}

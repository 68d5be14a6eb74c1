using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Rewards;

/// <summary>
/// A reviewer's confirmation that a project "对当地经济社会发展起到积极作用" in a year (seed 001): until it exists the project's reward
/// line for that year is pending (<see cref="RewardOutcome.ImpactNotConfirmed"/>). One per project and year.
/// </summary>
public sealed class RewardImpactConfirmation : AuditableEntity
{
    public const int ActorNameMaxLength = 64;

    private RewardImpactConfirmation()
    {
        ConfirmedByName = string.Empty;
    }

    public Guid ProjectId { get; private set; }

    public int Year { get; private set; }

    public string ConfirmedByName { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    public static RewardImpactConfirmation Confirm(Guid projectId, int year, Guid? by, string byName, DateTimeOffset now)
    {
        var confirmation = new RewardImpactConfirmation
        {
            ProjectId = projectId,
            Year = year,
            ConfirmedByName = Guard.Text(byName, ActorNameMaxLength, "reward.actor-invalid", "Actor"),
            ConfirmedAt = now,
        };
        confirmation.Stamp(by, now);
        return confirmation;
    }
}

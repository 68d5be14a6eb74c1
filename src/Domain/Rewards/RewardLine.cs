using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Rewards;

/// <summary>
/// One line of a reward calculation: a project's (association, project, category, counted funds, outcome, amount) or an association's
/// cap reduction (no project, a negative amount). Written in bulk by the calculation, never edited; a draft's lines are replaced whole.
/// </summary>
public sealed class RewardLine : Entity
{
    public const int NameMaxLength = 200;

    private RewardLine()
    {
    }

    public Guid CalculationId { get; private set; }

    /// <summary>Null only for a project whose credit names no association yet (not confirmed).</summary>
    public Guid? AssociationId { get; private set; }

    public string? AssociationName { get; private set; }

    /// <summary>The tracked project (the filing's id); null on a cap reduction line.</summary>
    public Guid? ProjectId { get; private set; }

    public string? ProjectName { get; private set; }

    public ProjectCategory? Category { get; private set; }

    public decimal CountedFunds { get; private set; }

    public long CountedFundsFen { get; private set; }

    public RewardOutcome Outcome { get; private set; }

    public decimal Amount { get; private set; }

    public long AmountFen { get; private set; }

    /// <summary>The stable reason code shown with the outcome, e.g. <c>reward.below-threshold</c>.</summary>
    public string ReasonCode => ReasonOf(Outcome);

    public static string ReasonOf(RewardOutcome outcome) => outcome switch
    {
        RewardOutcome.NoConfirmedCredit => "reward.no-confirmed-credit",
        RewardOutcome.FundsOutsideValidity => "reward.funds-outside-validity",
        RewardOutcome.ExcludedCategory => "reward.excluded-category",
        RewardOutcome.BelowThreshold => "reward.below-threshold",
        RewardOutcome.ImpactNotConfirmed => "reward.impact-not-confirmed",
        RewardOutcome.Eligible => "reward.eligible",
        _ => "reward.capped",
    };

    public static RewardLine ForProject(
        Guid calculationId, Guid? associationId, string? associationName, Guid projectId, string projectName, ProjectCategory? category, RewardResult result) =>
        new()
        {
            CalculationId = calculationId,
            AssociationId = associationId,
            AssociationName = Cut(associationName),
            ProjectId = projectId,
            ProjectName = Cut(projectName),
            Category = category,
            CountedFunds = result.CountedFunds,
            CountedFundsFen = ToFen(result.CountedFunds),
            Outcome = result.Outcome,
            Amount = result.Amount,
            AmountFen = ToFen(result.Amount),
        };

    public static RewardLine CapReduction(Guid calculationId, Guid associationId, string? associationName, decimal reduction) =>
        new()
        {
            CalculationId = calculationId,
            AssociationId = associationId,
            AssociationName = Cut(associationName),
            Outcome = RewardOutcome.CapReduction,
            Amount = -reduction,
            AmountFen = -ToFen(reduction),
        };

    public static long ToFen(decimal yuan) => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero);

    private static string? Cut(string? text) => text is { Length: > NameMaxLength } ? text[..NameMaxLength] : text;
}

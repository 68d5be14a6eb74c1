using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Rewards;

/// <summary>Why a project's line pays or not (in the order they are tested), or the association's cap reduction.</summary>
public enum RewardOutcome
{
    /// <summary>The project's credit to an association is not confirmed.</summary>
    NoConfirmedCredit = 1,

    /// <summary>The year's funds arrived after the governing policy's end: none counts.</summary>
    FundsOutsideValidity = 2,

    /// <summary>Real estate, finance, large infrastructure … (the policy's excluded categories).</summary>
    ExcludedCategory = 3,

    /// <summary>The counted funds are below the threshold.</summary>
    BelowThreshold = 4,

    /// <summary>Pending: a reviewer has not confirmed the project's positive local impact for the year.</summary>
    ImpactNotConfirmed = 5,

    Eligible = 6,

    /// <summary>The association's sum exceeds the cap: this line takes the excess off (a negative amount).</summary>
    CapReduction = 7,
}

/// <summary>The policy governing a year, and the last day whose funds count (its end when it ended within the year, else 31 December).</summary>
public sealed record GoverningPolicy(RewardPolicy Policy, DateOnly CountUntil)
{
    public RewardPolicy Policy { get; } = Policy;

    public DateOnly CountUntil { get; } = CountUntil;
}

/// <summary>One project's inputs for a year: its association's confirmed credit, category, funds and the impact confirmation.</summary>
public readonly record struct RewardInput(bool CreditConfirmed, ProjectCategory? Category, decimal FundsInYear, decimal CountedFunds, bool ImpactConfirmed);

/// <summary>A project line's result.</summary>
public readonly record struct RewardResult(RewardOutcome Outcome, decimal CountedFunds, decimal Amount);

/// <summary>An association's total for a year: the eligible lines' sum, the payable amount (the cap at most) and the reduction.</summary>
public readonly record struct AssociationReward(decimal Sum, decimal Payable, decimal Reduction);

/// <summary>The yearly reward's rules (DOMAIN.md §6; issue 14 item 7), pure and tested with the worked cases.</summary>
public static class RewardRules
{
    /// <summary>
    /// The policy in force on 31 December of <paramref name="year"/> governs the whole year (all its funds count). If none is in force
    /// that day, the last policy in force during the year governs, counting only the funds that arrived by its end. A year no policy
    /// touches has none (null): no rewards.
    /// </summary>
    public static GoverningPolicy? Governing(int year, IEnumerable<RewardPolicy> policies)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var list = policies.ToList();
        if (list.FirstOrDefault(p => p.InForceOn(last)) is { } yearEnd)
        {
            return new GoverningPolicy(yearEnd, last);
        }

        return list.Where(p => p.ValidFrom <= last && p.ValidTo >= first).OrderByDescending(p => p.ValidTo).FirstOrDefault() is { } lastInForce
            ? new GoverningPolicy(lastInForce, lastInForce.ValidTo)
            : null;
    }

    /// <summary>
    /// Whether a month's funds count under the governing policy: funds are reported per month, so a month counts when it ended by
    /// <see cref="GoverningPolicy.CountUntil"/> (its funds surely arrived by then).
    /// </summary>
    public static bool MonthCounts(GoverningPolicy governing, int year, int month) =>
        new DateOnly(year, month, 1).AddMonths(1).AddDays(-1) <= governing.CountUntil;

    /// <summary>The first day of the first month that no longer counts (months starting before it count).</summary>
    public static DateOnly CountedMonthsBefore(GoverningPolicy governing)
    {
        var until = governing.CountUntil;
        var nextDay = until.AddDays(1);
        return nextDay.Day == 1 ? nextDay : new DateOnly(until.Year, until.Month, 1);
    }

    /// <summary>A project line's outcome, tested in order: no confirmed credit, funds outside validity, excluded, below threshold, impact not confirmed, eligible.</summary>
    public static RewardResult Evaluate(RewardPolicy policy, RewardInput input)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var counted = input.CountedFunds;
        if (!input.CreditConfirmed)
        {
            return new(RewardOutcome.NoConfirmedCredit, counted, 0m);
        }

        if (counted <= 0 && input.FundsInYear > 0)
        {
            return new(RewardOutcome.FundsOutsideValidity, counted, 0m);
        }

        if (policy.Excludes(input.Category))
        {
            return new(RewardOutcome.ExcludedCategory, counted, 0m);
        }

        if (counted < policy.ThresholdYuan)
        {
            return new(RewardOutcome.BelowThreshold, counted, 0m);
        }

        if (!input.ImpactConfirmed)
        {
            return new(RewardOutcome.ImpactNotConfirmed, counted, 0m);
        }

        return new(RewardOutcome.Eligible, counted, Amount(counted, policy.Rate));
    }

    /// <summary>Counted funds × rate, rounded to the fen, half up.</summary>
    public static decimal Amount(decimal countedFunds, decimal rate) => decimal.Round(countedFunds * rate, 2, MidpointRounding.AwayFromZero);

    /// <summary>An association's eligible amounts summed; above the cap the payable is the cap and the excess is the reduction.</summary>
    public static AssociationReward Cap(IEnumerable<decimal> eligibleAmounts, decimal cap)
    {
        var sum = eligibleAmounts.Sum();
        return sum > cap ? new(sum, cap, sum - cap) : new(sum, sum, 0m);
    }
}

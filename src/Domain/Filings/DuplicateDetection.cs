namespace InvestPromo.Domain.Filings;

/// <summary>Why another live filing is a suspected duplicate of this one (DOMAIN.md §1: the same project must not be counted by two units).</summary>
public enum DuplicateReason
{
    /// <summary>The same investor unified social credit code.</summary>
    SameCreditCode = 1,

    /// <summary>The same normalised project name and the same normalised investor name.</summary>
    SameNameSameInvestor = 2,

    /// <summary>The same normalised project name, industry chain and source region, and a planned total within ±20%.</summary>
    SameNameSameChainRegionAmount = 3,
}

public static class DuplicateRules
{
    /// <summary>Only filings under review or approved are compared; drafts, returned, withdrawn and revoked ones are not.</summary>
    public static readonly IReadOnlyList<FilingStatus> LiveStatuses = [FilingStatus.UnderReview, FilingStatus.Approved, FilingStatus.UnderReReview];

    /// <summary>
    /// The planned totals (in fen) another filing may have to be "within ±20%" of this one's. Read as "each within 20% of
    /// the other" (|a − b| ≤ 20% of the smaller), so the rule is symmetric: which of the two was submitted first, or whose
    /// duplicates a reviewer opens, never changes the answer (a one-sided 0.8×–1.2× window would flag 100 against 80 from
    /// one side only). So the other total is from this one ÷ 1.2 to this one × 1.2, both ends included: 100 and 120 match,
    /// 100 and 125 or 80 do not. Exact integer bounds, so the check is a range on the stored fen column.
    /// </summary>
    public static (long Min, long Max) AmountWindow(long plannedTotalFen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plannedTotalFen);
        Int128 fen = plannedTotalFen;
        // other ≥ this / 1.2 ⇔ 6·other ≥ 5·this; other ≤ this × 1.2 ⇔ 5·other ≤ 6·this.
        return ((long)((5 * fen + 5) / 6), (long)(6 * fen / 5));
    }

    /// <summary>Whether the two totals are within 20% of each other (see <see cref="AmountWindow"/>); symmetric.</summary>
    public static bool AmountsClose(long thisFen, long otherFen)
    {
        var (min, max) = AmountWindow(thisFen);
        return otherFen >= min && otherFen <= max;
    }
}

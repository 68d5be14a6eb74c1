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
    public static readonly IReadOnlyList<FilingStatus> LiveStatuses = [FilingStatus.UnderReview, FilingStatus.Approved];

    /// <summary>
    /// The planned totals (in fen) another filing may have to be "within ±20%" of this one's: from 0.8× to 1.2× this
    /// filing's total, both ends included, measured from the filing being checked (so 100 vs 120 matches both ways, while
    /// 100 vs 125 matches only from 125's side). Two longs so the comparison is a range on the stored fen column in SQL.
    /// </summary>
    public static (long Min, long Max) AmountWindow(long plannedTotalFen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plannedTotalFen);
        var fen = (decimal)plannedTotalFen;
        return (decimal.ToInt64(decimal.Ceiling(fen * 0.8m)), decimal.ToInt64(decimal.Floor(fen * 1.2m)));
    }

    /// <summary>Whether <paramref name="otherFen"/> lies within ±20% of <paramref name="thisFen"/> (see <see cref="AmountWindow"/>).</summary>
    public static bool AmountsClose(long thisFen, long otherFen)
    {
        var (min, max) = AmountWindow(thisFen);
        return otherFen >= min && otherFen <= max;
    }
}

using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// A reviewer's decision that two filings flagged as suspected duplicates are different projects; the pair is not
/// flagged again. The pair is stored ordered (the smaller id first) so one row stands for both directions.
/// </summary>
public sealed class DuplicateDismissal : Entity, IAuditable
{
    public const int ReasonMaxLength = Filing.ReasonMaxLength;

    private DuplicateDismissal()
    {
    }

    public Guid FilingId { get; private set; }

    public Guid OtherFilingId { get; private set; }

    public Guid? DismissedBy { get; private set; }

    public DateTimeOffset DismissedAt { get; private set; }

    public string? Reason { get; private set; }

    public static DuplicateDismissal Dismiss(Guid filingId, Guid otherFilingId, Guid? by, DateTimeOffset at, string? reason)
    {
        if (filingId == otherFilingId)
        {
            throw DomainRuleException.Conflict("duplicate.not-suspected", "A filing is not a duplicate of itself.");
        }

        var trimmed = Filing.OptionalReason(reason);
        var (first, second) = Ordered(filingId, otherFilingId);
        return new DuplicateDismissal { FilingId = first, OtherFilingId = second, DismissedBy = by, DismissedAt = at, Reason = trimmed };
    }

    /// <summary>The pair as stored: the smaller id first.</summary>
    public static (Guid First, Guid Second) Ordered(Guid a, Guid b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);
}

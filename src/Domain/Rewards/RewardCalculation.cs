using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Rewards;

public enum RewardCalculationStatus
{
    /// <summary>草稿: recalculated at will.</summary>
    Draft = 1,

    /// <summary>已提交: waiting for a leader's or admin's approval.</summary>
    Submitted = 2,

    /// <summary>已批准: frozen; the associations see their lines.</summary>
    Approved = 3,

    /// <summary>已发放: paid on a date with a voucher.</summary>
    Paid = 4,
}

/// <summary>The association users were told a year's rewards were approved.</summary>
public sealed record RewardsApproved(Guid CalculationId, int Year, int Revision) : IDomainEvent
{
    public Guid CalculationId { get; } = CalculationId;

    public int Year { get; } = Year;

    public int Revision { get; } = Revision;
}

/// <summary>
/// A year's reward calculation, one revision (issue 14 item 7): Draft (recalculated at will, same inputs → same lines) → Submitted →
/// Approved by a leader or admin (frozen) → Paid (date, voucher). A correction after approval is a new revision (n + 1, Draft); the
/// approved one is never overwritten. Its lines (<see cref="RewardLine"/>) are written in bulk by the calculation.
/// </summary>
public sealed class RewardCalculation : AuditableEntity
{
    public const int VoucherMaxLength = 64;
    public const int ActorNameMaxLength = 64;

    private RewardCalculation()
    {
    }

    public int Year { get; private set; }

    public int Revision { get; private set; }

    public RewardCalculationStatus Status { get; private set; }

    /// <summary>The governing policy; null when no policy touches the year (no lines then).</summary>
    public Guid? PolicyId { get; private set; }

    /// <summary>The last day whose funds counted.</summary>
    public DateOnly? CountUntil { get; private set; }

    public DateTimeOffset CalculatedAt { get; private set; }

    public int LineCount { get; private set; }

    /// <summary>What is paid: every association's payable amount (caps applied), yuan.</summary>
    public decimal TotalPayable { get; private set; }

    public long TotalPayableFen { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid? ApprovedBy { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public string? VoucherNumber { get; private set; }

    /// <summary>The year is over in China time (1 January of the next year has begun); a year not ended is 409 <c>reward.year-not-ended</c>.</summary>
    public static void EnsureYearEnded(int year, DateOnly today)
    {
        if (today < new DateOnly(year + 1, 1, 1))
        {
            throw DomainRuleException.Conflict("reward.year-not-ended", "A year's rewards are calculated once the year has ended.");
        }
    }

    /// <summary>
    /// A new draft for the year: revision 1, or the next after the latest (which must be approved or paid: a correction).
    /// </summary>
    public static RewardCalculation Start(int year, RewardCalculation? latest, Guid? by, DateTimeOffset now)
    {
        EnsureYearEnded(year, ChinaTime.DateOf(now));
        if (latest is { Status: RewardCalculationStatus.Draft or RewardCalculationStatus.Submitted })
        {
            throw new InvalidOperationException("The year's open revision is recalculated, not started again.");
        }

        var calculation = new RewardCalculation { Year = year, Revision = (latest?.Revision ?? 0) + 1, Status = RewardCalculationStatus.Draft };
        calculation.Stamp(by, now);
        return calculation;
    }

    /// <summary>The lines were (re)written: only a draft is recalculated.</summary>
    public void Recalculated(Guid? policyId, DateOnly? countUntil, int lineCount, long totalPayableFen, DateTimeOffset now)
    {
        EnsureStatus(RewardCalculationStatus.Draft);
        PolicyId = policyId;
        CountUntil = countUntil;
        LineCount = lineCount;
        TotalPayableFen = totalPayableFen;
        TotalPayable = totalPayableFen / 100m;
        CalculatedAt = now;
    }

    public void Submit(DateTimeOffset now)
    {
        EnsureStatus(RewardCalculationStatus.Draft);
        Status = RewardCalculationStatus.Submitted;
        SubmittedAt = now;
    }

    /// <summary>A submitted revision back to draft (to recalculate it).</summary>
    public void Reopen()
    {
        EnsureStatus(RewardCalculationStatus.Submitted);
        Status = RewardCalculationStatus.Draft;
        SubmittedAt = null;
    }

    public void Approve(Guid? by, string byName, DateTimeOffset now)
    {
        EnsureStatus(RewardCalculationStatus.Submitted);
        Status = RewardCalculationStatus.Approved;
        ApprovedBy = by;
        ApprovedByName = Guard.Text(byName, ActorNameMaxLength, "reward.actor-invalid", "Actor");
        ApprovedAt = now;
        AddDomainEvent(new RewardsApproved(Id, Year, Revision));
    }

    public void Pay(DateOnly paidOn, string voucherNumber)
    {
        EnsureStatus(RewardCalculationStatus.Approved);
        if (ApprovedAt is { } approved && paidOn < ChinaTime.DateOf(approved))
        {
            throw DomainRuleException.Invalid("reward.paid-before-approval", "Rewards are paid on or after the day they were approved.");
        }

        PaidOn = paidOn;
        VoucherNumber = Guard.Text(voucherNumber, VoucherMaxLength, "reward.voucher-invalid", "Voucher number");
        Status = RewardCalculationStatus.Paid;
    }

    public bool IsFrozen => Status is RewardCalculationStatus.Approved or RewardCalculationStatus.Paid;

    private void EnsureStatus(RewardCalculationStatus expected)
    {
        if (Status != expected)
        {
            throw DomainRuleException.Conflict("reward.status-invalid", "The calculation is not in the state this step needs.");
        }
    }
}

using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Credits;

/// <summary>A reviewer's decisions on a credit claim (issue 14 item 5).</summary>
public sealed partial class ProjectCredit
{
    /// <summary>
    /// Confirms a proposed claim. The caller has rejected the filing's other open claims and checked that no other credit of the
    /// filing is confirmed (a second one is 409 <c>credit.already-confirmed</c>) and that the association is not dissolved.
    /// </summary>
    public void Confirm(Guid by, string byName, DateTimeOffset now)
    {
        EnsureProposed();
        Status = CreditStatus.Confirmed;
        ConfirmedFilingId = FilingId;
        Decide(by, byName, now, reason: null);
        AddDomainEvent(new CreditConfirmed(Id, FilingId, UnitId, AssociationId));
    }

    /// <summary>Rejects a proposed claim, with the reason (e.g. another association's claim was confirmed).</summary>
    public void Reject(string reason, Guid by, string byName, DateTimeOffset now)
    {
        EnsureProposed();
        Status = CreditStatus.Rejected;
        Decide(by, byName, now, Guard.Text(reason, ReasonMaxLength, "credit.reason-invalid", "Reason"));
    }

    /// <summary>A reviewer's change replaces a confirmed credit: this one is kept as superseded, with the reason.</summary>
    public void Supersede(string reason, Guid by, string byName, DateTimeOffset now)
    {
        if (Status != CreditStatus.Confirmed)
        {
            throw DomainRuleException.Conflict("credit.not-confirmed", "Only a confirmed credit can be changed.");
        }

        Status = CreditStatus.Superseded;
        ConfirmedFilingId = null;
        Decide(by, byName, now, Guard.Text(reason, ReasonMaxLength, "credit.reason-invalid", "Reason"));
    }

    private void EnsureProposed()
    {
        if (Status != CreditStatus.Proposed)
        {
            throw DomainRuleException.Conflict("credit.already-decided", "The credit claim has already been decided.");
        }
    }

    private void Decide(Guid by, string byName, DateTimeOffset now, string? reason)
    {
        DecidedBy = by;
        DecidedByName = Guard.Text(byName, ActorNameMaxLength, "credit.actor-invalid", "Actor");
        DecidedAt = now;
        Reason = reason;
    }
}

using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// A reviewer decided on a filing: approved, returned (with reasons) or revoked (with a reason). The unit's filers are
/// notified in the same transaction as the decision (see <c>FilingNotificationsInterceptor</c>).
/// </summary>
public sealed record FilingDecided(Guid FilingId, Guid UnitId, string? ProjectName, FilingAction Action, string? Reason) : IDomainEvent
{
    public Guid FilingId { get; } = FilingId;

    public Guid UnitId { get; } = UnitId;

    public string? ProjectName { get; } = ProjectName;

    public FilingAction Action { get; } = Action;

    public string? Reason { get; } = Reason;
}

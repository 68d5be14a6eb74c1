using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Notifications.EventHandlers;

/// <summary>
/// Every active filer of the filing's unit is told of a decision on it — approved, returned (with the reasons), revoked (with
/// the reason) — and of an objection opening its re-review and of the re-review's dismissal (an upheld objection is told as
/// the revocation or return it caused). Runs before the save of the decision, so the notifications are inserted by the same
/// SaveChanges, in its transaction: a decision is never committed without its notifications, nor the reverse.
/// </summary>
public sealed class NotifyFilersWhenFilingDecided(IApplicationDbContext db, IUserAccounts users, TimeProvider clock)
    : INotificationHandler<FilingDecided>
{
    public async ValueTask Handle(FilingDecided notification, CancellationToken cancellationToken)
    {
        var filers = await users.ActiveFilersOfUnitAsync(notification.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(filers.Select(filer => Notification.ForDecision(filer, notification, now)));
    }
}

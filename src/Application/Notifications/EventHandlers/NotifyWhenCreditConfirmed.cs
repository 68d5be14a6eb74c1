using InvestPromo.Application.Users;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Notifications.EventHandlers;

/// <summary>
/// When a credit is confirmed, the filing's unit filers and the association's users are told (the association's name travels as
/// the notification's reason). Runs before the save of the decision, in its transaction.
/// </summary>
public sealed class NotifyWhenCreditConfirmed(IApplicationDbContext db, IUserAccounts users, TimeProvider clock) : INotificationHandler<CreditConfirmed>
{
    public async ValueTask Handle(CreditConfirmed notification, CancellationToken cancellationToken)
    {
        var recipients = new List<Guid>(await users.ActiveFilersOfUnitAsync(notification.UnitId, cancellationToken));
        string? associationName = null;
        if (notification.AssociationId is { } associationId)
        {
            recipients.AddRange(await users.ActiveAssociationUsersAsync([associationId], cancellationToken));
            associationName = await db.Associations.IgnoreQueryFilters().Where(a => a.Id == associationId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        }

        var projectName = await db.Filings.IgnoreQueryFilters().Where(f => f.Id == notification.FilingId).Select(f => f.ProjectName).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(recipients.Distinct().Select(r => Notification.ForCredit(r, notification.FilingId, projectName, associationName, now)));
    }
}

using InvestPromo.Application.Users;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.Notifications.EventHandlers;

/// <summary>
/// When the center confirms or rejects an event an association proposed, the association's users are told (the event's title as
/// the notification's name, the reason with a rejection). Runs before the save of the decision, in its transaction.
/// </summary>
public sealed class NotifyWhenEventDecided(IApplicationDbContext db, IUserAccounts users, TimeProvider clock) : INotificationHandler<PromotionEventDecided>
{
    public async ValueTask Handle(PromotionEventDecided notification, CancellationToken cancellationToken)
    {
        var recipients = await users.ActiveAssociationUsersAsync([notification.AssociationId], cancellationToken);
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(recipients.Distinct().Select(r => Notification.ForEventDecided(r, notification.Title, notification.Reason, now)));
    }
}

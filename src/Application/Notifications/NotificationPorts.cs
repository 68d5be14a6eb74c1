using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Notifications;

/// <summary>A stored notification as handed to an outbound channel.</summary>
public sealed record OutboundNotification(Guid NotificationId, Guid RecipientId, NotificationKind Kind, Guid? FilingId, NotificationParameters Parameters);

/// <summary>
/// An outbound channel (email, SMS, a messaging app …). Every registered channel gets each notification once the save
/// that stored it has committed (<c>DeliverNotificationWhenCreated</c>, an after-commit event handler); a channel that fails
/// is logged and never undoes or blocks the in-app notification.
/// </summary>
public interface INotificationChannel
{
    string Name { get; }

    Task SendAsync(OutboundNotification notification, CancellationToken cancellationToken);
}

using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Notifications;

/// <summary>Who receives notifications: the users (Identity lives in Infrastructure).</summary>
public interface INotificationRecipients
{
    /// <summary>Active users with the Reviewer role.</summary>
    Task<IReadOnlyList<Guid>> ActiveReviewersAsync(CancellationToken cancellationToken);

    /// <summary>Active filers of a carrier unit.</summary>
    Task<IReadOnlyList<Guid>> ActiveFilersOfUnitAsync(Guid unitId, CancellationToken cancellationToken);
}

/// <summary>A stored notification as handed to an outbound channel.</summary>
public sealed record OutboundNotification(Guid NotificationId, Guid RecipientId, NotificationKind Kind, Guid? FilingId, NotificationParameters Parameters);

/// <summary>
/// An outbound channel (email, SMS, a messaging app …). Every registered channel gets each notification once it is
/// stored; a channel that fails is logged and never undoes or blocks the in-app notification.
/// </summary>
public interface INotificationChannel
{
    string Name { get; }

    Task SendAsync(OutboundNotification notification, CancellationToken cancellationToken);
}

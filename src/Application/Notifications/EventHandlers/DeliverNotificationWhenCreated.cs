using InvestPromo.Domain.Notifications;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Application.Notifications.EventHandlers;

/// <summary>
/// Hands each stored notification to every outbound channel. <see cref="NotificationCreated"/> is an after-commit event
/// (<see cref="Domain.Common.IAfterCommitEvent"/>): this runs only once the save that stored the notification has committed.
/// A failing channel is logged: the in-app notification is already safe, and the request or job that made it still succeeds.
/// </summary>
public sealed partial class DeliverNotificationWhenCreated(IEnumerable<INotificationChannel> channels, ILogger<DeliverNotificationWhenCreated> logger)
    : INotificationHandler<NotificationCreated>
{
    public async ValueTask Handle(NotificationCreated notification, CancellationToken cancellationToken)
    {
        var outbound = new OutboundNotification(notification.NotificationId, notification.RecipientId, notification.Kind, notification.FilingId, notification.Parameters);
        foreach (var channel in channels)
        {
            try
            {
                await channel.SendAsync(outbound, cancellationToken);
            }
#pragma warning disable CA1031 // a channel's failure must not fail the request that already committed the notification
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex, channel.Name, notification.NotificationId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification channel {Channel} failed to send notification {NotificationId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string channel, Guid notificationId);
}

using InvestPromo.Application.Notifications;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.Notifications;

/// <summary>
/// The default outbound channel: writes a log line per notification. Email or SMS is another
/// <see cref="INotificationChannel"/> registered beside (or instead of) this one.
/// </summary>
public sealed partial class LoggingNotificationChannel(ILogger<LoggingNotificationChannel> logger) : INotificationChannel
{
    public string Name => "log";

    public Task SendAsync(OutboundNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Log(logger, notification.Kind.ToString(), notification.RecipientId, notification.NotificationId, notification.FilingId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Kind} for user {RecipientId} ({NotificationId}, filing {FilingId})")]
    private static partial void Log(ILogger logger, string kind, Guid recipientId, Guid notificationId, Guid? filingId);
}

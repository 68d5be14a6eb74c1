using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt (or being attempted: claimed until <see cref="WebhookDelivery.NextAttemptAt"/>).</summary>
    Pending = 1,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered = 2,

    /// <summary>Every attempt failed; a redelivery starts a new series.</summary>
    Failed = 3,
}

/// <summary>
/// One event's series of attempts to one subscription. The delivery job claims a due row with a conditional update (its
/// <see cref="NextAttemptAt"/> moved to a lease's end and a <see cref="LeaseId"/> set), so two job runs never send it at the
/// same time, and records the outcome only under its own lease. A redelivery is a new row (<see cref="RedeliveryOf"/>).
/// </summary>
public sealed class WebhookDelivery : Entity
{
    public const int LastErrorMaxLength = 500;
    public const int LastResponseMaxLength = 4096;

    private WebhookDelivery()
    {
        EventType = string.Empty;
    }

    public Guid EventId { get; private set; }

    public Guid SubscriptionId { get; private set; }

    /// <summary>The event's type (copied for the log's filter and the paused subscriptions' pings).</summary>
    public string EventType { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the next attempt is due (while claimed: when the claim lapses); null once delivered or failed.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>The claim of the job run attempting it now (null: none yet).</summary>
    public Guid? LeaseId { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The start of the receiver's last answer (at most <see cref="LastResponseMaxLength"/> characters).</summary>
    public string? LastResponse { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The delivery this one repeats, when an admin asked for a redelivery.</summary>
    public Guid? RedeliveryOf { get; private set; }

    public static WebhookDelivery For(WebhookEvent webhookEvent, Guid subscriptionId, DateTimeOffset now, Guid? redeliveryOf = null)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return For(webhookEvent.Id, webhookEvent.Type, subscriptionId, now, redeliveryOf);
    }

    public static WebhookDelivery For(Guid eventId, string eventType, Guid subscriptionId, DateTimeOffset now, Guid? redeliveryOf = null)
    {
        var delivery = new WebhookDelivery
        {
            EventId = eventId,
            EventType = eventType,
            SubscriptionId = subscriptionId,
            Status = WebhookDeliveryStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            RedeliveryOf = redeliveryOf,
        };
        delivery.Id = Guid.CreateVersion7(now);
        return delivery;
    }

    /// <summary>A new series for the same event and subscription; refused while this one is still pending.</summary>
    public WebhookDelivery Redeliver(DateTimeOffset now)
    {
        if (Status == WebhookDeliveryStatus.Pending)
        {
            throw DomainRuleException.Conflict("webhooks.delivery-pending", "This delivery is still being attempted.");
        }

        return For(EventId, EventType, SubscriptionId, now, Id);
    }

    /// <summary>
    /// The wait before attempt <paramref name="attemptsMade"/> + 1: <paramref name="baseDelay"/> doubled for each attempt
    /// after the first, at most <paramref name="cap"/>.
    /// </summary>
    public static TimeSpan Backoff(int attemptsMade, TimeSpan baseDelay, TimeSpan cap)
    {
        var exponent = Math.Clamp(attemptsMade - 1, 0, 30);
        var seconds = baseDelay.TotalSeconds * Math.Pow(2, exponent);
        return seconds >= cap.TotalSeconds ? cap : TimeSpan.FromSeconds(seconds);
    }
}

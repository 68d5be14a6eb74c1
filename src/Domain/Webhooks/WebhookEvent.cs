using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Webhooks;

/// <summary>
/// One event in the webhook outbox: written in the transaction of the change it reports, with the exact JSON body every
/// subscriber receives (<c>{ id, type, occurredAt, data }</c>), so every attempt and redelivery sends the same bytes. Written
/// only when a subscription wants it; its <see cref="WebhookDelivery"/> rows (one per subscription) are written with it.
/// </summary>
public sealed class WebhookEvent : Entity
{
    public const int TypeMaxLength = WebhookSubscription.EventTypeMaxLength;

    private WebhookEvent()
    {
        Type = string.Empty;
        Body = string.Empty;
    }

    public string Type { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The JSON body sent, as stored.</summary>
    public string Body { get; private set; }

    /// <summary>
    /// An event of <paramref name="type"/>; <paramref name="body"/> makes the body from the event's id (the receivers'
    /// de-duplication key). Raises <see cref="WebhookEventStored"/>, so delivery starts right after the commit.
    /// </summary>
    public static WebhookEvent Create(string type, DateTimeOffset occurredAt, Func<Guid, string> body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(body);
        var webhookEvent = new WebhookEvent { Type = type, OccurredAt = occurredAt };
        webhookEvent.Id = Guid.CreateVersion7(occurredAt);
        webhookEvent.Body = body(webhookEvent.Id);
        webhookEvent.AddDomainEvent(new WebhookEventStored(webhookEvent.Id));
        return webhookEvent;
    }
}

/// <summary>An outbox event was committed: Application's <c>StartDeliveryWhenEventStored</c> asks for a delivery run at once.</summary>
public sealed record WebhookEventStored(Guid EventId) : IAfterCommitEvent
{
    public Guid EventId { get; } = EventId;
}

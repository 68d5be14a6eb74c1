using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks;

/// <summary>A subscription as admins see it (never its secret).</summary>
public sealed record WebhookSubscriptionDto(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    WebhookSubscriptionStatus Status,
    DateTimeOffset? FailingSince,
    DateTimeOffset CreatedAt,
    int Version)
{
    public static WebhookSubscriptionDto From(WebhookSubscription s) =>
        new(s.Id, s.Url, s.EventTypes, s.Description, s.Status, s.FailingSince, s.CreatedAt, s.Version);
}

/// <summary>A saved subscription; <see cref="Secret"/> is the secret the server generated, in this answer only (null when none was generated).</summary>
public sealed record WebhookSubscriptionSavedDto(WebhookSubscriptionDto Subscription, string? Secret);

/// <summary>One series of attempts to deliver an event to a subscription, for the delivery log.</summary>
public sealed record WebhookDeliveryDto(
    Guid Id,
    Guid EventId,
    string EventType,
    Guid SubscriptionId,
    string SubscriptionUrl,
    WebhookDeliveryStatus Status,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    string? LastResponse,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset CreatedAt,
    Guid? RedeliveryOf);

public static class WebhookDeliveryQueries
{
    /// <summary>Deliveries with their subscription's URL (deleted subscriptions included), as the log shows them.</summary>
    public static IQueryable<WebhookDeliveryDto> ToDtos(this IQueryable<WebhookDelivery> deliveries, IApplicationDbContext db) =>
        deliveries.Select(d => new WebhookDeliveryDto(
            d.Id,
            d.EventId,
            d.EventType,
            d.SubscriptionId,
            db.WebhookSubscriptions.IgnoreQueryFilters().Where(s => s.Id == d.SubscriptionId).Select(s => s.Url).FirstOrDefault() ?? string.Empty,
            d.Status,
            d.Attempts,
            d.LastStatusCode,
            d.LastError,
            d.LastResponse,
            d.LastAttemptAt,
            d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null,
            d.DeliveredAt,
            d.CreatedAt,
            d.RedeliveryOf));
}

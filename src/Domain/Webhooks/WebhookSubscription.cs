using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Webhooks;

/// <summary>Whether a subscription receives events now.</summary>
public enum WebhookSubscriptionStatus
{
    /// <summary>Receives its events.</summary>
    Active = 1,

    /// <summary>Paused by an admin: no new events are queued for it; queued ones wait until it is resumed.</summary>
    Paused = 2,

    /// <summary>A delivery ran out of attempts; it still receives events, and the next success makes it active again.</summary>
    Failing = 3,
}

/// <summary>
/// 推送订阅: an integrator's endpoint that receives the events it chose, signed with its secret (stored protected; the
/// Application layer protects and unprotects it). Admins register, edit, pause and delete (softly) subscriptions.
/// </summary>
public sealed class WebhookSubscription : AuditableEntity
{
    public const int UrlMaxLength = 500;
    public const int DescriptionMaxLength = 200;
    public const int ProtectedSecretMaxLength = 2000;
    public const int SecretMinLength = 16;
    public const int SecretMaxLength = 128;
    public const int EventTypeMaxLength = 64;
    public const int EventTypesMaxCount = 32;

    private WebhookSubscription()
    {
        Url = string.Empty;
        ProtectedSecret = string.Empty;
    }

    public string Url { get; private set; }

    /// <summary>The event types it receives (names from Application's registry), distinct and sorted.</summary>
    public IReadOnlyList<string> EventTypes { get; private set; } = [];

    public string? Description { get; private set; }

    /// <summary>The signing secret, protected at rest (never on the wire after the answer that created it).</summary>
    public string ProtectedSecret { get; private set; }

    public WebhookSubscriptionStatus Status { get; private set; }

    /// <summary>When the subscription last became <see cref="WebhookSubscriptionStatus.Failing"/>; null otherwise.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public static WebhookSubscription Register(string url, IEnumerable<string> eventTypes, string? description, string protectedSecret, Guid? by, DateTimeOffset now)
    {
        var subscription = new WebhookSubscription { Status = WebhookSubscriptionStatus.Active };
        subscription.Update(url, eventTypes, description);
        subscription.ReplaceSecret(protectedSecret);
        subscription.Stamp(by, now);
        return subscription;
    }

    public void Update(string url, IEnumerable<string> eventTypes, string? description)
    {
        Url = Guard.Text(url, UrlMaxLength, "webhooks.url-invalid", "URL");
        var types = eventTypes.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (types.Count == 0 || types.Count > EventTypesMaxCount || types.Any(t => t.Length > EventTypeMaxLength))
        {
            throw DomainRuleException.Invalid("webhooks.event-types-invalid", "Choose between one and 32 event types.");
        }

        EventTypes = types;
        Description = string.IsNullOrWhiteSpace(description) ? null : Guard.Text(description, DescriptionMaxLength, "webhooks.description-invalid", "Description");
    }

    public void ReplaceSecret(string protectedSecret)
    {
        if (string.IsNullOrEmpty(protectedSecret) || protectedSecret.Length > ProtectedSecretMaxLength)
        {
            throw new ArgumentException("A protected secret is required.", nameof(protectedSecret));
        }

        ProtectedSecret = protectedSecret;
    }

    /// <summary>Whether an event of <paramref name="type"/> is queued for this subscription when it happens.</summary>
    public bool Wants(string type) => Status != WebhookSubscriptionStatus.Paused && EventTypes.Contains(type, StringComparer.Ordinal);

    public void Pause()
    {
        Status = WebhookSubscriptionStatus.Paused;
        FailingSince = null;
    }

    /// <summary>Back to active from paused (a failing one stays failing until a delivery succeeds).</summary>
    public void Resume()
    {
        if (Status == WebhookSubscriptionStatus.Paused)
        {
            Status = WebhookSubscriptionStatus.Active;
        }
    }

    public void Delete(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}

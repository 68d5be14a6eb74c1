using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks;

/// <summary>
/// Writes events into the webhook outbox, in the caller's unit of work (so in the transaction of the change): one
/// <see cref="WebhookEvent"/> with its body, and one pending <see cref="WebhookDelivery"/> per subscription that wants it
/// (fan-out when writing: the log shows each subscription's series from the start, a subscription added later does not
/// receive older events, and the job only reads due rows). Nothing is written when no subscription wants the type.
/// </summary>
public static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>How long one context reuses the subscriptions it read: the events of one save (an import's thousands) read them once.</summary>
    public static readonly TimeSpan SubscriptionsReuse = TimeSpan.FromSeconds(1);

    private static readonly ConditionalWeakTable<IApplicationDbContext, SubscriptionsRead> Read = [];

    /// <summary>Queues an event of <paramref name="type"/> with <paramref name="data"/> for the subscriptions that want it.</summary>
    public static async Task WriteAsync(IApplicationDbContext db, string type, object data, DateTimeOffset now, CancellationToken ct)
    {
        var wanting = (await SubscriptionsAsync(db, now, ct)).Where(s => s.EventTypes.Contains(type, StringComparer.Ordinal)).Select(s => s.Id).ToList();
        if (wanting.Count == 0)
        {
            return;
        }

        var webhookEvent = Event(type, data, now);
        db.WebhookEvents.Add(webhookEvent);
        db.WebhookDeliveries.AddRange(wanting.Select(id => WebhookDelivery.For(webhookEvent, id, now)));
    }

    /// <summary>
    /// The active subscriptions (few rows, admins'), read once per context for the events of one unit of work: a context reuses its
    /// read for <see cref="SubscriptionsReuse"/> of event time, so a save that raises thousands of events (an import) reads them once,
    /// and a long-lived context (a job) sees a subscription changed elsewhere at most a second late.
    /// </summary>
    private static async Task<IReadOnlyList<(Guid Id, IReadOnlyList<string> EventTypes)>> SubscriptionsAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        if (Read.TryGetValue(db, out var read) && now >= read.At && now - read.At < SubscriptionsReuse)
        {
            return read.Subscriptions;
        }

        var subscriptions = (await db.WebhookSubscriptions.AsNoTracking()
                .Where(s => s.Status != WebhookSubscriptionStatus.Paused)
                .Select(s => new { s.Id, s.EventTypes })
                .ToListAsync(ct))
            .Select(s => (s.Id, (IReadOnlyList<string>)s.EventTypes)).ToList();
        Read.AddOrUpdate(db, new SubscriptionsRead(now, subscriptions));
        return subscriptions;
    }

    private sealed record SubscriptionsRead(DateTimeOffset At, IReadOnlyList<(Guid Id, IReadOnlyList<string> EventTypes)> Subscriptions);

    /// <summary>The event and its body <c>{ id, type, occurredAt, data }</c>.</summary>
    public static WebhookEvent Event(string type, object data, DateTimeOffset now) =>
        WebhookEvent.Create(type, now, id => JsonSerializer.Serialize(new { id, type, occurredAt = now, data }, Json));

    /// <summary>
    /// Forgets outbox rows added but not saved (a save failed and the caller goes on with other work in the same context), so
    /// a later save cannot store events of a change that was never committed.
    /// </summary>
    public static void ForgetUnsaved(IApplicationDbContext db)
    {
        foreach (var delivery in db.WebhookDeliveries.Local.Where(d => db.Entry(d).State == EntityState.Added).ToList())
        {
            db.Entry(delivery).State = EntityState.Detached;
        }

        foreach (var webhookEvent in db.WebhookEvents.Local.Where(e => db.Entry(e).State == EntityState.Added).ToList())
        {
            db.Entry(webhookEvent).State = EntityState.Detached;
        }
    }
}

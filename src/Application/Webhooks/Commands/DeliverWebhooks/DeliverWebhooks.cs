using InvestPromo.Domain.Webhooks;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Application.Webhooks.Commands.DeliverWebhooks;

/// <summary>
/// One delivery run (the job's command; idempotent): attempts the due pending deliveries of subscriptions that are not paused
/// (pings whatever the status), oldest due first, at most <see cref="WebhookOptions.BatchSize"/>. Answers how many were attempted.
/// </summary>
public sealed record DeliverWebhooksCommand : ICommand<int>;

/// <summary>
/// Each delivery is first claimed with a conditional update (still pending and due → due again only when the claim lapses,
/// with this run's lease id), so two runs (two instances, or a kicked run beside the minute's) never send it at the same
/// time; a run that dies mid-send leaves it to be retried when the claim lapses. The outcome is written only under the lease:
/// 2xx → delivered (a failing subscription is active again); anything else → retried after an exponential backoff, or, after
/// <see cref="WebhookOptions.MaxAttempts"/> attempts, failed and the subscription marked failing.
/// </summary>
public sealed partial class DeliverWebhooksHandler(
    IApplicationDbContext db,
    IWebhookSender sender,
    IWebhookSecrets secrets,
    WebhookOptions options,
    TimeProvider clock,
    ILogger<DeliverWebhooksHandler> logger) : ICommandHandler<DeliverWebhooksCommand, int>
{
    /// <summary>Batches one run attempts at most before leaving the rest to the next run.</summary>
    private const int MaxBatches = 10;

    public async ValueTask<int> Handle(DeliverWebhooksCommand command, CancellationToken cancellationToken)
    {
        // Batch after batch while deliveries are due (events committed while this run sends are picked up too).
        var attempted = 0;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            var sent = await RunBatchAsync(cancellationToken);
            attempted += sent;
            if (sent == 0)
            {
                break;
            }
        }

        return attempted;
    }

    private async Task<int> RunBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .Where(d => db.WebhookSubscriptions.Any(s => s.Id == d.SubscriptionId
                && (s.Status != WebhookSubscriptionStatus.Paused || d.EventType == WebhookEventTypes.Ping)))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);

        var attempted = 0;
        foreach (var id in due)
        {
            if (await AttemptAsync(id, cancellationToken))
            {
                attempted++;
            }
        }

        return attempted;
    }

    private async Task<bool> AttemptAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lease = Guid.CreateVersion7(now);
        var leaseEnds = now + options.Timeout + TimeSpan.FromMinutes(1);
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAt, leaseEnds).SetProperty(d => d.LeaseId, lease), ct);
        if (claimed == 0)
        {
            return false; // another run has it, or it is no longer due
        }

        var work = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new
            {
                d.Attempts,
                d.SubscriptionId,
                Event = db.WebhookEvents.Where(e => e.Id == d.EventId).Select(e => new { e.Id, e.Type, e.Body }).Single(),
                Subscription = db.WebhookSubscriptions.IgnoreQueryFilters().Where(s => s.Id == d.SubscriptionId).Select(s => new { s.Url, s.ProtectedSecret }).Single(),
            })
            .SingleAsync(ct);

        WebhookResponse response;
        try
        {
            var secret = secrets.Unprotect(work.Subscription.ProtectedSecret);
            var request = new WebhookRequest(new Uri(work.Subscription.Url), work.Event.Body,
                WebhookSignature.Headers(secret, work.Event.Type, work.Event.Id, work.Event.Body, clock.GetUtcNow()));
            response = await sender.SendAsync(request, ct);
        }
#pragma warning disable CA1031 // whatever went wrong with one delivery is its outcome, logged; the run goes on with the others
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, id);
            response = new WebhookResponse(null, "delivery error: " + ex.GetType().Name, null);
        }

        await RecordAsync(id, lease, work.SubscriptionId, work.Attempts + 1, response, ct);
        return true;
    }

    private async Task RecordAsync(Guid id, Guid lease, Guid subscriptionId, int attempts, WebhookResponse response, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var error = Cut(response.Error ?? (response.IsSuccess ? null : $"HTTP {response.StatusCode}"), WebhookDelivery.LastErrorMaxLength);
        var body = Cut(response.Body, WebhookDelivery.LastResponseMaxLength);
        var mine = db.WebhookDeliveries.Where(d => d.Id == id && d.LeaseId == lease && d.Status == WebhookDeliveryStatus.Pending);
        if (response.IsSuccess)
        {
            await mine.ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, WebhookDeliveryStatus.Delivered)
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.LastAttemptAt, now)
                .SetProperty(d => d.LastStatusCode, response.StatusCode)
                .SetProperty(d => d.LastError, (string?)null)
                .SetProperty(d => d.LastResponse, body)
                .SetProperty(d => d.DeliveredAt, now)
                .SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(d => d.LeaseId, (Guid?)null), ct);
            await db.WebhookSubscriptions.IgnoreQueryFilters()
                .Where(s => s.Id == subscriptionId && s.Status == WebhookSubscriptionStatus.Failing)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, WebhookSubscriptionStatus.Active).SetProperty(s => s.FailingSince, (DateTimeOffset?)null), ct);
            return;
        }

        var exhausted = attempts >= options.MaxAttempts;
        DateTimeOffset? next = exhausted
            ? null
            : now + WebhookDelivery.Backoff(attempts, TimeSpan.FromSeconds(options.RetryBaseSeconds), TimeSpan.FromSeconds(options.RetryCapSeconds));
        var recorded = await mine.ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Status, exhausted ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending)
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.LastAttemptAt, now)
            .SetProperty(d => d.LastStatusCode, response.StatusCode)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.LastResponse, body)
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.LeaseId, (Guid?)null), ct);
        if (exhausted && recorded == 1)
        {
            await db.WebhookSubscriptions.IgnoreQueryFilters()
                .Where(s => s.Id == subscriptionId && s.Status == WebhookSubscriptionStatus.Active)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, WebhookSubscriptionStatus.Failing).SetProperty(s => s.FailingSince, now), ct);
        }
    }

    private static string? Cut(string? text, int max) => text is { Length: > 0 } && text.Length > max ? text[..max] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} could not be attempted")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid deliveryId);
}

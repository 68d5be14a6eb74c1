using System.Text.Json;
using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.Commands.RedeliverWebhook;

/// <summary>
/// An admin sends a delivered or failed event to its subscription again: a new series of attempts (same event id and body,
/// so a receiver that de-duplicates ignores what it already has). Audited; refused while the delivery is still pending.
/// </summary>
public sealed record RedeliverWebhookCommand(Guid DeliveryId) : ICommand<WebhookDeliveryDto>;

public sealed class RedeliverWebhookHandler(IApplicationDbContext db, IWebhookDeliveryTrigger trigger, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RedeliverWebhookCommand, WebhookDeliveryDto>
{
    public async ValueTask<WebhookDeliveryDto> Handle(RedeliverWebhookCommand command, CancellationToken cancellationToken)
    {
        var original = await db.WebhookDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == command.DeliveryId, cancellationToken);
        if (original is null || !await db.WebhookSubscriptions.AnyAsync(s => s.Id == original.SubscriptionId, cancellationToken))
        {
            throw new NotFoundException(nameof(WebhookDelivery), command.DeliveryId);
        }

        var now = clock.GetUtcNow();
        var redelivery = original.Redeliver(now);
        db.WebhookDeliveries.Add(redelivery);

        // Deliveries are the system's rows (not audited on every attempt); an admin's redelivery is recorded here.
        var after = JsonSerializer.Serialize(new { redelivery.EventId, redelivery.EventType, redelivery.SubscriptionId, redelivery.RedeliveryOf });
        db.AuditEntries.Add(AuditEntry.Record(now, user.UserId, user.Name, nameof(WebhookDelivery), redelivery.Id.ToString(), AuditAction.Created, null, after, null));
        await db.SaveChangesAsync(cancellationToken);

        trigger.Trigger(); // committed: the delivery job starts at once, as for a new event
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == redelivery.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}

using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.Commands.PingWebhookSubscription;

/// <summary>An admin sends a <c>ping</c> event to one subscription (paused or not), delivered and logged like any event.</summary>
public sealed record PingWebhookSubscriptionCommand(Guid Id) : ICommand<WebhookDeliveryDto>;

public sealed class PingWebhookSubscriptionHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<PingWebhookSubscriptionCommand, WebhookDeliveryDto>
{
    public async ValueTask<WebhookDeliveryDto> Handle(PingWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var exists = await db.WebhookSubscriptions.AnyAsync(s => s.Id == command.Id, cancellationToken);
        if (!exists)
        {
            throw new NotFoundException(nameof(WebhookSubscription), command.Id);
        }

        var now = clock.GetUtcNow();
        var ping = WebhookOutbox.Event(WebhookEventTypes.Ping, new { subscriptionId = command.Id }, now);
        var delivery = WebhookDelivery.For(ping, command.Id, now);
        db.WebhookEvents.Add(ping);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == delivery.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}

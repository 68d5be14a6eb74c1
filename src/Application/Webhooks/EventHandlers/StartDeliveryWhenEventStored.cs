using InvestPromo.Domain.Webhooks;

namespace InvestPromo.Application.Webhooks.EventHandlers;

/// <summary>
/// Once an outbox event is committed (<see cref="WebhookEventStored"/> is an after-commit event), a delivery run is asked for
/// at once, so receivers hear within seconds rather than at the next minute's run. Never after a rollback.
/// </summary>
public sealed class StartDeliveryWhenEventStored(IWebhookDeliveryTrigger trigger) : INotificationHandler<WebhookEventStored>
{
    public ValueTask Handle(WebhookEventStored notification, CancellationToken cancellationToken)
    {
        trigger.Trigger();
        return ValueTask.CompletedTask;
    }
}

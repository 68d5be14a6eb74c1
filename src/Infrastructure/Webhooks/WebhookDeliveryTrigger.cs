using Hangfire;
using InvestPromo.Application.Webhooks;
using InvestPromo.Infrastructure.Jobs;

namespace InvestPromo.Infrastructure.Webhooks;

/// <summary>Enqueues one delivery run (<see cref="DeliverWebhooksJob"/>) per scope, however many events its saves committed.</summary>
public sealed class WebhookDeliveryTrigger(IBackgroundJobClient jobs) : IWebhookDeliveryTrigger
{
    private bool triggered;

    public void Trigger()
    {
        if (triggered)
        {
            return;
        }

        triggered = true;
        jobs.Enqueue<DeliverWebhooksJob>(job => job.RunAsync(CancellationToken.None));
    }
}

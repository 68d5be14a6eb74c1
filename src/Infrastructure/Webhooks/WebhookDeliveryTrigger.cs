using Hangfire;
using InvestPromo.Application.Webhooks;
using InvestPromo.Infrastructure.Jobs;

namespace InvestPromo.Infrastructure.Webhooks;

/// <summary>
/// Enqueues a delivery run (<see cref="DeliverWebhooksJob"/>) after a commit that wrote webhook events: at most once per
/// scope, and at most once a second per process (an enqueue is several statements in Hangfire's storage; under a burst of
/// submissions one run a second serves them all, and a run goes on while it finds due deliveries). The minute's run is the
/// backstop for anything a window let through.
/// </summary>
public sealed class WebhookDeliveryTrigger(IBackgroundJobClient jobs) : IWebhookDeliveryTrigger
{
    private const long WindowMilliseconds = 1000;
    private static long lastEnqueued = -WindowMilliseconds;
    private bool triggered;

    public void Trigger()
    {
        if (triggered)
        {
            return;
        }

        triggered = true;
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastEnqueued);
        if (now - last < WindowMilliseconds || Interlocked.CompareExchange(ref lastEnqueued, now, last) != last)
        {
            return;
        }

        jobs.Enqueue<DeliverWebhooksJob>(job => job.RunAsync(CancellationToken.None));
    }
}

using Hangfire;
using InvestPromo.Application.Webhooks;
using InvestPromo.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.Webhooks;

/// <summary>
/// Enqueues a delivery run (<see cref="DeliverWebhooksJob"/>) after a commit that wrote webhook events: at most once per
/// scope, and at most once a second per process (an enqueue is several statements in Hangfire's storage; under a burst of
/// submissions one run a second serves them all, and a run goes on while it finds due deliveries). The minute's run is the
/// backstop for anything a window let through.
/// It never throws: it runs after the commit (a redelivery calls it directly), so a failed enqueue must not turn a saved
/// change into a 500; it is logged and the minute's run delivers.
/// </summary>
public sealed partial class WebhookDeliveryTrigger(IServiceProvider services, ILogger<WebhookDeliveryTrigger> logger) : IWebhookDeliveryTrigger
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

        try
        {
            // Resolved here, inside the try: building Hangfire's client can fail too (seen: its global log provider holding a
            // disposed LoggerFactory), and a constructor dependency would fail the command that asked for the trigger.
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<DeliverWebhooksJob>(job => job.RunAsync(CancellationToken.None));
        }
#pragma warning disable CA1031 // the change is committed; an enqueue that failed only delays delivery to the minute's run
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Interlocked.CompareExchange(ref lastEnqueued, last, now); // the next commit may try again at once
            LogEnqueueFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not start a webhook delivery run; the minute's run will deliver")]
    private static partial void LogEnqueueFailed(ILogger logger, Exception exception);
}

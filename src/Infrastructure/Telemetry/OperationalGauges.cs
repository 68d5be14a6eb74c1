using System.Diagnostics.Metrics;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Metrics;
using InvestPromo.Application.Filings;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.Telemetry;

/// <summary>
/// The gauges read from the database, on the "InvestPromo" meter: investpromo.reviews.overdue (filings under review past their
/// deadline) and investpromo.objections.open (objections pending). A scrape never queries: it reads counts kept here, and a
/// scrape that finds them older than the refresh interval starts one refresh (two indexed counts) in the background and is
/// answered with the kept counts; only the very first scrape waits for the first counts (at most <see cref="FirstReadWait"/>).
/// Nobody scraping: no query at all. The counts are the whole city's, the same on every instance.
/// </summary>
public sealed partial class OperationalGauges
{
    public static readonly TimeSpan FirstReadWait = TimeSpan.FromSeconds(3);

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ILogger<OperationalGauges> logger;
    private readonly TimeSpan refreshEvery;
    private Counts? counts;
    private long refreshedAtTicks;
    private int refreshing;

    public OperationalGauges(InvestPromoMetrics metrics, IServiceScopeFactory scopes, TimeProvider clock, ILogger<OperationalGauges> logger, TimeSpan refreshEvery)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        this.scopes = scopes;
        this.clock = clock;
        this.logger = logger;
        this.refreshEvery = refreshEvery;
        metrics.Meter.CreateObservableGauge("investpromo.reviews.overdue", () => Observe(c => c.ReviewsOverdue),
            description: "Filings under review past their review deadline (refreshed at most every Telemetry:GaugeRefreshSeconds).");
        metrics.Meter.CreateObservableGauge("investpromo.objections.open", () => Observe(c => c.ObjectionsOpen),
            description: "Objections lodged and not yet decided (refreshed at most every Telemetry:GaugeRefreshSeconds).");
    }

    private sealed record Counts(long ReviewsOverdue, long ObjectionsOpen);

    private IEnumerable<Measurement<long>> Observe(Func<Counts, long> pick)
    {
        RefreshIfStale();
        return Volatile.Read(ref counts) is { } current ? [new Measurement<long>(pick(current))] : [];
    }

    private void RefreshIfStale()
    {
        // The refresh interval is the machine's time; the counts' "now" (what is overdue) is the app's clock.
        if (TimeProvider.System.GetUtcNow().UtcTicks - Interlocked.Read(ref refreshedAtTicks) < refreshEvery.Ticks || Interlocked.CompareExchange(ref refreshing, 1, 0) != 0)
        {
            return;
        }

        var refresh = Task.Run(RefreshAsync);
        if (Volatile.Read(ref counts) is null)
        {
            refresh.Wait(FirstReadWait);
        }
    }

    /// <summary>Reads both counts now (also for tests and for a caller that wants them fresh).</summary>
    public async Task RefreshAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            var now = clock.GetUtcNow();
            var overdue = await db.Filings.AsNoTracking().Where(f => f.Status == FilingStatus.UnderReview).Where(ReviewDue.Overdue(now)).LongCountAsync();
            var open = await db.Objections.AsNoTracking().LongCountAsync(o => o.Status == ObjectionStatus.Pending);
            Volatile.Write(ref counts, new Counts(overdue, open));
        }
#pragma warning disable CA1031 // A failed refresh keeps the last counts; the next stale scrape tries again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            RefreshFailed(logger, e);
        }
        finally
        {
            Interlocked.Exchange(ref refreshedAtTicks, TimeProvider.System.GetUtcNow().UtcTicks);
            Volatile.Write(ref refreshing, 0);
        }
    }

    [LoggerMessage(EventId = 9101, EventName = "GaugeRefreshFailed", Level = LogLevel.Warning, Message = "Telemetry: the gauges' counts could not be read; the last counts stay")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);
}

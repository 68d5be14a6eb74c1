using System.Diagnostics;
using System.Threading.RateLimiting;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.RateLimiting;

/// <summary>
/// Fixed-window counters in the database (<see cref="RateLimitWindow"/>), so a limit holds across every instance on it: each hit
/// is one atomic upsert that answers the window's new count (no read-modify-write, so hits at the same moment on two instances
/// are both counted). Windows are aligned to their length on the clock. A database failure lets the hit through (logged): a
/// blip must not refuse people; the request then meets the same database anyway.
/// </summary>
public sealed partial class SharedRateLimitWindows(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SharedRateLimitWindows> logger)
{
    /// <summary>Counts one hit on <paramref name="key"/>; answers the count in the current window (this hit included) and when the window ends.</summary>
    public async Task<(int Count, DateTimeOffset WindowEnd)> HitAsync(string key, TimeSpan window, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > RateLimitWindow.KeyLength)
        {
            key = key[..RateLimitWindow.KeyLength];
        }

        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        var end = start + window;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var (sql, parameters) = db.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => (SqlServerUpsert, new object[] { key, start, end }),
            "Npgsql.EntityFrameworkCore.PostgreSQL" => (Upsert, new object[] { key, start, end }),
            _ => (Upsert, new object[] { key, start.UtcTicks, end.UtcTicks }), // SQLite keeps instants as UTC ticks
        };
        var counts = await db.Database.SqlQueryRaw<int>(sql, parameters).ToListAsync(ct);
        return (counts.Single(), end);
    }

    /// <summary>Housekeeping: removes the windows that have ended; answers how many rows went.</summary>
    public async Task<int> PurgeEndedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.RateLimitWindows.Where(w => w.WindowEnd <= now).ExecuteDeleteAsync(ct);
    }

    /// <summary>A limiter of <paramref name="permits"/> hits per <paramref name="window"/> on <paramref name="key"/>, for a rate-limiting policy's partition.</summary>
    public RateLimiter Limiter(string key, int permits, TimeSpan window) => new SharedWindowLimiter(this, key, Math.Max(1, permits), window);

    private DateTimeOffset Now => clock.GetUtcNow();

    private void NotCounted(Exception exception, string key) => LogNotCounted(logger, exception, key);

    // PostgreSQL and SQLite (3.35+) share the upsert with RETURNING.
    private const string Upsert =
        """
        INSERT INTO "RateLimitWindows" ("Key", "WindowStart", "WindowEnd", "Count") VALUES ({0}, {1}, {2}, 1)
        ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = "RateLimitWindows"."Count" + 1
        RETURNING "Count" AS "Value"
        """;

    private const string SqlServerUpsert =
        """
        MERGE [RateLimitWindows] WITH (HOLDLOCK) AS t
        USING (SELECT {0} AS [Key], {1} AS [WindowStart], {2} AS [WindowEnd]) AS s ON t.[Key] = s.[Key] AND t.[WindowStart] = s.[WindowStart]
        WHEN MATCHED THEN UPDATE SET [Count] = t.[Count] + 1
        WHEN NOT MATCHED THEN INSERT ([Key], [WindowStart], [WindowEnd], [Count]) VALUES (s.[Key], s.[WindowStart], s.[WindowEnd], 1)
        OUTPUT inserted.[Count] AS [Value];
        """;

    [LoggerMessage(EventId = 4110, EventName = "RateLimitNotCounted", Level = LogLevel.Warning, Message = "A hit on the shared rate limit {Key} could not be counted; it was let through")]
    private static partial void LogNotCounted(ILogger logger, Exception exception, string key);

    /// <summary>
    /// The limiter the ASP.NET Core rate-limiting middleware calls: its synchronous attempt always declines (it cannot wait for the
    /// database), so the middleware asks again asynchronously, and that counts the hit in the database.
    /// </summary>
    private sealed class SharedWindowLimiter(SharedRateLimitWindows windows, string key, int permits, TimeSpan window) : RateLimiter
    {
        private long lastUsed = Stopwatch.GetTimestamp();

        public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastUsed));

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Declined;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
            if (permitCount == 0)
            {
                return Lease.Granted;
            }

            try
            {
                var (count, end) = await windows.HitAsync(key, window, cancellationToken);
                return count <= permits ? Lease.Granted : Lease.Refused(end - windows.Now);
            }
            catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                windows.NotCounted(exception, key);
                return Lease.Granted;
            }
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(acquired: true, retryAfter: null);

        public static readonly Lease Declined = new(acquired: false, retryAfter: null);

        public static Lease Refused(TimeSpan retryAfter) => new(acquired: false, retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } value && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = value;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}

namespace InvestPromo.Infrastructure.RateLimiting;

/// <summary>
/// One fixed window of one limit for one caller (e.g. sign-ins from one address in one minute), shared by every instance on
/// the database: each hit adds one to <see cref="Count"/> in a single upsert. Rows of ended windows are removed by the
/// sign-in throttle housekeeping job.
/// </summary>
public sealed class RateLimitWindow
{
    public const int KeyLength = 200;

    private RateLimitWindow()
    {
    }

    /// <summary>The limit's name and the caller, e.g. <c>login|ip:198.51.100.7</c>.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary>When the window began (aligned to its length).</summary>
    public DateTimeOffset WindowStart { get; private set; }

    /// <summary>When the window ends: after this the row only waits for housekeeping.</summary>
    public DateTimeOffset WindowEnd { get; private set; }

    public int Count { get; private set; }
}

namespace InvestPromo.Application.Idempotency;

/// <summary>Configuration section "Idempotency": how long a key holds and how much of an answer is kept for replays.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a caller's key answers its first request again (default 24 hours); housekeeping deletes older keys.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// A key claimed and never completed for this long (the process running the first request died) may be claimed again.
    /// Longer than any write takes (an import of 5,000 rows included); default 10 minutes.
    /// </summary>
    public TimeSpan InProgressTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The largest answer body kept for replays (bytes, default 256 KiB). A larger or non-JSON answer keeps its status and
    /// Location only, and a replay answers them with an empty body.
    /// </summary>
    public int MaxStoredBodyBytes { get; set; } = 256 * 1024;

    public IdempotencyOptions Validated()
    {
        if (Retention <= TimeSpan.Zero || InProgressTimeout <= TimeSpan.Zero || InProgressTimeout > Retention || MaxStoredBodyBytes < 0)
        {
            throw new InvalidOperationException(
                $"{Section}: {nameof(Retention)} and {nameof(InProgressTimeout)} must be positive (the timeout no longer than the retention) and {nameof(MaxStoredBodyBytes)} not negative.");
        }

        return this;
    }
}

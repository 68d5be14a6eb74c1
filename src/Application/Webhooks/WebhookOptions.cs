namespace InvestPromo.Application.Webhooks;

/// <summary>Configuration section "Webhooks": delivery timing and which targets may be called.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>How long a receiver has to answer, in seconds (default 10).</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The wait after the first failed attempt, in seconds; doubled after each further failure (default 30).</summary>
    public int RetryBaseSeconds { get; set; } = 30;

    /// <summary>The longest wait between two attempts, in seconds (default 6 hours).</summary>
    public int RetryCapSeconds { get; set; } = 6 * 3600;

    /// <summary>Attempts before a delivery is failed and its subscription marked failing (default 8).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Deliveries one job run attempts at most (the next run, a minute later or kicked by a commit, does the rest).</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Cron of the recurring delivery run (each commit that writes an event also starts one at once).</summary>
    public string Cron { get; set; } = "* * * * *";

    /// <summary>Allow every target, private, loopback and link-local ones included (a closed network's receivers).</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Allow loopback targets (127.0.0.0/8, ::1, "localhost"), over plain HTTP too: on in Development, for local receivers and tests.</summary>
    public bool AllowLoopbackTargets { get; set; }

    /// <summary>Allow plain HTTP URLs to any allowed target (off: HTTPS only, except loopback when allowed).</summary>
    public bool AllowHttp { get; set; }

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public WebhookOptions Validated()
    {
        if (TimeoutSeconds is < 1 or > 120 || RetryBaseSeconds < 1 || RetryCapSeconds < RetryBaseSeconds || MaxAttempts is < 1 or > 100 || BatchSize is < 1 or > 1000)
        {
            throw new InvalidOperationException(
                $"{Section}: TimeoutSeconds must be 1–120, RetryBaseSeconds ≥ 1, RetryCapSeconds ≥ RetryBaseSeconds, MaxAttempts 1–100, BatchSize 1–1000.");
        }

        return this;
    }
}

namespace InvestPromo.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts. Operators may turn it off and run "migrate" themselves.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// How often a transient failure (a restart, a dropped connection, a fail-over) is retried before the caller gets 503
    /// <c>database.unavailable</c>: EF's execution strategy on PostgreSQL and SQL Server (SQLite has none). 0 retries nothing.
    /// </summary>
    public int MaxRetryCount { get; set; } = 5;

    /// <summary>The longest wait between two retries (they back off exponentially from about 0 s, 1 s, 3 s …).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Refuses settings that make no sense, at start-up.</summary>
    public DatabaseOptions Validated()
    {
        if (MaxRetryCount is < 0 or > 20 || MaxRetryDelay < TimeSpan.Zero || MaxRetryDelay > TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException($"{Section}:{nameof(MaxRetryCount)} must be 0 to 20 and {Section}:{nameof(MaxRetryDelay)} 0 to 1 minute.");
        }

        return this;
    }
}

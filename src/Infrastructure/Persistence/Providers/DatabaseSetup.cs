using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InvestPromo.Infrastructure.Persistence.Providers;

/// <summary>Configures EF Core for the chosen provider, with each provider's migrations in this assembly.</summary>
public static class DatabaseSetup
{
    public static Type ContextType(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => typeof(SqliteApplicationDbContext),
        DatabaseProvider.PostgreSql => typeof(PostgreSqlApplicationDbContext),
        DatabaseProvider.SqlServer => typeof(SqlServerApplicationDbContext),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    /// <summary>
    /// The provider with this assembly's migrations. On PostgreSQL and SQL Server a transient failure is retried by EF's execution
    /// strategy (<see cref="DatabaseOptions.MaxRetryCount"/>): each query and each SaveChanges alone, and every explicit transaction
    /// as one unit through <c>Application/Common/Persistence/Transactions.cs</c> (EF refuses a transaction the strategy did not open).
    /// </summary>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, DatabaseOptions? retries = null)
    {
        var migrations = typeof(DatabaseSetup).Assembly.GetName().Name;
        var retryCount = retries?.MaxRetryCount ?? 0;
        var retryDelay = retries?.MaxRetryDelay ?? TimeSpan.Zero;
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations).MigrationsHistoryTable("__EFMigrationsHistory")),
            DatabaseProvider.PostgreSql => options.UseNpgsql(PostgreSqlConnectionString(connectionString), o =>
            {
                o.MigrationsAssembly(migrations);
                if (retryCount > 0)
                {
                    o.ExecutionStrategy(dependencies => new PostgreSqlRetryingStrategy(dependencies, retryCount, retryDelay));
                }
            }).AddInterceptors(Interceptors.UnstorableTextGuard.Instance), // text PostgreSQL cannot take is never sent (auto-prepared statements stay whole)
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o =>
            {
                o.MigrationsAssembly(migrations);
                if (retryCount > 0)
                {
                    o.EnableRetryOnFailure(retryCount, retryDelay, errorNumbersToAdd: null);
                }
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>Statements Npgsql prepares on each pooled connection unless the connection string says otherwise.</summary>
    public const int PostgreSqlMaxAutoPrepare = 128;

    /// <summary>
    /// EF Core's PostgreSQL connection string: as configured, plus two Npgsql settings unless the configuration sets them itself
    /// (measured by build/bench on a submission at 1,000,000 filings, pg_stat_statements):
    /// <list type="bullet">
    /// <item>"Max Auto Prepare": the app runs few, fixed-shape statements over and over (the hot paths are compiled queries), and
    /// unprepared each is parsed and planned by the server on every execution — planning was half of PostgreSQL's time.
    /// Prepared statements stay on the pooled connection; after a statement's fifth use the server only binds and executes it.</item>
    /// <item>"No Reset On Close": EF opens and closes the pooled connection around every query, and each reuse first reset the
    /// session (with prepared statements kept, seven statements). The app keeps no session state on these connections (no SET,
    /// temporary tables, LISTEN or advisory locks), so there is nothing to reset. Hangfire's storage uses the configured
    /// string as given, in its own pool.</item>
    /// </list>
    /// </summary>
    public static string PostgreSqlConnectionString(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = PostgreSqlMaxAutoPrepare;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>The SQLite file's folder must exist before the first connection.</summary>
    public static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}

/// <summary>Npgsql's retrying strategy, which also retries a transaction the connection's loss had already ended (<see cref="DatabaseFaults.IsLostConnection"/>).</summary>
public sealed class PostgreSqlRetryingStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount, TimeSpan maxRetryDelay)
    : Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay, errorCodesToAdd: null)
{
    protected override bool ShouldRetryOn(Exception? exception) => base.ShouldRetryOn(exception) || (exception is not null && DatabaseFaults.IsLostConnection(exception));
}

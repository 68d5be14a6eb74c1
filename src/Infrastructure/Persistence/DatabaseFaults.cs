using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InvestPromo.Infrastructure.Persistence;

/// <summary>
/// Which failures mean "the database is not there right now" (restarting, unreachable, refusing us, out of connections), as
/// opposed to a fault in a statement. The API answers them 503 <c>database.unavailable</c> with Retry-After
/// (<c>Api/Errors/ExceptionHandler.cs</c>), start-up and "migrate" with one line and exit code 1 (<c>Api/Hosting/StartupFailure.cs</c>).
/// EF's execution strategy has already retried the transient ones (<see cref="DatabaseOptions.MaxRetryCount"/>).
/// </summary>
public static class DatabaseFaults
{
    /// <summary>SQL Server errors of a connection or a fail-over (as EF's SQL Server strategy retries), login and missing database.</summary>
    private static readonly HashSet<int> SqlServerUnavailable = [-2, 2, 20, 53, 64, 121, 233, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 18456, 40143, 40197, 40501, 40613, 42108, 42109, 49918, 49919, 49920];

    public static bool IsUnavailable(Exception exception) => Find(exception) is not null;

    /// <summary>
    /// Text the database cannot hold, sent by the caller: PostgreSQL refuses a NUL character in any text (22021, also in a search
    /// or a user name) and a character its encoding lacks (22P05); a NUL or a lone surrogate is refused before it is sent
    /// (<see cref="Interceptors.UnstorableTextGuard"/>). The caller's fault, answered 400 <c>request.malformed</c>.
    /// </summary>
    public static bool IsUnstorableText(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Chain(exception).Any(e => e is Interceptors.UnstorableTextException or PostgresException { SqlState: "22021" or "22P05" });
    }

    /// <summary>The exception in the chain that says the database is unavailable (the innermost cause, else EF's "retries ran out"), or null.</summary>
    public static Exception? Find(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Exception? retriesRanOut = null;
        foreach (var e in Chain(exception))
        {
            if (Unavailable(e))
            {
                return e;
            }

            retriesRanOut ??= e as RetryLimitExceededException;
        }

        return retriesRanOut;
    }

    private static bool Unavailable(Exception e) => e switch
    {
        PostgresException pg => pg.IsTransient
            || pg.SqlState.StartsWith("08", StringComparison.Ordinal)   // connection exception
            || pg.SqlState.StartsWith("28", StringComparison.Ordinal)   // role missing, password wrong
            || pg.SqlState.StartsWith("53", StringComparison.Ordinal)   // out of connections, memory, disk
            || pg.SqlState.StartsWith("57P", StringComparison.Ordinal)  // shutting down, starting up
            || pg.SqlState == "3D000",                                  // database missing
        NpgsqlException => true, // not a server error: the connection (opening, reading, writing, the pool's timeout)
        InvalidOperationException when IsLostConnection(e) => true,
        SqlException sql => sql.Errors.Cast<SqlError>().Any(error => SqlServerUnavailable.Contains(error.Number)),
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 14, // busy, locked, cannot open the file
        DbException db => db.IsTransient,
        TimeoutException or SocketException => true,
        _ => false,
    };

    /// <summary>
    /// A connection that broke inside a transaction (a terminated backend, a restart) makes Npgsql refuse the next use of that
    /// transaction with an <see cref="InvalidOperationException"/> ("Transaction is already completed") rather than a
    /// transient <see cref="NpgsqlException"/>: the change feed's statements after EF's batch meet it. It is as transient.
    /// </summary>
    public static bool IsLostConnection(Exception exception) =>
        exception is InvalidOperationException { Source: "Npgsql" } e
        && (e.Message.Contains("already completed", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("not open", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("broken", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 32)
        {
            var e = pending.Pop();
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    /// <summary>Rolls back and disposes a transaction whose connection may be broken; a failure to do so is no news.</summary>
    public static async Task ForgetAsync(IDbContextTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // the connection is gone or the transaction already ended: the attempt's own error is the one to report
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        try
        {
            await transaction.DisposeAsync();
        }
#pragma warning disable CA1031
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}

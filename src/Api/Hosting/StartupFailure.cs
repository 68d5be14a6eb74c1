using System.Data.Common;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// What an operator reads when start-up or <c>migrate</c> fails: one line on stderr naming what failed (the database and its
/// connection string with the password masked, a setting, a folder) and exit code 1, never a stack trace or an abort.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 1;

    private static readonly string[] SecretKeys = ["Password", "Pwd", "PWD", "password"];

    /// <summary>The one line for <paramref name="exception"/>; <paramref name="stage"/> is "start-up" or "migrate".</summary>
    public static string Describe(Exception exception, IConfiguration configuration, string stage)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] is { Length: > 0 } p ? p : nameof(DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Default") ?? string.Empty;
        var database = $"database ({provider}{(connectionString.Length > 0 ? ", " + Masked(connectionString) : string.Empty)})";
        var what = Explain(exception, database);
        var line = $"InvestPromo {stage} failed: {what}";
        return OneLine(Scrub(line, connectionString));
    }

    private static string Explain(Exception exception, string database)
    {
        switch (DatabaseFaults.Find(exception) ?? Innermost(exception))
        {
            case PostgresException pg:
                return $"the {database} refused: {pg.MessageText} (SQLSTATE {pg.SqlState}).";
            case NpgsqlException npgsql:
                return $"cannot reach the {database}: {Innermost(npgsql).Message}";
            case SqliteException sqlite:
                return $"cannot open the {database}: {sqlite.Message}";
            case DbException db:
                return $"the {database} failed: {db.Message}";
            case TimeoutException timeout:
                return $"the {database} did not answer in time: {timeout.Message}";
            default:
                break;
        }

        return exception switch
        {
            OptionsValidationException options => $"a setting is invalid: {string.Join("; ", options.Failures)}",
            UnauthorizedAccessException or IOException => $"a folder or file cannot be written: {exception.Message}",
            ArgumentException when exception.Message.Contains("connection string", StringComparison.OrdinalIgnoreCase)
                || exception.Message.Contains("initialization string", StringComparison.OrdinalIgnoreCase)
                || exception.Message.Contains("keyword", StringComparison.OrdinalIgnoreCase) =>
                $"the connection string of the {database} is malformed: {exception.Message}",
            InvalidOperationException => $"{exception.Message}",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is { } inner)
        {
            e = inner;
        }

        return e;
    }

    /// <summary>The connection string with every password replaced by ***; unreadable strings are not shown.</summary>
    public static string Masked(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in builder.Keys.Cast<string>().ToList())
            {
                if (key.Equals("Password", StringComparison.OrdinalIgnoreCase) || key.Equals("Pwd", StringComparison.OrdinalIgnoreCase))
                {
                    builder[key] = "***";
                }
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "connection string not shown: it cannot be read";
        }
    }

    /// <summary>Whatever a message echoed of the password goes too.</summary>
    private static string Scrub(string line, string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in SecretKeys)
            {
                if (builder.TryGetValue(key, out var value) && value is string { Length: > 0 } secret && secret != "***")
                {
                    line = line.Replace(secret, "***", StringComparison.Ordinal);
                }
            }
        }
        catch (ArgumentException)
        {
            // Unreadable: its text is not in the line (Masked shows none of it).
        }

        return line;
    }

    private static string OneLine(string line) => string.Join(' ', line.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

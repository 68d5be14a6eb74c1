using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InvestPromo.Infrastructure.Persistence.Interceptors;

/// <summary>
/// On PostgreSQL, refuses a command before it is sent when a text parameter holds what PostgreSQL cannot store (a NUL character,
/// 22021) or Npgsql cannot encode (a lone surrogate). Sent, such a value fails at the server's Bind, and when that execution was
/// the one that auto-prepared the statement (its fifth use on a pooled connection, "Max Auto Prepare"), Npgsql keeps the statement
/// as prepared without its row description: every later use of that query on that connection then fails ("The underlying reader
/// doesn't have as many fields as expected. Expected: 26, actual: 0"), e.g. every sign-in through it answered 500. Refused here,
/// the caller gets 400 <c>request.malformed</c> (<see cref="DatabaseFaults.IsUnstorableText"/>) and the connection is untouched.
/// </summary>
public sealed class UnstorableTextGuard : DbCommandInterceptor
{
    public static readonly UnstorableTextGuard Instance = new();

    private UnstorableTextGuard()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>True when PostgreSQL (through Npgsql) can take <paramref name="text"/>: no NUL, no surrogate without its pair.</summary>
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            return false;
        }

        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }

            i += 2;
            var next = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return true;
    }

    private static void Check(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            if (!IsStorable(parameter.Value))
            {
                throw new UnstorableTextException(parameter.ParameterName);
            }
        }
    }

    private static bool IsStorable(object? value) => value switch
    {
        null or DBNull => true,
        string text => IsStorable(text.AsSpan()),
        char c => c != '\0' && !char.IsSurrogate(c),
        IEnumerable<string?> texts => texts.All(t => t is null || IsStorable(t.AsSpan())),
        _ => true,
    };
}

/// <summary>A command's text parameter held what the database cannot store (<see cref="UnstorableTextGuard"/>): the caller's fault.</summary>
public sealed class UnstorableTextException : Exception
{
    public UnstorableTextException()
        : this("?")
    {
    }

    public UnstorableTextException(string parameterName)
        : base($"Parameter {parameterName} holds text the database cannot store (a NUL character or a lone surrogate); the command was not sent.")
    {
    }

    public UnstorableTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

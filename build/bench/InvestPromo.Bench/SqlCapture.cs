using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>One SQL command exactly as EF Core sent it: the text and the parameters with their values and types.</summary>
internal sealed record CapturedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)
{
    public NpgsqlCommand Create(NpgsqlConnection connection, string prefix = "")
    {
        var command = new NpgsqlCommand(prefix + Sql, connection);
        foreach (var p in Parameters)
        {
            command.Parameters.Add(p.Clone());
        }

        return command;
    }
}

/// <summary>
/// Records the SQL commands EF Core executes (its DiagnosticSource event "CommandExecuting", which carries the DbCommand)
/// while <see cref="Start"/>ed, keeping those that touch the given tables. The benchmark sends one API request under
/// capture and replays exactly those commands, with the same parameters, straight through Npgsql.
/// </summary>
internal sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<CapturedCommand> _captured = [];
    private readonly IDisposable _all;
    private volatile bool _active;
    private volatile bool _everything;
    private long _commandTicks;

    public SqlCapture() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Records from now on: the filing queries only, or every command when <paramref name="everything"/>.</summary>
    public void Start(bool everything = false)
    {
        lock (_captured)
        {
            _captured.Clear();
        }

        _everything = everything;
        Interlocked.Exchange(ref _commandTicks, 0);
        _active = true;
    }

    /// <summary>The time the recorded commands took until their first result came back (EF Core's CommandExecuted durations), since <see cref="Start"/>.</summary>
    public TimeSpan TimeInCommands => TimeSpan.FromTicks(Interlocked.Read(ref _commandTicks));

    public IReadOnlyList<CapturedCommand> Stop()
    {
        _active = false;
        lock (_captured)
        {
            return [.. _captured];
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name || name == RelationalEventId.CommandExecuted.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (!_active || value.Value is not CommandEventData data || data.Command is not NpgsqlCommand command)
        {
            return;
        }

        if (data is CommandExecutedEventData executed)
        {
            Interlocked.Add(ref _commandTicks, executed.Duration.Ticks);
            return;
        }

        // Identity's security-stamp check may run on the same request; only the filing queries are the queue's SQL.
        if (!_everything && !command.CommandText.Contains("\"Filings\"", StringComparison.Ordinal) && !command.CommandText.Contains("\"DuplicateDismissals\"", StringComparison.Ordinal))
        {
            return;
        }

        var parameters = command.Parameters.Cast<DbParameter>().OfType<NpgsqlParameter>().Select(p => p.Clone()).ToList();
        lock (_captured)
        {
            _captured.Add(new CapturedCommand(command.CommandText, parameters));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}

using System.Globalization;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>
/// CPU time of the PostgreSQL server (the postmaster, every live child process, and the children that have exited, which
/// the postmaster's cutime/cstime hold) read from /proc. Only when the server runs on this machine and /proc is readable
/// (build/bench/run.sh's private cluster); otherwise <see cref="TotalMs"/> answers null and the tables say "—".
/// On a busy machine this, like the bench process's own CPU, is steadier than latencies.
/// </summary>
internal sealed class ServerCpu
{
    /// <summary>USER_HZ: the unit of /proc/*/stat times, 100 on every mainstream Linux architecture.</summary>
    private const double MsPerTick = 10.0;

    private readonly int _postmaster;

    private ServerCpu(int postmaster) => _postmaster = postmaster;

    public static async Task<ServerCpu?> FindAsync(NpgsqlDataSource data, CancellationToken ct)
    {
        try
        {
            await using var command = data.CreateCommand("SELECT pg_backend_pid()");
            var backend = (int)(await command.ExecuteScalarAsync(ct))!;
            var stat = Stat(backend);
            if (stat is null)
            {
                return null;
            }

            var postmaster = new ServerCpu(int.Parse(stat[1], CultureInfo.InvariantCulture));
            return postmaster.TotalMs() is null ? null : postmaster;
        }
#pragma warning disable CA1031 // optional measurement: a remote or unreadable server is simply not measured
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>CPU ms used by the server since it started (user + system).</summary>
    public double? TotalMs()
    {
        var own = Stat(_postmaster);
        if (own is null)
        {
            return null;
        }

        // Fields after the command: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime.
        long ticks = Ticks(own, 11) + Ticks(own, 12) + Ticks(own, 13) + Ticks(own, 14);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == _postmaster)
            {
                continue;
            }

            var stat = Stat(pid);
            if (stat is not null && stat[1] == _postmaster.ToString(CultureInfo.InvariantCulture))
            {
                ticks += Ticks(stat, 11) + Ticks(stat, 12);
            }
        }

        return ticks * MsPerTick;
    }

    private static long Ticks(string[] fields, int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);

    /// <summary>/proc/PID/stat's fields after the "(command)" (which may hold spaces), or null when unreadable.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var close = text.LastIndexOf(')');
            return close < 0 ? null : text[(close + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>One statement's totals from pg_stat_statements over a phase of the benchmark.</summary>
internal sealed record StatementStats(string Query, long Calls, double TotalExecMs, double MeanExecMs, double TotalPlanMs, long Rows, long SharedBlocksHit, long SharedBlocksRead, long WalRecords)
{
    /// <summary>Calls of this statement per operation of the phase.</summary>
    public double CallsPerOp { get; init; }

    /// <summary>Execution (and planning) ms of this statement per operation of the phase.</summary>
    public double MsPerOp { get; init; }
}

/// <summary>
/// pg_stat_statements when the server preloads it (run.sh asks for it): reset before a phase, the statements read after it.
/// Absent (another server) → <see cref="TryCreateAsync"/> answers null and the report leaves the per-statement table out.
/// </summary>
internal sealed class PgStatements(NpgsqlDataSource data)
{
    public static async Task<PgStatements?> TryCreateAsync(NpgsqlDataSource data, CancellationToken ct)
    {
        try
        {
            await using (var create = data.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
            {
                await create.ExecuteNonQueryAsync(ct);
            }

            var statements = new PgStatements(data);
            await statements.ResetAsync(ct);
            return statements;
        }
        catch (PostgresException)
        {
            return null;
        }
    }

    public async Task ResetAsync(CancellationToken ct)
    {
        await using var command = data.CreateCommand("SELECT pg_stat_statements_reset()");
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The statements run since the last reset in this database, most time first (execution + planning), at most <paramref name="top"/>.</summary>
    public async Task<List<StatementStats>> ReadAsync(long operations, int top, CancellationToken ct)
    {
        // Statements of the benchmark's own bookkeeping (counts, this query) are left out.
        await using var command = data.CreateCommand(
            """
            SELECT query, calls, total_exec_time, mean_exec_time, total_plan_time, rows, shared_blks_hit, shared_blks_read, wal_records
            FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE 'SELECT count(*) FROM "AuditEntries"%'
              AND query NOT LIKE 'SELECT count(*) FROM "FilingHistory"%'
            ORDER BY total_exec_time + total_plan_time DESC
            LIMIT $1
            """);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = top });
        var list = new List<StatementStats>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var stats = new StatementStats(
                reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8));
            var ops = Math.Max(1, operations);
            list.Add(stats with { CallsPerOp = (double)stats.Calls / ops, MsPerOp = (stats.TotalExecMs + stats.TotalPlanMs) / ops });
        }

        return list;
    }
}

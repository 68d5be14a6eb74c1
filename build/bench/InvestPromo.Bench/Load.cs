using System.Diagnostics;

namespace InvestPromo.Bench;

/// <summary>Latency percentiles (ms) and throughput of one measured run.</summary>
internal sealed record LoadResult(string Name, int Concurrency, double Seconds, long Operations, long Errors, double P50Ms, double P90Ms, double P99Ms, double MaxMs)
{
    /// <summary>CPU time of this process (client, API and Npgsql alike; not the PostgreSQL server) per operation, in ms, over the whole run.</summary>
    public double ProcessCpuMsPerOp { get; init; }

    /// <summary>CPU time of the separate load process (its HTTP client) per operation, in ms, when the load came from one (<see cref="RemoteLoad"/>); then <see cref="ProcessCpuMsPerOp"/> is the API's alone.</summary>
    public double? ClientCpuMsPerOp { get; init; }

    /// <summary>CPU time of the PostgreSQL server per operation, in ms, over the whole run (null when it cannot be read, see <see cref="ServerCpu"/>).</summary>
    public double? ServerCpuMsPerOp { get; init; }

    public double PerSecond => Operations / Seconds;
}

internal static class Load
{
    /// <summary>
    /// <paramref name="concurrency"/> workers call <paramref name="operation"/> back to back: first for the warm-up (not
    /// recorded), then for <paramref name="duration"/> (latency of each call and the count recorded). A failing call is
    /// counted as an error, not timed.
    /// </summary>
    public static async Task<LoadResult> TimedAsync(string name, int concurrency, TimeSpan warmup, TimeSpan duration, Func<int, long, CancellationToken, Task> operation, ServerCpu? server = null)
    {
        var serverBefore = server?.TotalMs();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        long allOperations = 0;
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var measureTo = warmup + duration;
        var latencies = new List<double>[concurrency];
        var errors = new long[concurrency];
        var firstErrors = new List<Exception>();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            long i = 0;
            while (true)
            {
                var started = clock.Elapsed;
                if (started >= measureTo)
                {
                    return;
                }

                try
                {
                    await operation(worker, i++, CancellationToken.None);
                    Interlocked.Increment(ref allOperations);
                    var finished = clock.Elapsed;
                    if (started >= measureFrom && finished <= measureTo)
                    {
                        mine.Add((finished - started).TotalMilliseconds);
                    }
                }
#pragma warning disable CA1031 // a benchmark counts failures and goes on
                catch (Exception e)
#pragma warning restore CA1031
                {
                    errors[worker]++;
                    lock (firstErrors)
                    {
                        if (firstErrors.Count < 3)
                        {
                            firstErrors.Add(e);
                        }
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        foreach (var e in firstErrors)
        {
            Console.Error.WriteLine($"  {name}: {e.GetType().Name}: {e.Message}");
        }

        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        return Summarise(name, concurrency, duration.TotalSeconds, latencies.SelectMany(l => l).ToList(), errors.Sum()) with
        {
            ProcessCpuMsPerOp = cpu / Math.Max(1, allOperations),
            ServerCpuMsPerOp = (server?.TotalMs() - serverBefore) / Math.Max(1, allOperations),
        };
    }

    /// <summary>Runs each item once with <paramref name="concurrency"/> workers; the throughput is items per wall-clock second.</summary>
    public static async Task<LoadResult> CountedAsync<T>(string name, int concurrency, IReadOnlyList<T> items, Func<T, Task> operation, ServerCpu? server = null)
    {
        var serverBefore = server?.TotalMs();
        var next = -1;
        var latencies = new List<double>[concurrency];
        var errors = new long[concurrency];
        var firstErrors = new List<Exception>();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = [];
            int index;
            while ((index = Interlocked.Increment(ref next)) < items.Count)
            {
                var started = clock.Elapsed;
                try
                {
                    await operation(items[index]);
                    mine.Add((clock.Elapsed - started).TotalMilliseconds);
                }
#pragma warning disable CA1031 // a benchmark counts failures and goes on
                catch (Exception e)
#pragma warning restore CA1031
                {
                    errors[worker]++;
                    lock (firstErrors)
                    {
                        if (firstErrors.Count < 3)
                        {
                            firstErrors.Add(e);
                        }
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var e in firstErrors)
        {
            Console.Error.WriteLine($"  {name}: {e.GetType().Name}: {e.Message}");
        }

        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        return Summarise(name, concurrency, seconds, latencies.SelectMany(l => l).ToList(), errors.Sum()) with
        {
            ProcessCpuMsPerOp = cpu / Math.Max(1, items.Count),
            ServerCpuMsPerOp = (server?.TotalMs() - serverBefore) / Math.Max(1, items.Count),
        };
    }

    private static LoadResult Summarise(string name, int concurrency, double seconds, List<double> all, long errors)
    {
        all.Sort();
        double At(double q) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)Math.Ceiling(q * all.Count) - 1)];
        return new LoadResult(name, concurrency, seconds, all.Count, errors, At(0.50), At(0.90), At(0.99), all.Count == 0 ? double.NaN : all[^1]);
    }
}

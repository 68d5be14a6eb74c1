using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace InvestPromo.Bench;

/// <summary>One HTTP request of a load operation: the answer must have <paramref name="Expect"/> as its status.</summary>
internal sealed record HttpCall(string Method, string Path, string? Body = null, int Expect = 200)
{
    public static HttpCall Get(string path) => new("GET", path);
}

/// <summary>What the parent hands a load worker (a file): where to send, as whom, how hard and how long.</summary>
internal sealed record LoadSpec(
    string Name, string BaseAddress, string? Cookie, string? Xsrf, bool Timed, int Concurrency, double WarmupSeconds, double Seconds,
    IReadOnlyList<IReadOnlyList<HttpCall>> Operations, bool CollectBodies);

/// <summary>What a load worker answers (a file): its run, and the answers' bodies when asked (counted runs, one per operation).</summary>
internal sealed record LoadAnswer(LoadResult Result, long AllOperations, IReadOnlyList<string?>? Bodies);

/// <summary>
/// Issue 16 item 1: the HTTP load comes from a separate process (this executable with <c>load-worker</c>), so that its HTTP
/// client and JSON reading neither count as the API's CPU nor compete with the API inside its process. This process (which
/// hosts the API) then measures its own CPU over the run: the server's CPU per operation, alone; the worker reports its own as
/// <see cref="LoadResult.ClientCpuMsPerOp"/>; PostgreSQL's is read from /proc as before.
/// </summary>
internal static class RemoteLoad
{
    private static readonly ConditionalWeakTable<HttpClient, CookieContainer> Cookies = [];

    /// <summary>Runs to sample with dotnet-trace (names starting with one of these) and where the traces go (issue 16 item 2).</summary>
    public static (IReadOnlyList<string> Names, string Directory) Tracing { get; set; } = ([], ".");

    /// <summary>Remembers the cookies of a signed-in client, so that a worker can send the same session.</summary>
    public static void Remember(HttpClient client, CookieContainer cookies) => Cookies.AddOrUpdate(client, cookies);

    /// <summary>
    /// <paramref name="concurrency"/> workers in the other process send operations back to back, operation
    /// <c>(worker + i) % count</c> for a worker's i-th call: a warm-up, then <paramref name="duration"/> measured.
    /// </summary>
    public static async Task<LoadResult> TimedAsync(
        string name, int concurrency, TimeSpan warmup, TimeSpan duration, HttpClient client, IReadOnlyList<IReadOnlyList<HttpCall>> operations, ServerCpu? server)
    {
        var spec = Spec(name, client, timed: true, concurrency, warmup, duration, operations, collect: false);
        return (await RunAsync(spec, server)).Result;
    }

    /// <summary>Sends each call once with <paramref name="concurrency"/> workers in the other process; answers the bodies when asked.</summary>
    public static async Task<(LoadResult Result, IReadOnlyList<string?> Bodies)> CountedAsync(
        string name, int concurrency, HttpClient client, IReadOnlyList<HttpCall> calls, bool collectBodies, ServerCpu? server)
    {
        var spec = Spec(name, client, timed: false, concurrency, TimeSpan.Zero, TimeSpan.Zero, calls.Select(c => (IReadOnlyList<HttpCall>)[c]).ToList(), collectBodies);
        var answer = await RunAsync(spec, server);
        return (answer.Result, answer.Bodies ?? []);
    }

    private static LoadSpec Spec(
        string name, HttpClient client, bool timed, int concurrency, TimeSpan warmup, TimeSpan duration, IReadOnlyList<IReadOnlyList<HttpCall>> operations, bool collect)
    {
        var baseAddress = client.BaseAddress ?? throw new InvalidOperationException("the client has no base address");
        var cookie = Cookies.TryGetValue(client, out var jar) ? jar.GetCookieHeader(baseAddress) : null;
        var xsrf = client.DefaultRequestHeaders.TryGetValues("X-XSRF-TOKEN", out var values) ? values.FirstOrDefault() : null;
        return new LoadSpec(name, baseAddress.ToString(), cookie, xsrf, timed, concurrency, warmup.TotalSeconds, duration.TotalSeconds, operations, collect);
    }

    private static async Task<LoadAnswer> RunAsync(LoadSpec spec, ServerCpu? server)
    {
        var specFile = Path.GetTempFileName();
        var answerFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(specFile, JsonSerializer.Serialize(spec, BenchProgram.Json));
            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
            {
                start.ArgumentList.Add(typeof(RemoteLoad).Assembly.Location);
            }

            foreach (var argument in new[] { "load-worker", specFile, answerFile })
            {
                start.ArgumentList.Add(argument);
            }

            // The worker is a small client: workstation GC, so that it does not take a heap and GC threads per core.
            start.Environment["DOTNET_gcServer"] = "0";
            using var trace = await TraceAsync(spec);
            var serverBefore = server?.TotalMs();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            using var worker = Process.Start(start) ?? throw new InvalidOperationException("the load worker did not start");
            await worker.WaitForExitAsync();
            if (trace is not null)
            {
                await trace.WaitForExitAsync();
            }
            var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
            var serverCpu = server?.TotalMs() - serverBefore;
            if (worker.ExitCode != 0)
            {
                throw new InvalidOperationException($"the load worker of '{spec.Name}' exited with {worker.ExitCode}");
            }

            var answer = JsonSerializer.Deserialize<LoadAnswer>(await File.ReadAllTextAsync(answerFile), BenchProgram.Json)
                ?? throw new InvalidOperationException("the load worker answered nothing");
            var operations = Math.Max(1, answer.AllOperations);
            return answer with
            {
                Result = answer.Result with
                {
                    ClientCpuMsPerOp = answer.Result.ProcessCpuMsPerOp,
                    ProcessCpuMsPerOp = cpu / operations,
                    ServerCpuMsPerOp = serverCpu / operations,
                },
            };
        }
        finally
        {
            File.Delete(specFile);
            File.Delete(answerFile);
        }
    }

    /// <summary>
    /// When the run is to be profiled: dotnet-trace (the repository's local tool) samples this process's threads (~100 Hz,
    /// managed stacks) for the run's length and writes a .nettrace and a speedscope file named after the run; summarised by
    /// build/bench/profile-summary.py. Answers the tracer (waited for after the run), or null.
    /// </summary>
    private static async Task<Process?> TraceAsync(LoadSpec spec)
    {
        if (!Tracing.Names.Any(n => spec.Name.StartsWith(n, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, ".config", "dotnet-tools.json")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("--trace: no .config/dotnet-tools.json above the benchmark");
        }

        var slug = new string(spec.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        var output = Path.GetFullPath(Path.Combine(Tracing.Directory, $"trace-{slug}-{spec.Concurrency}.nettrace"));
        var seconds = spec.Timed ? (int)Math.Ceiling(spec.WarmupSeconds + spec.Seconds) : 30;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = root, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "tool", "run", "dotnet-trace", "--", "collect", "-p", Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            "--profile", "dotnet-sampled-thread-time", "--format", "Speedscope", "--duration", TimeSpan.FromSeconds(seconds).ToString(@"dd\:hh\:mm\:ss", CultureInfo.InvariantCulture),
            "-o", output,
        })
        {
            start.ArgumentList.Add(argument);
        }

        Console.WriteLine($"  profiling '{spec.Name}' for {seconds} s: {output}");
        var tracer = Process.Start(start) ?? throw new InvalidOperationException("dotnet-trace did not start");
        _ = tracer.StandardOutput.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(2)); // the session is open before the load begins
        return tracer;
    }

    /// <summary>The worker's side (<c>InvestPromo.Bench load-worker SPEC ANSWER</c>): runs the spec and writes the answer.</summary>
    public static async Task<int> WorkerAsync(string specFile, string answerFile)
    {
        var spec = JsonSerializer.Deserialize<LoadSpec>(await File.ReadAllTextAsync(specFile), BenchProgram.Json)
            ?? throw new InvalidOperationException("empty load spec");
#pragma warning disable CA2000 // the client owns and disposes its handler
        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            MaxConnectionsPerServer = spec.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }, disposeHandler: true) { BaseAddress = new Uri(spec.BaseAddress), Timeout = TimeSpan.FromMinutes(5) };
#pragma warning restore CA2000
        if (spec.Cookie is { Length: > 0 } cookie)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        if (spec.Xsrf is { } xsrf)
        {
            client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf);
        }

        long all = 0;
        var bodies = spec.CollectBodies ? new string?[spec.Operations.Count] : null;
        LoadResult result;
        if (spec.Timed)
        {
            result = await Load.TimedAsync(spec.Name, spec.Concurrency, TimeSpan.FromSeconds(spec.WarmupSeconds), TimeSpan.FromSeconds(spec.Seconds), async (worker, i, token) =>
            {
                await SendAsync(client, spec.Operations[(int)((worker + i) % spec.Operations.Count)], token);
                Interlocked.Increment(ref all);
            });
        }
        else
        {
            result = await Load.CountedAsync(spec.Name, spec.Concurrency, Enumerable.Range(0, spec.Operations.Count).ToList(), async index =>
            {
                var body = await SendAsync(client, spec.Operations[index], CancellationToken.None);
                if (bodies is not null)
                {
                    bodies[index] = body;
                }

                Interlocked.Increment(ref all);
            });
        }

        // Timed runs count every finished call (warm-up included) against the CPU, as Load does in-process.
        var answer = new LoadAnswer(result, spec.Timed ? all : spec.Operations.Count, bodies);
        await File.WriteAllTextAsync(answerFile, JsonSerializer.Serialize(answer, BenchProgram.Json));
        return 0;
    }

    private static async Task<string> SendAsync(HttpClient client, IReadOnlyList<HttpCall> operation, CancellationToken ct)
    {
        var last = string.Empty;
        foreach (var call in operation)
        {
            using var request = new HttpRequestMessage(new HttpMethod(call.Method), new Uri(call.Path, UriKind.Relative));
            if (call.Body is not null)
            {
                request.Content = new StringContent(call.Body, Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request, ct);
            last = await response.Content.ReadAsStringAsync(ct);
            if ((int)response.StatusCode != call.Expect)
            {
                throw new HttpRequestException($"{call.Method} {call.Path}: {(int)response.StatusCode} {last[..Math.Min(last.Length, 400)]}");
            }
        }

        return last;
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>One reserve-list request under load through the API, and the same SQL replayed straight through Npgsql.</summary>
internal sealed record ReserveListRun(string Label, string Url, LoadResult Api, LoadResult Raw, int Regions, int Listed, int Rows, int ResponseBytes, int SqlCommands);

/// <summary>
/// Issue 9 item 4: the reserve list's first page (<c>GET /api/reserve-list</c>: every region's count and total, and its largest
/// projects up to the default cap) and one region's first page of 20 (<c>GET /api/reserve-list/regions/{code}</c>, the largest
/// region), as the demo leader, each under concurrent load; then, at the same concurrency, every SQL command the request ran
/// (captured from EF Core, the look-ups of names included) replayed through Npgsql with every row read: the raw anchor.
/// </summary>
internal static class ReserveListBench
{
    public const double P99TargetMs = 100;

    public static async Task<List<ReserveListRun>> RunAsync(
        HttpClient leader, NpgsqlDataSource data, BenchOptions options, ServerCpu? server, SqlCapture capture, StringBuilder explain, CancellationToken ct)
    {
        var warmup = TimeSpan.FromSeconds(options.AnalysisWarmupSeconds);
        var duration = TimeSpan.FromSeconds(options.AnalysisSeconds);
        var runs = new List<ReserveListRun>();
        var firstPage = "/api/reserve-list";
        var (first, _) = await CaptureAsync(leader, capture, firstPage, ct);
        var largest = first.GetProperty("regions").EnumerateArray().FirstOrDefault();
        var shapes = new List<(string Label, string Url)> { ("reserve list, first page", firstPage) };
        if (largest.ValueKind == JsonValueKind.Object)
        {
            shapes.Add(($"reserve list, one region ({largest.GetProperty("code").GetString()}), page 1 of 20",
                $"/api/reserve-list/regions/{largest.GetProperty("code").GetString()}?page=1&pageSize=20"));
        }

        foreach (var (label, url) in shapes)
        {
            // Warm (first call compiles the queries), then once under capture: the SQL replayed below and explained.
            var (answer, bytes) = await CaptureAsync(leader, capture, url, ct);
            (answer, bytes) = await CaptureAsync(leader, capture, url, ct);
            var commands = capture.Stop().Where(c => !c.Sql.Contains("AspNet", StringComparison.Ordinal)).ToList();
            var regions = answer.TryGetProperty("regions", out var r) ? r.GetArrayLength() : 1;
            var listed = answer.TryGetProperty("count", out var count) ? count.GetInt32() : answer.GetProperty("totalCount").GetInt32();
            var rows = answer.TryGetProperty("regions", out var rr) ? rr.EnumerateArray().Sum(g => g.GetProperty("projects").GetArrayLength()) : answer.GetProperty("items").GetArrayLength();
            Console.WriteLine($"  {label}: {regions} regions, {listed:N0} listed, {rows} project rows, {bytes / 1024.0:N1} KiB, {commands.Count} SQL commands");
            foreach (var concurrency in options.AnalysisConcurrency)
            {
                var api = await RemoteLoad.TimedAsync(label + " via HTTP API", concurrency, warmup, duration, leader, [[HttpCall.Get(url)]], server);
                BenchProgram.Print(api);
                var raw = await Load.TimedAsync(label + " same SQL via Npgsql", concurrency, warmup, duration, async (_, _, token) =>
                {
                    await using var connection = await data.OpenConnectionAsync(token);
                    foreach (var captured in commands)
                    {
                        await using var command = captured.Create(connection);
                        await using var reader = await command.ExecuteReaderAsync(token);
                        var values = new object[reader.FieldCount];
                        while (await reader.ReadAsync(token))
                        {
                            reader.GetValues(values);
                        }
                    }
                }, server);
                BenchProgram.Print(raw);
                runs.Add(new ReserveListRun(label, url, api, raw, regions, listed, rows, bytes, commands.Count));
            }

            explain.AppendLine(CultureInfo.InvariantCulture, $"### {label}  ({url}; {regions} regions, {listed:N0} listed)").AppendLine();
            await BenchProgram.ExplainAsync(data, commands, explain, ct);
        }

        return runs;
    }

    /// <summary>One GET with every SQL command recorded (the caller stops the capture when it wants the commands).</summary>
    private static async Task<(JsonElement Answer, int Bytes)> CaptureAsync(HttpClient leader, SqlCapture capture, string url, CancellationToken ct)
    {
        capture.Start(everything: true);
        using var response = await leader.GetAsync(new Uri(url, UriKind.Relative), ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {url}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 400)])}");
        }

        using var json = JsonDocument.Parse(body);
        return (json.RootElement.Clone(), body.Length);
    }

    public static void Markdown(StringBuilder sb, BenchOptions options, List<ReserveListRun> runs)
    {
        static string Ms(double v) => v.ToString("N2", CultureInfo.InvariantCulture);
        static string Cpu(double? v) => v?.ToString("N2", CultureInfo.InvariantCulture) ?? "—";
        sb.AppendLine(CultureInfo.InvariantCulture, $"Reserve list (issue 9) as the demo leader: each request under load through the API, then the same SQL commands (every one the request ran, look-ups included; every row read) through Npgsql at the same concurrency; {options.AnalysisWarmupSeconds} s warm-up + {options.AnalysisSeconds} s measured each.");
        sb.AppendLine();
        sb.AppendLine("| request | path | clients | ops | ops/s | p50 ms | p90 ms | p99 ms | max ms | bench-process CPU ms/op | PostgreSQL CPU ms/op | regions | listed | project rows | answer KiB | SQL commands | errors | API p99 < 100 ms |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            foreach (var (path, r) in new[] { ("HTTP API", run.Api), ("same SQL via Npgsql", run.Raw) })
            {
                var mark = path == "HTTP API" ? (r.P99Ms < P99TargetMs ? "✅ met" : "❌ missed") : string.Empty;
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {run.Label} | {path} | {r.Concurrency} | {r.Operations:N0} | {r.PerSecond:N1} | {Ms(r.P50Ms)} | {Ms(r.P90Ms)} | {Ms(r.P99Ms)} | {Ms(r.MaxMs)} | {Ms(r.ProcessCpuMsPerOp)} | {Cpu(r.ServerCpuMsPerOp)} | {run.Regions} | {run.Listed:N0} | {run.Rows} | {run.ResponseBytes / 1024.0:N1} | {run.SqlCommands} | {r.Errors} | {mark} |");
            }
        }

        sb.AppendLine();
    }
}

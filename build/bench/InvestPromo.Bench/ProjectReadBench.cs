using System.Globalization;
using System.Net;
using System.Text;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>One read of issue 13 under load through the API, and the same SQL replayed straight through Npgsql.</summary>
internal sealed record ProjectReadRun(string Label, string Example, LoadResult Api, LoadResult Raw, int SqlCommands, double TargetMs);

/// <summary>
/// Issue 13's reads (mode <c>projects</c>), on the seeded projects and reports: the project page's reads (<c>GET
/// /api/projects/{id}</c> and <c>GET /api/projects/{id}/reports</c>, one after the other, for projects in rotation; target p99
/// &lt; 50 ms for the pair) and a unit's year summary (<c>GET /api/projects/summary?year=&amp;unitId=</c>, units and the last two
/// years in rotation; target p99 &lt; 100 ms), as the demo reviewer under concurrent load. Then, at the same concurrency, every SQL
/// command one request ran (captured from EF Core) replayed through Npgsql with the rotated ids (and years) substituted and every
/// row read: the raw anchor.
/// </summary>
internal static class ProjectReadBench
{
    public static async Task<List<ProjectReadRun>> RunAsync(
        HttpClient reviewer, NpgsqlDataSource data, BenchOptions options, DateTimeOffset now, ServerCpu? server, SqlCapture capture, StringBuilder explain, CancellationToken ct)
    {
        var projects = new List<Guid>();
        var units = new List<Guid>();
        await using (var connection = await data.OpenConnectionAsync(ct))
        {
            await using (var command = new NpgsqlCommand("""SELECT "Id" FROM "TrackedProjects" ORDER BY md5("Id"::text) LIMIT 2000""", connection))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    projects.Add(reader.GetGuid(0));
                }
            }

            await using (var command = new NpgsqlCommand("""SELECT DISTINCT "UnitId" FROM "TrackedProjects" """, connection))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    units.Add(reader.GetGuid(0));
                }
            }
        }

        var year = Domain.Common.ChinaTime.DateOf(now).Year;
        var summaries = units.SelectMany(u => new[] { (Unit: u, Year: year), (Unit: u, Year: year - 1) }).ToList();
        var reads = new (string Label, Func<int, string[]> Urls, Func<int, Dictionary<object, object>> Substitutes, double Target)[]
        {
            ("project page (project + its reports)", i => [$"/api/projects/{projects[i % projects.Count]}", $"/api/projects/{projects[i % projects.Count]}/reports"],
                i => new() { [projects[0]] = projects[i % projects.Count] }, 50),
            ("unit's year summary", i => [$"/api/projects/summary?year={summaries[i % summaries.Count].Year}&unitId={summaries[i % summaries.Count].Unit}"],
                i => new() { [summaries[0].Unit] = summaries[i % summaries.Count].Unit, [summaries[0].Year] = summaries[i % summaries.Count].Year }, 100),
        };

        var warmup = TimeSpan.FromSeconds(options.AnalysisWarmupSeconds);
        var duration = TimeSpan.FromSeconds(options.AnalysisSeconds);
        var runs = new List<ProjectReadRun>();
        foreach (var (label, urls, substitutes, target) in reads)
        {
            await GetAllAsync(reviewer, urls(0), ct); // warm: the first call compiles the queries
            capture.Start(everything: true);
            await GetAllAsync(reviewer, urls(0), ct);
            var commands = capture.Stop().Where(c => !c.Sql.Contains("AspNet", StringComparison.Ordinal) && !c.Sql.Contains("UserSessions", StringComparison.Ordinal)).ToList();
            Console.WriteLine($"  {label}: {string.Join(" + ", urls(0))}, {commands.Count} SQL commands");
            foreach (var concurrency in options.AnalysisConcurrency)
            {
                // The worker takes operation (worker + i) % count: the same spread of picks as the raw run's, precomputed.
                var operations = Enumerable.Range(0, 4096).Select(k => (IReadOnlyList<HttpCall>)urls(Pick(0, k)).Select(HttpCall.Get).ToList()).ToList();
                var api = await RemoteLoad.TimedAsync(label + " via HTTP API", concurrency, warmup, duration, reviewer, operations, server);
                BenchProgram.Print(api);
                var raw = await Load.TimedAsync(label + " same SQL via Npgsql", concurrency, warmup, duration, async (worker, i, token) =>
                {
                    var map = substitutes(Pick(worker, i));
                    await using var connection = await data.OpenConnectionAsync(token);
                    foreach (var captured in commands)
                    {
                        await using var command = captured.Create(connection);
                        foreach (NpgsqlParameter p in command.Parameters)
                        {
                            if (p.Value is not null && map.TryGetValue(p.Value, out var value))
                            {
                                p.Value = value;
                            }
                        }

                        await using var reader = await command.ExecuteReaderAsync(token);
                        var values = new object[reader.FieldCount];
                        while (await reader.ReadAsync(token))
                        {
                            reader.GetValues(values);
                        }
                    }
                }, server);
                BenchProgram.Print(raw);
                runs.Add(new ProjectReadRun(label, string.Join(" + ", urls(0)), api, raw, commands.Count, target));
            }

            explain.AppendLine(CultureInfo.InvariantCulture, $"### {label}  ({string.Join(" + ", urls(0))})").AppendLine();
            await BenchProgram.ExplainAsync(data, commands, explain, ct);
        }

        return runs;
    }

    /// <summary>The i-th pick of a worker: workers spread over the rotation, not in step.</summary>
    private static int Pick(int worker, long i) => (int)(((worker * 100_003L) + (i * 7_919L)) % 1_000_003L);

    private static async Task GetAllAsync(HttpClient client, string[] urls, CancellationToken ct)
    {
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new HttpRequestException($"GET {url}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)])}");
            }
        }
    }

    public static void Markdown(StringBuilder sb, BenchOptions options, List<ProjectReadRun> runs, string load)
    {
        static string Ms(double v) => v.ToString("N2", CultureInfo.InvariantCulture);
        static string Cpu(double? v) => v?.ToString("N2", CultureInfo.InvariantCulture) ?? "—";
        sb.AppendLine(CultureInfo.InvariantCulture, $"Project reads (issue 13) as the demo reviewer, projects / units and years in rotation: each under load through the API, then the same SQL commands (ids substituted, every row read) through Npgsql at the same concurrency; {options.AnalysisWarmupSeconds} s warm-up + {options.AnalysisSeconds} s measured each. Load average {load}.");
        sb.AppendLine();
        sb.AppendLine("| read | path | clients | ops | ops/s | p50 ms | p90 ms | p99 ms | max ms | bench-process CPU ms/op | PostgreSQL CPU ms/op | SQL commands | errors | target |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            foreach (var (path, r) in new[] { ("HTTP API", run.Api), ("same SQL via Npgsql", run.Raw) })
            {
                var mark = path == "HTTP API" ? (r.P99Ms < run.TargetMs ? $"✅ p99 < {run.TargetMs} ms" : $"❌ p99 ≥ {run.TargetMs} ms") : string.Empty;
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {run.Label} | {path} | {r.Concurrency} | {r.Operations:N0} | {r.PerSecond:N1} | {Ms(r.P50Ms)} | {Ms(r.P90Ms)} | {Ms(r.P99Ms)} | {Ms(r.MaxMs)} | {Ms(r.ProcessCpuMsPerOp)} | {Cpu(r.ServerCpuMsPerOp)} | {run.SqlCommands} | {r.Errors} | {mark} |");
            }
        }

        sb.AppendLine();
    }
}

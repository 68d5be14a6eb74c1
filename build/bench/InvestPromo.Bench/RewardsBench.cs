using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>One reward calculation call: its wall time, the CPU of this process and of PostgreSQL, and the lines' checksum.</summary>
internal sealed record RewardCall(string What, double Ms, double ProcessCpuMs, double? ServerCpuMs, int Lines, string Checksum);

/// <summary>The rewards mode's results: the calls, the input query's raw time, and the portal reads under load.</summary>
internal sealed record RewardsRun(int Year, long CreditedProjects, long VerifiedFundsReports, long Associations, IReadOnlyList<RewardCall> Calls, double RawInputMs, bool Identical,
    IReadOnlyList<(string Label, LoadResult Api, LoadResult Raw, int SqlCommands)> Portal);

/// <summary>
/// Issue 14's benchmark. Mode <c>rewards</c>: last year's reward calculation (<c>POST /api/rewards/calculations</c>) as the demo
/// reviewer, once, then recalculated (the draft's lines replaced) twice; each call timed with this process's and PostgreSQL's CPU;
/// the lines' checksum (association, project, category, counted fen, outcome, amount fen; in a fixed order) must be the same
/// every time. The raw anchor is the calculation's input read straight through Npgsql: each credited project's verified funds
/// of the year, with its credit, category and impact confirmation. A policy in force on 31 December of last year is added first
/// through the API (Hunan's ended in 2024). Mode <c>portal</c>: the association portal's home page and its rewards as the demo
/// <c>association</c> login under load, then the captured SQL through Npgsql (the raw anchor). Targets: &lt; 5 s a calculation,
/// identical recalculations, portal p99 &lt; 100 ms.
/// </summary>
internal static class RewardsBench
{
    public const double CalculationTargetMs = 5_000;
    public const double PortalP99TargetMs = 100;

    private static readonly string[] ExcludedCategories = ["RealEstate", "Finance", "Infrastructure"];

    public static async Task<RewardsRun> RunAsync(
        Uri baseAddress, NpgsqlDataSource data, BenchOptions options, DateTimeOffset now, ServerCpu? server, SqlCapture capture, StringBuilder explain, CancellationToken ct)
    {
        var year = Domain.Common.ChinaTime.DateOf(now).Year - 1;
        var calls = new List<RewardCall>();
        double rawMs = 0;
        var identical = true;
        var credited = await ScalarAsync<long>(data, """SELECT count(*) FROM "ProjectCredits" WHERE "Status" = 'Confirmed' AND "AssociationId" IS NOT NULL AND NOT "IsDeleted" """, ct);
        var verified = await ScalarAsync<long>(data, """SELECT count(*) FROM "MonthlyReports" WHERE "Kind" = 'FundsInPlace' AND "Status" = 'Verified' AND NOT "IsDeleted" """, ct);
        var associations = await ScalarAsync<long>(data, """SELECT count(*) FROM "Associations" WHERE NOT "IsDeleted" """, ct);
        if (options.Runs("rewards"))
        {
            using var admin = await BenchProgram.SignInAsync(baseAddress, "admin", "Admin#2026-Demo", 1, ct);
            using var policy = await admin.PostAsJsonAsync("/api/reward-policies", new
            {
                name = "基准测试政策（2024-09-01起）",
                validFrom = "2024-09-01",
                validTo = "2026-08-31",
                thresholdYuan = 20_000_000m,
                rate = 0.001m,
                excludedCategories = ExcludedCategories,
                annualCapYuan = 1_000_000m,
            }, ct);
            if (policy.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
            {
                throw new HttpRequestException($"POST /api/reward-policies: {(int)policy.StatusCode} {await policy.Content.ReadAsStringAsync(ct)}");
            }

            using var reviewer = await BenchProgram.SignInAsync(baseAddress, "reviewer", "Reviewer#2026-Demo", 1, ct);
            string? first = null;
            foreach (var what in new[] { "calculate", "recalculate", "recalculate" })
            {
                var cpu = Environment.CpuUsage.TotalTime;
                var serverBefore = server?.TotalMs();
                var stopwatch = Stopwatch.StartNew();
                using var response = await reviewer.PostAsJsonAsync("/api/rewards/calculations", new { year }, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                stopwatch.Stop();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new HttpRequestException($"POST /api/rewards/calculations: {(int)response.StatusCode} {body[..Math.Min(body.Length, 400)]}");
                }

                var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
                var (lines, checksum) = await ChecksumAsync(data, id, ct);
                first ??= checksum;
                identical &= checksum == first;
                var call = new RewardCall(what, stopwatch.Elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds,
                    server is null ? null : server.TotalMs() - serverBefore, lines, checksum);
                calls.Add(call);
                Console.WriteLine($"  {what} {year}: {call.Ms:N0} ms, process CPU {call.ProcessCpuMs:N0} ms, PostgreSQL CPU {call.ServerCpuMs?.ToString("N0", CultureInfo.InvariantCulture) ?? "—"} ms, {lines:N0} lines, checksum {checksum}");
            }

            // The raw anchor: the calculation's input, every row read, by the same PeriodStart range (the covering index).
            var raw = Stopwatch.StartNew();
            await using (var connection = await data.OpenConnectionAsync(ct))
            {
                await using var command = new NpgsqlCommand($"""
                    SELECT c."AssociationId", r."ProjectId", t."Category", sum(r."AmountFen"), i."Id" IS NOT NULL
                    FROM "MonthlyReports" r
                    JOIN "ProjectCredits" c ON c."FilingId" = r."ProjectId" AND c."Status" = 'Confirmed' AND NOT c."IsDeleted" AND c."AssociationId" IS NOT NULL
                    JOIN "TrackedProjects" t ON t."Id" = r."ProjectId"
                    LEFT JOIN "RewardImpactConfirmations" i ON i."ProjectId" = r."ProjectId" AND i."Year" = {year} AND NOT i."IsDeleted"
                    WHERE r."Kind" = 'FundsInPlace' AND r."Status" = 'Verified' AND NOT r."IsDeleted" AND r."PeriodStart" >= DATE '{year}-01-01' AND r."PeriodStart" < DATE '{year + 1}-01-01'
                    GROUP BY c."AssociationId", r."ProjectId", t."Category", i."Id"
                    """, connection) { CommandTimeout = 0 };
                await using var reader = await command.ExecuteReaderAsync(ct);
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync(ct))
                {
                    reader.GetValues(values);
                }
            }

            rawMs = raw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"  the input query straight through Npgsql: {rawMs:N0} ms; recalculations identical: {identical}");
        }

        var portal = new List<(string, LoadResult, LoadResult, int)>();
        if (options.Runs("portal"))
        {
            using var member = await BenchProgram.SignInAsync(baseAddress, "association", "Assoc#2026-Demo", options.AnalysisConcurrency.Max(), ct);
            var warmup = TimeSpan.FromSeconds(options.AnalysisWarmupSeconds);
            var duration = TimeSpan.FromSeconds(options.AnalysisSeconds);
            foreach (var (label, url) in new[] { ("portal home, first page of 20", "/api/association-portal?page=1&pageSize=20"), ("portal rewards", "/api/association-portal/rewards") })
            {
                await GetAsync(member, url, ct);
                capture.Start(everything: true);
                var bytes = await GetAsync(member, url, ct);
                var commands = capture.Stop().Where(c => !c.Sql.Contains("AspNet", StringComparison.Ordinal) && !c.Sql.Contains("UserSessions", StringComparison.Ordinal)).ToList();
                Console.WriteLine($"  {label}: {bytes / 1024.0:N1} KiB, {commands.Count} SQL commands");
                foreach (var concurrency in options.AnalysisConcurrency)
                {
                    var api = await RemoteLoad.TimedAsync(label + " via HTTP API", concurrency, warmup, duration, member, [[HttpCall.Get(url)]], server);
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
                    portal.Add((label, api, raw, commands.Count));
                }

                explain.AppendLine(CultureInfo.InvariantCulture, $"### {label}  ({url})").AppendLine();
                await BenchProgram.ExplainAsync(data, commands, explain, ct);
            }
        }

        return new RewardsRun(year, credited, verified, associations, calls, rawMs, identical, portal);
    }

    private static async Task<int> GetAsync(HttpClient client, string url, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {url}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 400)])}");
        }

        return body.Length;
    }

    private static async Task<(int Lines, string Checksum)> ChecksumAsync(NpgsqlDataSource data, Guid calculationId, CancellationToken ct)
    {
        await using var connection = await data.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT count(*)::int, md5(COALESCE(string_agg(concat_ws('|', "AssociationId", "ProjectId", "Category", "CountedFundsFen", "Outcome", "AmountFen"),
              ',' ORDER BY "AssociationId", "ProjectId" NULLS LAST, "Outcome"), ''))
            FROM "RewardLines" WHERE "CalculationId" = @id
            """, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("id", calculationId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt32(0), reader.GetString(1));
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource data, string sql, CancellationToken ct)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(ct))!, typeof(T), CultureInfo.InvariantCulture);
    }

    public static void Markdown(StringBuilder sb, RewardsRun run)
    {
        static string Ms(double v) => v.ToString("N2", CultureInfo.InvariantCulture);
        sb.AppendLine(CultureInfo.InvariantCulture, $"Issue 14 volume: {run.Associations:N0} associations, {run.CreditedProjects:N0} projects with a confirmed association credit, {run.VerifiedFundsReports:N0} verified funds reports.");
        sb.AppendLine();
        if (run.Calls.Count > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Reward calculation of {run.Year} through the API (the reviewer), then recalculated; the raw anchor is the calculation's input query through Npgsql ({Ms(run.RawInputMs)} ms).");
            sb.AppendLine();
            sb.AppendLine("| call | ms | ÷ raw input query | process CPU ms | PostgreSQL CPU ms | lines | checksum | < 5 s |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|---|---|");
            foreach (var c in run.Calls)
            {
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {c.What} | {Ms(c.Ms)} | {c.Ms / Math.Max(run.RawInputMs, 0.001):N1} | {Ms(c.ProcessCpuMs)} | {(c.ServerCpuMs is { } s ? Ms(s) : "—")} | {c.Lines:N0} | `{c.Checksum[..8]}` | {(c.Ms < CalculationTargetMs ? "✅ met" : "❌ missed")} |");
            }

            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"Recalculation gives identical lines: {(run.Identical ? "✅ yes" : "❌ no")}.");
            sb.AppendLine();
        }

        if (run.Portal.Count > 0)
        {
            sb.AppendLine("| portal read | path | clients | ops/s | p50 ms | p99 ms | bench-process CPU ms/op | PostgreSQL CPU ms/op | SQL commands | errors | p99 < 100 ms |");
            sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var (label, api, raw, commands) in run.Portal)
            {
                foreach (var (path, r) in new[] { ("HTTP API", api), ("same SQL via Npgsql", raw) })
                {
                    var mark = path == "HTTP API" ? (r.P99Ms < PortalP99TargetMs ? "✅ met" : "❌ missed") : string.Empty;
                    sb.AppendLine(CultureInfo.InvariantCulture,
                        $"| {label} | {path} | {r.Concurrency} | {r.PerSecond:N1} | {Ms(r.P50Ms)} | {Ms(r.P99Ms)} | {Ms(r.ProcessCpuMsPerOp)} | {(r.ServerCpuMsPerOp is { } s ? Ms(s) : "—")} | {commands} | {r.Errors} | {mark} |");
                }
            }

            sb.AppendLine();
        }
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>Following the feed from the start to its end, one page after another, through the API and as the same SQL.</summary>
internal sealed record ChangeFeedRun(LoadResult Api, LoadResult Raw, long Entries, long ApiEntriesRead, long RawEntriesRead, int Pages);

/// <summary>
/// Issue 12 item 3: <c>GET /api/changes?after=…&amp;limit=1000</c> followed from the beginning to the end of the feed (one
/// client, each page's <c>nextCursor</c> the next page's <c>after</c>), as the demo reviewer (every unit's entries past the
/// drafts: the (UnitOnly, Sequence) range); then the same SQL command EF Core ran for a page (captured) replayed through
/// Npgsql page after page with every row read: the raw anchor. p99 per page, and the PostgreSQL server's CPU per page.
/// </summary>
internal static class ChangeFeedBench
{
    public const double P99TargetMs = 50;
    public const int PageSize = 1000;

    public static async Task<ChangeFeedRun> RunAsync(HttpClient reader, NpgsqlDataSource data, ServerCpu? server, SqlCapture capture, StringBuilder explain, CancellationToken ct)
    {
        // Warm (the first call compiles the query), then one page under capture: the SQL replayed below and explained.
        await PageAsync(reader, "0", ct);
        capture.Start(everything: true);
        await PageAsync(reader, "0", ct);
        var command = capture.Stop().Single(c => c.Sql.Contains("ChangeFeedEntries", StringComparison.Ordinal));
        var cursorParameter = command.Parameters.First(p => p.Value is long and 0L);
        await using (var connection = await data.OpenConnectionAsync(ct))
        await using (var count = new NpgsqlCommand("""SELECT count(*) FROM "ChangeFeedEntries" WHERE NOT "UnitOnly" """, connection))
        {
            var entries = (long)(await count.ExecuteScalarAsync(ct))!;
            var pages = (int)(entries / PageSize) + 1;
            Console.WriteLine($"  {entries:N0} entries visible to the reviewer: {pages:N0} pages of {PageSize}");

            var cursor = "0";
            long apiRead = 0;
            var api = await Load.CountedAsync("change feed page via HTTP API", 1, Enumerable.Range(0, pages).ToList(), async _ =>
            {
                var (next, read) = await PageAsync(reader, cursor, ct);
                cursor = next;
                apiRead += read;
            }, server);
            BenchProgram.Print(api);

            long after = 0;
            long rawRead = 0;
            var raw = await Load.CountedAsync("same SQL via Npgsql", 1, Enumerable.Range(0, pages).ToList(), async _ =>
            {
                await using var pageConnection = await data.OpenConnectionAsync(ct);
                await using var page = command.Create(pageConnection);
                page.Parameters[cursorParameter.ParameterName].Value = after;
                await using var rows = await page.ExecuteReaderAsync(ct);
                var values = new object[rows.FieldCount];
                var read = 0;
                while (await rows.ReadAsync(ct))
                {
                    rows.GetValues(values);
                    if (++read <= PageSize)
                    {
                        after = (long)values[0];
                    }
                }

                rawRead += Math.Min(read, PageSize);
            }, server);
            BenchProgram.Print(raw);

            explain.AppendLine(CultureInfo.InvariantCulture, $"### Change feed page of {PageSize} (GET /api/changes?after=0&limit={PageSize}, reviewer)").AppendLine();
            await BenchProgram.ExplainAsync(data, [command], explain, ct);
            return new ChangeFeedRun(api, raw, entries, apiRead, rawRead, pages);
        }
    }

    private static async Task<(string Next, int Read)> PageAsync(HttpClient reader, string after, CancellationToken ct)
    {
        using var response = await reader.GetAsync(new Uri($"/api/changes?after={after}&limit={PageSize}", UriKind.Relative), ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET /api/changes?after={after}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 400)])}");
        }

        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("nextCursor").GetString()!, json.RootElement.GetProperty("entries").GetArrayLength());
    }

    public static void Markdown(StringBuilder sb, ChangeFeedRun run)
    {
        static string Ms(double v) => v.ToString("N2", CultureInfo.InvariantCulture);
        static string Cpu(double? v) => v?.ToString("N2", CultureInfo.InvariantCulture) ?? "—";
        sb.AppendLine(CultureInfo.InvariantCulture, $"Change feed (issue 12) as the demo reviewer: {run.Entries:N0} visible entries followed from the start, {run.Pages:N0} pages of {PageSize} one after another through the API (entries read: {run.ApiEntriesRead:N0}), then the same SQL command page after page through Npgsql (entries read: {run.RawEntriesRead:N0}).");
        sb.AppendLine();
        sb.AppendLine("| path | pages | pages/s | p50 ms | p90 ms | p99 ms | max ms | bench-process CPU ms/page | PostgreSQL CPU ms/page | errors | p99 < 50 ms |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (path, r) in new[] { ("HTTP API", run.Api), ("same SQL via Npgsql", run.Raw) })
        {
            var mark = path == "HTTP API" ? (r.P99Ms < P99TargetMs ? "✅ met" : "❌ missed") : string.Empty;
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {path} | {r.Operations:N0} | {r.PerSecond:N1} | {Ms(r.P50Ms)} | {Ms(r.P90Ms)} | {Ms(r.P99Ms)} | {Ms(r.MaxMs)} | {Ms(r.ProcessCpuMsPerOp)} | {Cpu(r.ServerCpuMsPerOp)} | {r.Errors} | {mark} |");
        }

        sb.AppendLine();
    }
}

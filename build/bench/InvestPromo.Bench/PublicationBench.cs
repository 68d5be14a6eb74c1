using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Publications;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>One timed POST /api/publications.</summary>
internal sealed record PublishCall(DateOnly WeekStart, int Seeded, int Entries, string Label, Guid PublicationId, double Ms, double ProcessCpuMs, double? ServerCpuMs, int ResponseBytes)
{
    /// <summary>SQL commands the call ran and the time they took until their first result (EF Core's own figure).</summary>
    public int SqlCommands { get; init; }

    public double MsInSqlCommands { get; init; }
}

internal sealed record PublicationResults(
    int ApprovalsPerWeek,
    double SeedSeconds,
    IReadOnlyList<PublishCall> Calls,
    PublishCall Repeat,
    bool RepeatAnsweredExisting,
    int SqlCommandsOfFirstCall,
    IReadOnlyList<StatementStats> Statements)
{
    public double MedianMs => Median(Calls.Select(c => c.Ms));

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>
/// Issue 4 (a): publishing a week. Seeds <see cref="BenchOptions.PublishApprovals"/> approved filings into each of
/// <see cref="BenchOptions.PublishWeeks"/> completed weeks (on top of the seeded table), publishes each week once through the
/// API as the demo reviewer (one call at a time, each timed), then publishes the first week again, which must answer the
/// existing publication.
/// </summary>
internal static class PublicationBench
{
    public const double TargetMs = 2000;

    public static async Task<PublicationResults> RunAsync(
        HttpClient reviewer, NpgsqlDataSource data, ReferenceRows reference, BenchOptions options, DateTimeOffset now, ServerCpu? server, PgStatements? statements,
        SqlCapture capture, StringBuilder explain, CancellationToken ct)
    {
        // Weeks older than the seeded three years of history: each then holds exactly the approvals seeded here.
        var newest = PublicationWeek.MondayOf(ChinaTime.DateOf(now).AddDays(-(3 * 365) - 14));
        var weeks = Enumerable.Range(0, options.PublishWeeks).Select(k => newest.AddDays(-7 * k)).ToList();
        var seeding = Stopwatch.StartNew();
        var generator = new FilingGenerator(reference, options.RandomSeed + 2, options.PublishApprovals);
        foreach (var week in weeks)
        {
            await Seeder.SeedApprovedWeekAsync(data, generator, week, options.PublishApprovals, ct);
        }

        await Seeder.VacuumFilingsAsync(data, ct);
        seeding.Stop();
        Console.WriteLine($"  {weeks.Count} weeks × {options.PublishApprovals:N0} approvals seeded in {seeding.Elapsed.TotalSeconds:0.0}s (weeks of {weeks[^1]:yyyy-MM-dd} … {weeks[0]:yyyy-MM-dd})");

        if (statements is not null)
        {
            await statements.ResetAsync(ct);
        }

        var calls = new List<PublishCall>();
        IReadOnlyList<CapturedCommand> firstSql = [];
        foreach (var week in weeks)
        {
            capture.Start(everything: true);
            var call = await PublishAsync(reviewer, week, options.PublishApprovals, server, ct);
            var sql = capture.Stop();
            firstSql = calls.Count == 0 ? sql : firstSql;
            call = call with { SqlCommands = sql.Count, MsInSqlCommands = capture.TimeInCommands.TotalMilliseconds };
            calls.Add(call);
            Print(call);
        }

        var statementStats = statements is null ? [] : await statements.ReadAsync(calls.Count, 12, ct);
        capture.Start(everything: true);
        var repeat = await PublishAsync(reviewer, weeks[0], options.PublishApprovals, server, ct);
        repeat = repeat with { SqlCommands = capture.Stop().Count, MsInSqlCommands = capture.TimeInCommands.TotalMilliseconds };
        Print(repeat, "again");
        var existing = repeat.PublicationId == calls[0].PublicationId && repeat.Entries == calls[0].Entries && repeat.Label == calls[0].Label;
        if (!existing)
        {
            Console.Error.WriteLine($"  publishing {weeks[0]:yyyy-MM-dd} again answered {repeat.PublicationId} ({repeat.Entries} entries), not {calls[0].PublicationId}");
        }

        explain.AppendLine(CultureInfo.InvariantCulture, $"### Publish the week of {weeks[0]:yyyy-MM-dd} (the SELECTs of the first call; {firstSql.Count} SQL commands in all)").AppendLine();
        await BenchProgram.ExplainAsync(data, firstSql.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && c.Sql.Contains("\"Filings\"", StringComparison.Ordinal)).ToList(), explain, ct);
        return new PublicationResults(options.PublishApprovals, Math.Round(seeding.Elapsed.TotalSeconds, 1), calls, repeat, existing, firstSql.Count, statementStats);
    }

    private static async Task<PublishCall> PublishAsync(HttpClient reviewer, DateOnly week, int seeded, ServerCpu? server, CancellationToken ct)
    {
        var serverBefore = server?.TotalMs();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        using var response = await reviewer.PostAsJsonAsync(new Uri("/api/publications", UriKind.Relative), new { weekStart = week }, BenchProgram.Json, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        clock.Stop();
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        var serverMs = server?.TotalMs() - serverBefore;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"POST /api/publications {week:yyyy-MM-dd}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 400)])}");
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var entries = root.GetProperty("entryCount").GetInt32();
        if (root.GetProperty("entries").GetArrayLength() != entries || root.GetProperty("weekStart").GetString() != week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"the publication of {week:yyyy-MM-dd} does not list its entryCount ({entries}) entries for that week");
        }

        return new PublishCall(week, seeded, entries, root.GetProperty("label").GetString() ?? string.Empty, root.GetProperty("id").GetGuid(), clock.Elapsed.TotalMilliseconds, cpu, serverMs, body.Length);
    }

    private static void Print(PublishCall call, string what = "publish") => Console.WriteLine(
        $"  {what} {call.WeekStart:yyyy-MM-dd}: {call.Label}, {call.Entries:N0} entries, {call.Ms,8:N1} ms, cpu {call.ProcessCpuMs,7:N1} ms, PostgreSQL cpu {call.ServerCpuMs?.ToString("N1", CultureInfo.InvariantCulture) ?? "—"} ms, {call.SqlCommands} SQL commands {call.MsInSqlCommands:N1} ms, {call.ResponseBytes / 1024.0:N0} KiB");
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using InvestPromo.Application.Analysis;
using InvestPromo.Domain.Common;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>One request shape of the analysis.</summary>
internal sealed record AnalysisShape(string Label, string Url);

/// <summary>One shape under load, with what its answer held (groups and filings counted, as the API reports them).</summary>
internal sealed record AnalysisRun(AnalysisShape Shape, LoadResult Result, int Groups, long Counted, int ResponseBytes, int SqlCommands);

/// <summary>
/// Issue 4 (b): <c>GET /api/analysis/filings</c> for every groupBy (Period with each period kind), each without and with a
/// from/to range (the last twelve months), as the demo leader, each shape under concurrent load on its own. Nothing here
/// assumes which statuses the product counts: the counts reported are the API's own. The reserve list has its own mode
/// (<see cref="ReserveListBench"/>).
/// </summary>
internal static class AnalysisBench
{
    public const double P99TargetMs = 200;

    public static List<AnalysisShape> Shapes(DateOnly today)
    {
        var range = string.Create(CultureInfo.InvariantCulture, $"&from={today.AddYears(-1).AddDays(1):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var shapes = new List<AnalysisShape>();
        void Both(string label, string query)
        {
            shapes.Add(new AnalysisShape(label, "/api/analysis/filings?" + query));
            shapes.Add(new AnalysisShape(label + ", 12 months", "/api/analysis/filings?" + query + range));
        }

        foreach (var groupBy in new[] { AnalysisGroupBy.IndustryChain, AnalysisGroupBy.SourceRegion, AnalysisGroupBy.ScaleBand, AnalysisGroupBy.Stage, AnalysisGroupBy.Unit })
        {
            Both($"{groupBy}", $"groupBy={groupBy}");
        }

        foreach (var period in Enum.GetValues<AnalysisPeriod>())
        {
            Both($"Period {period}", $"groupBy=Period&period={period}");
        }

        return shapes;
    }

    public static async Task<List<AnalysisRun>> RunAsync(
        HttpClient client, NpgsqlDataSource data, BenchOptions options, DateTimeOffset now, ServerCpu? server, SqlCapture capture, StringBuilder explain, CancellationToken ct)
    {
        var runs = new List<AnalysisRun>();
        var warmup = TimeSpan.FromSeconds(options.AnalysisWarmupSeconds);
        var duration = TimeSpan.FromSeconds(options.AnalysisSeconds);
        foreach (var shape in Shapes(ChinaTime.DateOf(now)))
        {
            // Once under capture (the SQL is explained below; this is also the first, untimed call), then under load.
            capture.Start();
            using var first = await client.GetAsync(new Uri(shape.Url, UriKind.Relative), ct);
            var body = await first.Content.ReadAsByteArrayAsync(ct);
            var commands = capture.Stop();
            if (first.StatusCode != HttpStatusCode.OK)
            {
                throw new HttpRequestException($"GET {shape.Url}: {(int)first.StatusCode} {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 400)])}");
            }

            using var json = JsonDocument.Parse(body);
            var groups = json.RootElement.GetProperty("groups").GetArrayLength();
            var counted = json.RootElement.GetProperty("count").GetInt64();
            foreach (var concurrency in options.AnalysisConcurrency)
            {
                var result = await RemoteLoad.TimedAsync(shape.Label, concurrency, warmup, duration, client, [[HttpCall.Get(shape.Url)]], server);
                BenchProgram.Print(result);
                runs.Add(new AnalysisRun(shape, result, groups, counted, body.Length, commands.Count));
            }

            explain.AppendLine(CultureInfo.InvariantCulture, $"### {shape.Label}  ({shape.Url}; {groups} groups, {counted:N0} filings counted)").AppendLine();
            await BenchProgram.ExplainAsync(data, commands, explain, ct);
        }

        return runs;
    }
}

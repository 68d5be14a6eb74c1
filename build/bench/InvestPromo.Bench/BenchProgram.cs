using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InvestPromo.Api.Hosting;
using InvestPromo.Domain.Filings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>
/// The benchmark of issue 3 item 9. Hosts the real API (the product's own composition, <see cref="ApiHost"/>) on Kestrel
/// at a loopback port against PostgreSQL, migrates and seeds it, then measures (a) the review queue through HTTP and the
/// same SQL straight through Npgsql, (b) submissions through HTTP. build/bench/run.sh starts the database and runs this.
/// </summary>
internal static class BenchProgram
{
    private const double QueueP99TargetMs = 50;
    private const double SubmissionsTarget = 300;
    // NaN percentiles (a run too short for any call to finish inside its window) are written as "NaN", not a crash.
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString | System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private sealed record QueueCase(string Label, string Url, IReadOnlyList<CapturedCommand> Commands);

    public static async Task<int> Main(string[] args)
    {
        if (args is ["load-worker", var specFile, var answerFile])
        {
            return await RemoteLoad.WorkerAsync(specFile, answerFile);
        }

        if (args.Length > 0 && args[0] == "compare")
        {
            return await Compare.RunAsync(args[1..]);
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }

        Directory.CreateDirectory(options.OutputDirectory);
        RemoteLoad.Tracing = (options.Trace, options.OutputDirectory);
        var loadAtStart = LoadAverage();
        var ct = CancellationToken.None;
        var total = Stopwatch.StartNew();
        using var capture = new SqlCapture();

        Console.WriteLine($"==> Starting the API in-process (PostgreSQL, migrations, demo data)");
        await using var app = BuildHost(options);
        await app.StartAsync(ct);
        var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Console.WriteLine($"  API listening on {baseAddress}");

        // The product's own connection settings (Npgsql's automatic preparation), so the raw replay runs the SQL as the app does.
        await using var data = NpgsqlDataSource.Create(Infrastructure.Persistence.Providers.DatabaseSetup.PostgreSqlConnectionString(options.ConnectionString));
        var reference = await Seeder.ReadReferenceAsync(data, ct);
        var now = TimeProvider.System.GetUtcNow();
        var server = await ServerCpu.FindAsync(data, ct);
        var statements = await PgStatements.TryCreateAsync(data, ct);
        Console.WriteLine($"  PostgreSQL server CPU: {(server is null ? "not readable (remote server?)" : "read from /proc")}; pg_stat_statements: {(statements is null ? "not loaded" : "on")}");

        Console.WriteLine($"==> Seeding {options.Filings:N0} filings with binary COPY");
        var seeding = Stopwatch.StartNew();
        var (filings, history) = await Seeder.SeedAsync(data, reference, options.Filings, options.RandomSeed, now, ct);
        seeding.Stop();
        var underReview = await ScalarAsync<long>(data, """SELECT count(*) FROM "Filings" WHERE "Status" = 'UnderReview' AND NOT "IsDeleted" """);
        Console.WriteLine($"  {filings:N0} filings ({underReview:N0} under review) and {history:N0} history rows in {seeding.Elapsed.TotalSeconds:0.0}s");
        var seeded = new Seeded(filings, underReview, history, seeding.Elapsed);
        // COPY went behind the application's back: its analysis totals are built from the filings, as after any bulk load.
        var totals = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new Application.Analysis.Commands.RebuildApprovalTotals.RebuildApprovalTotalsCommand(), ct);
        }

        Console.WriteLine($"  analysis totals built in {totals.Elapsed.TotalSeconds:0.0}s");
        ProjectSeeder.Result? projectSeeding = null;
        if (options.Projects > 0)
        {
            Console.WriteLine($"==> Seeding {options.Projects:N0} tracked projects and about {options.Reports:N0} monthly reports, set-based (issue 13)");
            projectSeeding = await ProjectSeeder.SeedAsync(data, options.Projects, options.Reports, now, ct);
        }

        AssociationSeeder.Result? associationSeeding = null;
        if (options.Associations > 0 && options.Projects > 0)
        {
            Console.WriteLine($"==> Seeding {options.Associations:N0} associations and confirmed credits for {(options.Credited > 0 ? options.Credited.ToString("N0", CultureInfo.InvariantCulture) : "every")} tracked project (issue 14)");
            associationSeeding = await AssociationSeeder.SeedAsync(data, options.Associations, options.Credited, now, ct);
        }

        if (options.SetupSqlFile is { } setup)
        {
            Console.WriteLine($"==> Running {setup} (--setup-sql), then VACUUM ANALYZE");
            await using var connection = await data.OpenConnectionAsync(ct);
            foreach (var sql in new[] { await File.ReadAllTextAsync(setup, ct), "VACUUM ANALYZE" })
            {
                await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
                await command.ExecuteNonQueryAsync(ct);
            }
        }

        var explain = new StringBuilder();
        using var reviewer = await SignInAsync(baseAddress, "reviewer", "Reviewer#2026-Demo", Math.Max(options.Concurrency.Max(), 4), ct);
        var queueRuns = new List<(LoadResult Api, LoadResult Raw)>();
        var cases = new List<QueueCase>();
        if (options.Runs("queue"))
        {
            cases = await CaptureQueueCasesAsync(reviewer, capture, reference, ct);
            if (Environment.GetEnvironmentVariable("INVESTPROMO_BENCH_DIAGNOSE") == "1")
            {
                await DiagnoseAsync(app, reviewer, data, cases, ct);
            }

            queueRuns = await QueueAsync(options, reviewer, data, cases, server);
            foreach (var queueCase in cases.Take(2))
            {
                explain.AppendLine(CultureInfo.InvariantCulture, $"### Queue: {queueCase.Label}  ({queueCase.Url})").AppendLine();
                await ExplainAsync(data, queueCase.Commands, explain, ct);
            }
        }

        // The HTTP floor (issue 16): what a request costs before it does anything of its own, through the same load process.
        // GET /health passes Kestrel and the middleware, no sign-in; GET /api/auth/me is the cheapest signed-in API read (the
        // cookie, the session, authorization, Mediator and one read of the user). A read whose raw SQL is faster than these
        // cannot come within 70% of it through HTTP.
        var floor = new List<LoadResult>();
        if (options.Runs("floor"))
        {
            var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
            var duration = TimeSpan.FromSeconds(options.Seconds);
            foreach (var concurrency in options.Concurrency)
            {
                Console.WriteLine($"==> HTTP floor: {concurrency} clients, {options.WarmupSeconds}s warm-up, {options.Seconds}s measured, each");
                foreach (var (label, path) in new[] { ("GET /health (no sign-in)", "/health"), ("GET /api/auth/me (signed in)", "/api/auth/me") })
                {
                    var run = await RemoteLoad.TimedAsync(label, concurrency, warmup, duration, reviewer, [[HttpCall.Get(path)]], server);
                    Print(run);
                    floor.Add(run);
                }
            }
        }

        List<AnalysisRun> analysis = [];
        if (options.Runs("analysis"))
        {
            Console.WriteLine($"==> Analysis as the leader: {string.Join(" and ", options.AnalysisConcurrency)} clients, {options.AnalysisWarmupSeconds}s warm-up, {options.AnalysisSeconds}s measured, per shape");
            using var leader = await SignInAsync(baseAddress, "leader", "Leader#2026-Demo", options.AnalysisConcurrency.Max(), ct);
            analysis = await AnalysisBench.RunAsync(leader, data, options, now, server, capture, explain, ct);
        }

        List<ReserveListRun> reserve = [];
        if (options.Runs("reserve"))
        {
            Console.WriteLine($"==> Reserve list as the leader (API, then the same SQL through Npgsql): {string.Join(" and ", options.AnalysisConcurrency)} clients, {options.AnalysisWarmupSeconds}s warm-up, {options.AnalysisSeconds}s measured, per run");
            using var leader = await SignInAsync(baseAddress, "leader", "Leader#2026-Demo", options.AnalysisConcurrency.Max(), ct);
            reserve = await ReserveListBench.RunAsync(leader, data, options, server, capture, explain, ct);
        }

        ChangeFeedRun? feed = null;
        if (options.Runs("feed"))
        {
            Console.WriteLine($"==> Change feed as the reviewer: followed from the start in pages of {ChangeFeedBench.PageSize} (API, then the same SQL through Npgsql)");
            feed = await ChangeFeedBench.RunAsync(reviewer, data, server, capture, explain, ct);
            var feedMarkdown = new StringBuilder();
            ChangeFeedBench.Markdown(feedMarkdown, feed);
            await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "feed.md"), feedMarkdown.ToString(), ct);
            Console.WriteLine(feedMarkdown);
        }

        List<ProjectReadRun> projectReads = [];
        if (options.Runs("projects"))
        {
            Console.WriteLine($"==> Project page and year summary as the reviewer (API, then the same SQL through Npgsql): {string.Join(" and ", options.AnalysisConcurrency)} clients, {options.AnalysisWarmupSeconds}s warm-up, {options.AnalysisSeconds}s measured, per read");
            var loadBefore = LoadAverage();
            projectReads = await ProjectReadBench.RunAsync(reviewer, data, options, now, server, capture, explain, ct);
            var readsMarkdown = new StringBuilder();
            ProjectReadBench.Markdown(readsMarkdown, options, projectReads, $"{loadBefore} before, {LoadAverage()} after");
            await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "projects.md"), readsMarkdown.ToString(), ct);
            Console.WriteLine(readsMarkdown);
        }

        ReportImportRun? import = null;
        if (options.Runs("import"))
        {
            Console.WriteLine($"==> Monthly report import as the filer: {options.ImportRuns} imports of {options.ImportRows:N0} rows through the API, then the same rows by COPY");
            using var filer = await SignInAsync(baseAddress, "filer", "Filer#2026-Demo", 1, ct);
            import = await ReportImportBench.RunAsync(filer, app.Services, data, options, now, server, capture, ct);
            var importMarkdown = new StringBuilder();
            ReportImportBench.Markdown(importMarkdown, import);
            await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "import.md"), importMarkdown.ToString(), ct);
            Console.WriteLine(importMarkdown);
        }

        RewardsRun? rewards = null;
        if (options.Runs("rewards") || options.Runs("portal"))
        {
            Console.WriteLine($"==> Issue 14: last year's reward calculation and recalculations as the reviewer, the association portal as the demo association");
            rewards = await RewardsBench.RunAsync(baseAddress, data, options, now, server, capture, explain, ct);
            var rewardsMarkdown = new StringBuilder();
            RewardsBench.Markdown(rewardsMarkdown, rewards);
            await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "rewards.md"), rewardsMarkdown.ToString(), ct);
            Console.WriteLine(rewardsMarkdown);
        }

        Submissions? submissions = null;
        if (options.Runs("submit"))
        {
            submissions = await SubmissionsAsync(options, baseAddress, data, reference, server, statements, capture, explain, ct);
        }

        PublicationResults? publication = null;
        if (options.Runs("publish"))
        {
            Console.WriteLine($"==> Publishing: {options.PublishWeeks} weeks of {options.PublishApprovals:N0} approvals each, one call at a time, then the first week again");
            publication = await PublicationBench.RunAsync(reviewer, data, reference, options, now, server, statements, capture, explain, ct);
        }

        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "explain.txt"), explain.ToString(), ct);
        var errors = queueRuns.Sum(r => r.Api.Errors + r.Raw.Errors) + analysis.Sum(a => a.Result.Errors) + reserve.Sum(r => r.Api.Errors + r.Raw.Errors) + (submissions is null ? 0 : submissions.Create.Errors + submissions.Submit.Errors)
            + (publication is null || publication.RepeatAnsweredExisting ? 0 : 1) + (feed is null ? 0 : feed.Api.Errors + feed.Raw.Errors)
            + (import is null ? 0 : import.Api.Errors + import.Raw.Errors) + projectReads.Sum(r => r.Api.Errors + r.Raw.Errors)
            + (rewards is null ? 0 : rewards.Portal.Sum(p => p.Api.Errors + p.Raw.Errors) + (rewards.Identical ? 0 : 1));
        var report = new
        {
            startedAt = now,
            machine = new { Environment.ProcessorCount, os = System.Runtime.InteropServices.RuntimeInformation.OSDescription, runtime = Environment.Version.ToString(), loadAverageAtStart = loadAtStart, loadAverageAtEnd = LoadAverage() },
            postgres = await ScalarAsync<string>(data, "SELECT version()"),
            options = new
            {
                options.Filings, options.Seconds, options.WarmupSeconds, options.Concurrency, options.Submissions, options.SubmitConcurrency, options.Modes,
                options.AnalysisSeconds, options.AnalysisWarmupSeconds, options.AnalysisConcurrency, options.PublishApprovals, options.PublishWeeks,
                setupSql = options.SetupSqlFile is { } file ? File.ReadAllText(file) : null,
            },
            seeding = new { filings, underReview, history, seconds = Math.Round(seeding.Elapsed.TotalSeconds, 1), projects = projectSeeding?.Projects, reports = projectSeeding?.Reports, projectSeconds = projectSeeding is null ? (double?)null : Math.Round(projectSeeding.Took.TotalSeconds, 1) },
            serverCpuMeasured = server is not null,
            queue = options.Runs("queue") ? new
            {
                cases = cases.Select(c => new { c.Label, c.Url, sqlCommandsPerRequest = c.Commands.Count }),
                runs = queueRuns.Select(r => new { clients = r.Api.Concurrency, api = r.Api, raw = r.Raw, apiToRawThroughput = Math.Round(r.Api.PerSecond / r.Raw.PerSecond, 3), p99Under50Ms = r.Api.P99Ms < QueueP99TargetMs }),
            } : null,
            floor = floor.Select(f => new { request = f.Name, clients = f.Concurrency, result = f }),
            analysis = analysis.Select(a => new { shape = a.Shape.Label, a.Shape.Url, clients = a.Result.Concurrency, result = a.Result, a.Groups, filingsCounted = a.Counted, a.ResponseBytes, filingSqlCommands = a.SqlCommands, p99Under200Ms = a.Result.P99Ms < AnalysisBench.P99TargetMs }),
            reserveList = reserve.Select(r => new
            {
                request = r.Label, r.Url, clients = r.Api.Concurrency, api = r.Api, raw = r.Raw, apiToRawThroughput = Math.Round(r.Api.PerSecond / r.Raw.PerSecond, 3),
                r.Regions, r.Listed, projectRows = r.Rows, r.ResponseBytes, r.SqlCommands, p99Under100Ms = r.Api.P99Ms < ReserveListBench.P99TargetMs,
            }),
            submissions = submissions is null ? null : new
            {
                create = submissions.Create, submit = submissions.Submit, raw = submissions.Raw, writesOnly = submissions.WritesOnly,
                apiToRawThroughput = submissions.Raw is { } anchor ? Math.Round(submissions.Submit.PerSecond / anchor.PerSecond, 3) : (double?)null,
                withSuspectedDuplicates = submissions.WithDuplicates, historyRowsAdded = submissions.HistoryAdded,
                auditRowsAdded = submissions.AuditAdded, statements = submissions.Statements,
            },
            publication = publication is null ? null : new
            {
                publication.ApprovalsPerWeek, publication.SeedSeconds, calls = publication.Calls, medianMs = Math.Round(publication.MedianMs, 1), repeat = publication.Repeat,
                publication.RepeatAnsweredExisting, publication.SqlCommandsOfFirstCall, publication.Statements,
            },
            targets = new
            {
                queueP99Under50MsAtClients = queueRuns.Where(r => r.Api.P99Ms < QueueP99TargetMs).Select(r => r.Api.Concurrency).ToList(),
                queueThroughputAtLeastHalfOfRawAtClients = queueRuns.Where(r => r.Api.PerSecond >= r.Raw.PerSecond / 2).Select(r => r.Api.Concurrency).ToList(),
                submissionsAtLeast300PerSecond = submissions is null ? (bool?)null : submissions.Submit.PerSecond >= SubmissionsTarget,
                analysisShapesP99Under200Ms = analysis.Count == 0 ? null : $"{analysis.Count(a => a.Result.P99Ms < AnalysisBench.P99TargetMs)} of {analysis.Count}",
                reserveListP99Under100Ms = reserve.Count == 0 ? null : $"{reserve.Count(r => r.Api.P99Ms < ReserveListBench.P99TargetMs)} of {reserve.Count}",
                publishMedianUnder2s = publication is null ? (bool?)null : publication.MedianMs < PublicationBench.TargetMs,
            },
            projectReads = projectReads.Select(r => new { read = r.Label, r.Example, clients = r.Api.Concurrency, api = r.Api, raw = r.Raw, r.SqlCommands, apiToRawThroughput = Math.Round(r.Api.PerSecond / r.Raw.PerSecond, 3), r.TargetMs, met = r.Api.P99Ms < r.TargetMs }),
            import = import is null ? null : new
            {
                rows = import.Rows, runs = import.Runs, api = import.Api, raw = import.Raw, import.SqlCommandsPerImport, import.ReportsBefore, import.Load,
                apiToRawMedian = Math.Round(import.Api.P50Ms / import.Raw.P50Ms, 2), medianUnder5s = import.Api.P50Ms < ReportImportBench.TargetMs,
            },
            rewards = rewards is null ? null : new
            {
                rewards.Year, rewards.CreditedProjects, rewards.VerifiedFundsReports, rewards.Calls, rewards.RawInputMs, rewards.Identical,
                portal = rewards.Portal.Select(p => new { read = p.Label, clients = p.Api.Concurrency, api = p.Api, raw = p.Raw, p.SqlCommands, apiToRawThroughput = Math.Round(p.Api.PerSecond / p.Raw.PerSecond, 3) }),
            },
            errors,
            totalSeconds = Math.Round(total.Elapsed.TotalSeconds, 1),
        };
        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "results.json"), JsonSerializer.Serialize(report, Json), ct);
        var markdown = Markdown(options, seeded, queueRuns, floor, cases, analysis, reserve, submissions, publication, $"load average {loadAtStart} at the start, {LoadAverage()} at the end");
        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "results.md"), markdown, ct);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"EXPLAIN ANALYZE plans: {Path.Combine(options.OutputDirectory, "explain.txt")}");
        if (options.CompareBaseJson is { } baseline)
        {
            await Compare.WriteAfterRunAsync(options.CompareWith!, baseline, options.OutputDirectory, ct);
        }

        await app.StopAsync(ct);
        return errors == 0 ? 0 : 1;
    }

    private sealed record Seeded(long Filings, long UnderReview, long History, TimeSpan Took);

    private sealed record Submissions(LoadResult Create, LoadResult Submit, int WithDuplicates, long HistoryAdded, long AuditAdded, IReadOnlyList<StatementStats> Statements)
    {
        /// <summary>The same SQL as one API submission, replayed through Npgsql for as many fresh drafts: the raw anchor.</summary>
        public LoadResult? Raw { get; init; }

        /// <summary>The replay's writes only (the filing's update, history, audit and feed rows): the floor of any design keeping those rows.</summary>
        public LoadResult? WritesOnly { get; init; }

        /// <summary>The same number of submissions again with one active webhook subscription to filing.submitted (issue 12).</summary>
        public LoadResult? SubmitWithWebhook { get; init; }

        /// <summary>Outbox events and pending deliveries the webhook phase wrote.</summary>
        public long OutboxEvents { get; init; }

        public long PendingDeliveries { get; init; }
    }

    private static async Task<List<(LoadResult Api, LoadResult Raw)>> QueueAsync(BenchOptions options, HttpClient reviewer, NpgsqlDataSource data, List<QueueCase> cases, ServerCpu? server)
    {
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var queueRuns = new List<(LoadResult Api, LoadResult Raw)>();
        foreach (var concurrency in options.Concurrency)
        {
            Console.WriteLine($"==> Review queue: {concurrency} clients, {options.WarmupSeconds}s warm-up, {options.Seconds}s measured, each");
            var api = await RemoteLoad.TimedAsync("queue via HTTP API", concurrency, warmup, duration, reviewer, cases.Select(c => (IReadOnlyList<HttpCall>)[HttpCall.Get(c.Url)]).ToList(), server);
            Print(api);
            var raw = await Load.TimedAsync("same SQL via Npgsql", concurrency, warmup, duration, async (worker, i, token) =>
            {
                var queueCase = cases[(int)((worker + i) % cases.Count)];
                await using var connection = await data.OpenConnectionAsync(token);
                foreach (var captured in queueCase.Commands)
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
            Print(raw);
            queueRuns.Add((api, raw));
        }

        return queueRuns;
    }

    private static async Task<Submissions> SubmissionsAsync(
        BenchOptions options, Uri baseAddress, NpgsqlDataSource data, ReferenceRows reference, ServerCpu? server, PgStatements? statements, SqlCapture capture, StringBuilder explain, CancellationToken ct)
    {
        Console.WriteLine($"==> Submissions: {options.Submissions:N0} drafts created, then submitted, {options.SubmitConcurrency} clients");
        using var filer = await SignInAsync(baseAddress, "filer", "Filer#2026-Demo", options.SubmitConcurrency, ct);
        var auditBefore = await ScalarAsync<long>(data, """SELECT count(*) FROM "AuditEntries" """);
        var historyBefore = await ScalarAsync<long>(data, """SELECT count(*) FROM "FilingHistory" """);
        var generator = new FilingGenerator(reference, options.RandomSeed, options.Filings);
        generator.Diverge(options.RandomSeed + 1);
        var bodies = Enumerable.Range(0, options.Submissions + 1).Select(_ => DraftBody(generator)).ToList();
        var (create, drafts) = await CreateDraftsAsync("create draft via API", options, filer, bodies, server);
        Print(create);

        var toSubmit = drafts.ToList();
        // One submission under capture: every command it sent, replayed below as the raw anchor; its SELECTs (the duplicate
        // check above all) are explained.
        capture.Start(everything: true);
        await SubmitAsync(filer, toSubmit[0], ct);
        var submitSql = capture.Stop();
        var replay = await SubmissionReplay.CreateAsync(data, submitSql, toSubmit[0].Id, ct);
        toSubmit.RemoveAt(0);
        explain.AppendLine("### Submission (load, duplicate check)").AppendLine();
        await ExplainAsync(data, submitSql.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList(), explain, ct);

        if (statements is not null)
        {
            await statements.ResetAsync(ct);
        }

        var (submit, withDuplicates) = await SubmitDraftsAsync("submit via API", options, filer, toSubmit, server);
        var perStatement = statements is null ? [] : await statements.ReadAsync(toSubmit.Count, 15, ct);
        Print(submit);
        var auditAdded = await ScalarAsync<long>(data, """SELECT count(*) FROM "AuditEntries" """) - auditBefore;
        var historyAdded = await ScalarAsync<long>(data, """SELECT count(*) FROM "FilingHistory" """) - historyBefore;
        Console.WriteLine($"  {withDuplicates:N0} of {submit.Operations:N0} submissions were warned of suspected duplicates; {historyAdded:N0} history and {auditAdded:N0} audit rows written");

        // The raw anchor (issue 16): the same number of fresh drafts submitted by replaying the captured SQL through Npgsql,
        // then as many again with its writes only (the floor of any design that keeps the same rows).
        var rawBodies = Enumerable.Range(0, toSubmit.Count * 2).Select(_ => DraftBody(generator)).ToList();
        var (_, rawDrafts) = await CreateDraftsAsync("create draft via API (raw phase)", options, filer, rawBodies, server);
        Console.WriteLine($"  replaying {replay.CommandCount} captured commands ({replay.WriteCount} in the transaction) per submission:");
        foreach (var line in replay.Describe())
        {
            Console.WriteLine($"    {line}");
        }

        var raw = await Load.CountedAsync("same SQL via Npgsql", options.SubmitConcurrency, rawDrafts.Take(toSubmit.Count).ToList(), d => replay.SubmitAsync(data, d.Id, writesOnly: false, ct), server);
        Print(raw);
        var writesOnly = await Load.CountedAsync("its writes only via Npgsql", options.SubmitConcurrency, rawDrafts.Skip(toSubmit.Count).ToList(), d => replay.SubmitAsync(data, d.Id, writesOnly: true, ct), server);
        Print(writesOnly);
        var replayed = await ScalarAsync<long>(data, $"SELECT count(*) FROM \"Filings\" WHERE \"Status\" = 'UnderReview' AND \"Id\" IN ({string.Join(',', rawDrafts.Select(d => $"'{d.Id}'"))})");
        if (replayed != rawDrafts.Count)
        {
            throw new InvalidOperationException($"the replay submitted {replayed:N0} of {rawDrafts.Count:N0} drafts");
        }

        // Issue 12: the same again with one active webhook subscription to filing.submitted (a receiver on loopback that
        // answers 200). The Hangfire server is off, so each submission writes its outbox event and pending delivery and
        // enqueues the delivery job after its commit, and nothing is sent during the measured run.
        using var receiver = new System.Net.HttpListener();
        var port = FreePort();
        receiver.Prefixes.Add($"http://127.0.0.1:{port}/");
        receiver.Start();
        using var admin = await SignInAsync(baseAddress, "admin", "Admin#2026-Demo", 1, ct);
        using (var subscribed = await admin.PostAsJsonAsync(new Uri("/api/webhooks/subscriptions", UriKind.Relative),
            new { url = $"http://127.0.0.1:{port}/hook", eventTypes = SubmittedOnly, description = "bench" }, Json, ct))
        {
            await ReadJsonAsync(subscribed, HttpStatusCode.Created, ct);
        }

        var moreBodies = Enumerable.Range(0, toSubmit.Count).Select(_ => DraftBody(generator)).ToList();
        var (moreCreate, moreDrafts) = await CreateDraftsAsync("create draft via API (webhook phase)", options, filer, moreBodies, server);
        Print(moreCreate);
        var (withWebhook, _) = await SubmitDraftsAsync("submit via API, 1 webhook subscription", options, filer, moreDrafts, server);
        Print(withWebhook);
        var outbox = await ScalarAsync<long>(data, """SELECT count(*) FROM "WebhookEvents" """);
        var pending = await ScalarAsync<long>(data, """SELECT count(*) FROM "WebhookDeliveries" WHERE "Status" = 'Pending'""");
        receiver.Stop();
        Console.WriteLine($"  outbox: {outbox:N0} events, {pending:N0} deliveries pending; CPU per submission without → with: bench process {submit.ProcessCpuMsPerOp:F2} → {withWebhook.ProcessCpuMsPerOp:F2} ms, PostgreSQL {submit.ServerCpuMsPerOp:F2} → {withWebhook.ServerCpuMsPerOp:F2} ms");
        return new Submissions(create, submit, withDuplicates, historyAdded, auditAdded, perStatement)
        {
            Raw = raw,
            WritesOnly = writesOnly,
            SubmitWithWebhook = withWebhook,
            OutboxEvents = outbox,
            PendingDeliveries = pending,
        };
    }

    /// <summary>Creates a draft per body through the API (from the load process); answers the run and the drafts' ids and versions.</summary>
    private static async Task<(LoadResult Run, List<(Guid Id, int Version)> Drafts)> CreateDraftsAsync(
        string name, BenchOptions options, HttpClient filer, List<object> bodies, ServerCpu? server)
    {
        var calls = bodies.Select(b => new HttpCall("POST", "/api/filings", JsonSerializer.Serialize(b, Json), (int)HttpStatusCode.Created)).ToList();
        var (run, answers) = await RemoteLoad.CountedAsync(name, options.SubmitConcurrency, filer, calls, collectBodies: true, server);
        var drafts = answers.OfType<string>().Select(a =>
        {
            using var json = JsonDocument.Parse(a);
            return (json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("version").GetInt32());
        }).ToList();
        return (run, drafts);
    }

    /// <summary>Submits the drafts through the API (from the load process); answers the run and how many were warned of suspected duplicates.</summary>
    private static async Task<(LoadResult Run, int WithDuplicates)> SubmitDraftsAsync(
        string name, BenchOptions options, HttpClient filer, List<(Guid Id, int Version)> drafts, ServerCpu? server)
    {
        var calls = drafts.Select(d => new HttpCall("POST", $"/api/filings/{d.Id}/submit", JsonSerializer.Serialize(new { version = d.Version }, Json))).ToList();
        var (run, answers) = await RemoteLoad.CountedAsync(name, options.SubmitConcurrency, filer, calls, collectBodies: true, server);
        var withDuplicates = 0;
        foreach (var answer in answers.OfType<string>())
        {
            using var json = JsonDocument.Parse(answer);
            if (json.RootElement.GetProperty("status").GetString() != nameof(FilingStatus.UnderReview))
            {
                throw new InvalidOperationException("a submitted filing is not under review");
            }

            withDuplicates += json.RootElement.GetProperty("suspectedDuplicates").GetArrayLength() > 0 ? 1 : 0;
        }

        return (run, withDuplicates);
    }

    /// <summary>The 1-minute load average at the end of the run (how busy the machine was), when readable.</summary>
    internal static string? LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Where a queue request's time goes, one caller at a time: HTTP + auth alone, the handler alone, the SQL alone.</summary>
    private static async Task DiagnoseAsync(WebApplication app, HttpClient reviewer, NpgsqlDataSource data, List<QueueCase> cases, CancellationToken ct)
    {
        var query = new Application.Filings.Queries.ReviewQueue.ReviewQueueQuery
        {
            Filter = new Application.Filings.FilingFilter(
                UnitId: Guid.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), cases[0].Url).Query)["unitId"]!),
                IndustryChainId: Guid.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), cases[0].Url).Query)["industryChainId"]!)),
        };
        async Task Time(string name, Func<Task> op)
        {
            for (var i = 0; i < 50; i++)
            {
                await op();
            }

            var list = new List<double>();
            var cpu = Environment.CpuUsage.TotalTime;
            for (var i = 0; i < 300; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await op();
                list.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            list.Sort();
            Console.WriteLine($"  diagnose {name,-34} p50 {list[150],7:N3} ms  p90 {list[270],7:N3} ms  cpu {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / 300,7:N3} ms/op");
        }

        async Task Loaded(string name, Func<Task> op)
        {
            var r = await Load.TimedAsync(name, 16, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), (_, _, _) => op());
            Console.WriteLine($"  diagnose x16 {name,-30} {r.PerSecond,8:N1}/s  p50 {r.P50Ms,7:N2} ms  cpu {r.ProcessCpuMsPerOp,6:N3} ms/op");
        }

        await Loaded("GET /api/auth/me", async () => (await reviewer.GetAsync(new Uri("/api/auth/me", UriKind.Relative), ct)).Dispose());
        await Loaded("GET queue case 0", async () => (await reviewer.GetAsync(new Uri(cases[0].Url, UriKind.Relative), ct)).Dispose());
        await Loaded("mediator ReviewQueueQuery", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(query, ct);
        });
        await Loaded("handler alone (no pipeline)", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Application.Common.Interfaces.IApplicationDbContext>();
            await new Application.Filings.Queries.ReviewQueue.ReviewQueueHandler(db, scope.ServiceProvider.GetRequiredService<Application.ReferenceData.RegionOptions>(), TimeProvider.System).Handle(query, ct);
        });
        await Loaded("validator alone", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var validators = scope.ServiceProvider.GetServices<FluentValidation.IValidator<Application.Filings.Queries.ReviewQueue.ReviewQueueQuery>>();
            foreach (var validator in validators)
            {
                await validator.ValidateAsync(query, ct);
            }
        });
        await Loaded("scope + DbContext only", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Application.Common.Interfaces.IApplicationDbContext>();
            _ = db.Filings;
        });
        await Loaded("EF count, untracked", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Application.Common.Interfaces.IApplicationDbContext>();
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Filings.Where(f => f.Id == query.Filter.UnitId), ct);
        });
        await Loaded("EF count alone", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Application.Common.Interfaces.IApplicationDbContext>();
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
                db.Filings.Where(f => f.Status == FilingStatus.UnderReview && f.UnitId == query.Filter.UnitId && f.IndustryChainId == query.Filter.IndustryChainId), ct);
        });
        await Loaded("raw count alone", async () =>
        {
            await using var connection = await data.OpenConnectionAsync(ct);
            await using var command = cases[0].Commands[0].Create(connection);
            await command.ExecuteScalarAsync(ct);
        });
        await Loaded("raw SQL case 0", async () =>
        {
            await using var connection = await data.OpenConnectionAsync(ct);
            foreach (var captured in cases[0].Commands)
            {
                await using var command = captured.Create(connection);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                }
            }
        });
        await Time("GET /api/auth/me", async () => (await reviewer.GetAsync(new Uri("/api/auth/me", UriKind.Relative), ct)).Dispose());
        await Time("GET queue case 0", async () => (await reviewer.GetAsync(new Uri(cases[0].Url, UriKind.Relative), ct)).Dispose());
        await Time("mediator ReviewQueueQuery", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(query, ct);
        });
        await Time("raw SQL case 0", async () =>
        {
            await using var connection = await data.OpenConnectionAsync(ct);
            foreach (var captured in cases[0].Commands)
            {
                await using var command = captured.Create(connection);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                }
            }
        });
        for (var c = 0; c < cases[0].Commands.Count; c++)
        {
            var captured = cases[0].Commands[c];
            await Time($"raw SQL case 0 command {c}", async () =>
            {
                await using var connection = await data.OpenConnectionAsync(ct);
                await using var command = captured.Create(connection);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                }
            });
        }
    }

    private static WebApplication BuildHost(BenchOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = options.ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Seed:Demo"] = "true",
            ["App:DataPath"] = Path.GetFullPath(Path.Combine(options.OutputDirectory, "data")),
            // Background jobs would only add noise to the measurements.
            ["Hangfire:ServerEnabled"] = "false",
            // The submissions' webhook phase subscribes a receiver on loopback.
            ["Webhooks:AllowLoopbackTargets"] = "true",
            // The benchmark's few callers make thousands of requests a minute: raise the limits (configuration only).
            ["RateLimiting:LoginPerMinute"] = "1000000",
            ["RateLimiting:PublicPerMinute"] = "1000000",
            ["RateLimiting:GlobalPerMinute"] = "100000000",
            // Request logging to the console would measure the console.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            // A fresh database has no migrations table yet: EF logs that first probe as an error.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddInvestPromo(startDatabase: true);
        var app = builder.Build();
        app.UseInvestPromo();
        return app;
    }

    private static readonly string[] SubmittedOnly = ["filing.submitted"];

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    internal static async Task<HttpClient> SignInAsync(Uri baseAddress, string userName, string password, int connections, CancellationToken ct)
    {
        var cookies = new CookieContainer();
#pragma warning disable CA2000 // the client owns and disposes its handler
        var client = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = cookies,
            UseCookies = true,
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }, disposeHandler: true) { BaseAddress = baseAddress };
#pragma warning restore CA2000
        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { userName, password, rememberMe = false }, Json, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in as {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        var token = cookies.GetCookies(baseAddress)["XSRF-TOKEN"]?.Value ?? throw new InvalidOperationException("no XSRF-TOKEN cookie after sign-in");
        client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
        RemoteLoad.Remember(client, cookies);
        return client;
    }

    /// <summary>
    /// Eight first pages (20 rows, deadline order) with two filters each: unit + industry chain, and chain + scale band.
    /// Each is requested once to warm up, then once under capture to record the SQL the request ran.
    /// </summary>
    private static async Task<List<QueueCase>> CaptureQueueCasesAsync(HttpClient reviewer, SqlCapture capture, ReferenceRows reference, CancellationToken ct)
    {
        var bands = new[] { ScaleBand.Below100Million, ScaleBand.From100MillionTo1Billion, ScaleBand.From1BillionTo5Billion };
        var cases = new List<QueueCase>();
        for (var k = 0; k < 8; k++)
        {
            var chain = reference.ChainIds[(k * 3) % reference.ChainIds.Count];
            var (label, filter) = k % 2 == 0
                ? ($"unit #{k / 2} + chain #{(k * 3) % reference.ChainIds.Count}", $"unitId={reference.UnitIds[(k / 2) % reference.UnitIds.Count]}&industryChainId={chain}")
                : ($"chain #{(k * 3) % reference.ChainIds.Count} + band {bands[k / 2 % bands.Length]}", $"industryChainId={chain}&scaleBand={bands[k / 2 % bands.Length]}");
            var url = $"/api/review/queue?page=1&pageSize=20&sort=Deadline&direction=Asc&{filter}";
            (await ReadJsonAsync(await reviewer.GetAsync(new Uri(url, UriKind.Relative), ct), HttpStatusCode.OK, ct)).GetProperty("items");
            capture.Start();
            var page = await ReadJsonAsync(await reviewer.GetAsync(new Uri(url, UriKind.Relative), ct), HttpStatusCode.OK, ct);
            var commands = capture.Stop();
            var rows = page.GetProperty("items").GetArrayLength();
            var totalCount = page.TryGetProperty("totalCount", out var tc) ? tc.GetInt32() : -1;
            Console.WriteLine($"  {label}: {rows} rows of {totalCount}, {commands.Count} SQL commands");
            if (commands.Count == 0)
            {
                throw new InvalidOperationException("no SQL captured for the queue request");
            }

            cases.Add(new QueueCase(label, url, commands));
        }

        return cases;
    }

    private static async Task<int> SubmitAsync(HttpClient filer, (Guid Id, int Version) draft, CancellationToken ct)
    {
        using var response = await filer.PostAsJsonAsync(new Uri($"/api/filings/{draft.Id}/submit", UriKind.Relative), new { version = draft.Version }, Json, ct);
        var json = await ReadJsonAsync(response, HttpStatusCode.OK, ct);
        if (json.GetProperty("status").GetString() != nameof(FilingStatus.UnderReview))
        {
            throw new InvalidOperationException("the submitted filing is not under review");
        }

        return json.GetProperty("suspectedDuplicates").GetArrayLength();
    }

    private static object DraftBody(FilingGenerator generator)
    {
        GeneratedFields f;
        do
        {
            f = generator.Next();
        }
        while (f.Investor.Foreign);

        return new
        {
            projectName = f.ProjectName,
            investorName = f.Investor.Name,
            creditCode = f.Investor.CreditCode,
            sourceRegionCode = f.RegionCode,
            industryChainId = f.ChainId,
            category = f.Category.ToString(),
            stage = f.Stage.ToString(),
            plannedTotalInvestment = f.PlannedTotal,
            plannedFixedAssetInvestment = f.PlannedFixedAssets,
            constructionContent = f.ProjectName + "：新建厂房及配套设施，购置生产设备。",
            contactName = f.ContactName,
            contactPhone = f.ContactPhone,
        };
    }

    internal static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken ct)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != expected)
            {
                throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 400)]}");
            }

            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
    }

    internal static async Task ExplainAsync(NpgsqlDataSource data, IReadOnlyList<CapturedCommand> commands, StringBuilder output, CancellationToken ct)
    {
        await using var connection = await data.OpenConnectionAsync(ct);
        foreach (var captured in commands)
        {
            output.AppendLine("```sql").AppendLine(captured.Sql.Trim()).AppendLine("```");
            output.AppendLine("parameters: " + string.Join(", ", captured.Parameters.Select(p => $"{p.ParameterName}={Describe(p.Value)}")));
            output.AppendLine("```");
            await using var command = captured.Create(connection, "EXPLAIN (ANALYZE, BUFFERS) ");
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                output.AppendLine(reader.GetString(0));
            }

            output.AppendLine("```").AppendLine();
        }
    }

    private static string Describe(object? value) => value switch
    {
        null or DBNull => "NULL",
        System.Collections.IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>().Take(5).Select(Describe)) + (items.Cast<object?>().Count() > 5 ? ", …" : string.Empty) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    internal static void Print(LoadResult r) => Console.WriteLine(
        $"  {r.Name,-22} {r.PerSecond,9:N1}/s  p50 {r.P50Ms,7:N2} ms  p99 {r.P99Ms,7:N2} ms  max {r.MaxMs,7:N1} ms  cpu {r.ProcessCpuMsPerOp,6:N2} ms/op{(r.ClientCpuMsPerOp is { } client ? $" (+ load process {client:N2})" : string.Empty)}  PostgreSQL cpu {Cpu(r.ServerCpuMsPerOp)} ms/op  ({r.Operations:N0} ok, {r.Errors:N0} errors)");

    private static string Cpu(double? ms) => ms?.ToString("N2", CultureInfo.InvariantCulture) ?? "—";

    private static string Markdown(
        BenchOptions options, Seeded seeded, List<(LoadResult Api, LoadResult Raw)> queueRuns, List<LoadResult> floor, List<QueueCase> cases, List<AnalysisRun> analysis, List<ReserveListRun> reserve,
        Submissions? submissions, PublicationResults? publication, string load)
    {
        static string Ms(double v) => v.ToString("N2", CultureInfo.InvariantCulture);
        static string Rate(double v) => v.ToString("N1", CultureInfo.InvariantCulture);
        static string Mark(bool ok) => ok ? "✅ met" : "❌ missed";
        static string Sql(string query) => System.Text.RegularExpressions.Regex.Replace(query, @"\s+", " ").Trim() is var q && q.Length > 140 ? q[..140] + "…" : q;
        static void Statements(StringBuilder sb, IReadOnlyList<StatementStats> statements, string per)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| statement (pg_stat_statements) | calls per {per} | ms per {per} (exec + plan) | mean exec ms | rows per call | WAL records per call |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var s in statements)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| `{Sql(s.Query).Replace("|", "\\|", StringComparison.Ordinal)}` | {s.CallsPerOp:N2} | {s.MsPerOp:N3} | {s.MeanExecMs:N3} | {(double)s.Rows / Math.Max(1, s.Calls):N1} | {(double)s.WalRecords / Math.Max(1, s.Calls):N1} |");
            }

            sb.AppendLine();
        }

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"## InvestPromo benchmark — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {load}");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Seeded {seeded.Filings:N0} filings ({seeded.UnderReview:N0} under review) and {seeded.History:N0} history rows with binary COPY in {seeded.Took.TotalSeconds:N1} s (indexes rebuilt, VACUUM ANALYZE included).");
        if (options.SetupSqlFile is { } setup)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Then `--setup-sql {Path.GetFileName(setup)}` ran (not part of the product's schema): `{System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(setup), @"\s+", " ").Trim()}`");
        }

        if (cases.Count > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Queue: first page of 20, deadline order, two filters ({cases.Count} combinations in rotation, {cases[0].Commands.Count} SQL commands per request); {string.Join(" and ", options.Concurrency)} concurrent clients, {options.WarmupSeconds} s warm-up, {options.Seconds} s measured.");
        }

        if (submissions is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Submissions: {options.SubmitConcurrency} concurrent clients; each submission loads the filing with its history, checks versions, computes the deadline, saves history and audit rows, and runs the duplicate check.");
        }

        sb.AppendLine();
        var rows = queueRuns.SelectMany(q => new[] { q.Api, q.Raw }).Concat(floor).ToList();
        if (submissions is not null)
        {
            rows.Add(submissions.Create);
            rows.Add(submissions.Submit);
            if (submissions.Raw is { } anchor)
            {
                rows.Add(anchor);
            }

            if (submissions.WritesOnly is { } writesOnly)
            {
                rows.Add(writesOnly);
            }

            if (submissions.SubmitWithWebhook is { } withWebhook)
            {
                rows.Add(withWebhook);
            }
        }

        if (rows.Count > 0)
        {
            sb.AppendLine("| measurement | clients | ops | ops/s | p50 ms | p90 ms | p99 ms | max ms | API (or replay) process CPU ms/op | load process CPU ms/op | PostgreSQL CPU ms/op | errors |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in rows)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Concurrency} | {r.Operations:N0} | {Rate(r.PerSecond)} | {Ms(r.P50Ms)} | {Ms(r.P90Ms)} | {Ms(r.P99Ms)} | {Ms(r.MaxMs)} | {Ms(r.ProcessCpuMsPerOp)} | {Cpu(r.ClientCpuMsPerOp)} | {Cpu(r.ServerCpuMsPerOp)} | {r.Errors} |");
            }

            sb.AppendLine();
        }

        if (analysis.Count > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Analysis (`GET /api/analysis/filings`) as the demo leader, one shape at a time, {options.AnalysisWarmupSeconds} s warm-up + {options.AnalysisSeconds} s measured each; \"12 months\" is `from`/`to` over the last twelve months; groups and filings counted are the API's answer.");
            sb.AppendLine();
            sb.AppendLine("| shape | clients | ops | ops/s | p50 ms | p90 ms | p99 ms | max ms | bench-process CPU ms/op | PostgreSQL CPU ms/op | groups | filings counted | answer KiB | errors | p99 < 200 ms |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var a in analysis)
            {
                var r = a.Result;
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {a.Shape.Label} | {r.Concurrency} | {r.Operations:N0} | {Rate(r.PerSecond)} | {Ms(r.P50Ms)} | {Ms(r.P90Ms)} | {Ms(r.P99Ms)} | {Ms(r.MaxMs)} | {Ms(r.ProcessCpuMsPerOp)} | {Cpu(r.ServerCpuMsPerOp)} | {a.Groups} | {a.Counted:N0} | {a.ResponseBytes / 1024.0:N0} | {r.Errors} | {Mark(r.P99Ms < AnalysisBench.P99TargetMs)} |");
            }

            sb.AppendLine();
        }

        if (reserve.Count > 0)
        {
            ReserveListBench.Markdown(sb, options, reserve);
        }

        if (publication is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Publishing (`POST /api/publications` as the demo reviewer, one call at a time): {publication.Calls.Count} completed weeks, each seeded with {publication.ApprovalsPerWeek:N0} approvals on top of the table ({publication.SeedSeconds:N1} s), then the first week again. The first call ran {publication.SqlCommandsOfFirstCall} SQL commands.");
            sb.AppendLine();
            sb.AppendLine("| call | week | entries | number | ms | bench-process CPU ms | PostgreSQL CPU ms | SQL commands | ms in SQL commands | answer KiB |");
            sb.AppendLine("|---|---|---:|---|---:|---:|---:|---:|---:|---:|");
            var n = 0;
            foreach (var c in publication.Calls.Append(publication.Repeat))
            {
                var what = ++n <= publication.Calls.Count ? $"publish #{n}" : "again (1st week)";
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {what} | {c.WeekStart:yyyy-MM-dd} | {c.Entries:N0} | {c.Label} | {Rate(c.Ms)} | {Rate(c.ProcessCpuMs)} | {(c.ServerCpuMs is { } server ? Rate(server) : "—")} | {c.SqlCommands} | {Rate(c.MsInSqlCommands)} | {c.ResponseBytes / 1024.0:N0} |");
            }

            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"Median publish: **{Rate(publication.MedianMs)} ms**; the repeat call {(publication.RepeatAnsweredExisting ? "answered the existing publication" : "did NOT answer the existing publication")} in {Rate(publication.Repeat.Ms)} ms.");
            sb.AppendLine();
            if (publication.Statements.Count > 0)
            {
                Statements(sb, publication.Statements, "publish");
            }
        }

        if (submissions is { Statements.Count: > 0 })
        {
            sb.AppendLine("Submissions, PostgreSQL side:");
            sb.AppendLine();
            Statements(sb, submissions.Statements, "submission");
        }

        sb.AppendLine("| target | measured | |");
        sb.AppendLine("|---|---:|---|");
        foreach (var (api, raw) in queueRuns)
        {
            // At saturation latency ≈ clients ÷ throughput: the p99 target is reported per client count, never faked.
            var ratio = api.PerSecond / raw.PerSecond;
            sb.AppendLine(CultureInfo.InvariantCulture, $"| queue p99 < {QueueP99TargetMs} ms (API), {api.Concurrency} clients | {Ms(api.P99Ms)} ms | {Mark(api.P99Ms < QueueP99TargetMs)} |");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| queue API throughput ≥ ½ raw Npgsql, {api.Concurrency} clients | {ratio:P0} of raw | {Mark(ratio >= 0.5)} |");
        }

        if (submissions is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| submissions ≥ {SubmissionsTarget}/s | {Rate(submissions.Submit.PerSecond)}/s | {Mark(submissions.Submit.PerSecond >= SubmissionsTarget)} |");
        }

        foreach (var clients in analysis.Select(a => a.Result.Concurrency).Distinct())
        {
            var these = analysis.Where(a => a.Result.Concurrency == clients).ToList();
            var worst = these.MaxBy(a => a.Result.P99Ms)!;
            var met = these.Count(a => a.Result.P99Ms < AnalysisBench.P99TargetMs);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| analysis p99 < {AnalysisBench.P99TargetMs} ms, {clients} clients | {met} of {these.Count} shapes; worst {worst.Shape.Label} {Ms(worst.Result.P99Ms)} ms | {Mark(met == these.Count)} |");
        }

        foreach (var run in reserve)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {run.Label} p99 < {ReserveListBench.P99TargetMs} ms (API), {run.Api.Concurrency} clients | {Ms(run.Api.P99Ms)} ms (raw SQL {Ms(run.Raw.P99Ms)} ms; API {run.Api.PerSecond / run.Raw.PerSecond:P0} of raw throughput) | {Mark(run.Api.P99Ms < ReserveListBench.P99TargetMs)} |");
        }

        if (publication is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| publish a week of {publication.ApprovalsPerWeek:N0} approvals < {PublicationBench.TargetMs:N0} ms (median) | {Rate(publication.MedianMs)} ms | {Mark(publication.MedianMs < PublicationBench.TargetMs)} |");
        }

        return sb.ToString();
    }
}

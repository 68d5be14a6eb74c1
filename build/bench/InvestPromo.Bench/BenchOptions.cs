using System.Globalization;
using System.Text.Json;

namespace InvestPromo.Bench;

/// <summary>Command-line options (see build/bench/README.md).</summary>
internal sealed class BenchOptions
{
    public string ConnectionString { get; private set; } = Environment.GetEnvironmentVariable("INVESTPROMO_BENCH_POSTGRES") ?? string.Empty;

    public int Filings { get; private set; } = 1_000_000;

    /// <summary>Measured seconds per queue run (after the warm-up).</summary>
    public int Seconds { get; private set; } = 20;

    public int WarmupSeconds { get; private set; } = 5;

    /// <summary>Concurrent clients for the queue runs (API and raw Npgsql alike): one pair of runs per value.</summary>
    public IReadOnlyList<int> Concurrency { get; private set; } = [4, 16];

    /// <summary>Drafts created and then submitted through the API.</summary>
    public int Submissions { get; private set; } = 3000;

    public int SubmitConcurrency { get; private set; } = 16;

    /// <summary>What to measure: queue, analysis, reserve, submit, publish (all by default, in that order).</summary>
    public IReadOnlySet<string> Modes { get; private set; } = new HashSet<string>(AllModes, StringComparer.Ordinal);

    /// <summary>Measured seconds per analysis shape and per reserve-list run, API and raw alike (after its warm-up).</summary>
    public int AnalysisSeconds { get; private set; } = 10;

    public int AnalysisWarmupSeconds { get; private set; } = 2;

    /// <summary>Concurrent clients for the analysis and reserve-list runs: one run per shape and value (the reserve list: API and raw each).</summary>
    public IReadOnlyList<int> AnalysisConcurrency { get; private set; } = [4];

    /// <summary>Approved filings seeded into each published week.</summary>
    public int PublishApprovals { get; private set; } = 10_000;

    /// <summary>Weeks published, one after the other (each a timed POST /api/publications), then the first once more.</summary>
    public int PublishWeeks { get; private set; } = 5;

    /// <summary>Tracked projects made from approved filings (issue 13); default 30% of the filings, at most 300,000.</summary>
    public int Projects { get; private set; } = -1;

    /// <summary>Monthly reports seeded over the projects (issue 13); default 50 ÷ 3 per project (5,000,000 for 300,000).</summary>
    public long Reports { get; private set; } = -1;

    /// <summary>Associations seeded (issue 14); 0: none, and no credits.</summary>
    public int Associations { get; private set; } = 2_000;

    /// <summary>Tracked projects given a confirmed credit (issue 14); default every seeded project.</summary>
    public int Credited { get; private set; }

    /// <summary>Rows of each measured monthly import (mode import).</summary>
    public int ImportRows { get; private set; } = 5_000;

    /// <summary>Monthly imports measured one after another (mode import); the median is the figure.</summary>
    public int ImportRuns { get; private set; } = 5;

    public static readonly string[] AllModes = ["queue", "floor", "analysis", "reserve", "feed", "projects", "import", "rewards", "portal", "submit", "publish"];

    /// <summary>A SQL file run after seeding, before anything is measured (e.g. an index to try before writing its migration).</summary>
    public string? SetupSqlFile { get; private set; }

    /// <summary>A saved results.json (<c>--compare FILE</c>): after the run, each figure's ratio to it is printed and written to compare.md.</summary>
    public string? CompareWith { get; private set; }

    /// <summary>The text of <see cref="CompareWith"/>, read when the options are parsed (the run may overwrite that file).</summary>
    public string? CompareBaseJson { get; private set; }

    public string OutputDirectory { get; private set; } = Path.Combine("artifacts", "bench");

    public int RandomSeed { get; private set; } = 20261123;

    /// <summary>Runs to profile with dotnet-trace (issue 16): a run whose name starts with one of these is sampled while it runs.</summary>
    public IReadOnlyList<string> Trace { get; private set; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int NextInt() => int.Parse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--connection": options.ConnectionString = Next(); break;
                case "--filings": options.Filings = NextInt(); break;
                case "--seconds": options.Seconds = NextInt(); break;
                case "--warmup": options.WarmupSeconds = NextInt(); break;
                case "--concurrency": options.Concurrency = Next().Split(',').Select(c => int.Parse(c, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToList(); break;
                case "--submissions": options.Submissions = NextInt(); break;
                case "--submit-concurrency": options.SubmitConcurrency = NextInt(); break;
                case "--modes": options.Modes = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal); break;
                case "--analysis-seconds": options.AnalysisSeconds = NextInt(); break;
                case "--analysis-warmup": options.AnalysisWarmupSeconds = NextInt(); break;
                case "--analysis-concurrency": options.AnalysisConcurrency = Next().Split(',').Select(c => int.Parse(c, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToList(); break;
                case "--publish-approvals": options.PublishApprovals = NextInt(); break;
                case "--publish-weeks": options.PublishWeeks = NextInt(); break;
                case "--projects": options.Projects = NextInt(); break;
                case "--reports": options.Reports = long.Parse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--associations": options.Associations = NextInt(); break;
                case "--credited": options.Credited = NextInt(); break;
                case "--import-rows": options.ImportRows = NextInt(); break;
                case "--import-runs": options.ImportRuns = NextInt(); break;
                case "--setup-sql": options.SetupSqlFile = Next(); break;
                case "--out": options.OutputDirectory = Next(); break;
                case "--compare": options.CompareWith = Next(); break;
                case "--seed": options.RandomSeed = NextInt(); break;
                case "--trace": options.Trace = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("--connection (or INVESTPROMO_BENCH_POSTGRES) is required: an empty PostgreSQL database the benchmark may fill");
        }

        if (options.Filings < 100 || options.Seconds < 1 || options.WarmupSeconds < 0 || options.Concurrency.Count == 0 || options.Concurrency.Any(c => c < 1) || options.Submissions < 1 || options.SubmitConcurrency < 1)
        {
            throw new ArgumentException("--filings ≥ 100, --seconds ≥ 1, --warmup ≥ 0, --concurrency C[,C…] each ≥ 1, --submissions ≥ 1, --submit-concurrency ≥ 1");
        }

        if (options.Modes.Count == 0 || options.Modes.Any(m => !AllModes.Contains(m, StringComparer.Ordinal)) || options.AnalysisSeconds < 1 || options.AnalysisWarmupSeconds < 0
            || options.AnalysisConcurrency.Count == 0 || options.AnalysisConcurrency.Any(c => c < 1) || options.PublishApprovals < 1 || options.PublishWeeks < 1)
        {
            throw new ArgumentException($"--modes M[,M…] of {string.Join(", ", AllModes)}; --analysis-seconds ≥ 1, --analysis-warmup ≥ 0, --analysis-concurrency C[,C…] each ≥ 1, --publish-approvals ≥ 1, --publish-weeks ≥ 1");
        }

        if (options.Projects < 0)
        {
            options.Projects = Math.Min(300_000, options.Filings * 3 / 10);
        }

        if (options.Reports < 0)
        {
            options.Reports = options.Projects * 50L / 3;
        }

        if (options.ImportRows < 1 || options.ImportRows > 5_000 || options.ImportRuns < 1)
        {
            throw new ArgumentException("--import-rows 1–5000, --import-runs ≥ 1");
        }

        if (options.CompareWith is { } baseline)
        {
            if (!File.Exists(baseline))
            {
                throw new ArgumentException($"--compare {baseline}: no such file (a results.json of an earlier run)");
            }

            try
            {
                options.CompareBaseJson = File.ReadAllText(baseline);
                JsonDocument.Parse(options.CompareBaseJson).Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                throw new ArgumentException($"--compare {baseline}: not a readable results.json ({e.Message})", e);
            }
        }

        return options;
    }

    public bool Runs(string mode) => Modes.Contains(mode);
}

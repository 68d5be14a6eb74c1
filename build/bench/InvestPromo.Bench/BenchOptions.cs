using System.Globalization;

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

    public string OutputDirectory { get; private set; } = Path.Combine("artifacts", "bench");

    public int RandomSeed { get; private set; } = 20261123;

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
                case "--out": options.OutputDirectory = Next(); break;
                case "--seed": options.RandomSeed = NextInt(); break;
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

        return options;
    }
}

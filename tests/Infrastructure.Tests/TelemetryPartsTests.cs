using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Metrics;
using InvestPromo.Infrastructure.Jobs;
using InvestPromo.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>The readiness probe of the attachment store, and the job counters of a real Hangfire server.</summary>
public sealed class TelemetryPartsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "investpromo-probe-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task The_store_probe_writes_reads_and_deletes_a_file_and_leaves_nothing_behind()
    {
        using var check = new FileStorageHealthCheck(new DiskFileStorage(root));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_store_that_refuses_writes_is_unhealthy_and_the_answer_is_kept_for_a_while()
    {
        var store = new RefusingStorage();
        using var check = new FileStorageHealthCheck(store);

        var first = await check.CheckHealthAsync(new HealthCheckContext());
        var second = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, first.Status);
        Assert.Contains("IOException", first.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, second.Status);
        Assert.Equal(1, store.Attempts);
    }

    [Fact]
    public async Task A_Hangfire_server_counts_each_run_and_each_failure_by_job_class()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new InvestPromoMetrics(services.GetRequiredService<IMeterFactory>());
        var seen = new ConcurrentQueue<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == metrics.Meter)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            seen.Enqueue((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();

        using var storage = new InMemoryStorage();
        var options = new BackgroundJobServerOptions
        {
            WorkerCount = 1,
            FilterProvider = new JobMetricsFilter.Provider(JobFilterProviders.Providers, new JobMetricsFilter(metrics)),
            SchedulePollingInterval = TimeSpan.FromMilliseconds(100),
        };
        using (new BackgroundJobServer(options, storage))
        {
            var client = new BackgroundJobClient(storage);
            client.Enqueue(() => CountedJobs.Succeed());
            client.Enqueue(() => CountedJobs.Fail());
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (seen.Count(m => m.Instrument == "investpromo.jobs.runs") < 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        Assert.Contains(seen, m => m is { Instrument: "investpromo.jobs.runs", Value: 1, Tags: "job=CountedJobs,outcome=succeeded" });
        Assert.Contains(seen, m => m is { Instrument: "investpromo.jobs.runs", Value: 1, Tags: "job=CountedJobs,outcome=failed" });
        Assert.Single(seen, m => m.Instrument == "investpromo.jobs.failures" && m.Tags == "job=CountedJobs");
    }

    private sealed class RefusingStorage : IFileStorage
    {
        public int Attempts { get; private set; }

        public Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
        {
            Attempts++;
            throw new IOException("No space left on device");
        }

        public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken) => Task.FromResult<Stream?>(null);

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}

/// <summary>Jobs for the counting test (public and static: Hangfire calls them by name).</summary>
public static class CountedJobs
{
    public static void Succeed()
    {
    }

    [AutomaticRetry(Attempts = 0)]
    public static void Fail() => throw new InvalidOperationException("This job fails on purpose.");
}

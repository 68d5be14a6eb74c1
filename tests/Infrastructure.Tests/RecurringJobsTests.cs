using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Storage;
using InvestPromo.Domain.Common;
using InvestPromo.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>Every recurring job is registered from one place, on China time.</summary>
public sealed class RecurringJobsTests
{
    private static List<RecurringJobDto> Register(JobOptions options, int times = 1)
    {
        using var storage = new InMemoryStorage();
        var manager = new RecurringJobManager(storage);
        for (var i = 0; i < times; i++)
        {
            new RecurringJobs(manager, Options.Create(options)).Register();
        }

        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs();
    }

    [Fact]
    public void The_API_key_housekeeping_runs_at_the_configured_time_in_China()
    {
        var job = Assert.Single(Register(new JobOptions()), j => j.Id == RecurringJobs.RetireUnusedApiKeys);

        Assert.Equal("30 3 * * *", job.Cron);
        Assert.Equal(ChinaTime.ZoneId, job.TimeZoneId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(job.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(8), zone.BaseUtcOffset);
        Assert.False(zone.SupportsDaylightSavingTime && zone.IsDaylightSavingTime(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Null(job.LoadException);
        Assert.Equal(typeof(RetireUnusedApiKeysJob), job.Job.Type);
        Assert.Equal(nameof(RetireUnusedApiKeysJob.RunAsync), job.Job.Method.Name);
    }

    [Fact]
    public void The_next_run_is_half_past_three_in_the_morning_China_time()
    {
        var job = Assert.Single(Register(new JobOptions()), j => j.Id == RecurringJobs.RetireUnusedApiKeys);

        Assert.NotNull(job.NextExecution);
        var next = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(job.NextExecution.Value, DateTimeKind.Utc), ChinaTime.Zone);
        Assert.Equal(new TimeOnly(3, 30), TimeOnly.FromDateTime(next));
    }

    [Fact]
    public void The_review_digest_runs_daily_at_nine_in_the_morning_China_time()
    {
        var job = Assert.Single(Register(new JobOptions()), j => j.Id == RecurringJobs.ReviewDigest);

        Assert.Equal("notifications:review-digest", job.Id);
        Assert.Equal("0 9 * * *", job.Cron);
        Assert.Equal(ChinaTime.ZoneId, job.TimeZoneId);
        Assert.Equal(typeof(ReviewDigestJob), job.Job.Type);
        Assert.NotNull(job.NextExecution);
        var next = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(job.NextExecution.Value, DateTimeKind.Utc), ChinaTime.Zone);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(next));
    }

    [Fact]
    public void The_quarterly_scheduling_runs_at_half_past_midnight_on_the_first_day_of_each_quarter_China_time()
    {
        var job = Assert.Single(Register(new JobOptions()), j => j.Id == RecurringJobs.QuarterlyScheduling);

        Assert.Equal("30 0 1 1,4,7,10 *", job.Cron);
        Assert.Equal(ChinaTime.ZoneId, job.TimeZoneId);
        Assert.Null(job.LoadException);
        Assert.Equal(typeof(QuarterlySchedulingJob), job.Job.Type);
        Assert.NotNull(job.NextExecution);
        var next = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(job.NextExecution.Value, DateTimeKind.Utc), ChinaTime.Zone);
        Assert.Equal(new TimeOnly(0, 30), TimeOnly.FromDateTime(next));
        Assert.Equal(1, next.Day);
        Assert.True(next.Month is 1 or 4 or 7 or 10);
    }

    [Fact]
    public void A_configured_quarterly_cron_is_used()
    {
        var job = Assert.Single(Register(new JobOptions { QuarterlySchedulingCron = "0 2 2 1,4,7,10 *" }), j => j.Id == RecurringJobs.QuarterlyScheduling);

        Assert.Equal("0 2 2 1,4,7,10 *", job.Cron);
    }

    [Fact]
    public void A_configured_cron_is_used()
    {
        var job = Assert.Single(Register(new JobOptions { RetireUnusedApiKeysCron = "0 2 * * 1" }), j => j.Id == RecurringJobs.RetireUnusedApiKeys);

        Assert.Equal("0 2 * * 1", job.Cron);
    }

    [Fact]
    public void Registering_again_keeps_one_job_per_id()
    {
        var jobs = Register(new JobOptions(), times: 3);

        Assert.Single(jobs, j => j.Id == RecurringJobs.RetireUnusedApiKeys);
        Assert.Equal(jobs.Count, jobs.Select(j => j.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_job_whose_lock_is_held_elsewhere_keeps_its_schedule_and_the_others_are_registered()
    {
        // After a database restart cut off the instance scheduling it (or a SIGKILL), Hangfire's PostgreSQL storage keeps the
        // job's lock for its timeout (10 minutes): an instance starting meanwhile must still start (the reliability run).
        using var storage = new InMemoryStorage();
        var manager = new LockHeldFor(new RecurringJobManager(storage), RecurringJobs.ReviewDigest, RecurringJobs.Evaluation);

        new RecurringJobs(manager, Options.Create(new JobOptions())).Register();

        using var connection = storage.GetConnection();
        var ids = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        Assert.DoesNotContain(RecurringJobs.ReviewDigest, ids);
        Assert.DoesNotContain(RecurringJobs.Evaluation, ids);
        Assert.Contains(RecurringJobs.WeeklyPublication, ids);
        Assert.Contains(RecurringJobs.DeliverWebhooks, ids);
        Assert.Equal(8, ids.Count);
    }

    [Fact]
    public void Any_other_failure_to_register_still_fails_the_start_up()
    {
        var manager = new Failing(new InvalidOperationException("storage unreachable"));

        Assert.Throws<InvalidOperationException>(() => new RecurringJobs(manager, Options.Create(new JobOptions())).Register());
    }

    /// <summary>Hangfire's lock timeout for one id, the PostgreSQL storage's (named like its internal type) for another.</summary>
    private sealed class LockHeldFor(IRecurringJobManager inner, string hangfireLock, string postgreSqlLock) : IRecurringJobManager
    {
        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options)
        {
            if (recurringJobId == hangfireLock)
            {
                throw new DistributedLockTimeoutException("recurring-job:" + recurringJobId);
            }

            if (recurringJobId == postgreSqlLock)
            {
                throw new PostgreSqlDistributedLockException("Timeout expired. The timeout elapsed prior to obtaining a distributed lock.");
            }

            inner.AddOrUpdate(recurringJobId, job, cronExpression, options);
        }

        public void Trigger(string recurringJobId) => inner.Trigger(recurringJobId);

        public void RemoveIfExists(string recurringJobId) => inner.RemoveIfExists(recurringJobId);
    }

    private sealed class Failing(Exception failure) : IRecurringJobManager
    {
        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) => throw failure;

        public void Trigger(string recurringJobId) => throw failure;

        public void RemoveIfExists(string recurringJobId) => throw failure;
    }

#pragma warning disable CA1064 // a stand-in for Hangfire.PostgreSql's internal exception type, matched by its name
    private sealed class PostgreSqlDistributedLockException(string message) : Exception(message);
#pragma warning restore CA1064

    [Fact]
    public void China_time_is_UTC_plus_eight_all_year()
    {
        Assert.Equal("Asia/Shanghai", ChinaTime.Zone.Id);
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(ChinaTime.Zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)), ChinaTime.Offset);
    }
}

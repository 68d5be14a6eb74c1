using Hangfire;
using InvestPromo.Application.ApiKeys.Commands;
using InvestPromo.Infrastructure.Time;
using Mediator;
using Microsoft.Extensions.Options;

namespace InvestPromo.Infrastructure.Jobs;

/// <summary>Configuration section "Jobs".</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>API keys unused for this many days are retired by housekeeping.</summary>
    public int RetireUnusedApiKeysAfterDays { get; set; } = 180;

    /// <summary>Cron (Asia/Shanghai) of the API key housekeeping job.</summary>
    public string RetireUnusedApiKeysCron { get; set; } = "30 3 * * *";
}

/// <summary>The one place every recurring job is registered, all in China time.</summary>
public sealed class RecurringJobs(IRecurringJobManager manager, IOptions<JobOptions> options)
{
    public const string RetireUnusedApiKeys = "housekeeping:retire-unused-api-keys";

    public void Register()
    {
        var china = new RecurringJobOptions { TimeZone = ChinaTime.Zone };
        manager.AddOrUpdate<RetireUnusedApiKeysJob>(RetireUnusedApiKeys, job => job.RunAsync(CancellationToken.None), options.Value.RetireUnusedApiKeysCron, china);
    }
}

/// <summary>Retires API keys nobody has used for a long time. Thin: it sends one idempotent command.</summary>
public sealed class RetireUnusedApiKeysJob(ISender sender, IOptions<JobOptions> options)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new RetireUnusedApiKeysCommand(options.Value.RetireUnusedApiKeysAfterDays), cancellationToken);
}

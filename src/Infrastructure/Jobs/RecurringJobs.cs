using Hangfire;
using Hangfire.Storage;
using InvestPromo.Application.Analysis.Commands.RebuildApprovalTotals;
using InvestPromo.Application.ApiKeys.Commands.RetireUnusedApiKeys;
using InvestPromo.Application.Auth.Commands.PurgeSignInThrottles;
using InvestPromo.Application.Auth.Commands.PurgeEndedSessions;
using InvestPromo.Application.Evaluations.Commands.OpenEvaluation;
using InvestPromo.Application.Idempotency.Commands.PurgeIdempotencyKeys;
using InvestPromo.Application.Notifications.Commands.SendReviewDigest;
using InvestPromo.Application.Projects.Service.Commands.SendServiceDigest;
using InvestPromo.Application.Publications;
using InvestPromo.Application.Publications.Commands.PublishDueWeeks;
using InvestPromo.Application.Quarterly.Commands.RunQuarterlyScheduling;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Application.Webhooks;
using InvestPromo.Application.Webhooks.Commands.DeliverWebhooks;
using InvestPromo.Domain.Common;
using Mediator;
using Microsoft.Extensions.Logging;
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

    /// <summary>Cron (Asia/Shanghai) of the housekeeping that deletes failed sign-in counts no longer refusing anyone.</summary>
    public string PurgeSignInThrottlesCron { get; set; } = "45 3 * * *";
    /// <summary>Cron (Asia/Shanghai) of the housekeeping that deletes long-ended sign-in sessions (how long: Sessions:KeepEndedDays).</summary>
    public string PurgeEndedSessionsCron { get; set; } = "45 3 * * *";

    /// <summary>Cron (Asia/Shanghai) of the housekeeping that deletes Idempotency-Keys older than Idempotency:Retention (hourly).</summary>
    public string PurgeIdempotencyKeysCron { get; set; } = "20 * * * *";

    /// <summary>Cron (Asia/Shanghai) of the reviewers' digest of reviews due today and overdue.</summary>
    public string ReviewDigestCron { get; set; } = "0 9 * * *";

    /// <summary>Cron (Asia/Shanghai) of the nightly check of the analysis totals against the filings.</summary>
    public string RebuildApprovalTotalsCron { get; set; } = "15 2 * * *";

    /// <summary>Cron (Asia/Shanghai) of the quarterly scheduling (季调度) of the quarter just ended: 00:30 on 1 January, April, July, October.</summary>
    public string QuarterlySchedulingCron { get; set; } = "30 0 1 1,4,7,10 *";

    /// <summary>Cron (Asia/Shanghai) of the yearly association evaluation: 00:30 on 1 December, when the period has just closed.</summary>
    public string EvaluationCron { get; set; } = "30 0 1 12 *";
}

/// <summary>
/// The one place every recurring job is registered, all in China time. A job whose lock another holder keeps (an instance
/// registering or scheduling it, or one killed or cut off from the database while it held it: Hangfire's PostgreSQL storage
/// frees that lock after its timeout, 10 minutes) keeps its stored schedule and is logged: start-up does not fail for it.
/// </summary>
public sealed partial class RecurringJobs(
    IRecurringJobManager manager,
    IOptions<JobOptions> options,
    PublicationOptions? publication = null,
    WebhookOptions? webhooks = null,
    ILogger<RecurringJobs>? logger = null)
{
    public const string WeeklyPublication = "publication:weekly";
    public const string RetireUnusedApiKeys = "housekeeping:retire-unused-api-keys";
    public const string PurgeSignInThrottles = "housekeeping:purge-sign-in-throttles";
    public const string PurgeEndedSessions = "housekeeping:purge-ended-sessions";
    public const string PurgeIdempotencyKeys = "housekeeping:purge-idempotency-keys";
    public const string ReviewDigest = "notifications:review-digest";
    public const string RebuildApprovalTotals = "analysis:rebuild-approval-totals";
    public const string DeliverWebhooks = "webhooks:deliver";
    public const string QuarterlyScheduling = "quarterly:scheduling";
    public const string Evaluation = "evaluation:yearly";

    public void Register()
    {
        var china = new RecurringJobOptions { TimeZone = ChinaTime.Zone };
        AddOrUpdate<RetireUnusedApiKeysJob>(RetireUnusedApiKeys, job => job.RunAsync(CancellationToken.None), options.Value.RetireUnusedApiKeysCron, china);
        AddOrUpdate<PurgeSignInThrottlesJob>(PurgeSignInThrottles, job => job.RunAsync(CancellationToken.None), options.Value.PurgeSignInThrottlesCron, china);
        AddOrUpdate<PurgeEndedSessionsJob>(PurgeEndedSessions, job => job.RunAsync(CancellationToken.None), options.Value.PurgeEndedSessionsCron, china);
        AddOrUpdate<PurgeIdempotencyKeysJob>(PurgeIdempotencyKeys, job => job.RunAsync(CancellationToken.None), options.Value.PurgeIdempotencyKeysCron, china);
        AddOrUpdate<ReviewDigestJob>(ReviewDigest, job => job.RunAsync(CancellationToken.None), options.Value.ReviewDigestCron, china);
        AddOrUpdate<WeeklyPublicationJob>(WeeklyPublication, job => job.RunAsync(CancellationToken.None), (publication ?? new PublicationOptions()).Cron, china);
        AddOrUpdate<RebuildApprovalTotalsJob>(RebuildApprovalTotals, job => job.RunAsync(CancellationToken.None), options.Value.RebuildApprovalTotalsCron, china);
        AddOrUpdate<QuarterlySchedulingJob>(QuarterlyScheduling, job => job.RunAsync(CancellationToken.None), options.Value.QuarterlySchedulingCron, china);
        AddOrUpdate<EvaluationJob>(Evaluation, job => job.RunAsync(CancellationToken.None), options.Value.EvaluationCron, china);
        AddOrUpdate<DeliverWebhooksJob>(DeliverWebhooks, job => job.RunAsync(CancellationToken.None), (webhooks ?? new WebhookOptions()).Cron, china);
    }

    private void AddOrUpdate<T>(string id, System.Linq.Expressions.Expression<Func<T, Task>> run, string cron, RecurringJobOptions jobOptions)
    {
        try
        {
            manager.AddOrUpdate(id, run, cron, jobOptions);
        }
        catch (Exception e) when (IsLockTimeout(e))
        {
            if (logger is not null)
            {
                LogLockHeld(logger, id, e.Message);
            }
        }
    }

    /// <summary>Hangfire's lock timeout, or a storage's own (Hangfire.PostgreSql's <c>PostgreSqlDistributedLockException</c> is internal).</summary>
    private static bool IsLockTimeout(Exception e) =>
        e is DistributedLockTimeoutException || e.GetType().Name.EndsWith("DistributedLockException", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recurring job {JobId} not registered at start-up: its lock is held elsewhere ({Reason}); its stored schedule stands")]
    private static partial void LogLockHeld(ILogger logger, string jobId, string reason);
}

/// <summary>Retires API keys nobody has used for a long time. Thin: it sends one idempotent command.</summary>
public sealed class RetireUnusedApiKeysJob(ISender sender, IOptions<JobOptions> options)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new RetireUnusedApiKeysCommand(options.Value.RetireUnusedApiKeysAfterDays), cancellationToken);
}

/// <summary>
/// Housekeeping: deletes the failed sign-in counts that can no longer refuse anyone (one idempotent, set-based command), and the
/// shared rate-limit windows that have ended. Answers the rows removed, both together.
/// </summary>
public sealed class PurgeSignInThrottlesJob(ISender sender, RateLimiting.SharedRateLimitWindows windows)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new PurgeSignInThrottlesCommand(), cancellationToken) + await windows.PurgeEndedAsync(cancellationToken);
}

/// <summary>Deletes sign-in sessions that ended long ago. Thin: it sends one idempotent, set-based command.</summary>
public sealed class PurgeEndedSessionsJob(ISender sender)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new PurgeEndedSessionsCommand(), cancellationToken);
}

/// <summary>Deletes Idempotency-Keys older than the retention. Thin: it sends one idempotent, set-based command.</summary>
public sealed class PurgeIdempotencyKeysJob(ISender sender)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new PurgeIdempotencyKeysCommand(), cancellationToken);
}

/// <summary>
/// Every morning: each reviewer's digest of reviews due today and overdue, then each service owner's digest of revisits due and
/// problems overdue. Thin: two idempotent commands (a retry sends neither digest twice).
/// </summary>
public sealed class ReviewDigestJob(ISender sender)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new SendReviewDigestCommand(), cancellationToken)
        + await sender.Send(new SendServiceDigestCommand(), cancellationToken);
}

/// <summary>Mondays 09:00 China time: publishes last week (and any week missed). Thin: one idempotent command.</summary>
public sealed class WeeklyPublicationJob(ISender sender)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new PublishDueWeeksCommand(), cancellationToken);
}

/// <summary>
/// Nightly: recomputes the analysis totals from the filings and replaces them if they drifted (they should not: every change
/// keeps them in step in its own transaction). Thin: one idempotent command; answers how many rows differed.
/// </summary>
public sealed class RebuildApprovalTotalsJob(ISender sender)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new RebuildApprovalTotalsCommand(), cancellationToken);
}

/// <summary>
/// Every minute, and right after each commit that wrote a webhook event: delivers the due webhook deliveries. Thin: one
/// idempotent command. No Hangfire retry (a failed attempt is the delivery's own retry, with backoff) and no global lock:
/// each delivery is claimed by a conditional update, so runs side by side (two instances) never send one twice at once.
/// </summary>
public sealed class DeliverWebhooksJob(ISender sender)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new DeliverWebhooksCommand(), cancellationToken);
}

/// <summary>
/// 00:30 China time on 1 January, April, July and October: the quarterly scheduling (季调度) of the quarter just ended. Thin: one
/// idempotent command (a quarter already reported is left as it is; two instances at once store one report).
/// </summary>
public sealed class QuarterlySchedulingJob(ISender sender, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var quarter = YearQuarter.JustEnded(ChinaTime.DateOf(clock.GetUtcNow()));
        var report = await sender.Send(new RunQuarterlySchedulingCommand(quarter.Year, quarter.Quarter), cancellationToken);
        return report.Revision;
    }
}

/// <summary>
/// 1 December, 00:30 China time: opens the evaluation of the year whose period (1 December .. 30 November) has just closed. Thin: one
/// idempotent command in one transaction (a repeated or concurrent run answers the year already open; a failed run writes nothing).
/// </summary>
public sealed class EvaluationJob(ISender sender, TimeProvider clock)
{
    /// <summary>The year whose period closed last: this year from 1 December, else last year.</summary>
    public static int YearClosedBy(DateOnly today) => today.Month == 12 ? today.Year : today.Year - 1;

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new OpenEvaluationCommand(YearClosedBy(ChinaTime.DateOf(clock.GetUtcNow()))), cancellationToken)).AssociationCount;
}

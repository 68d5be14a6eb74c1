using Hangfire.Common;
using Hangfire.Server;
using InvestPromo.Application.Common.Metrics;

namespace InvestPromo.Infrastructure.Jobs;

/// <summary>
/// Counts every job this process's Hangfire server performs (investpromo.jobs.runs by job and outcome, investpromo.jobs.failures
/// by job), named by the job's class: the one place all job wrappers pass through. Given to this server only (its filter provider),
/// never to Hangfire's global filters, so two hosts in one process (tests) each count their own runs.
/// </summary>
public sealed class JobMetricsFilter(InvestPromoMetrics metrics) : IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.BackgroundJob?.Job?.Type.Name ?? "unknown";
        metrics.JobRan(job, failed: context.Exception is not null && !context.ExceptionHandled);
    }

    /// <summary>Hangfire's filters (global and attributes) and this one.</summary>
    public sealed class Provider(IJobFilterProvider inner, JobMetricsFilter filter) : IJobFilterProvider
    {
        private readonly JobFilter counting = new(filter, JobFilterScope.Global, order: null);

        public IEnumerable<JobFilter> GetFilters(Job job) => inner.GetFilters(job).Append(counting);
    }
}

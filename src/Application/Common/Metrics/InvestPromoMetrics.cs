using System.Diagnostics.Metrics;

namespace InvestPromo.Application.Common.Metrics;

/// <summary>
/// The domain's counters, on the BCL's <see cref="Meter"/> named <see cref="MeterName"/> (no OpenTelemetry package here: the
/// web host's OpenTelemetry setup listens to this meter and serves it at /metrics). One instance per service provider.
/// Gauges read from the database (reviews overdue, objections open) are registered by Infrastructure on <see cref="Meter"/>.
/// </summary>
public sealed class InvestPromoMetrics
{
    public const string MeterName = "InvestPromo";

    private readonly Counter<long> filingsSubmitted;
    private readonly Counter<long> jobRuns;
    private readonly Counter<long> jobFailures;
    private readonly Counter<long> signInFailures;

    public InvestPromoMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MeterName);
        filingsSubmitted = Meter.CreateCounter<long>("investpromo.filings.submitted", description: "Filings submitted or resubmitted for review (committed).");
        jobRuns = Meter.CreateCounter<long>("investpromo.jobs.runs", description: "Background job runs, by job and outcome.");
        jobFailures = Meter.CreateCounter<long>("investpromo.jobs.failures", description: "Background job runs that failed, by job.");
        signInFailures = Meter.CreateCounter<long>("investpromo.sign_in.failures", description: "Refused password sign-ins, by reason.");
    }

    public Meter Meter { get; }

    /// <summary>A submission was committed; <paramref name="resubmitted"/> when a returned filing came back.</summary>
    public void FilingSubmitted(bool resubmitted) =>
        filingsSubmitted.Add(1, new KeyValuePair<string, object?>("kind", resubmitted ? "resubmission" : "first"));

    /// <summary>A background job ran (named by its class: a bounded set).</summary>
    public void JobRan(string job, bool failed)
    {
        var name = new KeyValuePair<string, object?>("job", job);
        jobRuns.Add(1, name, new KeyValuePair<string, object?>("outcome", failed ? "failed" : "succeeded"));
        if (failed)
        {
            jobFailures.Add(1, name);
        }
    }

    /// <summary>A password sign-in was refused; <paramref name="reason"/> is the error code answered (a bounded set).</summary>
    public void SignInFailed(string reason) =>
        signInFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));
}

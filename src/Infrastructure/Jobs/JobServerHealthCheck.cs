using System.Globalization;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InvestPromo.Infrastructure.Jobs;

/// <summary>
/// Readiness check "jobs": some Hangfire server (this instance's or another's on the same storage) has beaten within
/// <see cref="HangfireOptions.HeartbeatTolerance"/>. None: unhealthy when this instance should run one (its server is stuck or
/// its storage unreachable); degraded when it runs none (Hangfire:ServerEnabled false), since it can still serve requests while
/// the jobs wait for a server elsewhere. One small query of Hangfire's server list per check.
/// </summary>
public sealed class JobServerHealthCheck(JobStorage storage, HangfireOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Hangfire stamps heartbeats with the machine's clock, not the app's TimeProvider.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var servers = storage.GetMonitoringApi().Servers();
        var alive = servers.Count(s => s.Heartbeat is { } beat && now - DateTime.SpecifyKind(beat, DateTimeKind.Utc) <= options.HeartbeatTolerance);
        var data = new Dictionary<string, object>
        {
            ["servers"] = servers.Count,
            ["alive"] = alive,
            ["thisInstanceRunsJobs"] = options.ServerEnabled,
        };
        if (alive > 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"{alive} job server(s) alive"), data));
        }

        var tolerance = string.Create(CultureInfo.InvariantCulture, $"{options.HeartbeatTolerance.TotalSeconds:0} s");
        return Task.FromResult(options.ServerEnabled
            ? HealthCheckResult.Unhealthy($"No job server has reported within {tolerance}, though this instance should run one", data: data)
            : HealthCheckResult.Degraded($"No job server has reported within {tolerance}: jobs wait until one runs (Hangfire:ServerEnabled is false here)", data: data));
    }
}

using InvestPromo.Infrastructure.Jobs;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>Hangfire:ServerEnabled (Hangfire__ServerEnabled) chooses the instances that run jobs; every instance enqueues.</summary>
public sealed class HangfireServerSwitchTests
{
    private static ServiceCollection Jobs(bool serverEnabled)
    {
        var services = new ServiceCollection();
        services.AddJobs(DatabaseProvider.Sqlite, "Data Source=unused.db", new HangfireOptions { ServerEnabled = serverEnabled });
        return services;
    }

    [Fact]
    public void A_server_runs_by_default()
    {
        Assert.True(new HangfireOptions().ServerEnabled);
        Assert.Single(Jobs(serverEnabled: true), d => d.ServiceType == typeof(IHostedService));
    }

    [Fact]
    public void Switched_off_no_server_runs_but_jobs_can_still_be_enqueued()
    {
        var services = Jobs(serverEnabled: false);

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Contains(services, d => d.ServiceType == typeof(Hangfire.IBackgroundJobClient));
        Assert.Contains(services, d => d.ServiceType == typeof(Hangfire.JobStorage));
    }
}

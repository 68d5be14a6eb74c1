using Hangfire;
using Hangfire.Common;
using InvestPromo.Application.Common.Metrics;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Infrastructure.Jobs;

/// <summary>Configuration section "Hangfire".</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    /// <summary>Run a job server in this process (the dashboard and enqueuing work without it).</summary>
    public bool ServerEnabled { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// Health (/health/ready, check "jobs"): a job server counts as alive while its last heartbeat is at most this old. Hangfire
    /// beats every 30 s and drops a server silent for 5 minutes.
    /// </summary>
    public TimeSpan HeartbeatTolerance { get; set; } = TimeSpan.FromMinutes(2);
}

public static class HangfireSetup
{
    /// <summary>Job storage follows the database: in memory with SQLite, the same server otherwise (schema "hangfire").</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, DatabaseProvider provider, string connectionString, HangfireOptions options)
    {
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (provider)
            {
                case DatabaseProvider.Sqlite:
                    config.UseInMemoryStorage();
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(connectionString, new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
            }
        });

        if (options.ServerEnabled)
        {
            services.AddHangfireServer((sp, o) =>
            {
                o.WorkerCount = Math.Max(1, options.WorkerCount);
                o.FilterProvider = new JobMetricsFilter.Provider(sp.GetRequiredService<IJobFilterProvider>(), new JobMetricsFilter(sp.GetRequiredService<InvestPromoMetrics>()));
            });
        }

        services.AddScoped<RecurringJobs>();
        services.AddScoped<RetireUnusedApiKeysJob>();
        services.AddScoped<PurgeSignInThrottlesJob>();
        services.AddScoped<PurgeEndedSessionsJob>();
        services.AddScoped<PurgeIdempotencyKeysJob>();
        services.AddScoped<ReviewDigestJob>();
        services.AddScoped<WeeklyPublicationJob>();
        services.AddScoped<RebuildApprovalTotalsJob>();
        services.AddScoped<DeliverWebhooksJob>();
        services.AddScoped<QuarterlySchedulingJob>();
        return services;
    }
}

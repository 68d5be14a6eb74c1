using InvestPromo.Infrastructure.Jobs;
using InvestPromo.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvestPromo.Infrastructure.Persistence;

/// <summary>At start-up: applies migrations (unless switched off), seeds, and registers the recurring jobs.</summary>
public sealed partial class DatabaseInitializer(IServiceProvider services, IOptions<DatabaseOptions> options, IHostEnvironment environment, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            await MigrateAsync(services, cancellationToken);
        }

        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DatabaseSeeder>();
        await seeder.SeedAsync(cancellationToken);
        await BuildApprovalTotalsIfNeverBuiltAsync(scope.ServiceProvider, cancellationToken);
        scope.ServiceProvider.GetRequiredService<RecurringJobs>().Register();
        if (seeder.DemoEnabled && environment.IsDevelopment())
        {
            LogDemo(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A database upgraded to the analysis totals has counted filings and no totals yet, and one upgraded to the month rows
    /// (<see cref="Domain.Analysis.ApprovalDimension.RegionByMonth"/>) has daily region rows and no month rows: they are built once, here.
    /// </summary>
    private static async Task BuildApprovalTotalsIfNeverBuiltAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var db = scoped.GetRequiredService<ApplicationDbContext>();
        var neverBuilt = !await db.ApprovalTotals.AnyAsync(cancellationToken)
            && await db.Filings.AnyAsync(f => f.Status == Domain.Filings.FilingStatus.Approved || f.Status == Domain.Filings.FilingStatus.UnderReReview, cancellationToken);
        var monthsMissing = !neverBuilt
            && await db.ApprovalTotals.AnyAsync(t => t.Dimension == Domain.Analysis.ApprovalDimension.SourceRegion && t.Count != 0, cancellationToken)
            && !await db.ApprovalTotals.AnyAsync(t => t.Dimension == Domain.Analysis.ApprovalDimension.RegionByMonth, cancellationToken);
        if (neverBuilt || monthsMissing)
        {
            await scoped.GetRequiredService<Mediator.ISender>().Send(new Application.Analysis.Commands.RebuildApprovalTotals.RebuildApprovalTotalsCommand(), cancellationToken);
        }
    }

    /// <summary>Applies pending migrations; also what the "migrate" command runs.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DatabaseInitializer>>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, db.Database.ProviderName ?? "?", string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying migrations on {Provider}: {Migrations}")]
    private static partial void LogMigrating(ILogger logger, string provider, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is on. Demo logins: admin/Admin#2026-Demo, reviewer/Reviewer#2026-Demo, filer/Filer#2026-Demo (武陵区), filer2/Filer#2026-Demo (鼎城区), leader/Leader#2026-Demo, association/Assoc#2026-Demo")]
    private static partial void LogDemo(ILogger logger);
}

using InvestPromo.Api.Hosting;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Webhooks;
using InvestPromo.Infrastructure.Persistence;
using InvestPromo.Infrastructure.Persistence.Seeding;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Application.IntegrationTests.Infrastructure;

/// <summary>
/// The use cases as the app composes them (<see cref="ApiHost.AddUseCases"/>: Application, Infrastructure, Mediator and its
/// pipeline) in a plain service provider — no HTTP — on a real database (INVESTPROMO_TEST_PROVIDER, as the API tests).
/// Migrated and seeded with the demo city once; <see cref="ResetAsync"/> puts the database back to that baseline before
/// each test. The caller and the clock are the test's: <see cref="SendAsync{T}(Caller, ICommand{T})"/> runs each message in
/// its own scope as that caller, as a request would.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class AppFixture : IAsyncLifetime
{
    /// <summary>Where the clock stands at the start of every test: Monday 2026-11-23 10:00 China time.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Set INVESTPROMO_TEST_LOGS=1 to see the app's warnings and errors on the console.</summary>
    private static readonly bool ShowLogs = Environment.GetEnvironmentVariable("INVESTPROMO_TEST_LOGS") == "1";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "investpromo-app-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private TestDatabase? database;
    private ServiceProvider? services;
    private bool hasSnapshot;
    private Dictionary<string, Caller> users = new(StringComparer.Ordinal);
    private Dictionary<string, Guid> chains = new(StringComparer.Ordinal);
    private Dictionary<string, Guid> units = new(StringComparer.Ordinal);

    public TestClock Clock { get; } = new(Start);

    /// <summary>Counts the delivery runs the app asked for after commits (reset with the database).</summary>
    public CountingWebhookTrigger WebhookTrigger { get; } = new();

    public IServiceProvider Services => services ?? throw new InvalidOperationException("The fixture has not started.");

    public DatabaseProvider Provider => database?.Provider ?? TestDatabase.RequestedProvider();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        database = await TestDatabase.CreateAsync(folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Provider.ToString(),
                ["ConnectionStrings:Default"] = database.ConnectionString,
                ["App:DataPath"] = Path.Combine(folder, "data"),
                ["Seed:Demo"] = "true",
                ["Hangfire:ServerEnabled"] = "false",
                ["Webhooks:AllowLoopbackTargets"] = "true",
            })
            .Build();
        var environment = new TestHostEnvironment(folder);

        var collection = new ServiceCollection();
        collection.AddLogging(logging =>
        {
            if (ShowLogs)
            {
                logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            }
        });
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddSingleton<IHostEnvironment>(environment);
        collection.AddUseCases(configuration, environment, startDatabase: false);

        // The test decides who calls (per scope) and what time it is.
        collection.RemoveAll<ICurrentUser>();
        collection.AddScoped<CallerHolder>();
        collection.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CallerHolder>().Caller);
        collection.RemoveAll<TimeProvider>();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);

        // Delivery runs are the test's to start (DeliverWebhooksCommand); the after-commit kick is only counted.
        collection.RemoveAll<IWebhookDeliveryTrigger>();
        collection.AddSingleton<IWebhookDeliveryTrigger>(WebhookTrigger);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        // What the app's DatabaseInitializer does at start-up: migrate, then seed.
        await DatabaseInitializer.MigrateAsync(services, CancellationToken.None);
        await SeedAsync();
        // INVESTPROMO_TEST_RESEED=1: reset by emptying the tables and running the seeder again (slower; checks the seeder too).
        hasSnapshot = Environment.GetEnvironmentVariable("INVESTPROMO_TEST_RESEED") != "1" && await database.SnapshotAsync();
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is left behind, harmlessly.
        }
    }

    /// <summary>
    /// Back to the demo baseline: every table emptied (Respawn on PostgreSQL, DELETEs on SQLite) and the seeded rows put back
    /// from the snapshot (without one, the seeder runs again); the clock back at <see cref="Start"/>.
    /// </summary>
    public async Task ResetAsync()
    {
        Clock.Set(Start);
        WebhookTrigger.Reset();
        if (hasSnapshot)
        {
            await database!.RestoreAsync();
            return;
        }

        await database!.EmptyAsync();
        await SeedAsync();
    }

    /// <summary>A demo user (DemoData.Users) as the caller: "admin", "reviewer", "filer" (武陵区), "filer2" (鼎城区), "leader".</summary>
    public Caller User(string userName) => users[userName];

    /// <summary>The id of a seeded industry chain by code ("EQUIP", "NEV", …).</summary>
    public Guid ChainId(string code) => chains[code];

    /// <summary>The id of a seeded carrier unit by code ("430702" 武陵区, "430703" 鼎城区, …).</summary>
    public Guid UnitId(string code) => units[code];

    /// <summary>Sends a command in a new scope (a new DbContext), as <paramref name="caller"/>.</summary>
    public Task<T> SendAsync<T>(Caller caller, ICommand<T> command) => InScopeAsync(caller, (sender, ct) => sender.Send(command, ct));

    /// <summary>Sends a query in a new scope (a new DbContext), as <paramref name="caller"/>.</summary>
    public Task<T> SendAsync<T>(Caller caller, IQuery<T> query) => InScopeAsync(caller, (sender, ct) => sender.Send(query, ct));

    /// <summary>Reads (or arranges) the database directly, in a scope of its own.</summary>
    public async Task<T> DbAsync<T>(Func<ApplicationDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one scope kept open (one DbContext, as <paramref name="caller"/>): a request that read the
    /// database before another request saved, to show what a stale concurrent writer meets.
    /// </summary>
    public async Task InOneScopeAsync(Caller caller, Func<ISender, ApplicationDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerHolder>().Caller = caller;
        await work(scope.ServiceProvider.GetRequiredService<ISender>(), scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    private async Task<T> InScopeAsync<T>(Caller caller, Func<ISender, CancellationToken, ValueTask<T>> send)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerHolder>().Caller = caller;
        return await send(scope.ServiceProvider.GetRequiredService<ISender>(), CancellationToken.None);
    }

    private async Task SeedAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(CancellationToken.None);
        }

        // Seeding creates new ids: the lookups follow (a snapshot restore keeps the ids, so they are read once).
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            users = await db.Users.AsNoTracking()
                .ToDictionaryAsync(u => u.UserName!, u => new Caller(u.Id, u.UserName, u.UnitId, u.Role) { AssociationId = u.AssociationId }, StringComparer.Ordinal);
            chains = await db.IndustryChains.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.Ordinal);
            units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal);
        }
    }

    private sealed class CallerHolder
    {
        public Caller Caller { get; set; } = Caller.System;
    }

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "InvestPromo.Application.IntegrationTests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>The after-commit kick of the delivery job, counted instead of enqueued.</summary>
public sealed class CountingWebhookTrigger : IWebhookDeliveryTrigger
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Trigger() => Interlocked.Increment(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);
}

[CollectionDefinition(Name)]
public sealed class AppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "Application";
}

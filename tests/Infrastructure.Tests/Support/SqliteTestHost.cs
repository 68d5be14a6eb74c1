using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace InvestPromo.Infrastructure.Tests.Support;

/// <summary>
/// The app's infrastructure as the app wires it (<see cref="DependencyInjection.AddInfrastructure"/>), on a fresh
/// SQLite file in a temporary folder that is deleted afterwards. Migrated by the app's own migrator.
/// </summary>
internal sealed class SqliteTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private SqliteTestHost(string folder, Action<IServiceCollection>? configure)
    {
        Folder = folder;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "x.db")}",
                ["App:DataPath"] = folder,
                ["Seed:Demo"] = "true",
                ["Hangfire:ServerEnabled"] = "false",
            })
            .Build();
        var environment = new TestHostEnvironment(folder);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddInfrastructure(configuration, environment, startDatabase: false);
        services.AddSingleton<IPublisher, NoOpPublisher>();
        services.AddSingleton(User);
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestUser>());
        services.AddSingleton(Clock);
        services.AddSingleton<TimeProvider>(Clock);
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public string Folder { get; }

    public IServiceProvider Services => _provider;

    public FakeTimeProvider Clock { get; } = new(Start);

    public TestUser User { get; } = new() { UserId = Guid.Parse("0195a3c4-0000-7000-8000-00000000a001"), Name = "admin" };

    /// <param name="seed">Seed the demo data.</param>
    /// <param name="configure">Changes to the services after the app's (a later registration wins).</param>
    public static async Task<SqliteTestHost> StartAsync(bool seed = false, Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "investpromo-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var host = new SqliteTestHost(folder, configure);
        await DatabaseInitializer.MigrateAsync(host.Services, CancellationToken.None);
        if (seed)
        {
            await host.SeedAsync();
        }

        return host;
    }

    public async Task SeedAsync()
    {
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Persistence.Seeding.DatabaseSeeder>().SeedAsync(CancellationToken.None);
    }

    /// <summary>A new scope, so each step gets its own context (as each request does).</summary>
    public AsyncServiceScope Scope() => _provider.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left in the temporary folder; it does not affect other tests.
        }
    }
}

internal static class ScopeExtensions
{
    public static ApplicationDbContext Db(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
}

using InvestPromo.Api.Hosting;
using InvestPromo.Infrastructure.Persistence;

// Operators: `dotnet InvestPromo.Api.dll backup <dir>` and `restore <dir> [--force]` (SQLite; PostgreSQL: README, "Backups").
if (DataCommand.Parse(args) is { } dataCommand)
{
    return await dataCommand.RunAsync(Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
try
{
    builder.AddInvestPromo(startDatabase: !migrateOnly && !builder.Environment.IsEnvironment(ApiHost.OpenApiGenerationEnvironment));

    var app = builder.Build();

    if (migrateOnly)
    {
        // Operators: `dotnet InvestPromo.Api.dll migrate` applies pending migrations and exits.
        await DatabaseInitializer.MigrateAsync(app.Services, CancellationToken.None);
        return 0;
    }

    app.UseInvestPromo();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException && !builder.Environment.IsEnvironment(ApiHost.OpenApiGenerationEnvironment)
    && !builder.Environment.IsEnvironment("Testing"))
{
    // A wrong connection string, a missing role or database, an unreachable server, a bad setting: one line, exit code 1
    // (StartupFailure), never an unhandled exception's stack trace and abort. Under WebApplicationFactory (environment
    // Testing) the exception reaches the test as it is; the built app's behaviour is tested as a process (OperatorErrorTests).
    await Console.Error.WriteLineAsync(StartupFailure.Describe(e, builder.Configuration, migrateOnly ? "migrate" : "start-up"));
    return StartupFailure.ExitCode;
}

/// <summary>The entry point; public for WebApplicationFactory.</summary>
public partial class Program;

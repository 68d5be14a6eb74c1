using InvestPromo.Api.Hosting;
using InvestPromo.Infrastructure.Persistence;

// Operators: `dotnet InvestPromo.Api.dll backup <dir>` and `restore <dir> [--force]` (SQLite; PostgreSQL: README, "Backups").
if (DataCommand.Parse(args) is { } dataCommand)
{
    Environment.ExitCode = await dataCommand.RunAsync(Console.Out, Console.Error, CancellationToken.None);
    return;
}

var builder = WebApplication.CreateBuilder(args);
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
builder.AddInvestPromo(startDatabase: !migrateOnly && !builder.Environment.IsEnvironment(ApiHost.OpenApiGenerationEnvironment));

var app = builder.Build();

if (migrateOnly)
{
    // Operators: `dotnet InvestPromo.Api.dll migrate` applies pending migrations and exits.
    await DatabaseInitializer.MigrateAsync(app.Services, CancellationToken.None);
    return;
}

app.UseInvestPromo();
await app.RunAsync();

/// <summary>The entry point; public for WebApplicationFactory.</summary>
public partial class Program;

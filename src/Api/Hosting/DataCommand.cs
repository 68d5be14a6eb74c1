using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Infrastructure.Backup;
using InvestPromo.Infrastructure.Persistence;
using InvestPromo.Infrastructure.Storage;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// The operators' <c>backup DIR</c> and <c>restore DIR [--force]</c> commands (<c>dotnet InvestPromo.Api.dll backup /backups/2026-12-07</c>):
/// the app's host is built as for <c>migrate</c> (same configuration, nothing started) and the work is done by
/// <see cref="SqliteBackup"/>. PostgreSQL and SQL Server are backed up with their own tools: the command prints the procedure.
/// Exit codes: 0 done, 1 refused or failed (one line says why), 2 usage.
/// </summary>
public sealed class DataCommand
{
    public const string PostgreSqlProcedure = """
        PostgreSQL is backed up with its own tools, the app running or not (README, "Backups"):
          pg_dump -Fc --no-owner -d "$DATABASE_URL" -f investpromo.dump
          the attachment store: copy <App:DataPath>/attachments (Disk), or mirror the bucket (S3), after the dump
        and restored with the app stopped, into an empty database:
          pg_restore --no-owner --exit-on-error -d "$DATABASE_URL" investpromo.dump
          copy the attachment files (or the bucket) back, then start the app (it applies newer migrations).
        """;

    private DataCommand(string verb, string? folder, bool force, string[] hostArgs)
    {
        Verb = verb;
        Folder = folder;
        Force = force;
        HostArgs = hostArgs;
    }

    public string Verb { get; }

    public string? Folder { get; }

    public bool Force { get; }

    /// <summary>The rest of the command line, for the host's configuration (e.g. <c>--App:DataPath=/srv/data</c>).</summary>
    public string[] HostArgs { get; }

    /// <summary>A backup or restore command when the first argument names one; null for anything else (the app runs).</summary>
    public static DataCommand? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !(args[0].Equals("backup", StringComparison.OrdinalIgnoreCase) || args[0].Equals("restore", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var force = args.Skip(1).Contains("--force", StringComparer.Ordinal);
        var rest = args.Skip(1).Where(a => a != "--force").ToList();
        var folder = rest.Count > 0 && !rest[0].StartsWith("--", StringComparison.Ordinal) ? rest[0] : null;
        return new DataCommand(args[0].ToLowerInvariant(), folder, force, [.. rest.Skip(folder is null ? 0 : 1)]);
    }

    /// <summary>Builds the host from <see cref="HostArgs"/> (the database is not started) and runs the command.</summary>
    public async Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Folder is null)
        {
            await error.WriteLineAsync($"Usage: dotnet InvestPromo.Api.dll {Verb} <folder>{(Verb == "restore" ? " [--force]" : string.Empty)}");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(HostArgs);
        builder.AddInvestPromo(startDatabase: false);
        await using var app = builder.Build();
        return await RunAsync(app.Services, output, error, cancellationToken);
    }

    /// <summary>Runs the command with a built host's services.</summary>
    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.Provider;
        if (provider != DatabaseProvider.Sqlite)
        {
            await error.WriteLineAsync($"{Verb} works on SQLite only; this installation uses {provider}.");
            await error.WriteLineAsync(PostgreSqlProcedure);
            return 1;
        }

        var storage = scope.ServiceProvider.GetRequiredService<StorageOptions>();
        var attachmentRoot = (scope.ServiceProvider.GetRequiredService<IFileStorage>() as DiskFileStorage)?.Root;
        var keysFolder = Path.Combine(
            Infrastructure.DependencyInjection.DataPath(scope.ServiceProvider.GetRequiredService<IConfiguration>(), scope.ServiceProvider.GetRequiredService<IHostEnvironment>()), "keys");
        var backup = new SqliteBackup(
            scope.ServiceProvider.GetRequiredService<ApplicationDbContext>(), attachmentRoot, keysFolder, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        try
        {
            var manifest = Verb == "backup"
                ? await backup.BackupAsync(Folder!, cancellationToken)
                : await backup.RestoreAsync(Folder!, Force, cancellationToken);
            await output.WriteLineAsync(
                $"{(Verb == "backup" ? "Backed up" : "Restored")} {Path.GetFullPath(Folder!)}: migration {manifest.Migration}, " +
                $"{manifest.Rows.GetValueOrDefault("Filings")} filings, {manifest.Rows.GetValueOrDefault("AuditEntries")} audit entries, " +
                $"{manifest.AttachmentFiles} attachment files ({manifest.AttachmentBytes:N0} bytes), made {manifest.CreatedAt:u}.");
            if (storage.Provider == StorageProvider.S3)
            {
                await output.WriteLineAsync($"The attachments are in the S3 bucket {storage.S3.Bucket}: back it up (or put it back) with the object store's tools (README, \"Backups\").");
            }

            return 0;
        }
        catch (Exception e) when (e is BackupRefusedException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync($"{Verb} failed: {e.Message}");
            return 1;
        }
    }
}

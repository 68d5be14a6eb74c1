using System.Text.Json;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Backup;

/// <summary>What a backup folder holds, written last as manifest.json: a folder without it is not a finished backup.</summary>
public sealed record BackupManifest(
    int Format,
    DateTimeOffset CreatedAt,
    string Provider,
    string Migration,
    string Database,
    string? Attachments,
    string? Keys,
    long AttachmentFiles,
    long AttachmentBytes,
    IReadOnlyDictionary<string, long> Rows)
{
    public const string FileName = "manifest.json";

    public const int CurrentFormat = 1;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <summary>A backup or restore refused for a reason the operator can act on (the message says which); nothing was changed.</summary>
public sealed class BackupRefusedException(string message) : Exception(message);

/// <summary>
/// Backup and restore of a SQLite installation: the database through SQLite's online backup API (a consistent copy while
/// the app runs), then the disk attachment store's files (copied after the database: bytes are stored before the row that
/// names them commits, and a key is never rewritten, so every file the copied rows name is there). An S3 store is not
/// copied: its bucket is backed up with the object store's own tools (README, "Backups").
/// </summary>
/// The data-protection key folder, where keys are kept on disk, is copied too (sessions and protected secrets outlive a restore).
public sealed class SqliteBackup(ApplicationDbContext db, string? attachmentRoot, string? keysFolder, TimeProvider clock)
{
    public const string DatabaseFile = "investpromo.db";
    public const string AttachmentsFolder = "attachments";
    public const string KeysFolder = "keys";

    /// <summary>Writes a backup into <paramref name="folder"/> (new, or empty) and returns its manifest.</summary>
    public async Task<BackupManifest> BackupAsync(string folder, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupRefusedException($"The backup folder {folder} is not empty: name a new or empty folder.");
        }

        Directory.CreateDirectory(folder);
        var createdAt = clock.GetUtcNow();
        var target = Path.Combine(folder, DatabaseFile);
        await using (var source = new SqliteConnection(SourceConnectionString()))
        await using (var copy = new SqliteConnection(FileConnectionString(target, SqliteOpenMode.ReadWriteCreate)))
        {
            await source.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
            await using var journal = copy.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode = DELETE"; // one self-contained file, no -wal beside it
            await journal.ExecuteNonQueryAsync(cancellationToken);
        }

        var (migration, rows) = await ReadAsync(target, cancellationToken);
        long files = 0, bytes = 0;
        if (attachmentRoot is not null)
        {
            (files, bytes) = CopyFiles(attachmentRoot, Path.Combine(folder, AttachmentsFolder), cancellationToken);
        }

        var keys = keysFolder is not null && Directory.Exists(keysFolder);
        if (keys)
        {
            CopyFiles(keysFolder!, Path.Combine(folder, KeysFolder), cancellationToken);
        }

        var manifest = new BackupManifest(
            BackupManifest.CurrentFormat, createdAt, "Sqlite", migration, DatabaseFile, attachmentRoot is null ? null : AttachmentsFolder, keys ? KeysFolder : null, files, bytes, rows);
        await File.WriteAllTextAsync(Path.Combine(folder, BackupManifest.FileName), JsonSerializer.Serialize(manifest, BackupManifest.Json), cancellationToken);
        return manifest;
    }

    /// <summary>
    /// Puts a backup back: refuses a target that has a database or attachment files unless <paramref name="force"/>, and a
    /// backup whose last migration this build does not know (made by a newer version). Run it with the app stopped.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string folder, bool force, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        var manifestFile = Path.Combine(folder, BackupManifest.FileName);
        if (!File.Exists(manifestFile))
        {
            throw new BackupRefusedException($"{folder} is not a finished backup: {BackupManifest.FileName} is missing.");
        }

        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestFile, cancellationToken), BackupManifest.Json)
            ?? throw new BackupRefusedException($"{manifestFile} is empty.");
        if (manifest.Format != BackupManifest.CurrentFormat || manifest.Provider != "Sqlite")
        {
            throw new BackupRefusedException($"{manifestFile} is not a SQLite backup of format {BackupManifest.CurrentFormat}.");
        }

        if (!db.Database.GetMigrations().Contains(manifest.Migration, StringComparer.Ordinal))
        {
            throw new BackupRefusedException($"The backup's schema (migration {manifest.Migration}) is unknown to this version of the app: restore it with the version that made it, or a newer one.");
        }

        var backupDatabase = Path.Combine(folder, manifest.Database);
        var (_, backupRows) = await ReadAsync(backupDatabase, cancellationToken);
        if (!SameRows(backupRows, manifest.Rows))
        {
            throw new BackupRefusedException($"{backupDatabase} does not hold the rows {BackupManifest.FileName} counts: the backup is damaged.");
        }

        var target = TargetDatabaseFile();
        var targetHasData = File.Exists(target) && new FileInfo(target).Length > 0;
        var targetHasFiles = attachmentRoot is not null && Directory.Exists(attachmentRoot) && Directory.EnumerateFiles(attachmentRoot, "*", SearchOption.AllDirectories).Any();
        if ((targetHasData || targetHasFiles) && !force)
        {
            throw new BackupRefusedException(
                $"The target is not empty ({(targetHasData ? target : attachmentRoot)}): restore into a fresh data folder, or add --force to replace what is there.");
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { target, target + "-wal", target + "-shm", target + "-journal" })
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var source = new SqliteConnection(FileConnectionString(backupDatabase, SqliteOpenMode.ReadOnly)))
        await using (var restored = new SqliteConnection(FileConnectionString(target, SqliteOpenMode.ReadWriteCreate)))
        {
            await source.OpenAsync(cancellationToken);
            await restored.OpenAsync(cancellationToken);
            source.BackupDatabase(restored);
        }

        SqliteConnection.ClearAllPools();
        if (attachmentRoot is not null)
        {
            if (Directory.Exists(attachmentRoot))
            {
                Directory.Delete(attachmentRoot, recursive: true);
            }

            Directory.CreateDirectory(attachmentRoot);
            if (manifest.Attachments is not null)
            {
                CopyFiles(Path.Combine(folder, manifest.Attachments), attachmentRoot, cancellationToken);
            }
        }

        if (keysFolder is not null && manifest.Keys is not null)
        {
            CopyFiles(Path.Combine(folder, manifest.Keys), keysFolder, cancellationToken, overwrite: true);
        }

        return manifest;
    }

    private string SourceConnectionString() => db.Database.GetConnectionString()
        ?? throw new BackupRefusedException("No SQLite connection string is configured (ConnectionStrings:Default).");

    private string TargetDatabaseFile()
    {
        var dataSource = new SqliteConnectionStringBuilder(SourceConnectionString()).DataSource;
        return string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:"
            ? throw new BackupRefusedException("The configured SQLite database is not a file.")
            : Path.GetFullPath(dataSource);
    }

    private static string FileConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    /// <summary>The last applied migration and every table's row count, read from a database file.</summary>
    private static async Task<(string Migration, SortedDictionary<string, long> Rows)> ReadAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(FileConnectionString(file, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            rows[table] = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        string? migration = null;
        if (tables.Contains("__EFMigrationsHistory"))
        {
            await using var last = connection.CreateCommand();
            last.CommandText = "SELECT MigrationId FROM \"__EFMigrationsHistory\" ORDER BY MigrationId DESC LIMIT 1";
            migration = await last.ExecuteScalarAsync(cancellationToken) as string;
        }

        return (migration ?? throw new BackupRefusedException($"{file} has no applied migration: it is not this app's database."), rows);
    }

    private static bool SameRows(SortedDictionary<string, long> a, IReadOnlyDictionary<string, long> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var n) && n == p.Value);

    /// <summary>Copies a store's files (not the ".partial" ones of a write under way), keeping the folder layout.</summary>
    private static (long Files, long Bytes) CopyFiles(string from, string to, CancellationToken cancellationToken, bool overwrite = false)
    {
        long files = 0, bytes = 0;
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return (0, 0);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.EndsWith(".partial", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite);
            files++;
            bytes += new FileInfo(target).Length;
        }

        return (files, bytes);
    }
}

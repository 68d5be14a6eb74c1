using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using Respawn;
using Respawn.Graph;
using Testcontainers.MsSql;
using Testcontainers.PostgreSql;

namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The database one test run uses, chosen by INVESTPROMO_TEST_PROVIDER (Sqlite by default, PostgreSql, SqlServer).
/// The app creates the schema itself (it migrates on start-up); this class only provides an empty database,
/// empties it between tests and removes it at the end.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "INVESTPROMO_TEST_PROVIDER";
    public const string PostgresVariable = "INVESTPROMO_TEST_POSTGRES";
    public const string SqlServerVariable = "INVESTPROMO_TEST_SQLSERVER";

    /// <summary>
    /// Never emptied between tests: the migrations history, and the data-protection key ring (every app of the run, the fixture's
    /// and those a test starts beside it, reads and writes it, as instances of one deployment do).
    /// </summary>
    public const string KeyRingTable = "DataProtectionKeys";

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The connection string the app is given ("ConnectionStrings:Default").</summary>
    public abstract string ConnectionString { get; }

    public static DatabaseProvider RequestedProvider()
    {
        var value = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderVariable}='{value}' is not one of Sqlite, PostgreSql, SqlServer.");
    }

    public static async Task<TestDatabase> CreateAsync(string tempFolder) => RequestedProvider() switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(Path.Combine(tempFolder, "test.db")),
        DatabaseProvider.PostgreSql => await PostgreSqlTestDatabase.CreateAsync(),
        DatabaseProvider.SqlServer => await SqlServerTestDatabase.CreateAsync(),
        _ => throw new InvalidOperationException("Unknown provider."),
    };

    /// <summary>Deletes every row of every table of the app except the migrations history.</summary>
    public abstract Task EmptyAsync();

    /// <summary>
    /// Keeps a copy of every table's rows as they are now (just after the app seeded the demo city), so that a reset
    /// can put them back in one quick statement per table instead of seeding again (creating users is slow).
    /// Returns false when the provider has no snapshot support; the fixture then seeds again after <see cref="EmptyAsync"/>.
    /// </summary>
    public virtual Task<bool> SnapshotAsync() => Task.FromResult(false);

    /// <summary>Empties every table, then puts the snapshot's rows back.</summary>
    public virtual Task RestoreAsync() => throw new NotSupportedException();

    public abstract ValueTask DisposeAsync();

    /// <summary>Orders tables so that every table comes after the tables its foreign keys point to.</summary>
    protected static IReadOnlyList<string> ParentsFirst(IReadOnlyList<string> tables, IReadOnlyList<(string Child, string Parent)> references)
    {
        var ordered = new List<string>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string table)
        {
            if (ordered.Contains(table) || !visiting.Add(table))
            {
                return;
            }

            foreach (var (_, parent) in references.Where(r => r.Child == table && r.Parent != table && tables.Contains(r.Parent)))
            {
                Visit(parent);
            }

            ordered.Add(table);
        }

        foreach (var table in tables)
        {
            Visit(table);
        }

        return ordered;
    }

    protected static string RandomDatabaseName() => "investpromo_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Whether a Docker engine answers, so Testcontainers can be used.</summary>
    protected static bool DockerIsReachable()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(host) && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            // A TCP or named-pipe engine: let Testcontainers find out.
            return true;
        }

        var socket = string.IsNullOrWhiteSpace(host) ? "/var/run/docker.sock" : host["unix://".Length..];
        if (!File.Exists(socket))
        {
            return false;
        }

        try
        {
            using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            client.Connect(new UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

public sealed class SqliteTestDatabase(string file) : TestDatabase
{
    private readonly string snapshotFile = Path.ChangeExtension(file, ".snapshot.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString { get; } = $"Data Source={file}";

    public override Task EmptyAsync() => ReplaceRowsAsync(fromSnapshot: false);

    public override async Task<bool> SnapshotAsync()
    {
        File.Delete(snapshotFile);
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", snapshotFile);
        await command.ExecuteNonQueryAsync();
        return true;
    }

    public override Task RestoreAsync() => ReplaceRowsAsync(fromSnapshot: true);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    /// <summary>Deletes every row of every table but the migrations history, with foreign keys off, in one transaction.</summary>
    private async Task ReplaceRowsAsync(bool fromSnapshot)
    {
        await using var connection = await OpenAsync();
        await Execute(connection, "PRAGMA foreign_keys=OFF;");
        if (fromSnapshot)
        {
            await using var attach = connection.CreateCommand();
            attach.CommandText = "ATTACH DATABASE $path AS snapshot";
            attach.Parameters.AddWithValue("$path", snapshotFile);
            await attach.ExecuteNonQueryAsync();
        }

        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' AND name <> '" + KeyRingTable + "'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        await using (var transaction = connection.BeginTransaction())
        {
            foreach (var table in tables)
            {
                var name = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                await Execute(connection, $"DELETE FROM main.{name};", transaction);
                if (fromSnapshot)
                {
                    await Execute(connection, $"INSERT INTO main.{name} SELECT * FROM snapshot.{name};", transaction);
                }
            }

            await transaction.CommitAsync();
        }

        if (fromSnapshot)
        {
            await Execute(connection, "DETACH DATABASE snapshot;");
        }

        await Execute(connection, "PRAGMA foreign_keys=ON;");
    }

    /// <summary>A connection of its own (not pooled), so the foreign-key switch never leaks into the app's connections.</summary>
    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private IReadOnlyList<string>? snapshotTables;
    private readonly string serverConnectionString;
    private readonly string databaseName;
    private readonly PostgreSqlContainer? container;
    private Respawner? respawner;

    private PostgreSqlTestDatabase(string serverConnectionString, string databaseName, PostgreSqlContainer? container)
    {
        this.serverConnectionString = serverConnectionString;
        this.databaseName = databaseName;
        this.container = container;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString { get; }

    public static async Task<PostgreSqlTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        PostgreSqlContainer? container = null;
        if (string.IsNullOrWhiteSpace(server))
        {
            if (!DockerIsReachable())
            {
                throw new InvalidOperationException("PostgreSQL requested but INVESTPROMO_TEST_POSTGRES is not set and no Docker engine is reachable");
            }

            container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            server = container.GetConnectionString();
        }

        var database = new PostgreSqlTestDatabase(server, RandomDatabaseName(), container);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{database.databaseName}\" ENCODING 'UTF8'";
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public override async Task EmptyAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [new Table("__EFMigrationsHistory"), new Table(KeyRingTable)],
        });
        await respawner.ResetAsync(connection);
    }

    /// <summary>
    /// Copies every table of "public" into schema "test_snapshot", notes the parents-first order to refill them, and gives every
    /// table a statement trigger that notes its name in test_snapshot.dirty whenever a statement writes to it, so that a reset
    /// puts back only the tables a test wrote to. The log has no key, so noting a table never waits on another transaction (two
    /// concurrent requests of a test do not queue behind each other); a rolled-back write rolls its note back with it.
    /// </summary>
    public override async Task<bool> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        var parents = new List<(string Child, string Parent)>();
        await using (var command = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' AND tablename <> '" + KeyRingTable + "' ORDER BY tablename", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        await using (var command = new NpgsqlCommand(
            "SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid "
            + "WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                parents.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        snapshotTables = ParentsFirst(tables, parents);
        var sql = new System.Text.StringBuilder(
            "DROP SCHEMA IF EXISTS test_snapshot CASCADE; CREATE SCHEMA test_snapshot;"
            + "CREATE UNLOGGED TABLE test_snapshot.dirty (name text NOT NULL);"
            + "CREATE FUNCTION test_snapshot.note_dirty() RETURNS trigger LANGUAGE plpgsql AS "
            + "$$ BEGIN INSERT INTO test_snapshot.dirty (name) VALUES (TG_TABLE_NAME); RETURN NULL; END $$;");
        foreach (var table in snapshotTables)
        {
            sql.Append(CultureInfo.InvariantCulture, $"CREATE TABLE test_snapshot.\"{table}\" AS TABLE public.\"{table}\";");
            sql.Append(CultureInfo.InvariantCulture,
                $"CREATE TRIGGER zz_test_dirty AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.\"{table}\" FOR EACH STATEMENT EXECUTE FUNCTION test_snapshot.note_dirty();");
        }

        await using (var command = new NpgsqlCommand(sql.ToString(), connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        return true;
    }

    /// <summary>
    /// Puts back the snapshot's rows in every table written to since the last reset, in one transaction. Replica mode skips the
    /// foreign-key checks (and the dirty triggers): each table touched gets exactly its snapshot rows back, and a table nobody
    /// wrote to still holds them, so the whole is the snapshot again.
    /// </summary>
    public override async Task RestoreAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT DISTINCT name FROM test_snapshot.dirty", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                dirty.Add(reader.GetString(0));
            }
        }

        if (dirty.Count == 0)
        {
            return;
        }

        var sql = new System.Text.StringBuilder("BEGIN; SET LOCAL session_replication_role = replica;");
        foreach (var table in snapshotTables!.Where(dirty.Contains))
        {
            sql.Append(CultureInfo.InvariantCulture, $"DELETE FROM public.\"{table}\"; INSERT INTO public.\"{table}\" SELECT * FROM test_snapshot.\"{table}\";");
        }

        sql.Append("TRUNCATE test_snapshot.dirty; COMMIT;");
        await using var restore = new NpgsqlCommand(sql.ToString(), connection);
        await restore.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(serverConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            if (container is not null)
            {
                await container.DisposeAsync();
            }
        }
    }
}

public sealed class SqlServerTestDatabase : TestDatabase
{
    private readonly string serverConnectionString;
    private readonly string databaseName;
    private readonly MsSqlContainer? container;
    private Respawner? respawner;

    private SqlServerTestDatabase(string serverConnectionString, string databaseName, MsSqlContainer? container)
    {
        this.serverConnectionString = serverConnectionString;
        this.databaseName = databaseName;
        this.container = container;
        ConnectionString = new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = databaseName, TrustServerCertificate = true }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override string ConnectionString { get; }

    public static async Task<SqlServerTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(SqlServerVariable);
        MsSqlContainer? container = null;
        if (string.IsNullOrWhiteSpace(server))
        {
            if (!DockerIsReachable())
            {
                throw new InvalidOperationException("SQL Server requested but INVESTPROMO_TEST_SQLSERVER is not set and no Docker engine is reachable");
            }

            container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await container.StartAsync();
            server = container.GetConnectionString();
        }

        var database = new SqlServerTestDatabase(server, RandomDatabaseName(), container);
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(server) { TrustServerCertificate = true }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DECLARE @sql nvarchar(max) = N'CREATE DATABASE ' + QUOTENAME(@name); EXEC sp_executesql @sql;";
        command.Parameters.AddWithValue("@name", database.databaseName);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public override async Task EmptyAsync()
    {
        await using var connection = new SqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.SqlServer,
            SchemasToExclude = ["hangfire"],
            TablesToIgnore = [new Table("__EFMigrationsHistory"), new Table(KeyRingTable)],
        });
        await respawner.ResetAsync(connection);
    }

    public override async ValueTask DisposeAsync()
    {
        SqlConnection.ClearAllPools();
        try
        {
            await using var connection = new SqlConnection(new SqlConnectionStringBuilder(serverConnectionString) { TrustServerCertificate = true }.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DECLARE @sql nvarchar(max) = N'ALTER DATABASE ' + QUOTENAME(@name) + N' SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ' + QUOTENAME(@name); IF DB_ID(@name) IS NOT NULL EXEC sp_executesql @sql;";
            command.Parameters.AddWithValue("@name", databaseName);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            if (container is not null)
            {
                await container.DisposeAsync();
            }
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Providers;

/// <summary>Configures EF Core for the chosen provider, with each provider's migrations in this assembly.</summary>
public static class DatabaseSetup
{
    public static Type ContextType(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => typeof(SqliteApplicationDbContext),
        DatabaseProvider.PostgreSql => typeof(PostgreSqlApplicationDbContext),
        DatabaseProvider.SqlServer => typeof(SqlServerApplicationDbContext),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var migrations = typeof(DatabaseSetup).Assembly.GetName().Name;
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations).MigrationsHistoryTable("__EFMigrationsHistory")),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>The SQLite file's folder must exist before the first connection.</summary>
    public static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}

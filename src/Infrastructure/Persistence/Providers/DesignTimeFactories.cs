using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestPromo.Infrastructure.Persistence.Providers;

// Used by `dotnet ef migrations add` and by the model checks. The connection strings are placeholders: neither connects.

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApplicationDbContext>
{
    public SqliteApplicationDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<SqliteApplicationDbContext>(DatabaseProvider.Sqlite, "Data Source=design.db"));
}

public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlApplicationDbContext>
{
    public PostgreSqlApplicationDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<PostgreSqlApplicationDbContext>(DatabaseProvider.PostgreSql, "Host=localhost;Database=investpromo"));
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerApplicationDbContext>
{
    public SqlServerApplicationDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<SqlServerApplicationDbContext>(DatabaseProvider.SqlServer, "Server=localhost;Database=investpromo;TrustServerCertificate=True"));
}

internal static class DesignTime
{
    public static DbContextOptions<T> Options<T>(DatabaseProvider provider, string connectionString)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        builder.Use(provider, connectionString);
        return builder.Options;
    }
}

using InvestPromo.Infrastructure.Persistence;
using InvestPromo.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>
/// Each provider keeps its own migrations; they must match the model, which is checked here without any
/// database server through the design-time factories the EF tools use.
/// </summary>
public sealed class MigrationTests
{
    private const string MigrationsNamespace = "InvestPromo.Infrastructure.Persistence.Migrations";

    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql", "SqlServer" };

    private static ApplicationDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "PostgreSql" => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_match_the_model(string provider)
    {
        using var context = Create(provider);

        Assert.False(context.Database.HasPendingModelChanges(), $"The {provider} model has changes no migration captures: add a migration for {provider}.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_has_at_least_one_migration(string provider)
    {
        using var context = Create(provider);

        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_providers_migrations_and_snapshot_are_only_its_own(string provider)
    {
        using var context = Create(provider);
        var migrations = context.GetService<IMigrationsAssembly>();

        Assert.NotEmpty(migrations.Migrations);
        Assert.All(migrations.Migrations.Values, m => Assert.Equal($"{MigrationsNamespace}.{provider}", m.Namespace));
        Assert.NotNull(migrations.ModelSnapshot);
        Assert.Equal($"{MigrationsNamespace}.{provider}", migrations.ModelSnapshot.GetType().Namespace);
    }

    [Fact]
    public void The_providers_use_the_database_engines_they_are_named_after()
    {
        using var sqlite = Create("Sqlite");
        using var postgres = Create("PostgreSql");
        using var sqlServer = Create("SqlServer");

        Assert.True(sqlite.Database.IsSqlite());
        Assert.True(postgres.Database.IsNpgsql());
        Assert.True(sqlServer.Database.IsSqlServer());
    }

    [Fact]
    public void The_SQL_Server_script_creates_the_tables_and_the_unique_unit_code()
    {
        using var context = Create("SqlServer");

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE [Units]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Units_Code] ON [Units] ([Code])", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ApiKeys]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_ApiKeys_Prefix] ON [ApiKeys] ([Prefix])", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [SourceRegions]", script, StringComparison.Ordinal);
        Assert.Contains("[CreatedAt] datetimeoffset NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[Kind] nvarchar(16) NOT NULL", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Units\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_PostgreSQL_script_creates_the_tables_and_the_unique_unit_code()
    {
        using var context = Create("PostgreSql");

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE \"Units\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_Units_Code\" ON \"Units\" (\"Code\")", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE \"AspNetUsers\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE \"ApiKeys\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE \"AuditEntries\"", script, StringComparison.Ordinal);
        Assert.Contains("\"CreatedAt\" timestamp with time zone NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("\"Kind\" character varying(16) NOT NULL", script, StringComparison.Ordinal);
        Assert.DoesNotContain("[Units]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_SQLite_script_stores_instants_as_integers()
    {
        using var context = Create("Sqlite");

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE \"Units\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_Units_Code\" ON \"Units\" (\"Code\")", script, StringComparison.Ordinal);
        Assert.Contains("\"CreatedAt\" INTEGER NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("\"LastUsedAt\" INTEGER NULL", script, StringComparison.Ordinal);
    }
}

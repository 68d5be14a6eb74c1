using InvestPromo.Infrastructure.Persistence.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>
/// Migration AddTrackedProjects on a database that already has filings (SQLite; the same SQL runs on PostgreSQL in every
/// integration test's migration): each filing whose approval stands becomes a project with its id, and the feed numbers its
/// entries after the ones already there.
/// </summary>
public sealed class TrackedProjectBackfillTests : IDisposable
{
    private const string Before = "20261206203238_AddIdempotencyKeys";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"backfill-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task Approved_and_re_reviewed_filings_become_active_projects_with_feed_entries_after_the_existing_ones()
    {
        await using var context = new SqliteDesignTimeFactory().CreateDbContext([]);
        context.Database.SetConnectionString($"Data Source={_path}");
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);

        var unit = Guid.NewGuid().ToString().ToUpperInvariant();
        await InsertAsync(context, "Units", new() { ["Id"] = unit, ["Name"] = "武陵区", ["Code"] = "WL" });
        var ids = new Dictionary<string, string>();
        var at = 638_000_000_000_000_000L;
        foreach (var status in new[] { "Draft", "UnderReview", "Approved", "UnderReReview", "Revoked", "Returned" })
        {
            ids[status] = Guid.NewGuid().ToString().ToUpperInvariant();
            await InsertAsync(context, "Filings", new()
            {
                ["Id"] = ids[status], ["UnitId"] = unit, ["Status"] = status, ["ProjectName"] = $"{status} 项目", ["Stage"] = "Signed",
                ["PlannedTotalFen"] = 150_000_000_000L, ["CreatedAt"] = at++, ["DecidedAt"] = at++,
                ["ApprovedOn"] = status is "Approved" or "UnderReReview" or "Revoked" ? "2026-03-02" : null,
            });
        }

        await InsertAsync(context, "ChangeFeedEntries", new()
        {
            ["Sequence"] = 7L, ["Resource"] = "filing", ["EntityId"] = ids["Approved"], ["Kind"] = "Created", ["ChangedAt"] = 1L, ["Status"] = "Approved",
        });
        await context.Database.ExecuteSqlRawAsync("UPDATE ChangeFeedCounters SET Value = 7 WHERE Id = 1");

        await migrator.MigrateAsync();

        var projects = await ScalarsAsync(context, "SELECT Id || ':' || Status || ':' || Stage || ':' || FiledStage || ':' || ApprovedOn || ':' || ProjectName FROM TrackedProjects ORDER BY CreatedAt");
        Assert.Equal(
            [$"{ids["Approved"]}:Active:Signed:Signed:2026-03-02:Approved 项目", $"{ids["UnderReReview"]}:Active:Signed:Signed:2026-03-02:UnderReReview 项目"],
            projects);
        var entries = await ScalarsAsync(context, "SELECT Sequence || ':' || EntityId || ':' || Kind || ':' || Status FROM ChangeFeedEntries WHERE Resource = 'project' ORDER BY Sequence");
        Assert.Equal([$"8:{ids["Approved"]}:Created:Active", $"9:{ids["UnderReReview"]}:Created:Active"], entries);
        Assert.Equal(["9"], await ScalarsAsync(context, "SELECT CAST(Value AS TEXT) FROM ChangeFeedCounters WHERE Id = 1"));
    }

    /// <summary>Inserts a row giving every NOT NULL column without a default its type's zero, then the values given.</summary>
    private static async Task InsertAsync(DbContext context, string table, Dictionary<string, object?> values)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info(\"{table}\")";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (name, type, notNull, hasDefault) = (reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1, !reader.IsDBNull(4));
                if (notNull && !hasDefault)
                {
                    row[name] = type == "INTEGER" ? 0L : type == "TEXT" && name.EndsWith("Id", StringComparison.Ordinal) ? Guid.Empty.ToString().ToUpperInvariant() : string.Empty;
                }
            }
        }

        foreach (var (name, value) in values)
        {
            row[name] = value;
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", row.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", row.Keys.Select((_, i) => $"$p{i}"))})";
        var index = 0;
        foreach (var value in row.Values)
        {
            insert.Parameters.AddWithValue($"$p{index++}", value ?? DBNull.Value);
        }

        await insert.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ScalarsAsync(DbContext context, string sql)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

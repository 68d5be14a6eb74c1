using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>
/// Issue 14's volume, set-based on top of the tracked projects: <c>associations</c> associations of every kind, and one
/// confirmed credit for each of <c>credited</c> tracked projects (every project when 0 or more than there are), spread over the
/// associations by a hash of the project's id; the demo association (the <c>association</c> login's) gets its share like any
/// other. Reward impact is confirmed for 9 projects in 10 for every year their verified funds touch. Repeatable from the ids.
/// </summary>
internal static class AssociationSeeder
{
    public sealed record Result(long Associations, long Credits, long ImpactConfirmations, TimeSpan Took);

    public static async Task<Result> SeedAsync(NpgsqlDataSource data, int associations, int credited, DateTimeOffset now, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var connection = await data.OpenConnectionAsync(ct);
        var at = now.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture);
        var inserted = await ExecuteAsync(connection, $"""
            INSERT INTO "Associations" ("Id", "Name", "Kind", "Status", "HomeRegionCode", "FoundedOn", "MemberCount", "Version", "CreatedAt", "IsDeleted")
            SELECT gen_random_uuid(), '基准商会' || lpad(g::text, 5, '0'),
              (ARRAY['HometownChamberElsewhere','LocalChamberOfOtherRegion','IndustryAssociation','TownshipOrParkChamber','AlumniAssociation','OverseasAssociation'])[1 + g % 6],
              'Established', (ARRAY['110000','310000','440300','440100','430100','330100'])[1 + g % 6], DATE '2010-01-01' + (g % 4000), 20 + g % 300, 1, TIMESTAMPTZ '{at}', FALSE
            FROM generate_series(1, {associations}) AS g
            """, ct);
        var limit = credited > 0 ? $"LIMIT {credited}" : string.Empty;
        var confirmedColumn = await ColumnExistsAsync(connection, "ProjectCredits", "ConfirmedFilingId", ct);
        var credits = await ExecuteAsync(connection, $"""
            WITH a AS (SELECT "Id", row_number() OVER (ORDER BY "Name") - 1 AS n, count(*) OVER () AS total FROM "Associations" WHERE NOT "IsDeleted" AND "Status" <> 'Dissolved'),
                 t AS (SELECT "Id", "UnitId", "ApprovedOn", abs(hashtext("Id"::text)) AS h FROM "TrackedProjects" WHERE NOT "IsDeleted"
                       AND NOT EXISTS (SELECT 1 FROM "ProjectCredits" c WHERE c."FilingId" = "TrackedProjects"."Id") ORDER BY md5("Id"::text) {limit})
            INSERT INTO "ProjectCredits" ("Id", "FilingId", "UnitId", "AssociationId", "Source", "Status", "ProposedByName", "ProposedAt", "DecidedByName", "DecidedAt",
              {(confirmedColumn ? "\"ConfirmedFilingId\", " : string.Empty)}"Version", "CreatedAt", "IsDeleted")
            SELECT gen_random_uuid(), t."Id", t."UnitId", a."Id", 'Filer', 'Confirmed', '系统导入', TIMESTAMPTZ '{at}', '李审核', TIMESTAMPTZ '{at}',
              {(confirmedColumn ? "t.\"Id\", " : string.Empty)}1, TIMESTAMPTZ '{at}', FALSE
            FROM t JOIN a ON a.n = t.h % a.total
            """, ct);
        long impact = 0;
        if (await TableExistsAsync(connection, "RewardImpactConfirmations", ct))
        {
            impact = await SeedImpactAsync(connection, at, ct);
        }

        await ExecuteAsync(connection, """VACUUM ANALYZE "Associations" """, ct);
        await ExecuteAsync(connection, """VACUUM ANALYZE "ProjectCredits" """, ct);
        Console.WriteLine($"  {inserted:N0} associations, {credits:N0} confirmed credits, {impact:N0} impact confirmations in {stopwatch.Elapsed.TotalSeconds:0.0}s");
        return new Result(inserted, credits, impact, stopwatch.Elapsed);
    }

    /// <summary>Filled in once the rewards' impact confirmations exist: 9 credited projects in 10, every year with verified funds.</summary>
    private static async Task<long> SeedImpactAsync(NpgsqlConnection connection, string at, CancellationToken ct) =>
        await ExecuteAsync(connection, $"""
            INSERT INTO "RewardImpactConfirmations" ("Id", "ProjectId", "Year", "ConfirmedByName", "ConfirmedAt", "Version", "CreatedAt", "IsDeleted")
            SELECT gen_random_uuid(), y."ProjectId", y."Year", '李审核', TIMESTAMPTZ '{at}', 1, TIMESTAMPTZ '{at}', FALSE
            FROM (SELECT DISTINCT r."ProjectId", r."Year" FROM "MonthlyReports" r JOIN "ProjectCredits" c ON c."FilingId" = r."ProjectId" AND c."Status" = 'Confirmed'
                  WHERE r."Kind" = 'FundsInPlace' AND r."Status" = 'Verified' AND abs(hashtext(r."ProjectId"::text)) % 10 <> 0) y
            """, ct);

    internal static async Task<bool> ColumnExistsAsync(NpgsqlConnection connection, string table, string column, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = @t AND column_name = @c)", connection);
        command.Parameters.AddWithValue("t", table);
        command.Parameters.AddWithValue("c", column);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    internal static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = @t)", connection);
        command.Parameters.AddWithValue("t", table);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(ct);
    }
}

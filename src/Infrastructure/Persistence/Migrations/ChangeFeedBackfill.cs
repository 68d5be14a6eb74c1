using Microsoft.EntityFrameworkCore.Migrations;

namespace InvestPromo.Infrastructure.Persistence.Migrations;

/// <summary>
/// Migration <c>AddChangeFeed</c>'s back-fill, in each provider's SQL (one call from each provider's migration: keep it if the
/// migration is regenerated): every filing that exists (not deleted) gets one <c>created</c> entry at its current version and
/// status, in creation order, dated its creation; the counter row starts after them. Set-based, in the migration's transaction,
/// so no instance ever serves a feed that lacks them.
/// </summary>
internal static class ChangeFeedBackfill
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
        {
            migrationBuilder.Sql(
                "INSERT INTO [ChangeFeedEntries] ([Sequence], [Resource], [EntityId], [Kind], [Version], [ChangedAt], [UnitId], [UnitOnly], [Status]) "
                + "SELECT ROW_NUMBER() OVER (ORDER BY [CreatedAt], [Id]), 'filing', [Id], 'Created', [Version], [CreatedAt], [UnitId], "
                + "CASE WHEN [Status] = 'Draft' THEN 1 ELSE 0 END, [Status] FROM [Filings] WHERE [IsDeleted] = 0;");
            migrationBuilder.Sql("INSERT INTO [ChangeFeedCounters] ([Id], [Value]) SELECT 1, COALESCE(MAX([Sequence]), 0) FROM [ChangeFeedEntries];");
            return;
        }

        // SQLite and PostgreSQL share the syntax; a boolean is 1/0 in SQLite and TRUE/FALSE in PostgreSQL.
        var (yes, no) = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite" ? ("1", "0") : ("TRUE", "FALSE");
        migrationBuilder.Sql(
            "INSERT INTO \"ChangeFeedEntries\" (\"Sequence\", \"Resource\", \"EntityId\", \"Kind\", \"Version\", \"ChangedAt\", \"UnitId\", \"UnitOnly\", \"Status\") "
            + "SELECT ROW_NUMBER() OVER (ORDER BY \"CreatedAt\", \"Id\"), 'filing', \"Id\", 'Created', \"Version\", \"CreatedAt\", \"UnitId\", "
            + $"CASE WHEN \"Status\" = 'Draft' THEN {yes} ELSE {no} END, \"Status\" FROM \"Filings\" WHERE \"IsDeleted\" = {no};");
        migrationBuilder.Sql("INSERT INTO \"ChangeFeedCounters\" (\"Id\", \"Value\") SELECT 1, COALESCE(MAX(\"Sequence\"), 0) FROM \"ChangeFeedEntries\";");
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace InvestPromo.Infrastructure.Persistence.Migrations;

/// <summary>
/// Migration <c>AddSourceRegionRollUp</c>'s back-fill of existing filings, in each provider's SQL (one call from each provider's
/// migration: keep it if the migration is regenerated). The roll-up is <c>SourceRegionCodes.RollUp</c>: a six-digit division's
/// province (NN0000), a country itself. <c>ForeignInvestor</c> follows the region as the domain now sets it
/// (<c>SourceRegionCodes.IsOutsideMainland</c>): 港澳台 (710000, 810000, 820000 and the codes under them) or a country.
/// </summary>
internal static class SourceRegionBackfill
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
        {
            migrationBuilder.Sql(
                "UPDATE [Filings] SET [SourceRegionRollUp] = CASE WHEN LEN([SourceRegionCode]) = 6 THEN SUBSTRING([SourceRegionCode], 1, 2) + '0000' "
                + "ELSE [SourceRegionCode] END WHERE [SourceRegionCode] IS NOT NULL;");
            migrationBuilder.Sql(
                "UPDATE [Filings] SET [ForeignInvestor] = CASE WHEN [SourceRegionRollUp] IN ('710000', '810000', '820000') OR LEN([SourceRegionRollUp]) = 2 "
                + "THEN 1 ELSE 0 END;");
            return;
        }

        // SQLite and PostgreSQL share the syntax; a boolean is 1/0 in SQLite and TRUE/FALSE in PostgreSQL.
        var (yes, no) = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite" ? ("1", "0") : ("TRUE", "FALSE");
        migrationBuilder.Sql(
            "UPDATE \"Filings\" SET \"SourceRegionRollUp\" = CASE WHEN length(\"SourceRegionCode\") = 6 THEN substr(\"SourceRegionCode\", 1, 2) || '0000' "
            + "ELSE \"SourceRegionCode\" END WHERE \"SourceRegionCode\" IS NOT NULL;");
        migrationBuilder.Sql(
            "UPDATE \"Filings\" SET \"ForeignInvestor\" = CASE WHEN \"SourceRegionRollUp\" IN ('710000', '810000', '820000') OR length(\"SourceRegionRollUp\") = 2 "
            + $"THEN {yes} ELSE {no} END;");
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAnalysisColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ApprovedOn",
                table: "Filings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PlannedFixedAssetFen",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Status_ApprovedOn",
                table: "Filings",
                columns: new[] { "Status", "ApprovedOn" });

            // Back-fill existing rows: fen from the decimal text (exact below 2^53 fen), and the China date of an approval
            // (DecidedAt is UTC ticks; +8 h is Asia/Shanghai).
            migrationBuilder.Sql(
                "UPDATE \"Filings\" SET \"PlannedFixedAssetFen\" = CAST(ROUND(CAST(\"PlannedFixedAssetInvestment\" AS REAL) * 100) AS INTEGER) "
                + "WHERE \"PlannedFixedAssetInvestment\" IS NOT NULL;");
            migrationBuilder.Sql(
                "UPDATE \"Filings\" SET \"ApprovedOn\" = date((\"DecidedAt\" - 621355968000000000) / 10000000 + 28800, 'unixepoch') "
                + "WHERE \"Status\" = 'Approved' AND \"DecidedAt\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Status_ApprovedOn",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "ApprovedOn",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "PlannedFixedAssetFen",
                table: "Filings");
        }
    }
}

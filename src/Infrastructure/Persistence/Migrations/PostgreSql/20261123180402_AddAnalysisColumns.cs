using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PlannedFixedAssetFen",
                table: "Filings",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Status_ApprovedOn",
                table: "Filings",
                columns: new[] { "Status", "ApprovedOn" });

            // Back-fill existing rows: exact fen from the decimal, and the China date of an approval.
            migrationBuilder.Sql(
                "UPDATE \"Filings\" SET \"PlannedFixedAssetFen\" = CAST(\"PlannedFixedAssetInvestment\" * 100 AS bigint) "
                + "WHERE \"PlannedFixedAssetInvestment\" IS NOT NULL;");
            migrationBuilder.Sql(
                "UPDATE \"Filings\" SET \"ApprovedOn\" = CAST(\"DecidedAt\" AT TIME ZONE 'Asia/Shanghai' AS date) "
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

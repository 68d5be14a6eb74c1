using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSourceRegionRollUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceRegionRollUp",
                table: "Filings",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filings_SourceRegionRollUp",
                table: "Filings",
                column: "SourceRegionRollUp");

            // Existing filings: the roll-up, and the outside-mainland flag as the region now decides it (港澳台 too).
            SourceRegionBackfill.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_SourceRegionRollUp",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "SourceRegionRollUp",
                table: "Filings");
        }
    }
}

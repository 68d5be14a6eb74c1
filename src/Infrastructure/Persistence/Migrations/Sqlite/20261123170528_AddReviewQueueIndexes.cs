using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReviewQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Filings_Queue_Chain_Band",
                table: "Filings",
                columns: new[] { "Status", "IndustryChainId", "ScaleBand", "ReviewDueAt", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Queue_Unit_Chain",
                table: "Filings",
                columns: new[] { "Status", "UnitId", "IndustryChainId", "ReviewDueAt", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Queue_Chain_Band",
                table: "Filings");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Queue_Unit_Chain",
                table: "Filings");
        }
    }
}

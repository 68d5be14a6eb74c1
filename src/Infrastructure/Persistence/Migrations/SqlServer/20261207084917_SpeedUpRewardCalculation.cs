using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SpeedUpRewardCalculation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RewardLines_RewardCalculations_CalculationId",
                table: "RewardLines");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyReports_Kind_Status_PeriodStart",
                table: "MonthlyReports");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_Kind_Status_PeriodStart",
                table: "MonthlyReports",
                columns: new[] { "Kind", "Status", "PeriodStart" })
                .Annotation("SqlServer:Include", new[] { "ProjectId", "AmountFen", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MonthlyReports_Kind_Status_PeriodStart",
                table: "MonthlyReports");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_Kind_Status_PeriodStart",
                table: "MonthlyReports",
                columns: new[] { "Kind", "Status", "PeriodStart" });

            migrationBuilder.AddForeignKey(
                name: "FK_RewardLines_RewardCalculations_CalculationId",
                table: "RewardLines",
                column: "CalculationId",
                principalTable: "RewardCalculations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}

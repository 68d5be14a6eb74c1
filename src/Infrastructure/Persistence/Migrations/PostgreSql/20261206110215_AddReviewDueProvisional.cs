using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddReviewDueProvisional : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReviewDueProvisional",
                table: "Filings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Deadlines stored before the mark existed: one due in a year the calendar does not hold was counted without it.
            migrationBuilder.Sql(
                "UPDATE \"Filings\" SET \"ReviewDueProvisional\" = TRUE WHERE \"Status\" = 'UnderReview' AND \"ReviewDueOn\" IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM \"CalendarYears\" c WHERE c.\"Year\" = CAST(EXTRACT(YEAR FROM \"Filings\".\"ReviewDueOn\") AS integer));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewDueProvisional",
                table: "Filings");
        }
    }
}

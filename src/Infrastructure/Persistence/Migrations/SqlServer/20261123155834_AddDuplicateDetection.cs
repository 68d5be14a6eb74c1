using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddDuplicateDetection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NormalisedInvestorName",
                table: "Filings",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalisedProjectName",
                table: "Filings",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DuplicateDismissals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FilingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OtherFilingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DismissedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DismissedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicateDismissals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuplicateDismissals_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DuplicateDismissals_Filings_OtherFilingId",
                        column: x => x.OtherFilingId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_NormalisedProjectName",
                table: "Filings",
                column: "NormalisedProjectName");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateDismissals_FilingId_OtherFilingId",
                table: "DuplicateDismissals",
                columns: new[] { "FilingId", "OtherFilingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateDismissals_OtherFilingId",
                table: "DuplicateDismissals",
                column: "OtherFilingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DuplicateDismissals");

            migrationBuilder.DropIndex(
                name: "IX_Filings_NormalisedProjectName",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "NormalisedInvestorName",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "NormalisedProjectName",
                table: "Filings");
        }
    }
}

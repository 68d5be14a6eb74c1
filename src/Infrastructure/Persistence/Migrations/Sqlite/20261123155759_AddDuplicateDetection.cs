using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalisedProjectName",
                table: "Filings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DuplicateDismissals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherFilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DismissedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DismissedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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

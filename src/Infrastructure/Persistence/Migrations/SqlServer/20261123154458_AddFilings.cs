using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddFilings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Associations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Associations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Filings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InvestorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ForeignInvestor = table.Column<bool>(type: "bit", nullable: false),
                    CreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    SourceRegionCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    IndustryChainId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Category = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Stage = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PlannedTotalInvestment = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    PlannedTotalFen = table.Column<long>(type: "bigint", nullable: true),
                    ScaleBand = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    PlannedFixedAssetInvestment = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    ConstructionContent = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AssociationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecommenderName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RecommenderContact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ContactPhone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReviewDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewDueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReturnReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RevokedReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Filings_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Filings_IndustryChains_IndustryChainId",
                        column: x => x.IndustryChainId,
                        principalTable: "IndustryChains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Filings_SourceRegions_SourceRegionCode",
                        column: x => x.SourceRegionCode,
                        principalTable: "SourceRegions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Filings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FilingHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FilingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FilingHistory_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Associations_Name",
                table: "Associations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_FilingHistory_Action_At",
                table: "FilingHistory",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingHistory_FilingId_At",
                table: "FilingHistory",
                columns: new[] { "FilingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_AssociationId",
                table: "Filings",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_CreditCode",
                table: "Filings",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_IndustryChainId",
                table: "Filings",
                column: "IndustryChainId");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_ScaleBand",
                table: "Filings",
                column: "ScaleBand");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_SourceRegionCode",
                table: "Filings",
                column: "SourceRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Status_ReviewDueAt",
                table: "Filings",
                columns: new[] { "Status", "ReviewDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_SubmittedAt",
                table: "Filings",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_UnitId_Status",
                table: "Filings",
                columns: new[] { "UnitId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FilingHistory");

            migrationBuilder.DropTable(
                name: "Filings");

            migrationBuilder.DropTable(
                name: "Associations");
        }
    }
}

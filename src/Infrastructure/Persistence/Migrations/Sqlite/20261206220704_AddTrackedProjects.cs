using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTrackedProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrackedProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvestorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IndustryChainId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceRegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ForeignInvestor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlannedTotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledStage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    AgreementFen = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsAboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: false),
                    QualifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackedProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrackedProjects_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrackedProjects_Filings_Id",
                        column: x => x.Id,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrackedProjects_IndustryChains_IndustryChainId",
                        column: x => x.IndustryChainId,
                        principalTable: "IndustryChains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrackedProjects_SourceRegions_SourceRegionCode",
                        column: x => x.SourceRegionCode,
                        principalTable: "SourceRegions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrackedProjects_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_AssociationId",
                table: "TrackedProjects",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_CompletedOn",
                table: "TrackedProjects",
                column: "CompletedOn");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_IndustryChainId",
                table: "TrackedProjects",
                column: "IndustryChainId");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_SignedOn",
                table: "TrackedProjects",
                column: "SignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_SourceRegionCode",
                table: "TrackedProjects",
                column: "SourceRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_StartedOn",
                table: "TrackedProjects",
                column: "StartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_Status_ApprovedOn",
                table: "TrackedProjects",
                columns: new[] { "Status", "ApprovedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_UnitId_Status_ApprovedOn",
                table: "TrackedProjects",
                columns: new[] { "UnitId", "Status", "ApprovedOn" });

            TrackedProjectBackfill.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrackedProjects");
        }
    }
}

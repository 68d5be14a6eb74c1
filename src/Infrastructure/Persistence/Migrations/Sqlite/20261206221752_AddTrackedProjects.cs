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

            migrationBuilder.CreateTable(
                name: "ProjectEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectEvidence_TrackedProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "TrackedProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VerificationTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerificationTasks_TrackedProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "TrackedProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VerificationTasks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectEvidence_ProjectId_Subject_SubjectId",
                table: "ProjectEvidence",
                columns: new[] { "ProjectId", "Subject", "SubjectId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_VerificationTasks_IsOpen_DueAt",
                table: "VerificationTasks",
                columns: new[] { "IsOpen", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationTasks_IsOpen_UnitId_DueAt",
                table: "VerificationTasks",
                columns: new[] { "IsOpen", "UnitId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationTasks_ProjectId",
                table: "VerificationTasks",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationTasks_Subject_SubjectId_IsOpen",
                table: "VerificationTasks",
                columns: new[] { "Subject", "SubjectId", "IsOpen" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationTasks_UnitId",
                table: "VerificationTasks",
                column: "UnitId");

            TrackedProjectBackfill.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectEvidence");

            migrationBuilder.DropTable(
                name: "VerificationTasks");

            migrationBuilder.DropTable(
                name: "TrackedProjects");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddEvaluationsAndQuarterlyScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssociationEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SchemeJson = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoringDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssociationEvaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSchemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TotalScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSchemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TimeRatio = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    TolerancePoints = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Trigger = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GeneratedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    GeneratedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LaggingUnitCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedProjects = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOver1Billion = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOver5Billion = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedProjects = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedProjects = table.Column<int>(type: "INTEGER", nullable: false),
                    FixedAssetInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    FixedAssetInvestmentFen = table.Column<long>(type: "INTEGER", nullable: false),
                    FundsDomestic = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    FundsDomesticFen = table.Column<long>(type: "INTEGER", nullable: false),
                    FundsForeign = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    FundsForeignFen = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitTargets_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationEntries_AssociationEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "AssociationEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationEntries_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationManualScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ScoredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScoredByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ScoredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationManualScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationManualScores_AssociationEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "AssociationEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationManualScores_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TopN = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SchemeJson = table.Column<string>(type: "TEXT", nullable: false),
                    RowsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationRevisions_AssociationEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "AssociationEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssociationEvaluations_Year",
                table: "AssociationEvaluations",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationEntries_AssociationId",
                table: "EvaluationEntries",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationEntries_EvaluationId_AssociationId",
                table: "EvaluationEntries",
                columns: new[] { "EvaluationId", "AssociationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationManualScores_AssociationId",
                table: "EvaluationManualScores",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationManualScores_EvaluationId_AssociationId_IndicatorCode",
                table: "EvaluationManualScores",
                columns: new[] { "EvaluationId", "AssociationId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRevisions_EvaluationId_Number",
                table: "EvaluationRevisions",
                columns: new[] { "EvaluationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRevisions_Year_Number",
                table: "EvaluationRevisions",
                columns: new[] { "Year", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSchemes_Year",
                table: "EvaluationSchemes",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReports_Year_Quarter_Revision",
                table: "QuarterlyReports",
                columns: new[] { "Year", "Quarter", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitTargets_UnitId",
                table: "UnitTargets",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitTargets_Year_UnitId",
                table: "UnitTargets",
                columns: new[] { "Year", "UnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationEntries");

            migrationBuilder.DropTable(
                name: "EvaluationManualScores");

            migrationBuilder.DropTable(
                name: "EvaluationRevisions");

            migrationBuilder.DropTable(
                name: "EvaluationSchemes");

            migrationBuilder.DropTable(
                name: "QuarterlyReports");

            migrationBuilder.DropTable(
                name: "UnitTargets");

            migrationBuilder.DropTable(
                name: "AssociationEvaluations");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue14Rewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RewardImpactConfirmations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardImpactConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardImpactConfirmations_TrackedProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "TrackedProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ThresholdYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    AnnualCapYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ExcludedCategoriesText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RewardCalculations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CountUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CalculatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LineCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalPayable = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TotalPayableFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoucherNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardCalculations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardCalculations_RewardPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "RewardPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CalculationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssociationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CountedFunds = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CountedFundsFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardLines_RewardCalculations_CalculationId",
                        column: x => x.CalculationId,
                        principalTable: "RewardCalculations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RewardCalculations_PolicyId",
                table: "RewardCalculations",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardCalculations_Year_Revision",
                table: "RewardCalculations",
                columns: new[] { "Year", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardImpactConfirmations_ProjectId_Year",
                table: "RewardImpactConfirmations",
                columns: new[] { "ProjectId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardImpactConfirmations_Year",
                table: "RewardImpactConfirmations",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_RewardLines_CalculationId_AssociationId_ProjectId",
                table: "RewardLines",
                columns: new[] { "CalculationId", "AssociationId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_RewardLines_CalculationId_Outcome",
                table: "RewardLines",
                columns: new[] { "CalculationId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_RewardPolicies_ValidFrom",
                table: "RewardPolicies",
                column: "ValidFrom");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RewardImpactConfirmations");

            migrationBuilder.DropTable(
                name: "RewardLines");

            migrationBuilder.DropTable(
                name: "RewardCalculations");

            migrationBuilder.DropTable(
                name: "RewardPolicies");
        }
    }
}

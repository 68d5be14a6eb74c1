using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAssociationsPeopleLeadsCreditsRewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProjectCredits_AssociationId_Status",
                table: "ProjectCredits");

            migrationBuilder.DropIndex(
                name: "IX_Ambassadors_Year_CertificateNumber",
                table: "Ambassadors");

            migrationBuilder.AddColumn<Guid>(
                name: "ConfirmedFilingId",
                table: "ProjectCredits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssociationId",
                table: "NotableNatives",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CityRegionCode",
                table: "NotableNatives",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Company",
                table: "NotableNatives",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "NotableNatives",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IndustryChainId",
                table: "NotableNatives",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsListed",
                table: "NotableNatives",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NativeCounty",
                table: "NotableNatives",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "NotableNatives",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "NotableNatives",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TagsText",
                table: "NotableNatives",
                type: "TEXT",
                maxLength: 171,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "LeadId",
                table: "Filings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PresidentContact",
                table: "Associations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PresidentName",
                table: "Associations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecretaryGeneralContact",
                table: "Associations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecretaryGeneralName",
                table: "Associations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AppointedOn",
                table: "Ambassadors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssociationId",
                table: "Ambassadors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CityRegionCode",
                table: "Ambassadors",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Ambassadors",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IndustryChainId",
                table: "Ambassadors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "Ambassadors",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "Ambassadors",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Ambassadors",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Ambassadors",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AssociationRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssociationRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssociationRatings_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditEvidence_ProjectCredits_CreditId",
                        column: x => x.CreditId,
                        principalTable: "ProjectCredits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndustryChainId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IntendedInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    IntendedInvestmentFen = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceRegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Known = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedByUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByAssociationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AssignedUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_IndustryChains_IndustryChainId",
                        column: x => x.IndustryChainId,
                        principalTable: "IndustryChains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leads_Units_AssignedUnitId",
                        column: x => x.AssignedUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PurchasedServiceYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Contractor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContractAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BudgetLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvaluationResult = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluationNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchasedServiceYears", x => x.Id);
                });

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
                name: "LeadOpinionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AskedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AskedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadOpinionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeadOpinionRequests_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeadOpinionRequests_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PurchasedServicePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchasedServicePayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PurchasedServicePayments_PurchasedServiceYears_YearId",
                        column: x => x.YearId,
                        principalTable: "PurchasedServiceYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceSubsidies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceSubsidies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceSubsidies_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceSubsidies_PurchasedServiceYears_YearId",
                        column: x => x.YearId,
                        principalTable: "PurchasedServiceYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardCalculations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
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
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
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
                name: "IX_ProjectCredits_AssociationId_Status_DecidedAt",
                table: "ProjectCredits",
                columns: new[] { "AssociationId", "Status", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCredits_ConfirmedFilingId",
                table: "ProjectCredits",
                column: "ConfirmedFilingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotableNatives_AssociationId",
                table: "NotableNatives",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_NotableNatives_CityRegionCode",
                table: "NotableNatives",
                column: "CityRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_NotableNatives_IndustryChainId",
                table: "NotableNatives",
                column: "IndustryChainId");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_LeadId",
                table: "Filings",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_Associations_Status",
                table: "Associations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Ambassadors_AssociationId",
                table: "Ambassadors",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_Ambassadors_CityRegionCode",
                table: "Ambassadors",
                column: "CityRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Ambassadors_IndustryChainId",
                table: "Ambassadors",
                column: "IndustryChainId");

            migrationBuilder.CreateIndex(
                name: "IX_Ambassadors_Year_CertificateNumber",
                table: "Ambassadors",
                columns: new[] { "Year", "CertificateNumber" },
                unique: true,
                filter: "\"IsDeleted\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_AssociationRatings_AssociationId_Level_Year",
                table: "AssociationRatings",
                columns: new[] { "AssociationId", "Level", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditEvidence_CreditId",
                table: "CreditEvidence",
                column: "CreditId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadOpinionRequests_AssociationId_AnsweredAt",
                table: "LeadOpinionRequests",
                columns: new[] { "AssociationId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadOpinionRequests_LeadId",
                table: "LeadOpinionRequests",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_AssignedUnitId",
                table: "Leads",
                column: "AssignedUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_IndustryChainId",
                table: "Leads",
                column: "IndustryChainId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_RecordedByAssociationId",
                table: "Leads",
                column: "RecordedByAssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_RecordedByUnitId",
                table: "Leads",
                column: "RecordedByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_SourceKind_SourceId",
                table: "Leads",
                columns: new[] { "SourceKind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_CreatedAt",
                table: "Leads",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchasedServicePayments_YearId",
                table: "PurchasedServicePayments",
                column: "YearId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchasedServiceYears_Year",
                table: "PurchasedServiceYears",
                column: "Year",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSubsidies_AssociationId",
                table: "ServiceSubsidies",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSubsidies_YearId",
                table: "ServiceSubsidies",
                column: "YearId");

            migrationBuilder.AddForeignKey(
                name: "FK_Ambassadors_Associations_AssociationId",
                table: "Ambassadors",
                column: "AssociationId",
                principalTable: "Associations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Ambassadors_IndustryChains_IndustryChainId",
                table: "Ambassadors",
                column: "IndustryChainId",
                principalTable: "IndustryChains",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Filings_Leads_LeadId",
                table: "Filings",
                column: "LeadId",
                principalTable: "Leads",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_NotableNatives_Associations_AssociationId",
                table: "NotableNatives",
                column: "AssociationId",
                principalTable: "Associations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_NotableNatives_IndustryChains_IndustryChainId",
                table: "NotableNatives",
                column: "IndustryChainId",
                principalTable: "IndustryChains",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Ambassadors_Associations_AssociationId",
                table: "Ambassadors");

            migrationBuilder.DropForeignKey(
                name: "FK_Ambassadors_IndustryChains_IndustryChainId",
                table: "Ambassadors");

            migrationBuilder.DropForeignKey(
                name: "FK_Filings_Leads_LeadId",
                table: "Filings");

            migrationBuilder.DropForeignKey(
                name: "FK_NotableNatives_Associations_AssociationId",
                table: "NotableNatives");

            migrationBuilder.DropForeignKey(
                name: "FK_NotableNatives_IndustryChains_IndustryChainId",
                table: "NotableNatives");

            migrationBuilder.DropTable(
                name: "AssociationRatings");

            migrationBuilder.DropTable(
                name: "CreditEvidence");

            migrationBuilder.DropTable(
                name: "LeadOpinionRequests");

            migrationBuilder.DropTable(
                name: "PurchasedServicePayments");

            migrationBuilder.DropTable(
                name: "RewardImpactConfirmations");

            migrationBuilder.DropTable(
                name: "RewardLines");

            migrationBuilder.DropTable(
                name: "ServiceSubsidies");

            migrationBuilder.DropTable(
                name: "Leads");

            migrationBuilder.DropTable(
                name: "RewardCalculations");

            migrationBuilder.DropTable(
                name: "PurchasedServiceYears");

            migrationBuilder.DropTable(
                name: "RewardPolicies");

            migrationBuilder.DropIndex(
                name: "IX_ProjectCredits_AssociationId_Status_DecidedAt",
                table: "ProjectCredits");

            migrationBuilder.DropIndex(
                name: "IX_ProjectCredits_ConfirmedFilingId",
                table: "ProjectCredits");

            migrationBuilder.DropIndex(
                name: "IX_NotableNatives_AssociationId",
                table: "NotableNatives");

            migrationBuilder.DropIndex(
                name: "IX_NotableNatives_CityRegionCode",
                table: "NotableNatives");

            migrationBuilder.DropIndex(
                name: "IX_NotableNatives_IndustryChainId",
                table: "NotableNatives");

            migrationBuilder.DropIndex(
                name: "IX_Filings_LeadId",
                table: "Filings");

            migrationBuilder.DropIndex(
                name: "IX_Associations_Status",
                table: "Associations");

            migrationBuilder.DropIndex(
                name: "IX_Ambassadors_AssociationId",
                table: "Ambassadors");

            migrationBuilder.DropIndex(
                name: "IX_Ambassadors_CityRegionCode",
                table: "Ambassadors");

            migrationBuilder.DropIndex(
                name: "IX_Ambassadors_IndustryChainId",
                table: "Ambassadors");

            migrationBuilder.DropIndex(
                name: "IX_Ambassadors_Year_CertificateNumber",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "ConfirmedFilingId",
                table: "ProjectCredits");

            migrationBuilder.DropColumn(
                name: "AssociationId",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "CityRegionCode",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "Company",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "IndustryChainId",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "IsListed",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "NativeCounty",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "TagsText",
                table: "NotableNatives");

            migrationBuilder.DropColumn(
                name: "LeadId",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "PresidentContact",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "PresidentName",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "SecretaryGeneralContact",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "SecretaryGeneralName",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "AppointedOn",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "AssociationId",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "CityRegionCode",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "IndustryChainId",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Ambassadors");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCredits_AssociationId_Status",
                table: "ProjectCredits",
                columns: new[] { "AssociationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Ambassadors_Year_CertificateNumber",
                table: "Ambassadors",
                columns: new[] { "Year", "CertificateNumber" });
        }
    }
}

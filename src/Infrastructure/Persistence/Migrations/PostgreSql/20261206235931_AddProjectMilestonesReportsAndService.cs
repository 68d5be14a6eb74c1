using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddProjectMilestonesReportsAndService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastRevisitOn",
                table: "TrackedProjects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextRevisitDueOn",
                table: "TrackedProjects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevisitIntervalDays",
                table: "TrackedProjects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceOwnerId",
                table: "TrackedProjects",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceOwnerName",
                table: "TrackedProjects",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MonthlyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    DomesticOutsideProvince = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DomesticOutsideProvinceFen = table.Column<long>(type: "bigint", nullable: false),
                    HongKongMacaoTaiwan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    HongKongMacaoTaiwanFen = table.Column<long>(type: "bigint", nullable: false),
                    Foreign = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ForeignFen = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    SupersedesId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CallerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyReports_MonthlyReports_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "MonthlyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyReports_TrackedProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "TrackedProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgreementAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AgreementFen = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CallerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectMilestones_TrackedProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "TrackedProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectMilestones_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectProblems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EscalatedTo = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    SolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectProblems_TrackedProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "TrackedProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectRevisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Visitors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MetWith = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectRevisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectRevisits_TrackedProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "TrackedProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectMilestoneHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MilestoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgreementAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMilestoneHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectMilestoneHistory_ProjectMilestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "ProjectMilestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectProblemChange",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProblemId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EscalatedTo = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    By = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectProblemChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectProblemChange_ProjectProblems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "ProjectProblems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_ServiceOwnerId_NextRevisitDueOn",
                table: "TrackedProjects",
                columns: new[] { "ServiceOwnerId", "NextRevisitDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_Status_NextRevisitDueOn",
                table: "TrackedProjects",
                columns: new[] { "Status", "NextRevisitDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_CallerId_ExternalReference",
                table: "MonthlyReports",
                columns: new[] { "CallerId", "ExternalReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_Kind_Status_PeriodStart",
                table: "MonthlyReports",
                columns: new[] { "Kind", "Status", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_ProjectId_Kind_Year_Month_Revision",
                table: "MonthlyReports",
                columns: new[] { "ProjectId", "Kind", "Year", "Month", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_SupersedesId",
                table: "MonthlyReports",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_UnitId_Kind_Status_Year",
                table: "MonthlyReports",
                columns: new[] { "UnitId", "Kind", "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMilestoneHistory_MilestoneId_At",
                table: "ProjectMilestoneHistory",
                columns: new[] { "MilestoneId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMilestones_CallerId_ExternalReference",
                table: "ProjectMilestones",
                columns: new[] { "CallerId", "ExternalReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMilestones_ProjectId_Kind",
                table: "ProjectMilestones",
                columns: new[] { "ProjectId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMilestones_UnitId",
                table: "ProjectMilestones",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProblemChange_ProblemId",
                table: "ProjectProblemChange",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProblems_ProjectId_Status",
                table: "ProjectProblems",
                columns: new[] { "ProjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProblems_Status_Department",
                table: "ProjectProblems",
                columns: new[] { "Status", "Department" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProblems_Status_DueOn",
                table: "ProjectProblems",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRevisits_ProjectId_VisitedOn",
                table: "ProjectRevisits",
                columns: new[] { "ProjectId", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonthlyReports");

            migrationBuilder.DropTable(
                name: "ProjectMilestoneHistory");

            migrationBuilder.DropTable(
                name: "ProjectProblemChange");

            migrationBuilder.DropTable(
                name: "ProjectRevisits");

            migrationBuilder.DropTable(
                name: "ProjectMilestones");

            migrationBuilder.DropTable(
                name: "ProjectProblems");

            migrationBuilder.DropIndex(
                name: "IX_TrackedProjects_ServiceOwnerId_NextRevisitDueOn",
                table: "TrackedProjects");

            migrationBuilder.DropIndex(
                name: "IX_TrackedProjects_Status_NextRevisitDueOn",
                table: "TrackedProjects");

            migrationBuilder.DropColumn(
                name: "LastRevisitOn",
                table: "TrackedProjects");

            migrationBuilder.DropColumn(
                name: "NextRevisitDueOn",
                table: "TrackedProjects");

            migrationBuilder.DropColumn(
                name: "RevisitIntervalDays",
                table: "TrackedProjects");

            migrationBuilder.DropColumn(
                name: "ServiceOwnerId",
                table: "TrackedProjects");

            migrationBuilder.DropColumn(
                name: "ServiceOwnerName",
                table: "TrackedProjects");
        }
    }
}

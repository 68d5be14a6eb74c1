using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddProjectService : Migration
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
                name: "ProjectProblemChange");

            migrationBuilder.DropTable(
                name: "ProjectRevisits");

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

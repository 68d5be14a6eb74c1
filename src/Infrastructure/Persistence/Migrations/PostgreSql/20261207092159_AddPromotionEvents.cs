using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddPromotionEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PromotionEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganiserUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvitedCompanyCount = table.Column<int>(type: "integer", nullable: false),
                    InvitedCompanyNames = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProposedByAssociationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedByUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionEvents_Associations_ProposedByAssociationId",
                        column: x => x.ProposedByAssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionEvents_Units_OrganiserUnitId",
                        column: x => x.OrganiserUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicityItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Medium = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicityItems_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PromotionEventAssociations",
                columns: table => new
                {
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionEventAssociations", x => new { x.EventId, x.AssociationId });
                    table.ForeignKey(
                        name: "FK_PromotionEventAssociations_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionEventAssociations_PromotionEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PromotionEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromotionEventFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionEventFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionEventFiles_PromotionEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PromotionEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PromotionEventLeads",
                columns: table => new
                {
                    LeadId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionEventLeads", x => new { x.EventId, x.LeadId });
                    table.ForeignKey(
                        name: "FK_PromotionEventLeads_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionEventLeads_PromotionEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PromotionEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromotionEventProjects",
                columns: table => new
                {
                    FilingId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionEventProjects", x => new { x.EventId, x.FilingId });
                    table.ForeignKey(
                        name: "FK_PromotionEventProjects_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionEventProjects_PromotionEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PromotionEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEventAssociations_AssociationId_Role",
                table: "PromotionEventAssociations",
                columns: new[] { "AssociationId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEventFiles_EventId",
                table: "PromotionEventFiles",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEventLeads_LeadId",
                table: "PromotionEventLeads",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEventProjects_FilingId",
                table: "PromotionEventProjects",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEvents_OrganiserUnitId",
                table: "PromotionEvents",
                column: "OrganiserUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEvents_ProposedByAssociationId",
                table: "PromotionEvents",
                column: "ProposedByAssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEvents_RecordedByUnitId",
                table: "PromotionEvents",
                column: "RecordedByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEvents_StartsOn",
                table: "PromotionEvents",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionEvents_Status_StartsOn",
                table: "PromotionEvents",
                columns: new[] { "Status", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicityItems_AssociationId_PublishedOn",
                table: "PublicityItems",
                columns: new[] { "AssociationId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicityItems_PublishedOn",
                table: "PublicityItems",
                column: "PublishedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PromotionEventAssociations");

            migrationBuilder.DropTable(
                name: "PromotionEventFiles");

            migrationBuilder.DropTable(
                name: "PromotionEventLeads");

            migrationBuilder.DropTable(
                name: "PromotionEventProjects");

            migrationBuilder.DropTable(
                name: "PublicityItems");

            migrationBuilder.DropTable(
                name: "PromotionEvents");
        }
    }
}

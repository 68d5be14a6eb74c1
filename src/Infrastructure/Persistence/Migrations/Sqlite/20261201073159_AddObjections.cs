using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddObjections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OpenObjectionCount",
                table: "Filings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ObjectorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReceiptCodeHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    ClientAddressHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    LodgedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EvidenceFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EvidenceSizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    EvidenceSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    EvidenceStorageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Objections_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Objections_PublicationEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "PublicationEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Objections_Publications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Objections_ClientAddressHash_LodgedAt",
                table: "Objections",
                columns: new[] { "ClientAddressHash", "LodgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Objections_EntryId_Status",
                table: "Objections",
                columns: new[] { "EntryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Objections_FilingId_Status",
                table: "Objections",
                columns: new[] { "FilingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Objections_PublicationId",
                table: "Objections",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_ReceiptCodeHash",
                table: "Objections",
                column: "ReceiptCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Status_LodgedAt",
                table: "Objections",
                columns: new[] { "Status", "LodgedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Objections");

            migrationBuilder.DropColumn(
                name: "OpenObjectionCount",
                table: "Filings");
        }
    }
}

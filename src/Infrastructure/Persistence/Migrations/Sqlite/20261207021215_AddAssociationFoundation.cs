using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAssociationFoundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FoundedOn",
                table: "Associations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HomeRegionCode",
                table: "Associations",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LiaisonLeader",
                table: "Associations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MemberCount",
                table: "Associations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Associations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Established");

            migrationBuilder.AddColumn<Guid>(
                name: "AssociationId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Ambassadors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ambassadors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssociationMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    IndustryChainId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssociationMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssociationMembers_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssociationMembers_IndustryChains_IndustryChainId",
                        column: x => x.IndustryChainId,
                        principalTable: "IndustryChains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssociationOffices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CityRegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssociationOffices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssociationOffices_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NotableNatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotableNatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectCredits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecommenderKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RecommenderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecommenderName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProposedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCredits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectCredits_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectCredits_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectCredits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Associations_HomeRegionCode",
                table: "Associations",
                column: "HomeRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_AssociationId",
                table: "AspNetUsers",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_Ambassadors_Name",
                table: "Ambassadors",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Ambassadors_Year_CertificateNumber",
                table: "Ambassadors",
                columns: new[] { "Year", "CertificateNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_AssociationMembers_AssociationId",
                table: "AssociationMembers",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_AssociationMembers_IndustryChainId",
                table: "AssociationMembers",
                column: "IndustryChainId");

            migrationBuilder.CreateIndex(
                name: "IX_AssociationOffices_AssociationId",
                table: "AssociationOffices",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_AssociationOffices_CityRegionCode",
                table: "AssociationOffices",
                column: "CityRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_NotableNatives_Name",
                table: "NotableNatives",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCredits_AssociationId_Status",
                table: "ProjectCredits",
                columns: new[] { "AssociationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCredits_FilingId",
                table: "ProjectCredits",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCredits_Status_ProposedAt",
                table: "ProjectCredits",
                columns: new[] { "Status", "ProposedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCredits_UnitId",
                table: "ProjectCredits",
                column: "UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Associations_AssociationId",
                table: "AspNetUsers",
                column: "AssociationId",
                principalTable: "Associations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Associations_AssociationId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Ambassadors");

            migrationBuilder.DropTable(
                name: "AssociationMembers");

            migrationBuilder.DropTable(
                name: "AssociationOffices");

            migrationBuilder.DropTable(
                name: "NotableNatives");

            migrationBuilder.DropTable(
                name: "ProjectCredits");

            migrationBuilder.DropIndex(
                name: "IX_Associations_HomeRegionCode",
                table: "Associations");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_AssociationId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "FoundedOn",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "HomeRegionCode",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "LiaisonLeader",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "MemberCount",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Associations");

            migrationBuilder.DropColumn(
                name: "AssociationId",
                table: "AspNetUsers");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Issue14People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ambassadors_Year_CertificateNumber",
                table: "Ambassadors");

            migrationBuilder.AddColumn<Guid>(
                name: "AssociationId",
                table: "NotableNatives",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CityRegionCode",
                table: "NotableNatives",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Company",
                table: "NotableNatives",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "NotableNatives",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IndustryChainId",
                table: "NotableNatives",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsListed",
                table: "NotableNatives",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NativeCounty",
                table: "NotableNatives",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "NotableNatives",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "NotableNatives",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TagsText",
                table: "NotableNatives",
                type: "character varying(171)",
                maxLength: 171,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AppointedOn",
                table: "Ambassadors",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssociationId",
                table: "Ambassadors",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CityRegionCode",
                table: "Ambassadors",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Ambassadors",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IndustryChainId",
                table: "Ambassadors",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "Ambassadors",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "Ambassadors",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Ambassadors",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Ambassadors",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

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
                filter: "\"IsDeleted\" = false");

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
                name: "FK_NotableNatives_Associations_AssociationId",
                table: "NotableNatives");

            migrationBuilder.DropForeignKey(
                name: "FK_NotableNatives_IndustryChains_IndustryChainId",
                table: "NotableNatives");

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
                name: "IX_Ambassadors_Year_CertificateNumber",
                table: "Ambassadors",
                columns: new[] { "Year", "CertificateNumber" });
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceRegionsAdmin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The regions already there stay active (they were all offered until now).
            migrationBuilder.AddColumn<long>(
                name: "CreatedAt",
                table: "SourceRegions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedBy",
                table: "SourceRegions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "SourceRegions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DeletedBy",
                table: "SourceRegions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsActive",
                table: "SourceRegions",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDeleted",
                table: "SourceRegions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ParentCode",
                table: "SourceRegions",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "SourceRegions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_SourceRegions_ParentCode_SortOrder",
                table: "SourceRegions",
                columns: new[] { "ParentCode", "SortOrder" });

            migrationBuilder.AddForeignKey(
                name: "FK_SourceRegions_SourceRegions_ParentCode",
                table: "SourceRegions",
                column: "ParentCode",
                principalTable: "SourceRegions",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SourceRegions_SourceRegions_ParentCode",
                table: "SourceRegions");

            migrationBuilder.DropIndex(
                name: "IX_SourceRegions_ParentCode_SortOrder",
                table: "SourceRegions");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "SourceRegions");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "SourceRegions");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "SourceRegions");

            migrationBuilder.DropColumn(
                name: "DeletedBy",
                table: "SourceRegions");

            migrationBuilder.DropColumn(
                name: "IsActive",
                table: "SourceRegions");

            migrationBuilder.DropColumn(
                name: "IsDeleted",
                table: "SourceRegions");

            migrationBuilder.DropColumn(
                name: "ParentCode",
                table: "SourceRegions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SourceRegions");
        }
    }
}

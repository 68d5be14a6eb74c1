using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestPromo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeFeedCounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeFeedCounters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChangeFeedEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Resource = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeFeedEntries", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeFeedEntries_UnitId_Sequence",
                table: "ChangeFeedEntries",
                columns: new[] { "UnitId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeFeedEntries_UnitOnly_Sequence",
                table: "ChangeFeedEntries",
                columns: new[] { "UnitOnly", "Sequence" });

            ChangeFeedBackfill.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeFeedCounters");

            migrationBuilder.DropTable(
                name: "ChangeFeedEntries");
        }
    }
}

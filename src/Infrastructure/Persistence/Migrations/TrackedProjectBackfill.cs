using Microsoft.EntityFrameworkCore.Migrations;

namespace InvestPromo.Infrastructure.Persistence.Migrations;

/// <summary>
/// Migration <c>AddTrackedProjects</c>'s back-fill, in each provider's SQL (one call from each provider's migration: keep it if the
/// migration is regenerated): every filing whose approval stands (approved, or under re-review) becomes a tracked project with its
/// id, its copied fields, its filed stage as the current one and status Active; each gets one <c>created</c> entry in the change
/// feed after those already there, and the counter moves past them. Set-based, in the migration's transaction.
/// </summary>
internal static class TrackedProjectBackfill
{
    private const string Columns =
        "{Id}, {UnitId}, {ProjectName}, {InvestorName}, {IndustryChainId}, {SourceRegionCode}, {ForeignInvestor}, {Category}, {AssociationId}, "
        + "{PlannedTotalFen}, {ApprovedOn}, {FiledStage}, {Stage}, {Status}, {IsAboveDesignatedSize}, {Version}, {CreatedAt}, {CreatedBy}, {IsDeleted}";

    public static void Up(MigrationBuilder migrationBuilder)
    {
        var sqlServer = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";
        var sqlite = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
        string Q(string name) => sqlServer ? $"[{name}]" : $"\"{name}\"";
        string List(string template) => System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)\}", m => Q(m.Groups[1].Value));
        var no = sqlServer || sqlite ? "0" : "FALSE";

        migrationBuilder.Sql(
            $"INSERT INTO {Q("TrackedProjects")} ({List(Columns)}) "
            + $"SELECT {List("{Id}, {UnitId}")}, COALESCE({Q("ProjectName")}, ''), {List("{InvestorName}, {IndustryChainId}, {SourceRegionCode}, {ForeignInvestor}, {Category}, {AssociationId}")}, "
            + $"COALESCE({Q("PlannedTotalFen")}, 0), {Q("ApprovedOn")}, {Q("Stage")}, {Q("Stage")}, 'Active', {no}, 0, COALESCE({Q("DecidedAt")}, {Q("CreatedAt")}), {Q("DecidedBy")}, {no} "
            + $"FROM {Q("Filings")} WHERE {Q("Status")} IN ('Approved', 'UnderReReview') AND {Q("ApprovedOn")} IS NOT NULL AND {Q("IsDeleted")} = {no};");
        migrationBuilder.Sql(
            $"INSERT INTO {Q("ChangeFeedEntries")} ({List("{Sequence}, {Resource}, {EntityId}, {Kind}, {Version}, {ChangedAt}, {UnitId}, {UnitOnly}, {Status}")}) "
            + $"SELECT (SELECT {Q("Value")} FROM {Q("ChangeFeedCounters")} WHERE {Q("Id")} = 1) + ROW_NUMBER() OVER (ORDER BY {Q("CreatedAt")}, {Q("Id")}), "
            + $"'project', {Q("Id")}, 'Created', {Q("Version")}, {Q("CreatedAt")}, {Q("UnitId")}, {no}, 'Active' FROM {Q("TrackedProjects")};");
        migrationBuilder.Sql(
            $"UPDATE {Q("ChangeFeedCounters")} SET {Q("Value")} = (SELECT COALESCE(MAX({Q("Sequence")}), 0) FROM {Q("ChangeFeedEntries")}) WHERE {Q("Id")} = 1;");
    }
}

using System.Diagnostics;
using InvestPromo.Domain.Common;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>
/// Issue 13's volume, set-based on top of the seeded filings: <c>projects</c> tracked projects made from approved filings (as
/// <c>TrackProjectWhenApprovalChanges</c> and the migration's back-fill make them: the filing's id and copied fields), with
/// milestones in every state (about 70% signed, 45% started, 25% completed, 1 in 7 of the completed 规模工业, 2% stopped), then
/// about <c>reports</c> monthly reports (funds in place and fixed-asset investment, one of each per project and month, from the
/// project's approval month on; 88% verified, 8% submitted, 4% rejected). The last <see cref="FreeMonths"/> ended months are
/// left without reports: the import benchmark fills them. Everything is derived from a hash of the filing's id, so a run is
/// repeatable. No change-feed or audit rows (the feed mode measures the filings' entries as in issue 12).
/// </summary>
internal static class ProjectSeeder
{
    /// <summary>The ended months (before the current one) left empty for the imports: the newest three.</summary>
    public const int FreeMonths = 3;

    public sealed record Result(long Projects, long Reports, int MonthsPerProject, TimeSpan Took);

    public static async Task<Result> SeedAsync(NpgsqlDataSource data, int projects, long reports, DateTimeOffset now, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var stopwatch = Stopwatch.StartNew();
        var today = ChinaTime.DateOf(now);
        // The newest month seeded: the current month minus (FreeMonths + 1).
        var newest = new DateOnly(today.Year, today.Month, 1).AddMonths(-(FreeMonths + 1));
        await using var connection = await data.OpenConnectionAsync(ct);
        await ExecuteAsync(connection, $"""
            CREATE TEMP TABLE bench_pick AS
            SELECT f."Id", abs(hashtext(f."Id"::text)) % 1000 AS h
            FROM "Filings" f
            WHERE f."Status" = 'Approved' AND NOT f."IsDeleted" AND f."ApprovedOn" IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM "TrackedProjects" t WHERE t."Id" = f."Id")
            ORDER BY md5(f."Id"::text)
            LIMIT {projects}
            """, ct);
        var today1 = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tracked = await ExecuteAsync(connection, $"""
            INSERT INTO "TrackedProjects" ("Id", "UnitId", "ProjectName", "InvestorName", "IndustryChainId", "SourceRegionCode", "ForeignInvestor", "Category",
              "AssociationId", "PlannedTotalFen", "ApprovedOn", "FiledStage", "Stage", "Status", "SignedOn", "AgreementAmount", "AgreementFen", "StartedOn",
              "CompletedOn", "IsAboveDesignatedSize", "QualifiedOn", "StoppedOn", "StopReason", "Version", "CreatedAt", "CreatedBy", "IsDeleted")
            SELECT f."Id", f."UnitId", COALESCE(f."ProjectName", ''), f."InvestorName", f."IndustryChainId", f."SourceRegionCode", f."ForeignInvestor", f."Category",
              f."AssociationId", COALESCE(f."PlannedTotalFen", 0), f."ApprovedOn", f."Stage",
              CASE WHEN m.completed IS NOT NULL THEN 'Completed' WHEN m.started IS NOT NULL THEN 'Started' WHEN m.signed IS NOT NULL THEN 'Signed' ELSE f."Stage" END,
              CASE WHEN p.h >= 980 THEN 'Stopped' ELSE 'Active' END,
              m.signed, CASE WHEN m.signed IS NULL THEN NULL ELSE COALESCE(f."PlannedTotalFen", 0) / 100.0 END,
              CASE WHEN m.signed IS NULL THEN NULL ELSE COALESCE(f."PlannedTotalFen", 0) END,
              m.started, m.completed, m.completed IS NOT NULL AND p.h % 7 = 0, CASE WHEN m.completed IS NOT NULL AND p.h % 7 = 0 THEN m.completed END,
              CASE WHEN p.h >= 980 THEN LEAST(f."ApprovedOn" + 200, DATE '{today1}') END, CASE WHEN p.h >= 980 THEN '投资方撤资。' END,
              2, COALESCE(f."DecidedAt", f."CreatedAt"), f."DecidedBy", FALSE
            FROM bench_pick p
            JOIN "Filings" f ON f."Id" = p."Id"
            CROSS JOIN LATERAL (SELECT
              CASE WHEN p.h < 700 THEN LEAST(f."ApprovedOn" + (p.h % 90), DATE '{today1}') END AS signed,
              CASE WHEN p.h < 450 THEN LEAST(f."ApprovedOn" + 90 + (p.h % 120), DATE '{today1}') END AS started,
              CASE WHEN p.h < 250 THEN LEAST(f."ApprovedOn" + 300 + (p.h % 200), DATE '{today1}') END AS completed) m
            """, ct);
        Console.WriteLine($"  {tracked:N0} tracked projects inserted in {stopwatch.Elapsed.TotalSeconds:0.0}s");

        // Months per project: the same cap for every project (fewer when approved less long ago), chosen so the total comes
        // closest to the reports asked for (two kinds a month).
        var newestText = newest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var available = $"""
            SELECT GREATEST(0, (EXTRACT(YEAR FROM age(DATE '{newestText}', date_trunc('month', t."ApprovedOn")::date)) * 12
              + EXTRACT(MONTH FROM age(DATE '{newestText}', date_trunc('month', t."ApprovedOn")::date)))::int + 1) AS months
            FROM "TrackedProjects" t JOIN bench_pick p ON p."Id" = t."Id"
            """;
        var cap = 1;
        for (var c = 1; c <= 48; c++)
        {
            await using var count = new NpgsqlCommand($"SELECT COALESCE(sum(LEAST(months, {c})), 0) * 2 FROM ({available}) a", connection);
            var sum = Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            cap = c;
            if (sum >= reports)
            {
                break;
            }
        }

        stopwatch.Restart();
        await ExecuteAsync(connection, """ALTER TABLE "MonthlyReports" DISABLE TRIGGER ALL""", ct);
        var inserted = await ExecuteAsync(connection, $"""
            INSERT INTO "MonthlyReports" ("Id", "ProjectId", "UnitId", "Kind", "Year", "Month", "PeriodStart", "DomesticOutsideProvince", "DomesticOutsideProvinceFen",
              "HongKongMacaoTaiwan", "HongKongMacaoTaiwanFen", "Foreign", "ForeignFen", "Amount", "AmountFen", "Note", "Status", "SubmittedAt", "SubmittedByName",
              "DecidedAt", "DecidedBy", "DecidedByName", "RejectionReason", "Revision", "Version", "CreatedAt", "IsDeleted")
            SELECT gen_random_uuid(), t."Id", t."UnitId", k.kind, EXTRACT(YEAR FROM s.period)::int, EXTRACT(MONTH FROM s.period)::int, s.period,
              d.dom / 100.0, d.dom, 0, 0, d.frn / 100.0, d.frn, (d.dom + d.frn) / 100.0, d.dom + d.frn, NULL,
              st.status, s.period + 40, '系统导入', CASE WHEN st.status <> 'Submitted' THEN s.period + 45 END, NULL,
              CASE WHEN st.status <> 'Submitted' THEN '李审核' END, CASE WHEN st.status = 'Rejected' THEN '请补充银行进账单。' END, 1, 1, s.period + 40, FALSE
            FROM "TrackedProjects" t
            JOIN bench_pick p ON p."Id" = t."Id"
            CROSS JOIN LATERAL generate_series(0, LEAST({cap}, GREATEST(0, (EXTRACT(YEAR FROM age(DATE '{newestText}', date_trunc('month', t."ApprovedOn")::date)) * 12
              + EXTRACT(MONTH FROM age(DATE '{newestText}', date_trunc('month', t."ApprovedOn")::date)))::int + 1)) - 1) AS g(i)
            CROSS JOIN LATERAL (SELECT (DATE '{newestText}' - make_interval(months => g.i))::date AS period) s
            CROSS JOIN (VALUES ('FundsInPlace'), ('FixedAssetInvestment')) AS k(kind)
            CROSS JOIN LATERAL (SELECT CASE WHEN (p.h + g.i * 37) % 100 < 88 THEN 'Verified' WHEN (p.h + g.i * 37) % 100 < 96 THEN 'Submitted' ELSE 'Rejected' END AS status) st
            CROSS JOIN LATERAL (SELECT
              CASE WHEN k.kind = 'FundsInPlace' AND NOT t."ForeignInvestor" THEN ((p.h * 7919 + g.i * 104729) % 500000000)::bigint
                   WHEN k.kind = 'FixedAssetInvestment' THEN ((p.h * 6151 + g.i * 15485863) % 800000000)::bigint ELSE 0 END AS dom,
              CASE WHEN k.kind = 'FundsInPlace' AND t."ForeignInvestor" THEN ((p.h * 7919 + g.i * 104729) % 500000000)::bigint ELSE 0 END AS frn) d
            """, ct);
        await ExecuteAsync(connection, """ALTER TABLE "MonthlyReports" ENABLE TRIGGER ALL""", ct);
        Console.WriteLine($"  {inserted:N0} monthly reports inserted in {stopwatch.Elapsed.TotalSeconds:0.0}s (up to {cap} months a project, up to {newest:yyyy-MM})");
        stopwatch.Restart();
        await ExecuteAsync(connection, """VACUUM ANALYZE "TrackedProjects" """, ct);
        await ExecuteAsync(connection, """VACUUM ANALYZE "MonthlyReports" """, ct);
        Console.WriteLine($"  VACUUM ANALYZE in {stopwatch.Elapsed.TotalSeconds:0.0}s");
        return new Result(tracked, inserted, cap, total.Elapsed);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(ct);
    }
}

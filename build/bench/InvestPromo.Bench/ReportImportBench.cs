using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Projects.Reports.Import;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Projects;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace InvestPromo.Bench;

/// <summary>One monthly import measured: the API's runs and the raw COPY of the same number of rows.</summary>
internal sealed record ReportImportRun(LoadResult Api, LoadResult Raw, int Rows, int Runs, int SqlCommandsPerImport, long ImportedPerRun, long ReportsBefore, long ProjectsOfUnit, string Load);

/// <summary>
/// Issue 13 (mode <c>import</c>): <c>POST /api/projects/reports/import</c> of a <c>--import-rows</c>-row sheet (default 5,000) as
/// the demo filer, through HTTP (multipart), one import after another, each on fresh rows (the filer's unit's active projects in
/// the ended months the seeding left empty: funds in the investor's own class, and investment), <c>--import-runs</c> times; the
/// median is the figure. The raw anchor: the same number of report rows and their verification tasks written by binary COPY
/// through Npgsql in one transaction (rolled back), the floor of storing them. Target: an import &lt; 5 s.
/// </summary>
internal static class ReportImportBench
{
    public const double TargetMs = 5_000;

    private sealed record Slot(Guid ProjectId, Guid UnitId, string Name, string? Region, DateOnly Month, MonthlyReportKind Kind);

    public static async Task<ReportImportRun> RunAsync(
        HttpClient filer, IServiceProvider services, NpgsqlDataSource data, BenchOptions options, DateTimeOffset now, ServerCpu? server, SqlCapture capture, CancellationToken ct)
    {
        var filerUnit = await ScalarAsync<Guid>(data, """SELECT "UnitId" FROM "AspNetUsers" WHERE "UserName" = 'filer'""", ct);
        var reportsBefore = await ScalarAsync<long>(data, """SELECT count(*) FROM "MonthlyReports" """, ct);
        var today = ChinaTime.DateOf(now);
        var current = new DateOnly(today.Year, today.Month, 1);
        var months = Enumerable.Range(1, ProjectSeeder.FreeMonths).Select(i => current.AddMonths(-i)).ToList();
        var projects = new List<(Guid Id, Guid Unit, string Name, string? Region, DateOnly ApprovedOn)>();
        await using (var connection = await data.OpenConnectionAsync(ct))
        await using (var command = new NpgsqlCommand(
            """SELECT "Id", "UnitId", "ProjectName", "SourceRegionCode", "ApprovedOn" FROM "TrackedProjects" WHERE "UnitId" = @unit AND "Status" = 'Active' ORDER BY md5("Id"::text)""", connection))
        {
            command.Parameters.AddWithValue("unit", filerUnit);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                projects.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<DateOnly>(4)));
            }
        }

        // Fresh slots: a project, a month the seeding left empty (not before its approval's month), a kind.
        var slots = (from m in months from p in projects where new DateOnly(p.ApprovedOn.Year, p.ApprovedOn.Month, 1) <= m
                     from k in Enum.GetValues<MonthlyReportKind>() select new Slot(p.Id, p.Unit, p.Name, p.Region, m, k)).ToList();
        var runs = options.ImportRuns;
        var rows = Math.Min(options.ImportRows, slots.Count / (runs + 1));
        Console.WriteLine($"  {projects.Count:N0} active projects of the filer's unit, {slots.Count:N0} free (project, month, kind) slots: {runs} imports of {rows:N0} rows, then {runs} raw COPYs");
        if (rows < 1)
        {
            throw new InvalidOperationException("No free slots for the import: seed more projects.");
        }

        var spreadsheets = services.GetRequiredService<ISpreadsheets>();
        var region = services.GetRequiredService<RegionOptions>();
        var sheets = new List<byte[]>();
        for (var run = 0; run < runs; run++)
        {
            sheets.Add(await SheetAsync(spreadsheets, region, slots.Skip(run * rows).Take(rows).ToList(), run, ct));
        }

        var imported = new List<long>();
        var loadBefore = BenchProgram.LoadAverage();
        var first = true;
        var commands = 0;
        var api = await Load.CountedAsync("monthly import via HTTP API", 1, sheets, async sheet =>
        {
            if (first)
            {
                capture.Start(everything: true);
            }

            imported.Add(await ImportAsync(filer, sheet, ct));
            if (first)
            {
                commands = capture.Stop().Count;
                first = false;
            }
        }, server);
        BenchProgram.Print(api);

        var rawSlots = slots.Skip(runs * rows).Take(rows).ToList();
        var raw = await Load.CountedAsync("same rows by COPY via Npgsql (rolled back)", 1, Enumerable.Range(0, runs).ToList(), async _ => await CopyAsync(data, rawSlots, now, ct), server);
        BenchProgram.Print(raw);
        var load = $"{loadBefore} before, {BenchProgram.LoadAverage()} after";
        return new ReportImportRun(api, raw, rows, runs, commands, imported.Count == 0 ? 0 : imported.Min(), reportsBefore, projects.Count, load);
    }

    private static async Task<byte[]> SheetAsync(ISpreadsheets spreadsheets, RegionOptions region, List<Slot> slots, int run, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<object?>>(slots.Count);
        var i = 0;
        foreach (var s in slots)
        {
            // 万元 with up to six decimals, as a unit types them; funds only in the investor's own class (else a zero month).
            var wan = Math.Round(((i * 7919 + run * 104729) % 500_000) / 100m + 0.000001m * (i % 7), 6);
            object? domestic = null, hkmt = null, foreign = null, amount = null;
            if (s.Kind == MonthlyReportKind.FundsInPlace)
            {
                var origin = region.Classify(s.Region);
                domestic = hkmt = foreign = 0m;
                switch (origin is null ? null : FundsSplit.AllowedClass(origin.Value))
                {
                    case FundsSource.DomesticOutsideProvince: domestic = wan; break;
                    case FundsSource.HongKongMacaoTaiwan: hkmt = wan; break;
                    case FundsSource.Foreign: foreign = wan; break;
                    case null when origin is null: domestic = wan; break;
                }
            }
            else
            {
                amount = wan;
            }

            rows.Add([s.ProjectId.ToString(), s.Name, ReportImportRules.Labels(s.Kind).Zh, s.Month.Year, s.Month.Month, domestic, hkmt, foreign, amount, i % 10 == 0 ? "按银行进账单汇总" : null, null]);
            i++;
        }

        var sheet = new SpreadsheetSheet(ReportImportSheets.DataSheetName.Zh, [.. ReportImportSheets.Columns.Select(c => c.Header.Zh)], FilingSheets.AsRows(rows))
        {
            AmountColumns = ReportImportSheets.AmountColumns,
        };
        await using var content = await spreadsheets.WriteAsync([sheet], ct);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static async Task<long> ImportAsync(HttpClient filer, byte[] sheet, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(sheet);
        file.Headers.ContentType = new MediaTypeHeaderValue(FilingSheets.ContentType);
        form.Add(file, "file", "月报.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/projects/reports/import", UriKind.Relative)) { Content = form };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await filer.SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"POST /api/projects/reports/import: {(int)response.StatusCode} {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 400)])}");
        }

        using var json = JsonDocument.Parse(body);
        var failed = json.RootElement.GetProperty("failedCount").GetInt32();
        if (failed > 0)
        {
            throw new InvalidOperationException($"the import refused {failed} rows: {json.RootElement.GetProperty("errors")[0]}");
        }

        return json.RootElement.GetProperty("importedCount").GetInt32();
    }

    /// <summary>The floor: the rows and their tasks by binary COPY in one transaction, rolled back (so each run writes the same rows).</summary>
    private static async Task CopyAsync(NpgsqlDataSource data, List<Slot> slots, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await data.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var ids = slots.Select(_ => Guid.CreateVersion7(now)).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY "MonthlyReports" ("Id", "ProjectId", "UnitId", "Kind", "Year", "Month", "PeriodStart", "DomesticOutsideProvince", "DomesticOutsideProvinceFen",
              "HongKongMacaoTaiwan", "HongKongMacaoTaiwanFen", "Foreign", "ForeignFen", "Amount", "AmountFen", "Status", "SubmittedAt", "SubmittedByName",
              "Revision", "Version", "CreatedAt", "IsDeleted") FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            for (var i = 0; i < slots.Count; i++)
            {
                var s = slots[i];
                var fen = (long)(i * 7919 % 50_000_000);
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(s.ProjectId, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(s.UnitId, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(s.Kind.ToString(), NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(s.Month.Year, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(s.Month.Month, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(s.Month, NpgsqlDbType.Date, ct);
                foreach (var value in new[] { fen, 0, 0, fen })
                {
                    await writer.WriteAsync(value / 100m, NpgsqlDbType.Numeric, ct);
                    await writer.WriteAsync(value, NpgsqlDbType.Bigint, ct);
                }

                await writer.WriteAsync("Submitted", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync("张填报", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, ct);
            }

            await writer.CompleteAsync(ct);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY "VerificationTasks" ("Id", "ProjectId", "UnitId", "Subject", "SubjectId", "Summary", "SubmittedAt", "DueOn", "DueAt", "DueProvisional", "IsOpen", "Version")
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            var due = ChinaTime.DateOf(now).AddDays(3);
            for (var i = 0; i < slots.Count; i++)
            {
                var s = slots[i];
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(Guid.CreateVersion7(now), NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(s.ProjectId, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(s.UnitId, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(s.Kind == MonthlyReportKind.FundsInPlace ? "FundsReport" : "InvestmentReport", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync($"{s.Kind} {s.Month:yyyy-MM}", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(due, NpgsqlDbType.Date, ct);
                await writer.WriteAsync(ChinaTime.EndOfDay(due), NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean, ct);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, ct);
            }

            await writer.CompleteAsync(ct);
        }

        await transaction.RollbackAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource data, string sql, CancellationToken ct)
    {
        await using var command = data.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    public static void Markdown(StringBuilder sb, ReportImportRun run)
    {
        static string Ms(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
        static string Cpu(double? v) => v?.ToString("N0", CultureInfo.InvariantCulture) ?? "—";
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Monthly report import (issue 13 item 6) as the demo filer: {run.Runs} imports of {run.Rows:N0} rows each (all valid, fresh months of the unit's {run.ProjectsOfUnit:N0} active projects), one after another through the HTTP API, on {run.ReportsBefore:N0} stored reports; {run.SqlCommandsPerImport} SQL commands in an import. Then the same number of rows and their verification tasks by binary COPY (rolled back): the floor. Load average {run.Load}.");
        sb.AppendLine();
        sb.AppendLine("| path | runs | median ms | max ms | rows/s (median) | bench-process CPU ms/import | PostgreSQL CPU ms/import | errors | median < 5 s |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (path, r) in new[] { ("HTTP API", run.Api), ("same rows by COPY", run.Raw) })
        {
            var mark = path == "HTTP API" ? (r.P50Ms < TargetMs ? "✅ met" : "❌ missed") : string.Empty;
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {path} | {r.Operations} | {Ms(r.P50Ms)} | {Ms(r.MaxMs)} | {(run.Rows / (r.P50Ms / 1000)).ToString("N0", CultureInfo.InvariantCulture)} | {Cpu(r.ProcessCpuMsPerOp)} | {Cpu(r.ServerCpuMsPerOp)} | {r.Errors} | {mark} |");
        }

        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"API ÷ COPY (median): {(run.Api.P50Ms / run.Raw.P50Ms).ToString("N1", CultureInfo.InvariantCulture)}×.");
        sb.AppendLine();
    }
}

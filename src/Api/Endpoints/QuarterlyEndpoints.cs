using InvestPromo.Api.Security;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Quarterly;
using InvestPromo.Application.Quarterly.Commands.RunQuarterlyScheduling;
using InvestPromo.Application.Quarterly.Queries.ExportQuarterlyReport;
using InvestPromo.Application.Quarterly.Queries.GetQuarterlyCockpit;
using InvestPromo.Application.Quarterly.Queries.GetQuarterlyReport;
using InvestPromo.Application.Quarterly.Queries.GetQuarterlyUnitResult;
using InvestPromo.Application.Quarterly.Queries.ListQuarterlyReports;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>The quarter to run: which, and whether to run it again (a new revision) when it was already reported.</summary>
public sealed record RunQuarterlySchedulingRequest(int Year, int Quarter, bool Again);

/// <summary>The quarterly scheduling (季调度, issue 15 items 5 and 6).</summary>
public static class QuarterlyEndpoints
{
    public static void MapQuarterlyEndpoints(this IEndpointRouteBuilder app)
    {
        var quarterly = app.MapApiGroup("/api/quarterly", "Quarterly");
        quarterly.MapGet("reports", ListQuarterlyReports).WithName("ListQuarterlyReports")
            .WithSummary("The quarterly reports, every revision, newest first (a year narrows them)")
            .RequireAuthorization(Policies.ReadQuarterly).WithStandardErrors();
        quarterly.MapPost("reports", RunQuarterlyScheduling).WithName("RunQuarterlyScheduling")
            .WithSummary("Run the quarterly scheduling of an ended quarter: once (a quarter already reported answers its report) or again (a new revision)")
            .RequireAuthorization(Policies.Admin).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("quarterly.quarter-not-ended", "quarterly.run-conflict");
        quarterly.MapGet("reports/{year:int}/{quarter:int}", GetQuarterlyReport).WithName("GetQuarterlyReport")
            .WithSummary("A quarter's report (latest revision unless one is asked for); a filer sees its own unit's line only")
            .RequireAuthorization(Policies.ReadQuarterly).WithStandardErrors().WithNotFound();
        quarterly.MapGet("reports/{year:int}/{quarter:int}/units/{unitId:guid}", GetQuarterlyUnitResult).WithName("GetQuarterlyUnitResult")
            .WithSummary("One unit's line of a quarter's report (another unit's is 404 for a filer)")
            .RequireAuthorization(Policies.ReadQuarterly).WithStandardErrors().WithNotFound();
        quarterly.MapGet("reports/{year:int}/{quarter:int}/export", ExportQuarterlyReport).WithName("ExportQuarterlyReport")
            .WithSummary("A quarter's report as an .xlsx file (a filer's: its own unit's line)")
            .RequireAuthorization(Policies.ReadQuarterly).WithStandardErrors().WithNotFound().WithSpreadsheet();
        quarterly.MapGet("cockpit", GetQuarterlyCockpit).WithName("GetQuarterlyCockpit")
            .WithSummary("The leader cockpit: the latest quarter's ranking and lagging units, and this year's progress against the city's targets")
            .RequireAuthorization(Policies.ReadTargets).WithStandardErrors();
    }

    private static async Task<Ok<IReadOnlyList<QuarterlyReportSummaryDto>>> ListQuarterlyReports(ISender sender, CancellationToken ct, int? year = null) =>
        TypedResults.Ok(await sender.Send(new ListQuarterlyReportsQuery(year), ct));

    private static async Task<Ok<QuarterlyReportSummaryDto>> RunQuarterlyScheduling(ISender sender, RunQuarterlySchedulingRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RunQuarterlySchedulingCommand(body.Year, body.Quarter, body.Again), ct));

    private static async Task<Ok<QuarterlyReportDto>> GetQuarterlyReport(ISender sender, int year, int quarter, CancellationToken ct, int? revision = null) =>
        TypedResults.Ok(await sender.Send(new GetQuarterlyReportQuery(year, quarter, revision), ct));

    private static async Task<Ok<QuarterlyUnitRowDto>> GetQuarterlyUnitResult(ISender sender, int year, int quarter, Guid unitId, CancellationToken ct, int? revision = null) =>
        TypedResults.Ok(await sender.Send(new GetQuarterlyUnitResultQuery(year, quarter, unitId, revision), ct));

    private static async Task<FileStreamHttpResult> ExportQuarterlyReport(ISender sender, int year, int quarter, CancellationToken ct, int? revision = null)
    {
        var file = await sender.Send(new ExportQuarterlyReportQuery(year, quarter, revision), ct);
        return TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);
    }

    private static async Task<Ok<QuarterlyCockpitDto>> GetQuarterlyCockpit(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetQuarterlyCockpitQuery(), ct));
}

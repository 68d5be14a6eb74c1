using InvestPromo.Api.Security;
using InvestPromo.Application.Analysis;
using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.Analysis.Queries.ExportFilingAnalysis;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.ReserveList;
using InvestPromo.Application.ReserveList.Queries.ExportReserveList;
using InvestPromo.Application.ReserveList.Queries.GetReserveList;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// Classification of approved projects (DOMAIN.md §4) and the leaders' reserve list. Approved means status Approved:
/// revoked filings are not counted. Dates are China dates of the approval.
/// </summary>
public static class AnalysisEndpoints
{
    public static void MapAnalysisEndpoints(this IEndpointRouteBuilder app)
    {
        var analysis = app.MapApiGroup("/api/analysis", "Analysis");
        analysis.MapGet("filings", AnalyzeFilings).WithName("AnalyzeFilings")
            .WithSummary("Approved projects grouped by industry chain, source region, scale band, stage, unit or period (approval date, China time), with counts and exact sums in yuan")
            .RequireAuthorization(Policies.ReadAnalysis).WithStandardErrors();
        analysis.MapGet("filings/export", ExportFilingAnalysis).WithName("ExportFilingAnalysis")
            .WithSummary("The same analysis as an .xlsx file (one row per group and a total row)")
            .RequireAuthorization(Policies.ReadAnalysis).WithStandardErrors().WithSpreadsheet();

        var reserve = app.MapApiGroup("/api/reserve-list", "ReserveList");
        reserve.MapGet("", GetReserveList).WithName("GetReserveList")
            .WithSummary("储备项目: approved projects meeting the configured rule (default: signed or later ≥ 10亿, or any stage ≥ 50亿), grouped by source region, largest first; no contact data")
            .RequireAuthorization(Policies.ReadReserveList).WithStandardErrors();
        reserve.MapGet("export", ExportReserveList).WithName("ExportReserveList")
            .WithSummary("The reserve list as an .xlsx file")
            .RequireAuthorization(Policies.ReadReserveList).WithStandardErrors().WithSpreadsheet();
    }

    private static FileStreamHttpResult File(SpreadsheetFile file) => TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);

    private static async Task<Ok<FilingAnalysisDto>> AnalyzeFilings(
        ISender sender, AnalysisGroupBy groupBy, CancellationToken ct, AnalysisPeriod? period = null, DateOnly? from = null, DateOnly? to = null) =>
        TypedResults.Ok(await sender.Send(new AnalyzeFilingsQuery(groupBy, period, from, to), ct));

    private static async Task<FileStreamHttpResult> ExportFilingAnalysis(
        ISender sender, AnalysisGroupBy groupBy, CancellationToken ct, AnalysisPeriod? period = null, DateOnly? from = null, DateOnly? to = null) =>
        File(await sender.Send(new ExportFilingAnalysisQuery(groupBy, period, from, to), ct));

    private static async Task<Ok<ReserveListDto>> GetReserveList(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetReserveListQuery(), ct));

    private static async Task<FileStreamHttpResult> ExportReserveList(ISender sender, CancellationToken ct) =>
        File(await sender.Send(new ExportReserveListQuery(), ct));
}

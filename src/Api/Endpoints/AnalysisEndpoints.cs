using InvestPromo.Api.Security;
using InvestPromo.Application.Analysis;
using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.Analysis.Queries.ExportFilingAnalysis;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.ReserveList;
using InvestPromo.Application.ReserveList.Queries.ExportReserveList;
using InvestPromo.Application.ReserveList.Queries.GetReserveList;
using InvestPromo.Application.ReserveList.Queries.GetReserveListRegion;
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
            .RequireAuthorization(Policies.ReadAnalysis).WithStandardErrors()
            .WithDescription("Counts filings whose approval stands (`Approved` or `UnderReReview`) by approval date (China time) between `from` and `to`; `groupBy` chooses the dimension, `period` (Week, Month, Quarter, Year) the buckets when grouping by period. Sums are exact yuan.");
        analysis.MapGet("filings/export", ExportFilingAnalysis).WithName("ExportFilingAnalysis")
            .WithSummary("The same analysis as an .xlsx file (one row per group and a total row)")
            .RequireAuthorization(Policies.ReadAnalysis).WithStandardErrors().WithSpreadsheet();

        var reserve = app.MapApiGroup("/api/reserve-list", "ReserveList");
        reserve.MapGet("", GetReserveList).WithName("GetReserveList")
            .WithSummary("储备项目: approved projects meeting the configured rule (mature AND large; default: signed or later and ≥ 10亿). Every source region (a city under its province, a country itself) with its count and total, largest first, and its perRegion (1–50, default 5) largest projects; no contact data")
            .RequireAuthorization(Policies.ReadReserveList).WithStandardErrors();
        reserve.MapGet("regions/{code}", GetReserveListRegion).WithName("GetReserveListRegion")
            .WithSummary("One source region's reserve-list projects, largest first, paged (page, pageSize 1–200); a city's code pages its province")
            .RequireAuthorization(Policies.ReadReserveList).WithStandardErrors();
        reserve.MapGet("export", ExportReserveList).WithName("ExportReserveList")
            .WithSummary("The whole reserve list (every project, no cap) as an .xlsx file")
            .RequireAuthorization(Policies.ReadReserveList).WithStandardErrors().WithSpreadsheet().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithErrorCodes("export.too-many-rows");
    }

    private static FileStreamHttpResult File(SpreadsheetFile file) => TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);

    private static async Task<Ok<FilingAnalysisDto>> AnalyzeFilings(
        ISender sender, AnalysisGroupBy groupBy, CancellationToken ct, AnalysisPeriod? period = null, DateOnly? from = null, DateOnly? to = null) =>
        TypedResults.Ok(await sender.Send(new AnalyzeFilingsQuery(groupBy, period, from, to), ct));

    private static async Task<FileStreamHttpResult> ExportFilingAnalysis(
        ISender sender, AnalysisGroupBy groupBy, CancellationToken ct, AnalysisPeriod? period = null, DateOnly? from = null, DateOnly? to = null) =>
        File(await sender.Send(new ExportFilingAnalysisQuery(groupBy, period, from, to), ct));

    private static async Task<Ok<ReserveListDto>> GetReserveList(ISender sender, CancellationToken ct, int perRegion = ReserveLists.DefaultPerRegion) =>
        TypedResults.Ok(await sender.Send(new GetReserveListQuery(perRegion), ct));

    private static async Task<Ok<ReserveRegionPageDto>> GetReserveListRegion(
        ISender sender, string code, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetReserveListRegionQuery(code, page, pageSize), ct));

    private static async Task<FileStreamHttpResult> ExportReserveList(ISender sender, CancellationToken ct) =>
        File(await sender.Send(new ExportReserveListQuery(), ct));
}

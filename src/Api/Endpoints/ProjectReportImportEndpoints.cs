using InvestPromo.Api.Hosting;
using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Projects.Reports.Commands.ImportMonthlyReports;
using InvestPromo.Application.Projects.Reports.Queries.GetReportImportTemplate;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// Issue 13 item 6: monthly funds and investment figures from spreadsheets — the template, and the import (valid rows saved
/// together, invalid rows reported per row and field with stable codes), under the filing import's upload limits.
/// </summary>
public static class ProjectReportImportEndpoints
{
    public static void MapProjectReportImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/projects/reports/import", "Projects");

        group.MapGet("template", GetTemplate).WithName("GetReportImportTemplate")
            .WithSummary("The .xlsx template for importing monthly reports: the header row, and a sheet with the rules, the report types and the caller's projects with their ids")
            .WithDescription("Columns: 项目编号, 项目名称, 报表类型 (到位资金 / 固定资产投资), 年, 月, 省外境内（万元）, 港澳台（万元）, 外国（万元）, 完成投资额（万元）, 备注, 外部编号. Amounts are in 10k yuan (万元), as in the filing import. A filer's sheet lists its own unit's active projects.")
            .RequireAuthorization(Policies.ReportProjects).WithStandardErrors().WithSpreadsheet();
        group.MapPost("", Import).WithName("ImportMonthlyReports")
            .WithSummary("Import filled-in monthly report rows (multipart field \"file\", .xlsx, at most 10 MiB and 5,000 rows); "
                + "valid rows are saved together, invalid rows come back with their reasons (each with a stable code) and a report .xlsx (base64)")
            .WithDescription("Each row is held to the rules of POST /api/projects/{id}/reports, with the same codes (report.month-not-ended, report.amount-negative, report.duplicate-month, project.not-active, …); an import's own row codes are report-import.* (project-not-found, project-ambiguous, kind-invalid, column-not-for-kind, number-invalid, required, too-long, field-invalid, duplicate-in-sheet, external-reference-in-sheet). A row names its project by 项目编号 (the filing's id), or by 项目名称 when exactly one of the caller's projects has that name. A filer imports for its own unit's projects only: another unit's project is \"not found\" on its row. Each saved report waits in the verification queue.")
            .RequireAuthorization(Policies.ReportProjects).WithBodyLimit(FilingsEndpoints.MaxImportBytes)
            .Accepts<IFormFile>("multipart/form-data").WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("report.duplicate-month")
            .WithIdempotency();
    }

    private static async Task<FileStreamHttpResult> GetTemplate(ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(new GetReportImportTemplateQuery(), ct);
        return TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);
    }

    private static async Task<Ok<ReportImportResultDto>> Import(ISender sender, IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await sender.Send(new ImportMonthlyReportsCommand(file.FileName, buffer.ToArray()), ct));
    }
}

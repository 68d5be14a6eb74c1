using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Projects.Reports;
using InvestPromo.Application.Projects.Reports.Commands.CorrectMonthlyReport;
using InvestPromo.Application.Projects.Reports.Commands.RejectMonthlyReport;
using InvestPromo.Application.Projects.Reports.Commands.ReportMonthlyFigures;
using InvestPromo.Application.Projects.Reports.Commands.VerifyMonthlyReport;
using InvestPromo.Application.Projects.Reports.Queries.GetFundsTotals;
using InvestPromo.Application.Projects.Reports.Queries.GetProjectYearSummary;
using InvestPromo.Application.Projects.Reports.Queries.ListMonthlyReports;
using InvestPromo.Domain.Projects;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>A month's figure as reported: funds in place by source class (yuan, each ≥ 0) or the investment completed (yuan).</summary>
public sealed record MonthlyReportRequest(
    MonthlyReportKind Kind,
    int Year,
    int Month,
    decimal? DomesticOutsideProvince,
    decimal? HongKongMacaoTaiwan,
    decimal? Foreign,
    decimal? Amount,
    string? Note,
    string? ExternalReference);

/// <summary>A correction of the latest revision (<see cref="Version"/> is the corrected revision's): its new figures.</summary>
public sealed record MonthlyReportCorrectionRequest(
    int Version,
    decimal? DomesticOutsideProvince,
    decimal? HongKongMacaoTaiwan,
    decimal? Foreign,
    decimal? Amount,
    string? Note,
    string? ExternalReference);

public sealed record RejectMonthlyReportRequest(int Version, string? Reason);

/// <summary>Projects' monthly reports (实际到位资金, 实际完成固定资产投资), their verification, the year summary and the funds totals.</summary>
public static class ProjectReportsEndpoints
{
    private static readonly string[] ReportCodes =
    [
        "report.amount-negative", "report.month-not-ended", "report.month-before-approval", "report.source-class-mismatch",
        "report.duplicate-month", "project.not-active", "external-reference.exists", "report.note-invalid", "external-reference.invalid",
        "filing.amount-invalid", "calendar.days-invalid",
    ];

    private static readonly string[] CorrectionCodes =
    [
        "report.amount-negative", "report.source-class-mismatch", "report.awaiting-verification", "report.not-latest", "project.not-active",
        "external-reference.exists", "report.note-invalid", "external-reference.invalid", "report.month-not-ended",
        "filing.amount-invalid", "calendar.days-invalid",
    ];

    public static void MapProjectReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/projects", "Projects");

        group.MapGet("summary", GetSummary).WithName("GetProjectYearSummary")
            .WithSummary("A year's signed / ≥10亿 / ≥50亿 / started / completed counts, 规模工业 fixed-asset investment and funds in place by source class")
            .WithDescription("Industrial projects whose confirmed 签约 / 开工 / 竣工 date falls in `year` (≥ 10亿 and ≥ 50亿 by the agreement amount, boundary included); the year's verified fixed-asset investment of 规模工业 projects; the year's verified funds in place by source class (境外 = 港澳台 + 外国). `unitId` narrows to one unit; a filer always reads its own unit's (another unit's is a 404). Projects whose approval ended count nowhere. Amounts are yuan.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapGet("funds-totals", GetFundsTotals).WithName("GetProjectFundsTotals")
            .WithSummary("Verified monthly figures summed by project, unit, industry chain, association, source class or period")
            .WithDescription("Only the verified current revision of each month counts, in the month it is for. `from` and `to` pick months (any day of each; both included); `groupBy`: Project, Unit, IndustryChain, Association (the one the filing proposed), SourceClass, Month, Quarter, Year; `kind`: FundsInPlace (default) or FixedAssetInvestment; `unitId` narrows to one unit. Amounts are yuan.")
            .RequireAuthorization(Policies.ReadAnalysis).WithStandardErrors();

        group.MapGet("{id:guid}/reports", ListReports).WithName("ListProjectReports")
            .WithSummary("A project's monthly reports, every revision (newest month first)")
            .WithDescription("Funds in place (by source class) and fixed-asset investment reports; `kind` narrows to one. Each revision shows its status (Submitted, Verified, Rejected, Superseded) and whether it counts. Another unit's project is a 404 for a filer.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("{id:guid}/reports", Report).WithName("ReportProjectMonth")
            .WithSummary("Report a month's funds in place or fixed-asset investment (上报)")
            .WithDescription("For a month that has ended (China time) and is not before the approval's month. Funds: `domesticOutsideProvince`, `hongKongMacaoTaiwan`, `foreign` (yuan, each ≥ 0; one left out is 0), only in the investor's own source class (本市 / 省内市外 investors: all 0). Investment: `amount`. A month already reported is a 409 `report.duplicate-month` (send a correction). `externalReference` (optional) is unique per caller. The report waits in the verification queue.")
            .RequireAuthorization(Policies.ReportProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes(ReportCodes).WithIdempotency();
        group.MapPost("{id:guid}/reports/{reportId:guid}/corrections", Correct).WithName("CorrectProjectReport")
            .WithSummary("Correct a monthly report: a new revision that supersedes it once verified")
            .WithDescription("Only the latest revision, once verified or rejected (`version` is its version). The figures as in a report; kind and month are the corrected revision's. A verified revision keeps counting until its correction is verified.")
            .RequireAuthorization(Policies.ReportProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes(CorrectionCodes).WithIdempotency();
        group.MapPost("{id:guid}/reports/{reportId:guid}/verify", Verify).WithName("VerifyProjectReport")
            .WithSummary("Verify a submitted monthly report (核实): it counts from now on")
            .WithDescription("Earlier revisions of the same month are superseded; the verification task closes.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("report.not-submitted").WithIdempotency();
        group.MapPost("{id:guid}/reports/{reportId:guid}/reject", Reject).WithName("RejectProjectReport")
            .WithSummary("Reject a submitted monthly report with a reason (退回)")
            .WithDescription("`reason` is required (at most 1,000 characters). The report never counts; the unit corrects it with a new revision.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("report.not-submitted", "report.reason-invalid").WithIdempotency();
    }

    private static async Task<Ok<ProjectYearSummaryDto>> GetSummary(ISender sender, int year, CancellationToken ct, Guid? unitId = null) =>
        TypedResults.Ok(await sender.Send(new GetProjectYearSummaryQuery(year, unitId), ct));

    private static async Task<Ok<FundsTotalsDto>> GetFundsTotals(
        ISender sender, DateOnly from, DateOnly to, FundsGroupBy groupBy, CancellationToken ct, MonthlyReportKind kind = MonthlyReportKind.FundsInPlace, Guid? unitId = null) =>
        TypedResults.Ok(await sender.Send(new GetFundsTotalsQuery(from, to, groupBy, kind, unitId), ct));

    private static async Task<Ok<IReadOnlyList<MonthlyReportDto>>> ListReports(ISender sender, Guid id, CancellationToken ct, MonthlyReportKind? kind = null) =>
        TypedResults.Ok(await sender.Send(new ListMonthlyReportsQuery(id, kind), ct));

    private static async Task<Created<MonthlyReportDto>> Report(ISender sender, Guid id, MonthlyReportRequest body, CancellationToken ct)
    {
        var report = await sender.Send(new ReportMonthlyFiguresCommand(
            id, body.Kind, body.Year, body.Month, body.DomesticOutsideProvince, body.HongKongMacaoTaiwan, body.Foreign, body.Amount, body.Note, body.ExternalReference), ct);
        return TypedResults.Created($"/api/projects/{id}/reports", report);
    }

    private static async Task<Created<MonthlyReportDto>> Correct(ISender sender, Guid id, Guid reportId, MonthlyReportCorrectionRequest body, CancellationToken ct)
    {
        var report = await sender.Send(new CorrectMonthlyReportCommand(
            id, reportId, body.Version, body.DomesticOutsideProvince, body.HongKongMacaoTaiwan, body.Foreign, body.Amount, body.Note, body.ExternalReference), ct);
        return TypedResults.Created($"/api/projects/{id}/reports", report);
    }

    private static async Task<Ok<MonthlyReportDto>> Verify(ISender sender, Guid id, Guid reportId, VersionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new VerifyMonthlyReportCommand(id, reportId, body.Version), ct));

    private static async Task<Ok<MonthlyReportDto>> Reject(ISender sender, Guid id, Guid reportId, RejectMonthlyReportRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RejectMonthlyReportCommand(id, reportId, body.Version, body.Reason), ct));
}

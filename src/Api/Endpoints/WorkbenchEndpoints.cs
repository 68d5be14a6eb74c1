using InvestPromo.Api.Security;
using InvestPromo.Application.Workbench.Queries.GetFilerWorkbench;
using InvestPromo.Application.Workbench.Queries.GetLeaderHeadline;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// What each role's landing page counts (the reviewer's counts are <c>GET /api/review/counts</c>). China time: the week runs
/// Monday to Sunday, the year is the calendar year.
/// </summary>
public static class WorkbenchEndpoints
{
    public static void MapWorkbenchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workbench", "Workbench");
        group.MapGet("filer", GetFilerWorkbench).WithName("GetFilerWorkbench")
            .WithSummary("The filer's workbench for its own unit: drafts, returned, under review and approved this week (China time, still standing), "
                + "and the latest returned filings with their reasons")
            .RequireAuthorization(Policies.Filer).WithStandardErrors();
        group.MapGet("leader", GetLeaderHeadline).WithName("GetLeaderHeadline")
            .WithSummary("领导驾驶舱 headline, city-wide: filings approved this calendar year and this week (China time, approval standing) "
                + "with their planned total investment in yuan, and the reserve list's size and total")
            .RequireAuthorization(Policies.ReadReserveList).WithStandardErrors();
    }

    private static async Task<Ok<FilerWorkbenchDto>> GetFilerWorkbench(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFilerWorkbenchQuery(), ct));

    private static async Task<Ok<LeaderHeadlineDto>> GetLeaderHeadline(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetLeaderHeadlineQuery(), ct));
}

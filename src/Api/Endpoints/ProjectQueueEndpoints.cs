using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Projects.Queries.ExportVerificationQueue;
using InvestPromo.Application.Projects.Queries.GetProjectTimeline;
using InvestPromo.Application.Projects.Queries.VerificationQueue;
using InvestPromo.Application.Projects.Timeline;
using InvestPromo.Application.Projects.Verification;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>The reviewers' verification queue of tracked projects' milestones and monthly reports, and a project's timeline.</summary>
public static class ProjectQueueEndpoints
{
    public static void MapProjectQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/projects", "Projects");

        group.MapGet("verification-queue", VerificationQueue).WithName("GetVerificationQueue")
            .WithSummary("Milestones and monthly reports waiting for a reviewer, soonest deadline first, with overdue and due-today marked")
            .WithDescription("Each open task is due like a filing's review: the end of the third working day after it was reported (China time); reported again after a return, a new deadline. Filters, all optional and combined: `subject` (Milestone, FundsReport, InvestmentReport), `unitId`, `overdue` (true: only overdue; false: only not yet overdue). Each row has its project's and unit's names and whether it is overdue or due today.")
            .RequireAuthorization(Policies.ReadReview).WithStandardErrors();
        group.MapGet("verification-queue/export", ExportVerificationQueue).WithName("ExportVerificationQueue")
            .WithSummary("The verification queue with the same filters and order, every matching row (at most 100,000), as an .xlsx file")
            .WithDescription("The same rows as GET /api/projects/verification-queue, not paged: unit, project, subject, summary, reported at, due on, overdue, due today.")
            .RequireAuthorization(Policies.ReadReview).WithStandardErrors().WithSpreadsheet().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithErrorCodes("export.too-many-rows");
        group.MapGet("{id:guid}/timeline", GetProjectTimeline).WithName("GetProjectTimeline")
            .WithSummary("A tracked project's timeline: milestones, monthly reports, revisits, problems and its own approval and stop, newest first")
            .WithDescription("Each line has its `kind` (milestone, fundsReport, investmentReport, revisit, problem, project), the China date it is about (`on`), when it was recorded (`at`), a title in the caller's language, the subject's status and an amount in yuan where it has one. Another unit's project is a 404 for a filer.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
    }

    private static async Task<Ok<PagedList<VerificationTaskDto>>> VerificationQueue(
        ISender sender,
        CancellationToken ct,
        int page = 1,
        int pageSize = Paging.DefaultPageSize,
        [AsParameters] VerificationQueueFilter filter = null!) =>
        TypedResults.Ok(await sender.Send(new VerificationQueueQuery(page, pageSize) { Filter = filter }, ct));

    private static async Task<FileStreamHttpResult> ExportVerificationQueue(ISender sender, CancellationToken ct, [AsParameters] VerificationQueueFilter filter = null!)
    {
        var file = await sender.Send(new ExportVerificationQueueQuery { Filter = filter }, ct);
        return TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);
    }

    private static async Task<Ok<IReadOnlyList<ProjectTimelineEntryDto>>> GetProjectTimeline(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProjectTimelineQuery(id), ct));
}

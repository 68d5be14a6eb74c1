using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Commands.ApproveFiling;
using InvestPromo.Application.Filings.Commands.CreateFilingDraft;
using InvestPromo.Application.Filings.Commands.DismissDuplicate;
using InvestPromo.Application.Filings.Commands.ReturnFiling;
using InvestPromo.Application.Filings.Commands.RevokeFiling;
using InvestPromo.Application.Filings.Commands.SubmitFiling;
using InvestPromo.Application.Filings.Commands.UpdateFilingDraft;
using InvestPromo.Application.Filings.Commands.WithdrawFiling;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Application.Filings.Queries.GetFiling;
using InvestPromo.Application.Filings.Queries.GetFilingDuplicates;
using InvestPromo.Application.Filings.Queries.ListFilings;
using InvestPromo.Application.Filings.Queries.ReviewDashboardCounts;
using InvestPromo.Application.Filings.Queries.ReviewQueue;
using InvestPromo.Domain.Filings;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdateFilingRequest(
    string? ProjectName,
    string? InvestorName,
    string? CreditCode,
    string? SourceRegionCode,
    Guid? IndustryChainId,
    ProjectCategory? Category,
    ProjectStage? Stage,
    decimal? PlannedTotalInvestment,
    decimal? PlannedFixedAssetInvestment,
    string? ConstructionContent,
    Guid? AssociationId,
    string? RecommenderName,
    string? RecommenderContact,
    string? ContactName,
    string? ContactPhone,
    int Version);

public sealed record ReturnFilingRequest(int Version, string? Reasons);

public sealed record RevokeFilingRequest(int Version, string? Reason);

public sealed record DismissDuplicateRequest(string? Reason);

public static class FilingsEndpoints
{
    public static void MapFilingsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/filings", "Filings");

        group.MapGet("", ListFilings).WithName("ListFilings").WithSummary("List filings, newest first (a filer sees only its own unit's)")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors();
        group.MapGet("{id:guid}", GetFiling).WithName("GetFiling").WithSummary("One filing with its full history")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("", CreateFilingDraft).WithName("CreateFilingDraft").WithSummary("Start a filing (a draft, may be incomplete) for the filer's unit")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithWriteErrors();
        group.MapPut("{id:guid}", UpdateFilingDraft).WithName("UpdateFilingDraft").WithSummary("Rewrite a draft or a returned filing (send the version you read)")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors();
        group.MapPost("{id:guid}/submit", SubmitFiling).WithName("SubmitFiling").WithSummary("Submit (or resubmit) for review; every required field must be filled")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors();
        group.MapPost("{id:guid}/withdraw", WithdrawFiling).WithName("WithdrawFiling").WithSummary("Withdraw a filing under review")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors();
        group.MapPost("{id:guid}/approve", ApproveFiling).WithName("ApproveFiling").WithSummary("Approve (备案) a filing under review")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors();
        group.MapPost("{id:guid}/return", ReturnFiling).WithName("ReturnFiling").WithSummary("Return (退回修改) a filing under review with reasons")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors();
        group.MapPost("{id:guid}/revoke", RevokeFiling).WithName("RevokeFiling").WithSummary("Revoke an approval with a reason")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors();
        group.MapGet("{id:guid}/duplicates", GetFilingDuplicates).WithName("GetFilingDuplicates")
            .WithSummary("The filing beside the other live filings that look like the same project, with the reasons")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("{id:guid}/duplicates/{otherId:guid}/dismiss", DismissDuplicate).WithName("DismissDuplicate")
            .WithSummary("Mark a suspected pair as different projects; it is not flagged again")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors();

        var review = app.MapApiGroup("/api/review", "Filings");
        review.MapGet("queue", ReviewQueue).WithName("GetReviewQueue").WithSummary("Filings under review, soonest deadline first, with overdue and due-today marked")
            .RequireAuthorization(Policies.ReadReview).WithStandardErrors();
        review.MapGet("counts", ReviewCounts).WithName("GetReviewCounts").WithSummary("Dashboard counts: under review, due today, overdue, approved and returned this week")
            .RequireAuthorization(Policies.ReadReview).WithStandardErrors();
    }

    private static async Task<Ok<PagedList<FilingListItemDto>>> ListFilings(
        ISender sender,
        CancellationToken ct,
        int page = 1,
        int pageSize = Paging.DefaultPageSize,
        FilingStatus? status = null,
        string? search = null,
        Guid? unitId = null,
        Guid? industryChainId = null,
        ProjectCategory? category = null,
        string? sourceRegionCode = null,
        ScaleBand? scaleBand = null,
        ProjectStage? stage = null,
        DateOnly? submittedFrom = null,
        DateOnly? submittedTo = null) =>
        TypedResults.Ok(await sender.Send(new ListFilingsQuery(page, pageSize, status, search, unitId, industryChainId, category, sourceRegionCode, scaleBand, stage, submittedFrom, submittedTo), ct));

    private static async Task<Ok<FilingDto>> GetFiling(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFilingQuery(id), ct));

    private static async Task<Created<FilingDto>> CreateFilingDraft(ISender sender, CreateFilingDraftCommand body, CancellationToken ct)
    {
        var filing = await sender.Send(body, ct);
        return TypedResults.Created($"/api/filings/{filing.Id}", filing);
    }

    private static async Task<Ok<FilingDto>> UpdateFilingDraft(ISender sender, Guid id, UpdateFilingRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(
            new UpdateFilingDraftCommand(
                id, body.ProjectName, body.InvestorName, body.CreditCode, body.SourceRegionCode, body.IndustryChainId, body.Category, body.Stage,
                body.PlannedTotalInvestment, body.PlannedFixedAssetInvestment, body.ConstructionContent, body.AssociationId, body.RecommenderName,
                body.RecommenderContact, body.ContactName, body.ContactPhone, body.Version),
            ct));

    private static async Task<Ok<FilingDto>> SubmitFiling(ISender sender, Guid id, VersionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitFilingCommand(id, body.Version), ct));

    private static async Task<Ok<FilingDto>> WithdrawFiling(ISender sender, Guid id, VersionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new WithdrawFilingCommand(id, body.Version), ct));

    private static async Task<Ok<FilingDto>> ApproveFiling(ISender sender, Guid id, VersionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveFilingCommand(id, body.Version), ct));

    private static async Task<Ok<FilingDto>> ReturnFiling(ISender sender, Guid id, ReturnFilingRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReturnFilingCommand(id, body.Version, body.Reasons), ct));

    private static async Task<Ok<FilingDto>> RevokeFiling(ISender sender, Guid id, RevokeFilingRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RevokeFilingCommand(id, body.Version, body.Reason), ct));

    private static async Task<Ok<FilingDuplicatesDto>> GetFilingDuplicates(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFilingDuplicatesQuery(id), ct));

    private static async Task<NoContent> DismissDuplicate(ISender sender, Guid id, Guid otherId, DismissDuplicateRequest body, CancellationToken ct)
    {
        await sender.Send(new DismissDuplicateCommand(id, otherId, body.Reason), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PagedList<FilingListItemDto>>> ReviewQueue(
        ISender sender,
        CancellationToken ct,
        int page = 1,
        int pageSize = Paging.DefaultPageSize,
        ReviewQueueSort sort = ReviewQueueSort.Deadline,
        SortDirection direction = SortDirection.Asc,
        Guid? unitId = null,
        Guid? industryChainId = null,
        ProjectCategory? category = null,
        string? sourceRegionCode = null,
        ScaleBand? scaleBand = null,
        ProjectStage? stage = null,
        DateOnly? submittedFrom = null,
        DateOnly? submittedTo = null) =>
        TypedResults.Ok(await sender.Send(new ReviewQueueQuery(page, pageSize, sort, direction, unitId, industryChainId, category, sourceRegionCode, scaleBand, stage, submittedFrom, submittedTo), ct));

    private static async Task<Ok<ReviewCountsDto>> ReviewCounts(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReviewDashboardCountsQuery(), ct));
}

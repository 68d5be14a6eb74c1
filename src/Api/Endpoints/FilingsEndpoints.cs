using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Commands.ApproveFiling;
using InvestPromo.Application.Filings.Commands.CreateFilingDraft;
using InvestPromo.Application.Filings.Commands.DismissDuplicate;
using InvestPromo.Application.Filings.Commands.ImportFilings;
using InvestPromo.Application.Filings.Commands.ReturnFiling;
using InvestPromo.Application.Filings.Commands.RevokeFiling;
using InvestPromo.Application.Filings.Commands.SubmitFiling;
using InvestPromo.Application.Filings.Commands.UpdateFilingDraft;
using InvestPromo.Application.Filings.Commands.WithdrawFiling;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.Filings.Queries.ExportFilings;
using InvestPromo.Application.Filings.Queries.ExportReviewQueue;
using InvestPromo.Application.Filings.Queries.GetImportTemplate;
using InvestPromo.Application.Filings.Queries.GetFiling;
using InvestPromo.Application.Filings.Queries.GetFilingDuplicates;
using InvestPromo.Application.Filings.Queries.ListFilings;
using InvestPromo.Application.Filings.Queries.ReviewDashboardCounts;
using InvestPromo.Application.Filings.Queries.ReviewQueue;
using InvestPromo.Api.Hosting;
using InvestPromo.Domain.Filings;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>The filing's fields and the version the filer read.</summary>
public sealed record UpdateFilingRequest : FilingFieldsRequest
{
    public int Version { get; init; }
}

public sealed record ReturnFilingRequest(int Version, string? Reasons);

public sealed record RevokeFilingRequest(int Version, string? Reason);

public sealed record DismissDuplicateRequest(string? Reason);

public static class FilingsEndpoints
{
    /// <summary>The largest spreadsheet an import accepts (the global body limit is 1 MiB).</summary>
    public const long MaxImportBytes = 10 * 1024 * 1024;

    public static void MapFilingsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/filings", "Filings");

        group.MapGet("", ListFilings).WithName("ListFilings").WithSummary("List filings, newest first (a filer sees only its own unit's)")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors()
            .WithDescription("Filters, all optional and combined: `status`; `search` (part of the project or investor name, or a whole credit code); `unitId`, `industryChainId`, `category`, `stage`, `scaleBand`; `sourceRegionCode` (a province finds its cities too); `sourceOrigin` (本市, 省内市外, …); `submittedFrom`/`submittedTo` (China dates). A filer's list is always its own unit's. Contacts are not in list rows. To learn what changed since your last read, follow GET /api/changes rather than re-reading every page.");
        group.MapGet("export", ExportFilings).WithName("ExportFilings")
            .WithSummary("The filing list with the same filters, every matching row (at most 100,000), as an .xlsx file")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithSpreadsheet().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithErrorCodes("export.too-many-rows");
        group.MapGet("import/template", GetImportTemplate).WithName("GetFilingImportTemplate")
            .WithSummary("The .xlsx template for importing filings: the header row, and a sheet listing the codes the cells may hold")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithSpreadsheet();
        group.MapPost("import", ImportFilings).WithName("ImportFilings")
            .WithSummary("Import filled-in template rows (multipart field \"file\", .xlsx, at most 10 MiB and 5,000 rows) as drafts of the filer's unit; "
                + "valid rows are saved together, invalid rows come back with their reasons and a report .xlsx (base64)")
            .RequireAuthorization(Policies.Filer).WithBodyLimit(MaxImportBytes)
            .Accepts<IFormFile>("multipart/form-data").WithStandardErrors().WithWriteErrors()
            .WithErrorCodes("filing.not-editable", "lead.not-assigned-to-unit")
            .WithIdempotency();
        group.MapGet("{id:guid}", GetFiling).WithName("GetFiling").WithSummary("One filing with its full history")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound()
            .WithDescription("Contacts (contactName, contactPhone, recommenderContact) are filled only for the filing's own unit, reviewers, admins and API keys granted them; otherwise null. Another unit's filing is a 404 for a filer.");
        group.MapPost("", CreateFilingDraft).WithName("CreateFilingDraft").WithSummary("Start a filing (a draft, may be incomplete) for the filer's unit")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.field-invalid", "filing.credit-code-invalid", "filing.amount-invalid", "filing.fixed-asset-exceeds-total", "filing.phone-invalid", "region.inactive", "filing.not-editable", "lead.not-assigned-to-unit")
            .WithDescription("A draft may be incomplete: only what is sent is checked (lengths, formats, the credit code's check character, amounts in yuan with at most two decimals and fixed-asset ≤ total, that the region and chain exist and are active). Submission later needs every required field. Answers 201 with the filing and its Location.")
            .WithIdempotency();
        group.MapPut("{id:guid}", UpdateFilingDraft).WithName("UpdateFilingDraft").WithSummary("Rewrite a draft or a returned filing (send the version you read)")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.not-editable", "filing.field-invalid", "filing.credit-code-invalid", "filing.amount-invalid", "filing.fixed-asset-exceeds-total", "filing.phone-invalid", "region.inactive", "lead.not-assigned-to-unit")
            .WithDescription("Replaces every field of a draft or returned filing with the body (send them all, not only the changed ones) and the `version` you read; a stale version is a 409 `concurrency.stale`. The change is written to the filing's history.")
            .WithIdempotency();
        group.MapPost("{id:guid}/submit", SubmitFiling).WithName("SubmitFiling").WithSummary("Submit (or resubmit) for review; every required field must be filled")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.not-submittable", "filing.deadline-not-after-submission", "association.dissolved", "credit.empty", "credit.recommender-invalid", "credit.actor-invalid")
            .WithDescription("A missing required field is a 400 `validation.failed` naming each field. The review deadline (three working days on China's official calendar) is set now (`reviewDueOn`, `reviewDueAt`). The answer also carries the suspected duplicates (`suspectedDuplicates`, and `otherUnitMatches` for other units' look-alikes); the submission has gone through regardless.")
            .WithIdempotency();
        group.MapPost("{id:guid}/withdraw", WithdrawFiling).WithName("WithdrawFiling").WithSummary("Withdraw a filing under review")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.not-under-review")
            .WithIdempotency();
        group.MapPost("{id:guid}/approve", ApproveFiling).WithName("ApproveFiling").WithSummary("Approve (备案) a filing under review")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.not-under-review")
            .WithDescription("Only a filing under review. The approval counts in the analysis at once and is published on the Monday after its week (China time); the unit's filers are notified.")
            .WithIdempotency();
        group.MapPost("{id:guid}/return", ReturnFiling).WithName("ReturnFiling").WithSummary("Return (退回修改) a filing under review with reasons")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.not-under-review", "filing.reason-required", "filing.reason-too-long", "filing.reason-invalid")
            .WithDescription("Only a filing under review; `reasons` is required (at most 1,000 characters, line breaks allowed). The unit's filers are notified, correct the filing and resubmit it.")
            .WithIdempotency();
        group.MapPost("{id:guid}/revoke", RevokeFiling).WithName("RevokeFiling").WithSummary("Revoke an approval with a reason")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.not-approved", "filing.reason-required", "filing.reason-too-long", "filing.reason-invalid")
            .WithDescription("Only an approved filing; `reason` is required (at most 1,000 characters). The approval leaves the analysis and the publication shows the entry as revoked.")
            .WithIdempotency();
        group.MapGet("{id:guid}/duplicates", GetFilingDuplicates).WithName("GetFilingDuplicates")
            .WithSummary("The filing beside the other live filings that look like the same project, with the reasons")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("{id:guid}/duplicates/{otherId:guid}/dismiss", DismissDuplicate).WithName("DismissDuplicate")
            .WithSummary("Mark a suspected pair as different projects; it is not flagged again")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("duplicate.not-suspected", "duplicate.already-dismissed", "filing.reason-too-long", "filing.reason-invalid");

        var review = app.MapApiGroup("/api/review", "Filings");
        review.MapGet("queue", ReviewQueue).WithName("GetReviewQueue").WithSummary("Filings under review, soonest deadline first, with overdue and due-today marked")
            .RequireAuthorization(Policies.ReadReview).WithStandardErrors()
            .WithDescription("`sort`: `Deadline` (default: soonest deadline, then earliest submission), `SubmittedAt`, `PlannedTotal` or `Name`; `direction`: `Asc` or `Desc`; the same filters as GET /api/filings. Each row says whether it is overdue or due today (China time) and how many suspected duplicates it has.");
        review.MapGet("queue/export", ExportReviewQueue).WithName("ExportReviewQueue")
            .WithSummary("The review queue with the same filters and sorting, every matching row (at most 100,000), as an .xlsx file")
            .RequireAuthorization(Policies.ReadReview).WithStandardErrors().WithSpreadsheet().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithErrorCodes("export.too-many-rows");
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
        [AsParameters] FilingFilter filter = null!) =>
        TypedResults.Ok(await sender.Send(new ListFilingsQuery(page, pageSize, status, search) { Filter = filter }, ct));

    /// <summary>An endpoint answering an .xlsx file (Content-Disposition carries the Chinese file name as filename*, RFC 5987).</summary>
    internal static RouteHandlerBuilder WithSpreadsheet(this RouteHandlerBuilder builder) =>
        builder.Produces<FileResult>(StatusCodes.Status200OK, FilingSheets.ContentType);

    private static FileStreamHttpResult File(SpreadsheetFile file) =>
        TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);

    private static async Task<FileStreamHttpResult> ExportFilings(
        ISender sender,
        CancellationToken ct,
        FilingStatus? status = null,
        string? search = null,
        [AsParameters] FilingFilter filter = null!) =>
        File(await sender.Send(new ExportFilingsQuery(status, search) { Filter = filter }, ct));

    private static async Task<FileStreamHttpResult> GetImportTemplate(ISender sender, CancellationToken ct) =>
        File(await sender.Send(new GetImportTemplateQuery(), ct));

    private static async Task<Ok<FilingImportResultDto>> ImportFilings(ISender sender, IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await sender.Send(new ImportFilingsCommand(file.FileName, buffer.ToArray()), ct));
    }

    private static async Task<FileStreamHttpResult> ExportReviewQueue(
        ISender sender,
        CancellationToken ct,
        ReviewQueueSort sort = ReviewQueueSort.Deadline,
        SortDirection direction = SortDirection.Asc,
        [AsParameters] FilingFilter filter = null!) =>
        File(await sender.Send(new ExportReviewQueueQuery(sort, direction) { Filter = filter }, ct));

    private static async Task<Ok<FilingDto>> GetFiling(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFilingQuery(id), ct));

    private static async Task<Created<FilingDto>> CreateFilingDraft(ISender sender, CreateFilingDraftCommand body, CancellationToken ct)
    {
        var filing = await sender.Send(body, ct);
        return TypedResults.Created($"/api/filings/{filing.Id}", filing);
    }

    private static async Task<Ok<FilingDto>> UpdateFilingDraft(ISender sender, Guid id, UpdateFilingRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateFilingDraftCommand(id, body, body.Version), ct));

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
        [AsParameters] FilingFilter filter = null!) =>
        TypedResults.Ok(await sender.Send(new ReviewQueueQuery(page, pageSize, sort, direction) { Filter = filter }, ct));

    private static async Task<Ok<ReviewCountsDto>> ReviewCounts(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReviewDashboardCountsQuery(), ct));
}

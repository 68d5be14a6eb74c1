using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Credits;
using InvestPromo.Application.Credits.Commands.AddCreditEvidence;
using InvestPromo.Application.Credits.Commands.ChangeCredit;
using InvestPromo.Application.Credits.Commands.ConfirmCredit;
using InvestPromo.Application.Credits.Commands.ProposeCredit;
using InvestPromo.Application.Credits.Commands.RejectCredit;
using InvestPromo.Application.Credits.Commands.RemoveCreditEvidence;
using InvestPromo.Application.Credits.Queries.CreditQueue;
using InvestPromo.Application.Credits.Queries.GetCreditEvidenceContent;
using InvestPromo.Application.Credits.Queries.ListFilingCredits;
using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.Credits;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestPromo.Api.Endpoints;

public sealed record ProposeCreditRequest(Guid? AssociationId, RecommenderKind? RecommenderKind, Guid? RecommenderId, string? RecommenderName);

public sealed record ConfirmCreditRequest(int Version);

public sealed record RejectCreditRequest(int Version, string Reason);

public sealed record ChangeCreditRequest(int Version, Guid? AssociationId, RecommenderKind? RecommenderKind, Guid? RecommenderId, string? RecommenderName, string Reason);

/// <summary>Credit for bringing a project (引荐认定, issue 14 item 5): claims on a filing, their evidence, reviewers' decisions and queue.</summary>
public static class CreditsEndpoints
{
    private static readonly string[] ClaimCodes =
        ["credit.empty", "credit.recommender-invalid", "credit.actor-invalid", "credit.claim-exists", "credit.already-confirmed", "credit.filing-closed", "association.dissolved"];

    public static void MapCreditsEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<AttachmentOptions>();
        var filings = app.MapApiGroup("/api/filings/{id:guid}/credits", "Credits");
        filings.MapGet("", ListFilingCredits).WithName("ListFilingCredits").WithSummary("A filing's credit claims with their history and evidence, oldest first")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        filings.MapPost("", ProposeCredit).WithName("ProposeCredit").WithSummary("Propose who brought the unit's project: an association and/or a recommender")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors().WithErrorCodes(ClaimCodes);
        filings.MapPost("change", ChangeCredit).WithName("ChangeCredit").WithSummary("A reviewer changes the confirmed credit (send its version and the reason)")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("credit.empty", "credit.recommender-invalid", "credit.actor-invalid", "credit.not-confirmed", "credit.reason-invalid", "credit.already-decided", "association.dissolved");

        var credits = app.MapApiGroup("/api/credits", "Credits");
        credits.MapGet("queue", CreditQueue).WithName("CreditQueue").WithSummary("The reviewers' queue of proposed credit claims, competing claims first")
            .RequireAuthorization(Policies.ReadReview).WithStandardErrors();
        credits.MapPost("{id:guid}/confirm", ConfirmCredit).WithName("ConfirmCredit").WithSummary("Confirm a claim; the filing's other open claims are rejected")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("credit.already-decided", "credit.already-confirmed", "credit.actor-invalid", "credit.reason-invalid", "association.dissolved");
        credits.MapPost("{id:guid}/reject", RejectCredit).WithName("RejectCredit").WithSummary("Reject a claim with the reason")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("credit.already-decided", "credit.actor-invalid", "credit.reason-invalid");
        credits.MapPost("{id:guid}/evidence", AddCreditEvidence).WithName("AddCreditEvidence")
            .WithSummary("Add an evidence file (introduction letter, meeting records) to the unit's proposed claim (multipart: file)")
            .RequireAuthorization(Policies.Filer)
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: options.MaxRequestBytes)
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("credit.already-decided", "credit.evidence-limit", "attachment.empty-invalid", "attachment.content-type-invalid");
        credits.MapGet("{id:guid}/evidence/{evidenceId:guid}/content", DownloadCreditEvidence).WithName("DownloadCreditEvidence")
            .WithSummary("An evidence file's bytes, as a download under its original name")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        credits.MapDelete("{id:guid}/evidence/{evidenceId:guid}", RemoveCreditEvidence).WithName("RemoveCreditEvidence")
            .WithSummary("Remove an evidence file of the unit's proposed claim")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("credit.already-decided", "entity.already-deleted");
    }

    private static async Task<Ok<IReadOnlyList<CreditDto>>> ListFilingCredits(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListFilingCreditsQuery(id), ct));

    private static async Task<Created<CreditDto>> ProposeCredit(ISender sender, Guid id, ProposeCreditRequest body, CancellationToken ct)
    {
        var credit = await sender.Send(new ProposeCreditCommand(id, body.AssociationId, body.RecommenderKind, body.RecommenderId, body.RecommenderName), ct);
        return TypedResults.Created($"/api/filings/{id}/credits", credit);
    }

    private static async Task<Ok<CreditDto>> ChangeCredit(ISender sender, Guid id, ChangeCreditRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ChangeCreditCommand(id, body.Version, body.AssociationId, body.RecommenderKind, body.RecommenderId, body.RecommenderName, body.Reason), ct));

    private static async Task<Ok<PagedList<CreditQueueItemDto>>> CreditQueue(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, Guid? associationId = null, Guid? unitId = null, string? search = null, bool? competingOnly = null) =>
        TypedResults.Ok(await sender.Send(new CreditQueueQuery(page, pageSize, associationId, unitId, search, competingOnly), ct));

    private static async Task<Ok<CreditDto>> ConfirmCredit(ISender sender, Guid id, ConfirmCreditRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ConfirmCreditCommand(id, body.Version), ct));

    private static async Task<Ok<CreditDto>> RejectCredit(ISender sender, Guid id, RejectCreditRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RejectCreditCommand(id, body.Version, body.Reason), ct));

    private static async Task<Created<CreditEvidenceDto>> AddCreditEvidence(ISender sender, Guid id, IFormFile file, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var added = await sender.Send(new AddCreditEvidenceCommand(id, file.FileName, file.Length, content), ct);
        return TypedResults.Created($"/api/credits/{id}/evidence/{added.Id}/content", added);
    }

    private static async Task<FileStreamHttpResult> DownloadCreditEvidence(ISender sender, HttpResponse response, Guid id, Guid evidenceId, CancellationToken ct)
    {
        var file = await sender.Send(new GetCreditEvidenceContentQuery(id, evidenceId), ct);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<NoContent> RemoveCreditEvidence(ISender sender, Guid id, Guid evidenceId, CancellationToken ct)
    {
        await sender.Send(new RemoveCreditEvidenceCommand(id, evidenceId), ct);
        return TypedResults.NoContent();
    }
}

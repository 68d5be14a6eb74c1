using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Objections;
using InvestPromo.Application.Objections.Commands.DismissObjection;
using InvestPromo.Application.Objections.Commands.LodgeObjection;
using InvestPromo.Application.Objections.Commands.UpholdObjection;
using InvestPromo.Application.Objections.Queries.GetObjection;
using InvestPromo.Application.Objections.Queries.GetObjectionEvidence;
using InvestPromo.Application.Objections.Queries.GetObjectionReceipt;
using InvestPromo.Application.Objections.Queries.ListObjections;
using InvestPromo.Domain.Objections;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestPromo.Api.Endpoints;

public sealed record ObjectionReceiptRequest(string? ReceiptCode);

public sealed record DismissObjectionRequest(int Version, string? Reason);

public sealed record UpholdObjectionRequest(int Version, ObjectionRemedy? Remedy, string? Reason);

/// <summary>
/// 异议复核. Anyone, without signing in, lodges an objection to a published project during the publicity period
/// (multipart: objectorName, contact, text, optional file) and checks it later by receipt code; both are rate-limited per
/// address. Reviewers and admins list objections, download evidence and record the outcome.
/// </summary>
public static class ObjectionsEndpoints
{
    public static void MapObjectionsEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<ObjectionOptions>();
        var open = app.MapApiGroup("/api/public", "Public").AllowAnonymous();
        open.MapPost("publications/{id:guid}/entries/{entryId:guid}/objections", LodgeObjection).WithName("LodgeObjection")
            .WithSummary("Anyone, during the publicity period: object to a published project (multipart: objectorName, contact, text, optional file: PDF or image); answers the receipt code once")
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: options.MaxRequestBytes)
            .RequireRateLimiting(RateLimits.Objection)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests).WithNotFound().WithWriteErrors()
            .WithErrorCodes("objection.publicity-ended", "objection.entry-closed", "objection.already-lodged", "objection.project-limit", "objection.too-many-from-address", "objection.name-invalid", "objection.contact-invalid", "objection.text-invalid", "attachment.empty-invalid", "attachment.content-type-invalid")
            .WithDescription("Multipart form: `objectorName` (at most 50 characters), `contact` (a mainland phone number or an e-mail address), `text` (10–2,000 characters), optional `file` (PDF or image). Keep the answer's `receiptCode`: it is shown once and is the only way to follow the objection (POST /api/public/objections/status). Rate-limited per address (5 a minute) and limited per address in 24 hours and per project.")
            .WithIdempotency();
        open.MapPost("objections/status", GetObjectionReceipt).WithName("GetObjectionReceipt")
            .WithSummary("Anyone with a receipt code: the objection's status and, once decided, the outcome and its reason")
            .RequireRateLimiting(RateLimits.ReceiptLookup)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests).WithNotFound()
            .WithDescription("Send the receipt code in the body (never in the URL). An unknown code is a 404, like a wrong one; lookups are rate-limited per address.");

        var group = app.MapApiGroup("/api/objections", "Objections").RequireAuthorization(Policies.Reviewer);
        group.MapGet("", ListObjections).WithName("ListObjections")
            .WithSummary("Objections, paged; open ones (status Pending) oldest first, otherwise newest first").WithStandardErrors();
        group.MapGet("{id:guid}", GetObjection).WithName("GetObjection").WithSummary("One objection").WithStandardErrors().WithNotFound();
        group.MapGet("{id:guid}/evidence", DownloadObjectionEvidence).WithName("DownloadObjectionEvidence")
            .WithSummary("The objection's evidence file, as a download")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream").WithStandardErrors().WithNotFound();
        group.MapPost("{id:guid}/dismiss", DismissObjection).WithName("DismissObjection")
            .WithSummary("异议不成立: dismiss with a reason; the filing is approved again once no objection is open")
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("objection.already-decided", "filing.not-under-re-review", "filing.reason-required", "filing.reason-too-long", "filing.reason-invalid")
            .WithIdempotency();
        group.MapPost("{id:guid}/uphold", UpholdObjection).WithName("UpholdObjection")
            .WithSummary("异议成立: uphold with a reason, revoking the approval (Revoke) or returning the filing to its unit (Return)")
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("objection.already-decided", "objection.remedy-invalid", "filing.not-under-re-review", "filing.reason-required", "filing.reason-too-long", "filing.reason-invalid")
            .WithIdempotency();
    }

    private static async Task<Created<LodgedObjectionDto>> LodgeObjection(
        ISender sender,
        HttpContext context,
        Guid id,
        Guid entryId,
        [FromForm] string? objectorName,
        [FromForm] string? contact,
        [FromForm] string? text,
        IFormFile? file,
        CancellationToken ct)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        await using var content = file?.OpenReadStream();
        var lodged = await sender.Send(
            new LodgeObjectionCommand(id, entryId, objectorName, contact, text, address, file?.FileName, file?.Length ?? 0, content), ct);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null, lodged);
    }

    private static async Task<Ok<ObjectionReceiptDto>> GetObjectionReceipt(ISender sender, HttpResponse response, ObjectionReceiptRequest body, CancellationToken ct)
    {
        var receipt = await sender.Send(new GetObjectionReceiptQuery(body.ReceiptCode), ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(receipt);
    }

    private static async Task<Ok<PagedList<ObjectionDto>>> ListObjections(
        ISender sender,
        CancellationToken ct,
        ObjectionStatus? status = null,
        Guid? publicationId = null,
        Guid? filingId = null,
        int page = 1,
        int pageSize = Paging.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListObjectionsQuery(status, publicationId, filingId, page, pageSize), ct));

    private static async Task<Ok<ObjectionDto>> GetObjection(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetObjectionQuery(id), ct));

    private static async Task<FileStreamHttpResult> DownloadObjectionEvidence(ISender sender, HttpResponse response, Guid id, CancellationToken ct)
    {
        var file = await sender.Send(new GetObjectionEvidenceQuery(id), ct);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<ObjectionDto>> DismissObjection(ISender sender, Guid id, DismissObjectionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DismissObjectionCommand(id, body.Version, body.Reason), ct));

    private static async Task<Ok<ObjectionDto>> UpholdObjection(ISender sender, Guid id, UpholdObjectionRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpholdObjectionCommand(id, body.Version, body.Remedy, body.Reason), ct));
}

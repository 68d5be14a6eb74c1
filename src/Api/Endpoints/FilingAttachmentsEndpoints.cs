using InvestPromo.Api.Security;
using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Application.Filings.Attachments.Commands.AddFilingAttachment;
using InvestPromo.Application.Filings.Attachments.Commands.RemoveFilingAttachment;
using InvestPromo.Application.Filings.Attachments.Queries.GetFilingAttachmentContent;
using InvestPromo.Application.Filings.Attachments.Queries.ListFilingAttachments;
using InvestPromo.Domain.Filings;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// A filing's attachments (agreements, photos). Uploads are multipart forms under the same CSRF rules as every other
/// write (see <see cref="AntiforgeryCookie"/>); only this endpoint raises the request size limit, to the configured
/// file size plus room for the form's framing.
/// </summary>
public static class FilingAttachmentsEndpoints
{
    public static void MapFilingAttachmentsEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<AttachmentOptions>();
        var group = app.MapApiGroup("/api/filings/{id:guid}/attachments", "Filings");

        group.MapGet("", ListFilingAttachments).WithName("ListFilingAttachments").WithSummary("A filing's attachments, oldest first")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("", AddFilingAttachment).WithName("AddFilingAttachment")
            .WithSummary("Attach a file to a draft or returned filing (multipart: file, kind, version); PDF, images, Word, Excel or OFD")
            .RequireAuthorization(Policies.Filer)
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: options.MaxRequestBytes)
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.attachments-locked", "filing.attachment-limit", "attachment.kind-invalid", "attachment.empty-invalid", "attachment.content-type-invalid");
        group.MapGet("{attachmentId:guid}/content", DownloadFilingAttachment).WithName("DownloadFilingAttachment")
            .WithSummary("An attachment's bytes, as a download under its original name")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapDelete("{attachmentId:guid}", RemoveFilingAttachment).WithName("RemoveFilingAttachment")
            .WithSummary("Remove an attachment of a draft or returned filing (send the filing's version you read)")
            .RequireAuthorization(Policies.Filer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("filing.attachments-locked", "filing.attachment-not-found", "entity.already-deleted");
    }

    private static async Task<Ok<IReadOnlyList<FilingAttachmentDto>>> ListFilingAttachments(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListFilingAttachmentsQuery(id), ct));

    private static async Task<Created<FilingAttachmentAddedDto>> AddFilingAttachment(
        ISender sender, Guid id, IFormFile file, [FromForm] AttachmentKind kind, [FromForm] int version, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var added = await sender.Send(new AddFilingAttachmentCommand(id, version, kind, file.FileName, file.Length, content), ct);
        return TypedResults.Created($"/api/filings/{id}/attachments/{added.Attachment.Id}/content", added);
    }

    private static async Task<FileStreamHttpResult> DownloadFilingAttachment(ISender sender, HttpResponse response, Guid id, Guid attachmentId, CancellationToken ct)
    {
        var file = await sender.Send(new GetFilingAttachmentContentQuery(id, attachmentId), ct);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        // Content-Disposition: attachment; filename="…"; filename*=UTF-8''… (RFC 6266 / RFC 5987) for any name.
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<FilingAttachmentRemovedDto>> RemoveFilingAttachment(ISender sender, Guid id, Guid attachmentId, int version, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RemoveFilingAttachmentCommand(id, attachmentId, version), ct));
}

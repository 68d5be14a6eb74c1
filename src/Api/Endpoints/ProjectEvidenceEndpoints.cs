using InvestPromo.Api.Idempotency;
using InvestPromo.Api.Security;
using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Application.Projects.Evidence;
using InvestPromo.Application.Projects.Evidence.Commands.AddProjectEvidence;
using InvestPromo.Application.Projects.Evidence.Commands.RemoveProjectEvidence;
using InvestPromo.Application.Projects.Evidence.Queries.GetProjectEvidenceContent;
using InvestPromo.Application.Projects.Evidence.Queries.ListProjectEvidence;
using InvestPromo.Domain.Projects;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// Evidence files of a tracked project's records (agreements, photos, permits, bank slips, 验资报告): one upload per file, tied to
/// the record it backs. Multipart uploads follow the same CSRF rules as every other write.
/// </summary>
public static class ProjectEvidenceEndpoints
{
    public static void MapProjectEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<AttachmentOptions>();
        var group = app.MapApiGroup("/api/projects/{id:guid}/evidence", "Projects");

        group.MapGet("", ListProjectEvidence).WithName("ListProjectEvidence")
            .WithSummary("A project's evidence files, oldest first (optionally one subject kind, or one record)")
            .WithDescription("`subject` (Milestone, FundsReport, InvestmentReport, Revisit, Problem) and `subjectId` narrow the list to one kind of record, or one record. Another unit's project is a 404 for a filer.")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapPost("", AddProjectEvidence).WithName("AddProjectEvidence")
            .WithSummary("Attach a file (PDF, JPG, PNG or WebP) to a record of the project (multipart: file, subject, subjectId)")
            .WithDescription("The record (`subject` + `subjectId`) must exist on this project, else 404. The file's type is checked by its extension and its first bytes; at most 20 files per record (409 `evidence.limit`). Answers 201 with the file's description and the address of its bytes.")
            .RequireAuthorization(Policies.WorkOnProjects)
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: options.MaxRequestBytes)
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("evidence.limit")
            .WithIdempotency();
        group.MapGet("{evidenceId:guid}/content", DownloadProjectEvidence).WithName("DownloadProjectEvidence")
            .WithSummary("An evidence file's bytes, as a download under its original name")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors().WithNotFound();
        group.MapDelete("{evidenceId:guid}", RemoveProjectEvidence).WithName("RemoveProjectEvidence")
            .WithSummary("Remove a file uploaded by mistake (its uploader, or a reviewer; send the file's version)")
            .WithDescription("The record is marked deleted and the bytes are kept for the audit trail. Someone else of the unit gets 403.")
            .RequireAuthorization(Policies.WorkOnProjects).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("entity.already-deleted");
    }

    private static async Task<Ok<IReadOnlyList<ProjectEvidenceDto>>> ListProjectEvidence(
        ISender sender, Guid id, CancellationToken ct, EvidenceSubject? subject = null, Guid? subjectId = null) =>
        TypedResults.Ok(await sender.Send(new ListProjectEvidenceQuery(id, subject, subjectId), ct));

    private static async Task<Created<ProjectEvidenceDto>> AddProjectEvidence(
        ISender sender, Guid id, IFormFile file, [FromForm] EvidenceSubject subject, [FromForm] Guid subjectId, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var added = await sender.Send(new AddProjectEvidenceCommand(id, subject, subjectId, file.FileName, file.Length, content), ct);
        return TypedResults.Created($"/api/projects/{id}/evidence/{added.Id}/content", added);
    }

    private static async Task<FileStreamHttpResult> DownloadProjectEvidence(ISender sender, HttpResponse response, Guid id, Guid evidenceId, CancellationToken ct)
    {
        var file = await sender.Send(new GetProjectEvidenceContentQuery(id, evidenceId), ct);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<NoContent> RemoveProjectEvidence(ISender sender, Guid id, Guid evidenceId, int version, CancellationToken ct)
    {
        await sender.Send(new RemoveProjectEvidenceCommand(id, evidenceId, version), ct);
        return TypedResults.NoContent();
    }
}

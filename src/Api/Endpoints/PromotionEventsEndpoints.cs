using InvestPromo.Api.Security;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.PromotionEvents;
using InvestPromo.Application.PromotionEvents.Commands.AddPromotionEventFile;
using InvestPromo.Application.PromotionEvents.Commands.ConfirmPromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.DeletePromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.ProposePromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.RecordPromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.RejectPromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.RemovePromotionEventFile;
using InvestPromo.Application.PromotionEvents.Commands.UpdatePromotionEvent;
using InvestPromo.Application.PromotionEvents.Queries.ExportPromotionEvents;
using InvestPromo.Application.PromotionEvents.Queries.GetPromotionEvent;
using InvestPromo.Application.PromotionEvents.Queries.GetPromotionEventFileContent;
using InvestPromo.Application.PromotionEvents.Queries.ListPromotionEvents;
using InvestPromo.Domain.PromotionEvents;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestPromo.Api.Endpoints;

public sealed record UpdatePromotionEventRequest(
    PromotionEventKind Kind,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Place,
    Guid? OrganiserUnitId,
    IReadOnlyList<EventAssociationInput>? Associations,
    int InvitedCompanyCount,
    IReadOnlyList<string>? InvitedCompanies,
    IReadOnlyList<Guid>? LeadIds,
    IReadOnlyList<Guid>? FilingIds,
    string? Summary,
    int Version);

public sealed record ConfirmPromotionEventRequest(int Version);

public sealed record RejectPromotionEventRequest(string Reason, int Version);

/// <summary>Promotion events (招商活动, issue 15 item 1): the list, export and detail; recording, proposing, editing, the center's decision; photos and files.</summary>
public static class PromotionEventsEndpoints
{
    private static readonly string[] InputCodes =
    [
        "event.kind-invalid", "event.dates-invalid", "event.associations-invalid", "event.companies-invalid", "event.invited-count-invalid",
        "event.links-invalid", "event.text-invalid", "association.dissolved",
    ];

    public static void MapPromotionEventsEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<AttachmentOptions>();
        var group = app.MapApiGroup("/api/events", "Events");

        group.MapGet("", ListPromotionEvents).WithName("ListPromotionEvents")
            .WithSummary("List the promotion events the caller may see (招商活动): by kind, year, association, status, organiser, a search")
            .RequireAuthorization(Policies.ReadEvents).WithStandardErrors();
        group.MapGet("export", ExportPromotionEvents).WithName("ExportPromotionEvents")
            .WithSummary("The event list with the same filters, every matching row, as an .xlsx file")
            .RequireAuthorization(Policies.ReadEvents).WithStandardErrors().WithSpreadsheet().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithErrorCodes("export.too-many-rows");
        group.MapGet("{id:guid}", GetPromotionEvent).WithName("GetPromotionEvent")
            .WithSummary("One event with its associations, invited companies, leads, signed projects, files and the center's decision")
            .RequireAuthorization(Policies.ReadEvents).WithStandardErrors().WithNotFound();
        group.MapPost("", RecordPromotionEvent).WithName("RecordPromotionEvent")
            .WithSummary("Record an event (confirmed at once); a filer's is organised by its own unit")
            .RequireAuthorization(Policies.RecordEvents).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes(InputCodes);
        group.MapPut("{id:guid}", UpdatePromotionEvent).WithName("UpdatePromotionEvent")
            .WithSummary("Change an event (an association: its own proposal while it waits)")
            .RequireAuthorization(Policies.EditEvents).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes([.. InputCodes, "event.already-decided", "event.proposer-not-involved"]);
        group.MapDelete("{id:guid}", DeletePromotionEvent).WithName("DeletePromotionEvent")
            .WithSummary("Delete an event (soft; an association withdraws its own proposal while it waits)")
            .RequireAuthorization(Policies.EditEvents).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("event.already-decided", "entity.already-deleted");
        group.MapPost("{id:guid}/confirm", ConfirmPromotionEvent).WithName("ConfirmPromotionEvent")
            .WithSummary("Confirm an association's proposed event; the association is told")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("event.already-decided");
        group.MapPost("{id:guid}/reject", RejectPromotionEvent).WithName("RejectPromotionEvent")
            .WithSummary("Reject an association's proposed event with the reason; the association is told")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("event.already-decided", "event.text-invalid");
        group.MapPost("{id:guid}/files", AddPromotionEventFile).WithName("AddPromotionEventFile")
            .WithSummary("Add a photo or file to an event (multipart: file)")
            .RequireAuthorization(Policies.EditEvents)
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: options.MaxRequestBytes)
            .WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("event.already-decided", "event.file-limit", "attachment.empty-invalid", "attachment.content-type-invalid");
        group.MapGet("{id:guid}/files/{fileId:guid}/content", DownloadPromotionEventFile).WithName("DownloadPromotionEventFile")
            .WithSummary("A photo's or file's bytes, as a download under its original name")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .RequireAuthorization(Policies.ReadEvents).WithStandardErrors().WithNotFound();
        group.MapDelete("{id:guid}/files/{fileId:guid}", RemovePromotionEventFile).WithName("RemovePromotionEventFile")
            .WithSummary("Remove a photo or file of an event")
            .RequireAuthorization(Policies.EditEvents).WithStandardErrors().WithNotFound().WithWriteErrors()
            .WithErrorCodes("event.already-decided", "entity.already-deleted");

        var portal = app.MapApiGroup("/api/association-portal/events", "AssociationPortal");
        portal.MapPost("", ProposePromotionEvent).WithName("ProposePromotionEvent")
            .WithSummary("Propose an event the caller's association took part in; the center confirms or rejects it")
            .RequireAuthorization(Policies.AssociationPortal).WithStandardErrors().WithWriteErrors()
            .WithErrorCodes([.. InputCodes, "event.proposer-not-involved"]);
    }

    private static async Task<Ok<PagedList<PromotionEventListItemDto>>> ListPromotionEvents(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize, [AsParameters] PromotionEventFilter filter = null!) =>
        TypedResults.Ok(await sender.Send(new ListPromotionEventsQuery(page, pageSize, filter), ct));

    private static async Task<FileStreamHttpResult> ExportPromotionEvents(ISender sender, CancellationToken ct, [AsParameters] PromotionEventFilter filter = null!)
    {
        var file = await sender.Send(new ExportPromotionEventsQuery(filter), ct);
        return TypedResults.File(file.Content, FilingSheets.ContentType, file.FileName);
    }

    private static async Task<Ok<PromotionEventDto>> GetPromotionEvent(ISender sender, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPromotionEventQuery(id), ct));

    private static async Task<Created<PromotionEventDto>> RecordPromotionEvent(ISender sender, RecordPromotionEventCommand body, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/events/{created.Id}", created);
    }

    private static async Task<Created<PromotionEventDto>> ProposePromotionEvent(ISender sender, ProposePromotionEventCommand body, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/events/{created.Id}", created);
    }

    private static async Task<Ok<PromotionEventDto>> UpdatePromotionEvent(ISender sender, Guid id, UpdatePromotionEventRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(
            new UpdatePromotionEventCommand(
                id, body.Kind, body.Title, body.StartsOn, body.EndsOn, body.Place, body.OrganiserUnitId, body.Associations, body.InvitedCompanyCount,
                body.InvitedCompanies, body.LeadIds, body.FilingIds, body.Summary, body.Version),
            ct));

    private static async Task<NoContent> DeletePromotionEvent(ISender sender, Guid id, int version, CancellationToken ct)
    {
        await sender.Send(new DeletePromotionEventCommand(id, version), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PromotionEventDto>> ConfirmPromotionEvent(ISender sender, Guid id, ConfirmPromotionEventRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ConfirmPromotionEventCommand(id, body.Version), ct));

    private static async Task<Ok<PromotionEventDto>> RejectPromotionEvent(ISender sender, Guid id, RejectPromotionEventRequest body, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RejectPromotionEventCommand(id, body.Reason, body.Version), ct));

    private static async Task<Created<PromotionEventFileDto>> AddPromotionEventFile(ISender sender, Guid id, IFormFile file, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var added = await sender.Send(new AddPromotionEventFileCommand(id, file.FileName, file.Length, content), ct);
        return TypedResults.Created($"/api/events/{id}/files/{added.Id}/content", added);
    }

    private static async Task<FileStreamHttpResult> DownloadPromotionEventFile(ISender sender, HttpResponse response, Guid id, Guid fileId, CancellationToken ct)
    {
        var file = await sender.Send(new GetPromotionEventFileContentQuery(id, fileId), ct);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<NoContent> RemovePromotionEventFile(ISender sender, Guid id, Guid fileId, CancellationToken ct)
    {
        await sender.Send(new RemovePromotionEventFileCommand(id, fileId), ct);
        return TypedResults.NoContent();
    }
}
